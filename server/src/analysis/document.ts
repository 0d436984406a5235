/**
 * One article, analysed: structure, words, entities and rhetoric markers.
 * A pure function of the text and the options, so results can be cached by content hash.
 */
import { createHash } from 'crypto';
import { ArticleStructure, articleStructure } from './text/article';
import { Range, SegmentedText, segment } from './text/structure';
import { CodebookTerm, EntityMention, RhetoricMarker, Sensitivity } from './types';
import { NgramTable, ngramTable } from './corpus/keyterms';

export interface AnalysisOptions {
  readonly sensitivity: Sensitivity;
  readonly codebookTerms?: readonly CodebookTerm[];
  /** Lower-cased words and names the analyst chose to ignore. */
  readonly ignore?: ReadonlySet<string>;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { sensitivity: 'precise' };

/** The recognisers the analysis runs; injected so that tests and tools can swap them. */
export interface Recognizers {
  entities(seg: SegmentedText): EntityMention[];
  markers(seg: SegmentedText, options: AnalysisOptions): RhetoricMarker[];
}

export interface DocumentAnalysis {
  readonly text: string;
  /** SHA-1 of the text: the cache key. */
  readonly hash: string;
  readonly paragraphs: readonly Range[];
  readonly sentences: readonly Range[];
  readonly article: ArticleStructure;
  readonly entities: readonly EntityMention[];
  readonly markers: readonly RhetoricMarker[];
  /** Occurrences of each normalised word (see `normalizeWord`). */
  readonly wordCounts: ReadonlyMap<string, number>;
  readonly wordCount: number;
  /** Key-term candidates (hashed 1–4-word n-grams; see corpus/keyterms.ts). */
  readonly ngrams: NgramTable;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Lower case, with typographic apostrophes made straight: "Putin’s" and "putin's" count together. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf('’') < 0 && lower.indexOf('ʼ') < 0 ? lower : lower.replace(/[’ʼ]/g, "'");
}

const NORMALIZED_MAX = 200_000;
const normalized = new Map<string, string>();

export function analyzeDocument(text: string, options: AnalysisOptions, recognizers: Recognizers): DocumentAnalysis {
  const seg = segment(text);
  const wordCounts = new Map<string, number>();
  let wordCount = 0;
  for (const t of seg.tokens) {
    if (t.kind === 'punct') continue;
    // Normalised once per word type (per worker), not per token.
    let w = normalized.get(t.text);
    if (w === undefined) {
      w = normalizeWord(t.text);
      if (normalized.size >= NORMALIZED_MAX) normalized.clear();
      normalized.set(t.text, w);
    }
    if (w === "'s" || w === "n't") continue;
    wordCount++;
    wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  const entities = recognizers.entities(seg);
  return {
    text,
    hash: contentHash(text),
    paragraphs: seg.paragraphs,
    sentences: seg.sentences.map((s) => ({ start: s.start, end: s.end })),
    article: articleStructure(text, seg.paragraphs),
    entities,
    markers: recognizers.markers(seg, options),
    wordCounts,
    wordCount,
    ngrams: ngramTable(seg, entities),
  };
}

/** The word at an offset: the token that contains it or ends at it. */
export function wordAt(text: string, offset: number): Range | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}'’\-]/u.test(c);
  let s = offset;
  let e = offset;
  while (s > 0 && isWord(text[s - 1])) s--;
  while (e < text.length && isWord(text[e])) e++;
  // Apostrophes and hyphens belong to a word only inside it.
  while (s < e && /['’\-]/.test(text[s])) s++;
  while (e > s && /['’\-]/.test(text[e - 1])) e--;
  if (e > s && /['’]s$/i.test(text.slice(s, e)) && offset < e - 2) e -= 2;
  return e > s ? { start: s, end: e } : undefined;
}
