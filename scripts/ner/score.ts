/** Entity-level exact-match scoring on CoNLL documents. */
import { normalizeToken } from '../../server/src/analysis/entities/nerDoc';
import type { NerEngine } from '../../server/src/analysis/entities/tagger';
import { ConllDoc, Span, spansOf } from './data';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Record<string, Counts>;

export function addSpans(scores: Scores, gold: Span[], pred: Span[], key = (s: Span) => `${s.start}:${s.end}:${s.type}`): void {
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const bump = (type: string, f: keyof Counts) => ((scores[type] ??= { tp: 0, fp: 0, fn: 0 })[f]++);
  for (const s of pred) bump(s.type, g.has(key(s)) ? 'tp' : 'fp');
  for (const s of gold) if (!p.has(key(s))) bump(s.type, 'fn');
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function micro(scores: Scores, types: string[]): Counts {
  const m = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = scores[t];
    if (!c) continue;
    m.tp += c.tp;
    m.fp += c.fp;
    m.fn += c.fn;
  }
  return m;
}

/** Tags CoNLL documents (gold tokenisation and sentences) and scores per type. */
export function scoreConll(engine: NerEngine, docs: ConllDoc[], harmonize = true): Scores {
  return sumScores(scoreConllPerDoc(engine, docs, harmonize));
}

/** The scores of several documents together. */
export function sumScores(perDoc: Scores[]): Scores {
  const scores: Scores = {};
  for (const d of perDoc) {
    for (const [t, c] of Object.entries(d)) {
      const s = (scores[t] ??= { tp: 0, fp: 0, fn: 0 });
      s.tp += c.tp;
      s.fp += c.fp;
      s.fn += c.fn;
    }
  }
  return scores;
}

/** The scores of each document apart (for a document-level bootstrap, ./bootstrap.ts). */
export function scoreConllPerDoc(engine: NerEngine, docs: ConllDoc[], harmonize = true): Scores[] {
  const perDoc: Scores[] = [];
  for (const d of docs) {
    const scores: Scores = {};
    const words: string[] = [];
    const starts: number[] = [];
    const gold: Span[] = [];
    for (const s of d.sentences) {
      starts.push(words.length);
      for (const sp of spansOf(s.tags)) gold.push({ start: sp.start + words.length, end: sp.end + words.length, type: sp.type });
      for (const w of s.words) words.push(normalizeToken(w));
    }
    const pred = engine.spans(words, starts, harmonize);
    addSpans(scores, gold, pred);
    perDoc.push(scores);
  }
  return perDoc;
}

export function report(scores: Scores, label: string): string {
  const lines = [`${label}`];
  for (const t of ['PER', 'LOC', 'ORG', 'MISC', 'GRP']) {
    const c = scores[t];
    if (!c) continue;
    const { p, r, f } = prf(c);
    lines.push(`  ${t.padEnd(5)} P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f.toFixed(4)}  (gold ${c.tp + c.fn}, pred ${c.tp + c.fp})`);
  }
  const m = prf(micro(scores, ['PER', 'LOC', 'ORG']));
  lines.push(`  micro PER/LOC/ORG  P ${m.p.toFixed(4)}  R ${m.r.toFixed(4)}  F1 ${m.f.toFixed(4)}`);
  return lines.join('\n');
}

/** Recall on gold PER/LOC/ORG entities whose text does (not) occur as an entity in `train`: a proxy for unseen test names. */
export function recallBySeen(engine: NerEngine, docs: ConllDoc[], train: ConllDoc[]): string {
  const seen = new Set<string>();
  for (const d of train) for (const s of d.sentences) for (const sp of spansOf(s.tags)) seen.add(s.words.slice(sp.start, sp.end).join(' '));
  const c = { seen: [0, 0], unseen: [0, 0] };
  for (const d of docs) {
    const words: string[] = [];
    const starts: number[] = [];
    const gold: (Span & { text: string })[] = [];
    for (const s of d.sentences) {
      starts.push(words.length);
      for (const sp of spansOf(s.tags)) gold.push({ start: sp.start + words.length, end: sp.end + words.length, type: sp.type, text: s.words.slice(sp.start, sp.end).join(' ') });
      for (const w of s.words) words.push(normalizeToken(w));
    }
    const pred = new Set(engine.spans(words, starts).map((p) => `${p.start}:${p.end}:${p.type}`));
    for (const g of gold) {
      if (g.type === 'MISC' || g.type === 'GRP') continue;
      const k = seen.has(g.text) ? c.seen : c.unseen;
      k[1]++;
      if (pred.has(`${g.start}:${g.end}:${g.type}`)) k[0]++;
    }
  }
  return `recall on PER/LOC/ORG names seen in train ${(c.seen[0] / c.seen[1]).toFixed(4)} (${c.seen[1]}), unseen ${(c.unseen[0] / c.unseen[1]).toFixed(4)} (${c.unseen[1]})`;
}
