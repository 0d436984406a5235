/**
 * A code's profile across the corpus: how many of its passages each article holds, and what its
 * passages co-occur with: other codes and entities whose passages or mentions overlap them or
 * share a sentence with them. Counted in passages of the code (a passage that meets a code twice
 * counts once). Pure: the caller gives each article's codings, sentences and entity mentions.
 */
import { sentenceIndexAt } from '../text/structure';
import type { AnchoredCoding } from './model';

export interface ProfileArticle {
  readonly source: string;
  /** Live codings of the article (every code, every coder). */
  readonly codings: readonly AnchoredCoding[];
  /** Sentence ranges, in text order. */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  /** Entity mentions with the entity's id. */
  readonly entities: readonly { readonly start: number; readonly end: number; readonly id: string }[];
}

export interface CodeProfile {
  readonly passages: number;
  /** Articles with the code, most passages first. */
  readonly perArticle: readonly { readonly source: string; readonly passages: number }[];
  /** Other codes met by the code's passages, most first. */
  readonly codes: readonly { readonly code: string; readonly passages: number }[];
  /** Entities met by the code's passages, most first. */
  readonly entities: readonly { readonly id: string; readonly passages: number }[];
}

export function codeProfile(code: string, articles: readonly ProfileArticle[]): CodeProfile {
  const perArticle: { source: string; passages: number }[] = [];
  const codes = new Map<string, number>();
  const entities = new Map<string, number>();
  let passages = 0;
  for (const a of articles) {
    const mine = a.codings.filter((c) => c.code === code && !c.orphaned);
    if (!mine.length) continue;
    perArticle.push({ source: a.source, passages: mine.length });
    passages += mine.length;
    for (const p of mine) {
      // The passage's reach: its own span widened to the sentences it touches.
      const reach = sentenceSpan(a.sentences, p.start, p.end);
      const metCodes = new Set<string>();
      for (const o of a.codings) if (o !== p && o.code !== code && !o.orphaned && o.start < reach.end && reach.start < o.end) metCodes.add(o.code);
      const metEntities = new Set<string>();
      for (const e of a.entities) if (e.start < reach.end && reach.start < e.end) metEntities.add(e.id);
      for (const k of metCodes) codes.set(k, (codes.get(k) ?? 0) + 1);
      for (const k of metEntities) entities.set(k, (entities.get(k) ?? 0) + 1);
    }
  }
  const byCount = <K extends string>(m: Map<string, number>, key: K) =>
    [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, n]) => ({ [key]: k, passages: n }) as { [P in K]: string } & { passages: number });
  perArticle.sort((x, y) => y.passages - x.passages || (x.source < y.source ? -1 : 1));
  return { passages, perArticle, codes: byCount(codes, 'code'), entities: byCount(entities, 'id') };
}

/** [start, end) widened to the whole sentences it touches (itself when no sentence does). */
function sentenceSpan(sentences: ProfileArticle['sentences'], start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let i = sentenceIndexAt(sentences, start); i < sentences.length && sentences[i].start < Math.max(end, start + 1); i++) {
    s = Math.min(s, sentences[i].start);
    e = Math.max(e, sentences[i].end);
  }
  return { start: s, end: e };
}
