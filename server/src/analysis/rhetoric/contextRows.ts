/**
 * Rows of a document's context (features.ts buildContext) read from its sentences, lexicon hits and
 * scare quotes: each a function of its own (see buildContext).
 */
import type { SegmentedText } from '../text/structure';
import { LEXICON_CATEGORY_IDS, LexiconHit } from './lexicon';
import type { ScareQuote } from './scareQuotes';

// Indexed loops, not for-of: an iterator's protocol (with its try/finally) made the optimised code larger and slower to compile.

/** Each token's sentence bounds. */
export function sentenceBounds(sentences: SegmentedText['sentences'], sFirst: Int32Array, sEnd: Int32Array): void {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    for (let i = s.firstToken; i < s.endToken; i++) {
      sFirst[i] = s.firstToken;
      sEnd[i] = s.endToken;
    }
  }
}

/** The lexicon category (index + 1) of each token a hit covers. */
export function lexiconRows(hits: readonly LexiconHit[], lex: Int8Array): void {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const ci = LEXICON_CATEGORY_IDS.indexOf(h.entry.category) + 1;
    for (let i = h.firstToken; i < h.endToken; i++) lex[i] = ci;
  }
}

/** Each token's place in a scare quote (DocContext.quote). */
export function quoteRows(seg: SegmentedText, quotes: readonly ScareQuote[], quote: Int8Array): void {
  const toks = seg.tokens;
  const n = toks.length;
  let ti = 0;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    while (ti < n && toks.ends[ti] <= q.start) ti++;
    for (let i = ti; i < n && toks.starts[i] < q.end; i++) quote[i] = toks.starts[i] === q.start || toks.ends[i] === q.end ? 2 : 1;
  }
}

