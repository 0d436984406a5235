/**
 * Technique lexicons as candidates of their own (issue 12), on the cross-validation folds: phrases
 * of 1-4 words (lemmas, no function word or punctuation at an edge) mined from the training spans
 * of the techniques marked by their words, proposed where the balanced markers leave the text free.
 * For held-out fold f the table comes from the other four folds only: a phrase needs `support`
 * occurrences inside those spans, and its precision is cross-fitted inside the four (chosen on
 * three, measured on the free occurrences of the fourth, in turn); it is kept where that clears
 * `bar`. Free: no balanced marker (of the article's own fold tagger) overlaps the occurrence.
 *
 *   tsx scripts/rhetoric/minedPhrases.ts --cache DIR
 */
import { segment } from '../../server/src/analysis/text/structure';
import { tokenKey } from '../../server/src/analysis/rhetoric/lexicon';
import { sensitivityThreshold, trimSpan } from '../../server/src/analysis/rhetoric/index';
import { TECHNIQUE_CATEGORY } from '../../server/src/analysis/rhetoric/categories';
import type { RhetoricMarker, Sensitivity } from '../../server/src/analysis/types';
import { cacheArg, foldsWithShippedMeta } from './ceiling';
import { levelMarkers, measureByTechnique, measureMarkers, pooledOverFolds, Prepared } from './evaluate';
import { insideFraction } from './crossValidate';
import { mergeSpans, Span } from './ptc';

/** PTC techniques marked by their words (not doubt, fear or the argument-level ones). */
export const WORD_TECHNIQUES: ReadonlySet<string> = new Set([
  'Loaded_Language', 'Name_Calling,Labeling', 'Exaggeration,Minimisation', 'Flag-Waving', 'Slogans', 'Thought-terminating_Cliches', 'Bandwagon,Reductio_ad_hitlerum',
]);
const MAX_WORDS = 4;

export interface Occurrence { key: string; words: number; start: number; end: number; y: number; inWord: boolean; free: boolean; category: string }

/** Every phrase occurrence of an article, with its SI precision, whether a word technique's span holds it, and whether `shown` leaves it free. */
export function occurrences(text: string, spans: Prepared['article']['spans'], shown: readonly Span[]): Occurrence[] {
  const seg = segment(text);
  const toks = seg.tokens;
  const gold = mergeSpans(spans);
  const wordSpans = spans.filter((s) => WORD_TECHNIQUES.has(s.technique));
  const wordGold = mergeSpans(wordSpans);
  const covered = new Uint8Array(text.length + 1);
  for (const m of shown) covered.fill(1, m.start, m.end);
  const keys: string[] = [];
  for (let i = 0; i < toks.length; i++) keys.push(tokenKey(toks.text(i), toks.kind(i)));
  const out: Occurrence[] = [];
  for (let a = 0; a < toks.length; a++) {
    for (let n = 1; n <= MAX_WORDS && a + n <= toks.length; n++) {
      if (toks.kind(a + n - 1) !== 'word') break;
      const [ta, tb] = trimSpan(toks, a, a + n);
      if (ta !== a || tb !== a + n) continue;
      const start = toks.starts[a];
      const end = toks.ends[a + n - 1];
      let free = true;
      for (let c = start; c < end; c++) if (covered[c]) { free = false; break; }
      const inWord = insideFraction(wordGold, start, end) >= 0.5;
      let category = '';
      if (inWord) {
        const s = wordSpans.find((w) => w.start <= start && w.end >= end) ?? wordSpans.find((w) => w.start < end && w.end > start);
        category = (s && TECHNIQUE_CATEGORY[s.technique]) ?? '';
      }
      out.push({ key: keys.slice(a, a + n).join(' '), words: n, start, end, y: insideFraction(gold, start, end), inWord, free, category });
    }
  }
  return out;
}

interface Stat { support: number; freeN: number; freeSum: number; cats: Map<string, number> }

function tally(docs: readonly Occurrence[][]): Map<string, Stat> {
  const m = new Map<string, Stat>();
  for (const occ of docs) for (const o of occ) {
    let s = m.get(o.key);
    if (!s) m.set(o.key, (s = { support: 0, freeN: 0, freeSum: 0, cats: new Map() }));
    if (o.inWord) { s.support++; s.cats.set(o.category, (s.cats.get(o.category) ?? 0) + 1); }
    if (o.free) { s.freeN++; s.freeSum += o.y; }
  }
  return m;
}

export interface MinedPhrase { key: string; precision: number; held: number; category: string }

function merged(stats: readonly Map<string, Stat>[]): Map<string, Stat> {
  const m = new Map<string, Stat>();
  for (const t of stats) for (const [k, s] of t) {
    const o = m.get(k);
    if (!o) { m.set(k, { support: s.support, freeN: s.freeN, freeSum: s.freeSum, cats: s.cats }); continue; }
    o.support += s.support; o.freeN += s.freeN; o.freeSum += s.freeSum;
    if (s.cats.size) { o.cats = new Map(o.cats); for (const [c, n] of s.cats) o.cats.set(c, (o.cats.get(c) ?? 0) + n); }
  }
  return m;
}

/** Tallies of groups of articles (one a fold), with the merged tallies the mining rotates over. */
export interface GroupStats { readonly each: Map<string, Stat>[]; readonly allBut: Map<string, Stat>[]; readonly all: Map<string, Stat> }

export function groupStats(groups: readonly Occurrence[][][]): GroupStats {
  const each = groups.map(tally);
  return { each, allBut: each.map((_, g) => merged(each.filter((__, k) => k !== g))), all: merged(each) };
}

/**
 * Phrases with `support` occurrences in word-technique spans whose free occurrences' precision,
 * cross-fitted over the groups (chosen on all but one, measured on that one, in turn), clears
 * `bar` on at least `minHeld` held-out occurrences.
 */
export function minePhrases(st: GroupStats, support: number, bar: number, minHeld: number): MinedPhrase[] {
  const held = new Map<string, { n: number; sum: number }>();
  st.each.forEach((mine, g) => {
    for (const [k, s] of st.allBut[g]) {
      if (s.support < support || !s.freeN || s.freeSum / s.freeN < bar) continue;
      const o = mine.get(k);
      if (!o?.freeN) continue;
      const h = held.get(k) ?? { n: 0, sum: 0 };
      h.n += o.freeN; h.sum += o.freeSum;
      held.set(k, h);
    }
  });
  const out: MinedPhrase[] = [];
  for (const [key, h] of held) {
    const s = st.all.get(key)!;
    if (s.support < support || h.n < minHeld || h.sum / h.n < bar) continue;
    const category = [...s.cats].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] || 'loaded-language';
    out.push({ key, precision: h.sum / h.n, held: h.n, category });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The free occurrences of mined phrases, longest first, none overlapping another. */
export function phraseMarkers(occ: readonly Occurrence[], table: ReadonlyMap<string, MinedPhrase>): Occurrence[] {
  const hits = occ.filter((o) => o.free && table.has(o.key)).sort((a, b) => b.words - a.words || a.start - b.start);
  const taken: Occurrence[] = [];
  for (const h of hits) if (!taken.some((t) => t.start < h.end && t.end > h.start)) taken.push(h);
  return taken;
}

function main(): void {
  const folds = foldsWithShippedMeta(cacheArg());
  const base = folds.map((f) => f.prep.map((p) => levelMarkers(p, f.model, 'balanced')));
  const occ = folds.map((f, k) => f.prep.map((p, i) => occurrences(p.article.text, p.article.spans, base[k][i])));
  const pooled = (extra: (k: number, i: number) => readonly Span[]) => {
    const per = folds.map((f, k) => measureMarkers(f.prep, (p) => base[k][f.prep.indexOf(p)].concat(extra(k, f.prep.indexOf(p)) as RhetoricMarker[])));
    const r = pooledOverFolds(per);
    return `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} (fold P ${r.folds.map((x) => x.toFixed(3)).join(' ')}; lowest ${r.lowest.toFixed(3)})`;
  };
  console.log(`balanced as shipped: ${pooled(() => [])}`);
  const stats = folds.map((_, f) => groupStats(occ.filter((__, k) => k !== f)));
  for (const support of [2, 3, 5]) for (const bar of [0.5, 0.6, 0.7]) for (const minHeld of [1, 3]) {
    let added = 0, addedY = 0, size = 0;
    const extra = folds.map((_, f) => {
      const table = new Map(minePhrases(stats[f], support, bar, minHeld).map((m) => [m.key, m]));
      size += table.size;
      return occ[f].map((o) => {
        const got = phraseMarkers(o, table);
        added += got.length;
        for (const g of got) addedY += g.y;
        return got.map((m) => ({ m, category: table.get(m.key)!.category, start: m.start, end: m.end }));
      });
    });
    console.log(`support ${support} bar ${bar} held ${minHeld}: ${(size / folds.length).toFixed(0)} phrases a fold, ${added} added at ${(addedY / Math.max(1, added)).toFixed(3)}: ${pooled((k, i) => extra[k][i])}`);
    if (support === 2 && bar === 0.7 && minHeld === 3) {
      byTechnique(folds.map((f) => f.prep), base, extra);
      // With the phrases, the balanced threshold swept as the precision-first rule would (free occurrences fixed by the shipped 0.43).
      for (let t = 0.36; t <= 0.46 + 1e-9; t += 0.01) {
        const threshold = Math.round(t * 100) / 100;
        const thresholdOf = (s: Sensitivity) => (s === 'balanced' ? threshold : sensitivityThreshold(s, folds[0].model));
        const per = folds.map((f, k) => measureMarkers(f.prep, (p) => levelMarkers(p, f.model, 'balanced', thresholdOf).concat(extra[k][f.prep.indexOf(p)] as unknown as RhetoricMarker[])));
        const r = pooledOverFolds(per);
        console.log(`    threshold ${threshold.toFixed(2)} with the phrases: P ${r.precision.toFixed(3)} (sd ${r.sd.toFixed(3)}, lowest ${r.lowest.toFixed(3)}) R ${r.recall.toFixed(3)}`);
      }
    }
  }
}

/** Per technique, pooled over the folds: recall of the balanced markers with and without the phrases, precision of each category's markers. */
function byTechnique(prep: Prepared[][], base: RhetoricMarker[][][], extra: { m: Occurrence; category: string }[][][]): void {
  const flat = prep.flat();
  const baseOf = new Map(flat.map((p, n) => [p, base.flat()[n]]));
  const withOf = new Map(flat.map((p, n) => [p, base.flat()[n].concat(extra.flat()[n].map((x) => ({ ...x.m, text: '', term: x.m.key, source: 'lexicon', confidence: 0, category: x.category } as RhetoricMarker)))]));
  const a = measureByTechnique(flat, (p) => baseOf.get(p)!);
  const b = measureByTechnique(flat, (p) => withOf.get(p)!);
  for (let i = 0; i < a.length; i++) {
    const pr = (r: typeof a[number]) => (r.predicted ? `${r.precision.toFixed(3)} (${r.predicted})` : '-');
    console.log(`  ${a[i].technique.padEnd(36)} ${String(a[i].gold).padStart(5)} spans  R ${a[i].recall.toFixed(3)} -> ${b[i].recall.toFixed(3)}  P ${pr(a[i])} -> ${pr(b[i])}`);
  }
}

if (require.main === module) main();
