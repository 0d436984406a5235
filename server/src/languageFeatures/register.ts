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

/** Per index, the test of its generation: each article's marks ask it, and its answers hold for every article. */
const tests = new WeakMap<CorpusIndex, { generation: number; test: (markerText: string) => boolean }>();

/**
 * A test of marker texts against the corpus as it is now (word document counts are cached by the
 * index and dropped when a document changes). One per index generation, with the words' answers
 * shared by every article: asked afresh for each article, the Terms view and the diagnostics of
 * all 6,349 UN speeches counted the same words' documents again for each (28 s of `check`'s 150).
 */
export function registerTest(index: CorpusIndex): (markerText: string) => boolean {
  let t = tests.get(index);
  if (t?.generation !== index.generation) tests.set(index, (t = { generation: index.generation, test: newRegisterTest(index) }));
  return t.test;
}

function newRegisterTest(index: CorpusIndex): (markerText: string) => boolean {
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
