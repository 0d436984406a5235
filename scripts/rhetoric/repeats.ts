/**
 * Repetition as candidates (issue 12), on the cross-validation folds only: the balanced markers plus
 * every other occurrence, in the same article, of a shown marker's words (of the precise or the
 * balanced level; of one word or more, or two). Measured, not shipped.
 *
 *   tsx scripts/rhetoric/repeats.ts --cache DIR
 */
import { cacheArg, foldsWithShippedMeta } from './ceiling';
import { levelMarkers, measureMarkers, pooledOverFolds } from './evaluate';
import { insideFraction } from './crossValidate';
const folds = foldsWithShippedMeta(cacheArg());
for (const minLen of [1, 2]) for (const src of ['balanced', 'precise'] as const) {
  let addN = 0, addP = 0;
  const per = folds.map((f) => measureMarkers(f.prep, (p) => {
    const base = levelMarkers(p, f.model, 'balanced');
    const seeds = levelMarkers(p, f.model, src).filter((m) => m.text.trim().split(/\s+/).length >= minLen && m.text.length >= 5);
    const covered = new Uint8Array(p.article.text.length);
    for (const m of base) covered.fill(1, m.start, m.end);
    const extra: typeof base = [];
    const lower = p.article.text.toLowerCase();
    for (const m of seeds) {
      const needle = m.text.toLowerCase();
      for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
        const e = i + needle.length;
        if (/\w/.test(lower[i - 1] ?? ' ') || /\w/.test(lower[e] ?? ' ')) continue;
        let free = true;
        for (let k = i; k < e; k++) if (covered[k]) { free = false; break; }
        if (!free) continue;
        covered.fill(1, i, e);
        extra.push({ ...m, start: i, end: e });
        addN++; addP += insideFraction(p.gold, i, e);
      }
    }
    return base.concat(extra);
  }));
  const r = pooledOverFolds(per);
  console.log(`repeats of ${src} markers (>= ${minLen} words): pooled P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}; per fold P ${r.folds.map((x) => x.toFixed(3)).join(' ')}; ${addN} added, their precision ${(addP / addN).toFixed(3)}`);
}
