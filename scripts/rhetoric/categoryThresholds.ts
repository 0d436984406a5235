/**
 * Per-category thresholds at the balanced level (issue 12), measured honestly: for each
 * cross-validation fold, a confidence offset per category is chosen on the other folds' held-out
 * articles (coordinate ascent on the balanced level's pessimistic margin, `levelScore`), then
 * applied to this fold; the folds' results are pooled. Compared with the shipped single threshold.
 *
 *   tsx scripts/rhetoric/categoryThresholds.ts --cache DIR
 */
import type { RhetoricModel } from '../../server/src/analysis/rhetoric/model';
import type { Candidate } from '../../server/src/analysis/rhetoric/index';
import { markersAtLevel, sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import { measureMarkers, Prepared } from './evaluate';
import { describe, levelScore, LevelChoice, round3 } from './crossValidate';
import { cacheArg, foldsWithShippedMeta } from './ceiling';

type Offsets = Record<string, number>;
interface Fold { model: RhetoricModel; prep: Prepared[] }

/** Balanced markers of an article with the balanced cut's candidates shifted by category. */
function balanced(p: Prepared, model: RhetoricModel, off: Offsets) {
  const own = model.forLevel('balanced');
  const memo = new Map<RhetoricModel, readonly Candidate[]>();
  const candidatesOf = (m: RhetoricModel) => {
    let c = memo.get(m);
    if (!c) memo.set(m, (c = m === own ? p.candidatesOf(m).map((x) => (off[x.category] ? { ...x, confidence: x.confidence + off[x.category] } : x)) : p.candidatesOf(m)));
    return c;
  };
  return markersAtLevel(p.article.text, candidatesOf, model, 'balanced', (s) => sensitivityThreshold(s, model));
}

function choice(folds: readonly Fold[], off: readonly Offsets[] | Offsets): LevelChoice {
  const per = folds.map((f, k) => measureMarkers(f.prep, (p) => balanced(p, f.model, Array.isArray(off) ? off[k] : off)));
  return pool(per);
}

/** Pooled SI figures of per-fold ones (sums of the per-marker and per-span fractions), with the spread between folds. */
function pool(per: readonly ReturnType<typeof measureMarkers>[]): LevelChoice {
  let pSum = 0, nPred = 0, rSum = 0, nGold = 0;
  for (const r of per) { pSum += r.precision * r.predicted; nPred += r.predicted; rSum += r.recall * r.gold; nGold += r.gold; }
  const precision = pSum / nPred, recall = rSum / nGold;
  const sd = (xs: number[]) => { const m = xs.reduce((a, b) => a + b, 0) / xs.length; return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1)); };
  return { threshold: 0, precision, recall, f1: (2 * precision * recall) / (precision + recall), sdPrecision: sd(per.map((x) => x.precision)), sdRecall: sd(per.map((x) => x.recall)), minPrecision: Math.min(...per.map((x) => x.precision)) };
}

function tune(folds: readonly Fold[], categories: readonly string[]): Offsets {
  const off: Offsets = {};
  let best = levelScore('balanced', choice(folds, off));
  for (let round = 0; round < 2; round++) {
    for (const c of categories) {
      for (const delta of [-0.12, -0.08, -0.04, 0.04, 0.08, 0.2]) {
        const trial = { ...off, [c]: round3((off[c] ?? 0) + delta) };
        const s = levelScore('balanced', choice(folds, trial));
        if (s > best + 1e-9) { best = s; Object.assign(off, trial); }
      }
    }
  }
  return off;
}

function main(): void {
  const folds = foldsWithShippedMeta(cacheArg());
  const categories = [...new Set(folds.flatMap((f) => f.prep.flatMap((p) => p.candidatesOf(f.model.forLevel('balanced')).map((c) => c.category))))].sort();
  console.log(`categories: ${categories.join(', ')}`);
  console.log(`shipped (one threshold): ${describe(choice(folds, {}))}`);
  // Nested: each fold measured with offsets chosen on the other folds only.
  const offsets: Offsets[] = [];
  for (let k = 0; k < folds.length; k++) {
    offsets.push(tune(folds.filter((_, j) => j !== k), categories));
    console.log(`fold ${k + 1}: offsets ${JSON.stringify(offsets[k])}`);
  }
  console.log(`nested (offsets tuned on the other folds): ${describe(choice(folds, offsets))}`);
  console.log(`all folds tuned together (not unseen): ${describe(choice(folds, tune(folds, categories)))}`);
}

main();
