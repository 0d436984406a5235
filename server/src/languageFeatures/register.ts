/**
 * A corpus's register: a rhetoric marker whose every content word occurs in a large share of
 * the corpus's documents ("sovereignty", "our nations" in UN speeches) is how this corpus
 * speaks, not a mark of one text. Learned from the corpus itself, so no word list decides it;
 * a phrase with one distinctive word ("racist regime") stays a marker.
 */
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { STOP_WORDS } from '../analysis/corpus/keyterms';

/** Share of the corpus's documents above which a word is register. */
export const REGISTER_SHARE = 0.25;
/** Fewer documents than this say nothing about a register: every marker is kept. */
export const MIN_REGISTER_DOCUMENTS = 20;

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/**
 * A test of marker texts against the corpus as it is now (word document counts are cached by the
 * index and dropped when a document changes).
 */
export function registerTest(index: CorpusIndex): (markerText: string) => boolean {
  const n = index.size;
  if (n < MIN_REGISTER_DOCUMENTS) return () => false;
  const min = REGISTER_SHARE * n;
  const common = new Map<string, boolean>();
  const isCommon = (w: string) => {
    let c = common.get(w);
    if (c === undefined) common.set(w, (c = index.wordInAtLeast(w, min)));
    return c;
  };
  return (markerText) => {
    const words = (markerText.toLowerCase().match(WORD_RE) ?? []).filter((w) => !STOP_WORDS.has(w));
    return words.length > 0 && words.every(isCommon);
  };
}
