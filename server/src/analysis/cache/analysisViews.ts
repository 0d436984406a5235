/**
 * Reading a document's analysis without materialising it, whichever form it has: a decoded cache
 * record (LazyAnalysis: offsets, counts and word lists read in place) or a fresh analysis.
 */
import { type DocumentAnalysis, WordCounts } from '../document';
import type { EntityMention, EntityType } from '../types';
import { type SpanColumns, spanColumnsOf } from '../corpus/spans';
import { type EntityGroups, LazyAnalysis } from './lazyAnalysis';
import { fnvUtf8 } from '../common/fnv';
import { type QueryWord, WordDirectory, forEachWord } from './wordList';

/** The hash of a normalised word (FNV-1a of its UTF-8 bytes), as `forEachWordCount` gives them. */
export function wordHashOf(word: string): number {
  return fnvUtf8(word);
}

/**
 * Calls `f` for each distinct word of a document with its hash (`wordHashOf`) and count; the word
 * itself is given either as UTF-8 bytes `bytes[a..b)` (a cached record's word list, not decoded)
 * or as `word`. Does not materialise `wordCounts`.
 */
export function forEachWordCount(
  d: DocumentAnalysis,
  f: (h: number, count: number, bytes: Uint8Array | undefined, a: number, b: number, word: string | undefined) => void,
): void {
  if (d instanceof LazyAnalysis) {
    const words = d.wordList();
    if (words) {
      const { bytes, counts } = words;
      // The document's word directory (`wordCountOf`) is built in the same pass, from the same
      // hashes, if it is not there yet: a corpus-wide word query would build it anyway.
      const dir = d.hasWordDirectory() ? undefined : WordDirectory.builder(counts.length, bytes.length);
      forEachWord(bytes, counts.length, (h, k, a, e) => {
        dir?.add(h, k, a);
        f(h, counts[k], bytes, a, e, undefined);
      });
      if (dir) d.setWordDirectory(dir.done());
      return;
    }
  }
  // A fresh analysis's counts carry their words' hashes (computed once per word of the corpus).
  if (d.wordCounts instanceof WordCounts) {
    d.wordCounts.forEachHashed((h, n, w) => f(h, n, undefined, 0, 0, w));
    return;
  }
  for (const [w, n] of d.wordCounts) f(wordHashOf(w), n, undefined, 0, 0, w);
}

/** The length of a document's text (without decoding a record's text). */
export function textLength(d: DocumentAnalysis): number {
  return d instanceof LazyAnalysis ? d.textLength : d.text.length;
}

/** Part of a document's text; near the start of a record's text, only that part is decoded (titles). */
export function textSlice(d: DocumentAnalysis, start: number, end: number): string {
  return d instanceof LazyAnalysis ? d.textSlice(start, end) : d.text.slice(start, end);
}

/**
 * Occurrences of a normalised word in a document: see `LazyAnalysis.wordCountOf`. `query`: the
 * word's `queryWord`, kept by a caller that asks many documents about many words in turn (a record
 * otherwise encodes the word again whenever it differs from the word asked last).
 */
export function wordCountIn(d: DocumentAnalysis, word: string, query?: QueryWord): number {
  return d instanceof LazyAnalysis ? d.wordCountOf(word, query) : d.wordCounts.get(word) ?? 0;
}

/**
 * A document's entity mentions for a pass over every document (the command line's output): a
 * record's are made afresh and not kept with it (see `LazyAnalysis.readEntities`).
 */
export function entityMentionsOnce(d: DocumentAnalysis): readonly EntityMention[] {
  return d instanceof LazyAnalysis ? d.readEntities() : d.entities;
}

/** Span columns of analyses that are not records (fresh ones): built once per analysis. */
const plainSpans = new WeakMap<DocumentAnalysis, { readonly entities: SpanColumns; readonly sentences: SpanColumns }>();

function spansOf(d: DocumentAnalysis): { readonly entities: SpanColumns; readonly sentences: SpanColumns } {
  if (d instanceof LazyAnalysis) return d.parts;
  let s = plainSpans.get(d);
  if (!s) plainSpans.set(d, (s = { entities: spanColumnsOf(d.entities), sentences: spanColumnsOf(d.sentences) }));
  return s;
}

/** A document's entity mention offsets, without materialising `entities`. */
export function entitySpans(d: DocumentAnalysis): SpanColumns {
  return spansOf(d).entities;
}

/** A document's sentence offsets, without materialising `sentences`. */
export function sentenceSpans(d: DocumentAnalysis): SpanColumns {
  return spansOf(d).sentences;
}

/**
 * A document's mentions grouped by (type, name), for the index to count them once: a record's
 * grouping (made while decoding) is handed over once and not kept; otherwise computed.
 */
export function entityGroupsOf(d: DocumentAnalysis): EntityGroups {
  const own = d instanceof LazyAnalysis ? d.takeEntityGroups() : undefined;
  if (own) return own;
  const ents = d.entities;
  const byType = new Map<EntityType, Map<string, number>>();
  const texts: string[] = [];
  const types: EntityType[] = [];
  const index = new Int32Array(ents.length);
  for (let k = 0; k < ents.length; k++) {
    const e = ents[k];
    let m = byType.get(e.type);
    if (!m) byType.set(e.type, (m = new Map()));
    let j = m.get(e.text);
    if (j === undefined) {
      j = texts.length;
      m.set(e.text, j);
      texts.push(e.text);
      types.push(e.type);
    }
    index[k] = j;
  }
  return { texts, types, index };
}
