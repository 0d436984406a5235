/**
 * Occurrences of key terms in a document without segmenting all of it (the command line's output
 * and every view of a document read them): only the sentences where a term's first word may be are
 * tokenised, and the candidates are walked there exactly as in the whole document (keyterms.ts), so
 * the occurrences are the same. Segmenting whole documents again took most of the output step.
 *
 * Which sentences: a search of the lower-cased text for each spelling that folds to the first word's
 * one spelling (`spellingsOf` reads `spellingForm`'s tables backwards), a hyphen allowed between any
 * two of its letters ("co-operation", "peace-keeping", "programs"). The search may find more (a
 * word inside a longer one): the walk decides. A scanned line-end hyphen ("peace- keeping") acts
 * across a sentence boundary (`walkCandidates`), so sentences joined by one are tokenised together.
 * A term whose first word cannot be searched this way (not ASCII, or a label that does not hash
 * back to the term) sends the document to a whole segmentation.
 */
import type { DocumentAnalysis } from '../document';
import { type Sentence, segment } from '../text/structure';
import { TokenTable, tokenizeInto } from '../text/tokens';
import { currentVocabulary } from '../text/vocabulary';
import { type NgramOccurrence, extendHash, foldHash, ngramOccurrences, wordHash } from './keyterms';
import { type SpanColumns, spanEnd, spanStart } from './spans';
import { sentenceSpans } from '../cache/analysisViews';
import { spellingForm, spellingsOf } from '../text/spelling';

/** A key term sought in a document: its n-gram hash and its label (a form the corpus writes). */
export interface SoughtTerm {
  readonly hash: number;
  readonly label: string;
}

/**
 * Per label: the search for its first word's spellings, or null when it cannot be searched. Kept
 * compiled: a document's terms were searched with one expression of all their patterns, which
 * differs from document to document and was compiled anew for each (most of the search's time).
 */
const firstWordPatterns = new Map<string, RegExp | null>();
const MAX_PATTERNS = 10_000;

/** Occurrences of the terms in the document, as `ngramOccurrences` over its whole segmentation finds them. */
export function termOccurrences(d: DocumentAnalysis, entities: SpanColumns, terms: readonly SoughtTerm[]): NgramOccurrence[] {
  const wanted = new Set(terms.map((t) => t.hash));
  const text = d.text;
  const searches = new Set<RegExp>();
  for (const t of terms) {
    const p = firstWordPattern(t);
    if (p === null) return ngramOccurrences(segment(text), entities, wanted);
    searches.add(p);
  }
  const lower = text.toLowerCase();
  // A letter lower-cased to two ("İ") would move the offsets.
  if (lower.length !== text.length) return ngramOccurrences(segment(text), entities, wanted);
  const sentences = sentenceSpans(d);
  const marked = new Uint8Array(sentences.length);
  // A sentence is marked if one of the first words may start in it: term by term, the same as
  // one search for any of them.
  for (const search of searches) markSentences(search, lower, sentences, marked);
  joinAcrossBreakHyphens(text, sentences, marked);
  return ngramOccurrences(markedSentences(text, sentences, marked), entities, wanted);
}

/** Marks each sentence in which `search` (global) matches at some offset. */
function markSentences(search: RegExp, lower: string, sentences: SpanColumns, marked: Uint8Array): void {
  let k = 0;
  search.lastIndex = 0;
  for (let m = search.exec(lower); m; m = search.exec(lower)) {
    while (k < sentences.length && spanEnd(sentences, k) <= m.index) k++;
    if (k === sentences.length) break;
    if (spanStart(sentences, k) > m.index) {
      search.lastIndex = m.index + 1;
      continue;
    }
    marked[k] = 1;
    // The rest of the sentence need not be searched.
    search.lastIndex = spanEnd(sentences, k);
  }
}

/** The segmentation of the marked sentences only (no paragraphs: occurrences do not count them). */
function markedSentences(text: string, sentences: SpanColumns, marked: Uint8Array) {
  let chars = 0;
  for (let k = 0; k < marked.length; k++) if (marked[k]) chars += spanEnd(sentences, k) - spanStart(sentences, k);
  const vocabulary = currentVocabulary();
  const tokens = new TokenTable(vocabulary, (chars >> 2) + 16);
  const kept: Sentence[] = [];
  for (let k = 0; k < marked.length; k++) {
    if (!marked[k]) continue;
    const start = spanStart(sentences, k);
    const end = spanEnd(sentences, k);
    const firstToken = tokens.length;
    tokenizeInto(tokens, text, start, end);
    kept.push({ start, end, firstToken, endToken: tokens.length });
  }
  return { text, paragraphs: [], sentences: kept, tokens, vocabulary };
}

/**
 * Marks the neighbours of marked sentences that a break hyphen joins to them: a sentence that ends
 * with one, or the next starts with one (see the hyphen rule of `walkCandidates`), transitively.
 */
function joinAcrossBreakHyphens(text: string, sentences: SpanColumns, marked: Uint8Array): void {
  const joined = (k: number) => isBreakHyphenChar(text.charCodeAt(spanEnd(sentences, k) - 1)) || isBreakHyphenChar(text.charCodeAt(spanStart(sentences, k + 1)));
  for (let k = 0; k + 1 < marked.length; k++) if (marked[k] && !marked[k + 1] && joined(k)) marked[k + 1] = 1;
  for (let k = marked.length - 2; k >= 0; k--) if (marked[k + 1] && !marked[k] && joined(k)) marked[k] = 1;
}

/** The characters of the tokens `walkCandidates` treats as a word broken at a line's end. */
function isBreakHyphenChar(c: number): boolean {
  return c === 45 || c === 0xac || c === 0xad;
}

/** The regular expression (global) that finds the first word of a term in lower-cased text. */
function firstWordPattern(term: SoughtTerm): RegExp | null {
  const key = `${term.hash} ${term.label}`;
  let p = firstWordPatterns.get(key);
  if (p !== undefined) return p;
  const words = tokenizeInto(new TokenTable(currentVocabulary(), 8), term.label);
  const source = hashesBack(words, term.hash) ? patternOf(spellingForm(words.text(0))) : null;
  p = source === null ? null : new RegExp(source, 'g');
  if (firstWordPatterns.size >= MAX_PATTERNS) firstWordPatterns.clear();
  firstWordPatterns.set(key, p);
  return p;
}

/** Whether the label's words hash to the term as `walkCandidates` hashes them (then its first word is the term's). */
function hashesBack(words: TokenTable, hash: number): boolean {
  if (!words.length) return false;
  let h = wordHash(words.text(0));
  for (let i = 1; i < words.length; i++) h = extendHash(h, wordHash(words.text(i)));
  return foldHash(h) === hash;
}

function patternOf(form: string): string | null {
  if (!/^[\x20-\x7e]+$/.test(form)) return null;
  const hyphen = '[-\u2010]?';
  return spellingsOf(form)
    .map((w) => [...w].map((ch) => (ch === "'" ? "['\u2019\u02bc]" : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join(hyphen))
    .join('|');
}
