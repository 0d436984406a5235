/**
 * A reranker over the balanced cut's candidates (issue 12), on the cross-validation folds: a
 * logistic model of a candidate's SI precision on span-level evidence the token tagger cannot
 * see (its calibrated confidence, source and category, the span's own lemmas hashed, its first and
 * last word and its neighbours, lexicon hits inside it, its length, whether it sits in a quotation,
 * the headline, a sentence ending in "!" or "?"), fitted on the held-out candidates of four folds
 * and applied to the fifth, in turn (cross-fitted). The precise level's markers stay as they are;
 * the balanced level's own candidates take the reranked confidence, and the curve is swept.
 *
 *   tsx scripts/rhetoric/rerank.ts --cache DIR [--groups kind,words,position] [--l2 X] [--epochs N] [--baseline]
 *
 * `--groups ''` refits the confidence alone (a check: each fold's fit maps it its own way).
 */
import { segment } from '../../server/src/analysis/text/structure';
import { builtInLexicon, matchLexicon, tokenKey } from '../../server/src/analysis/rhetoric/lexicon';
import type { Candidate } from '../../server/src/analysis/rhetoric/index';
import { sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import type { Sensitivity } from '../../server/src/analysis/types';
import { cacheArg, foldsWithShippedMeta } from './ceiling';
import { levelMarkers, measureMarkers, pooledOverFolds, Prepared } from './evaluate';
import { insideFraction } from './crossValidate';
import { argValue } from './ptc';
import { SentenceScorer } from '../../server/src/analysis/rhetoric/sentenceScore';
import { sentenceDocOf, sentenceInputOf, trainSentenceScorer } from './sentenceTrainer';
import type { RhetoricModel } from '../../server/src/analysis/rhetoric/model';

const BITS = 18;
const MASK = (1 << BITS) - 1;
/** `o`: a fixed offset added to the learned sum (with --residual, the calibrated confidence's logit). */
type Row = { f: Int32Array; v: Float32Array; y: number; o: number };
/**
 * --residual: the calibrated confidence stays the model's base (its logit an offset, not a feature
 * to refit), and the other evidence only corrects it; refitting the confidence itself costs more
 * on unseen folds than the evidence adds.
 */
const RESIDUAL = process.argv.includes('--residual');

function h(s: string): number {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619) >>> 0;
  return x & MASK;
}

/** Groups of evidence besides the confidence: `kind` (source, category, length, lexicon hits), `words` (the span's lemmas, edges, neighbours), `position` (quotation, headline, sentence end, capital). */
type Group = 'kind' | 'words' | 'position' | 'sentence' | 'rate';

/**
 * What the `sentence` and `rate` groups read: the sentence classifier's score of each sentence of
 * the article (a classifier trained on the other folds' articles, sentenceScore.ts) and the fold
 * tagger's mined rates (which never saw the article).
 */
interface Extra { readonly sentenceScore: (token: number) => number; readonly model: RhetoricModel }

/** Feature rows of an article's candidates (shown edges, as the level shows them). */
function rows(p: Prepared, cands: readonly Candidate[], groups: ReadonlySet<Group>, extra: Extra): Row[] {
  const text = p.article.text;
  const seg = segment(text);
  const toks = seg.tokens;
  const keys: string[] = [];
  for (let i = 0; i < toks.length; i++) keys.push(tokenKey(toks.text(i), toks.kind(i)));
  const hits = matchLexicon(builtInLexicon(), toks, keys);
  const headline = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  return cands.map((c) => {
    const s = c.shown?.start ?? c.start;
    const e = c.shown?.end ?? c.end;
    const q = Math.max(1e-3, Math.min(0.999, c.confidence));
    const fs: [string, number][] = RESIDUAL ? [['bias', 1]] : [['bias', 1], ['conf', c.confidence], ['logit', Math.log(q / (1 - q))]];
    let a = 0;
    while (a < toks.length && toks.ends[a] <= s) a++;
    let b = a;
    while (b < toks.length && toks.starts[b] < e) b++;
    const n = b - a;
    if (groups.has('kind')) {
      fs.push([`cb:${Math.floor(c.confidence * 20)}`, 1], [`src:${c.source}`, 1], [`cat:${c.category}`, 1], [`sc:${c.source}:${c.category}`, 1]);
      fs.push([`nw:${n <= 3 ? n : n <= 5 ? 5 : n <= 8 ? 8 : 9}`, 1], [`nwc:${c.category}:${Math.min(n, 4)}`, 1]);
    }
    if (groups.has('words') && n > 0) {
      for (let k = a; k < b; k++) if (toks.kind(k) === 'word') fs.push([`w:${keys[k]}`, 1 / Math.sqrt(n)]);
      fs.push([`f:${keys[a]}`, 1], [`l:${keys[b - 1]}`, 1]);
      if (a > 0) fs.push([`prev:${keys[a - 1]}`, 1]);
      if (b < toks.length) fs.push([`next:${keys[b]}`, 1]);
    }
    if (groups.has('kind')) {
      let lx = 0;
      for (const hit of hits) if (hit.start < e && hit.end > s) { lx++; fs.push([`lx:${hit.entry.category}`, 1]); }
      fs.push([`lxn:${Math.min(lx, 2)}`, 1]);
    }
    if (groups.has('sentence') && n > 0) {
      const ps = Math.max(1e-3, Math.min(0.999, extra.sentenceScore(a)));
      fs.push(['sent', ps], ['sentLogit', Math.log(ps / (1 - ps))], [`sb:${Math.floor(ps * 10)}`, 1], ['sentConf', ps * c.confidence]);
    }
    if (groups.has('rate') && n > 0) {
      let mx = 0, sum = 0, cnt = 0;
      for (let k = a; k < b; k++) {
        if (toks.kind(k) !== 'word') continue;
        const r = extra.model.rates.rate(keys[k]);
        if (r < 0) continue;
        mx = Math.max(mx, r); sum += r; cnt++;
      }
      fs.push(['rmax', mx], ['rmean', cnt ? sum / cnt : 0], [`rmb:${Math.min(9, Math.floor(mx * 20))}`, 1], [`rcat:${c.category}:${Math.min(4, Math.floor(mx * 10))}`, 1]);
    }
    if (groups.has('position')) {
      // In a quotation: an odd number of straight quotes, or more opening than closing curly ones, in the paragraph before it.
      const para = text.lastIndexOf('\n', s) + 1;
      let straight = 0, curly = 0;
      for (let i = para; i < s; i++) { const ch = text[i]; if (ch === '"') straight++; else if (ch === '\u201c') curly++; else if (ch === '\u201d') curly--; }
      if (straight % 2 === 1 || curly > 0) fs.push(['inQuote', 1], [`inQuote:${c.category}`, 1]);
      if (s < headline) fs.push(['headline', 1]);
      const m = /[.!?]/.exec(text.slice(e, e + 400));
      if (m && m[0] !== '.') fs.push([`end:${m[0]}`, 1]);
      if (/^[A-Z]/.test(text.slice(s, e)) && s > para && !/[.!?:"\u201c]\s*$/.test(text.slice(Math.max(para, s - 3), s))) fs.push(['cap', 1]);
    }
    return { f: Int32Array.from(fs.map((x) => h(x[0]))), v: Float32Array.from(fs.map((x) => x[1])), y: insideFraction(p.gold, s, e), o: RESIDUAL ? Math.log(q / (1 - q)) : 0 };
  });
}

function sigmoid(z: number): number { return 1 / (1 + Math.exp(-z)); }

/** Logistic regression on soft labels, AdaGrad, a fixed order. */
function fit(data: readonly Row[], epochs = 6, l2 = 1e-4, lr = 0.2): Float64Array {
  const w = new Float64Array(MASK + 1);
  const g2 = new Float64Array(MASK + 1).fill(1e-8);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = 0; i < data.length; i++) {
      const r = data[(i * 7919 + ep * 104729) % data.length];
      let z = r.o;
      for (let k = 0; k < r.f.length; k++) z += w[r.f[k]] * r.v[k];
      const g = sigmoid(z) - r.y;
      for (let k = 0; k < r.f.length; k++) {
        const j = r.f[k];
        const gr = g * r.v[k] + l2 * w[j];
        g2[j] += gr * gr;
        w[j] -= (lr * gr) / Math.sqrt(g2[j]);
      }
    }
  }
  return w;
}

function predict(w: Float64Array, r: Row): number {
  let z = r.o;
  for (let k = 0; k < r.f.length; k++) z += w[r.f[k]] * r.v[k];
  return sigmoid(z);
}

function main(): void {
  const folds = foldsWithShippedMeta(cacheArg());
  const groups = new Set((argValue('--groups') ?? 'kind,words,position').split(',').filter(Boolean) as Group[]);
  const l2 = Number(argValue('--l2') ?? 1e-4);
  const epochs = Number(argValue('--epochs') ?? 6);
  const own = folds.map((f) => f.model.forLevel('balanced'));
  const cands = folds.map((f, k) => f.prep.map((p) => p.candidatesOf(own[k]).filter((c) => !c.plain)));
  // Per fold, a sentence classifier trained on the other folds' articles (the fold tagger's own).
  const scorers = groups.has('sentence') ? folds.map((_, k) => SentenceScorer.parse(trainSentenceScorer(folds.filter((__, j) => j !== k).flatMap((f) => f.prep.map((p) => sentenceDocOf(p.article)))))) : [];
  const extraOf = (k: number, p: Prepared): Extra => {
    if (!scorers.length) return { sentenceScore: () => 0, model: folds[k].model };
    const { d, sentences } = sentenceInputOf(p.article.text);
    const byToken = new Float64Array(d.lh.length);
    for (const s of sentences) byToken.fill(scorers[k].score(d, s.firstToken, s.endToken), s.firstToken, s.endToken);
    return { sentenceScore: (t) => byToken[t] ?? 0, model: folds[k].model };
  };
  const data = folds.map((f, k) => f.prep.map((p, i) => rows(p, cands[k][i], groups, extraOf(k, p))));
  const rescored = folds.map((_, k) => {
    const w = fit(data.filter((__, j) => j !== k).flat(2), epochs, l2);
    return cands[k].map((cs, i) => cs.map((c, n) => ({ ...c, confidence: predict(w, data[k][i][n]) })));
  });
  const curve = (useNew: boolean) => {
    for (let t = 0.3; t <= 0.6 + 1e-9; t += 0.01) {
      const threshold = Math.round(t * 100) / 100;
      const per = folds.map((f, k) => {
        const thresholdOf = (s: Sensitivity) => (s === 'balanced' ? threshold : sensitivityThreshold(s, f.model));
        return measureMarkers(f.prep, (p) => {
          const i = f.prep.indexOf(p);
          const candidatesOf = (m: typeof own[number]) => (useNew && m === own[k] ? rescored[k][i] : p.candidatesOf(m));
          return levelMarkers({ ...p, candidatesOf }, f.model, 'balanced', thresholdOf);
        });
      });
      const r = pooledOverFolds(per);
      console.log(`  ${threshold.toFixed(2)}  P ${r.precision.toFixed(3)} (sd ${r.sd.toFixed(3)}, lowest ${r.lowest.toFixed(3)})  R ${r.recall.toFixed(3)}`);
    }
  };
  if (process.argv.includes('--baseline')) { console.log('as shipped:'); curve(false); return; }
  console.log(`reranked (the confidence${[...groups].map((g) => ` + ${g}`).join('')}; l2 ${l2}, ${epochs} epochs), cross-fitted:`);
  curve(true);
}

if (require.main === module) main();
