/**
 * Paragraphs and sentences with exact offsets.
 *
 * Plain-text articles mostly put one paragraph on a line (sometimes with blank lines between),
 * so there a line break ends a paragraph and a sentence never crosses one. Transcripts and
 * older archives are hard-wrapped instead (UN speeches at about 60 characters a line): there a
 * line break inside a sentence is a space, or "the United\nNations" would be two names.
 */
import { lowerBound } from '../common/binarySearch';
import { TokenTable, tokenizeInto } from './tokens';
import * as typeClasses from './typeClasses';
import { Vocabulary, currentVocabulary } from './vocabulary';

// Module-local copies: a CommonJS build (tsx, tests) reads an imported binding through a getter on every use.
const { ABBREVIATION, CLOSER, OPENS_SENTENCE, TERMINATOR, typeClass } = typeClasses;

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Range {
  /** Index of the sentence's first token in the document's token array. */
  readonly firstToken: number;
  /** Index one past the sentence's last token. */
  readonly endToken: number;
}

export interface SegmentedText {
  readonly text: string;
  readonly paragraphs: readonly Range[];
  readonly sentences: readonly Sentence[];
  readonly tokens: TokenTable;
  /** The vocabulary the tokens' `typeId`s belong to. */
  readonly vocabulary: Vocabulary;
}

/** Removes a leading byte-order mark, as editors do when they decode a file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Paragraphs: non-blank lines trimmed of surrounding whitespace (CRLF, CR and LF all end a line);
 * in hard-wrapped text, runs of lines joined where a line break falls inside a sentence.
 */
export function paragraphsOf(text: string): Range[] {
  const lines = linesOf(text);
  if (lines.length < 2) return lines;
  const wrapped = isHardWrapped(text, lines);
  const paragraphs: Range[] = [];
  let current = lines[0];
  for (let i = 1; i < lines.length; i++) {
    if (i + 1 < lines.length && pageBreakInside(text, current, lines[i], lines[i + 1])) {
      current = { start: current.start, end: lines[++i].end };
      continue;
    }
    const next = lines[i];
    const joined = wrapped ? continuesLine(text, current.end, next.start) : continuesBrokenParagraph(text, current, next.start);
    if (joined) current = { start: current.start, end: next.end };
    else {
      paragraphs.push(current);
      current = next;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** A line that holds only a page's number. */
const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * A sentence that a page break cut: the line stops without a sentence end, the page's number stands
 * alone on the next line (blank lines around it), and the text goes on in lower case or after a
 * connector ("depend more\n28\n\nand more on", "of the\n12\n\nUnited Nations"; 3,800 such breaks in
 * the 6,350 UN speeches). The number stays inside the paragraph, as it does on a page without blank lines.
 */
function pageBreakInside(text: string, before: Range, page: Range, after: Range): boolean {
  // Every line of every document passes here: the length first, so that a line of prose is not copied out.
  if (page.end - page.start > 3 || !PAGE_NUMBER.test(text.slice(page.start, page.end))) return false;
  const tail = text.slice(Math.max(before.start, before.end - 5), before.end);
  if (LINE_END_TERMINATOR.test(tail) || LIST_ITEM.test(text.slice(after.start, after.start + 8))) return false;
  return startsLowerCase(text, after.start) || ENDS_ON_CONNECTOR.test(tail);
}

/** Non-blank lines, trimmed of surrounding whitespace. */
function linesOf(text: string): Range[] {
  const lines: Range[] = [];
  const n = text.length;
  // Runs of characters other than CR and LF, found by code unit (a regular expression's match is a string per line).
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      i++;
      continue;
    }
    let s = i;
    let e = i + 1;
    while (e < n && (c = text.charCodeAt(e)) !== 10 && c !== 13) e++;
    i = e;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e });
  }
  return lines;
}

/** Longest line (90th percentile) of text wrapped at a fixed width; one-paragraph lines are far longer. */
const MAX_WRAP_WIDTH = 120;
/** Hard-wrapped prose breaks most lines mid-sentence, so many lines go on in lower case (UN speeches: 55–90%; tables and one-sentence-per-line text: almost none). */
const MIN_LOWER_CONTINUATIONS = 0.3;
const MIN_LINES = 5;

/** isHardWrapped's scratch for the line lengths (grown as needed). */
let lineLengths = new Int32Array(256);

function isHardWrapped(text: string, lines: readonly Range[]): boolean {
  if (lines.length < MIN_LINES) return false;
  if (lineLengths.length < lines.length) lineLengths = new Int32Array(2 * lines.length);
  // A view of the shared scratch array: no allocation per document.
  const lengths = lineLengths.subarray(0, lines.length);
  for (let i = 0; i < lines.length; i++) lengths[i] = lines[i].end - lines[i].start;
  lengths.sort();
  if (lengths[Math.floor(0.9 * (lengths.length - 1))] > MAX_WRAP_WIDTH) return false;
  let lower = 0;
  for (let i = 1; i < lines.length; i++) if (startsLowerCase(text, lines[i].start)) lower++;
  return lower >= MIN_LOWER_CONTINUATIONS * lines.length;
}

const LINE_END_TERMINATOR = /[.!?…:]["'”’)\]»]*$/;
const LIST_ITEM = /^(?:[-–—•*·]|\d+[.)]|\(?[a-z]\))\s/;

/**
 * Does the line at `nextStart` continue the sentence of the line ending at `end`? Not after a
 * blank line, nor after a sentence end (UN speeches start a paragraph on a new line with no
 * blank line), unless the next line goes on in lower case ("the U.S.\nofficials"); never into a list item.
 */
function continuesLine(text: string, end: number, nextStart: number): boolean {
  const gap = text.slice(end, nextStart);
  if (/\r?\n[^\S\r\n]*\r?\n|\r[^\S\r\n]*\r/.test(gap)) return false;
  const nextLine = text.slice(nextStart, nextStart + 8);
  if (LIST_ITEM.test(nextLine)) return false;
  if (!LINE_END_TERMINATOR.test(text.slice(Math.max(0, end - 4), end))) return true;
  return startsLowerCase(text, nextStart) || continuesAfterInitial(text, end, nextStart);
}

/** A line ending on a name's initial ("President George W.", "Mr. Vladimir V."), after a capitalised word or another initial. */
const ENDS_ON_INITIAL = /(?:^|\s)(?:\p{Lu}\p{Ll}*\.?|\p{Lu}\.)\s\p{Lu}\.$/u;
/** The next line opening on a capitalised word or another initial ("Bush and", "S. Tubman"). */
const OPENS_ON_NAME = /^(\p{Lu}(?:\p{Ll}+|\.))/u;
/** Words that open sentences, not names: after "Annex B." or "World War I." the line starts anew. */
const SENTENCE_OPENERS = new Set(['The', 'This', 'That', 'These', 'Those', 'There', 'It', 'In', 'We', 'I', 'A', 'An', 'As', 'At', 'On', 'Our', 'My', 'He', 'She', 'They', 'For', 'But', 'And', 'If', 'To', 'Let', 'Its', 'All']);

/**
 * Hard-wrapped speeches break a name right after its initial ("President George W.\nBush and"):
 * the line goes on into the capitalised name (all 6,350 UN speeches: 59 names cut so, none other).
 */
function continuesAfterInitial(text: string, end: number, nextStart: number): boolean {
  if (!ENDS_ON_INITIAL.test(text.slice(Math.max(0, end - 30), end))) return false;
  const opening = OPENS_ON_NAME.exec(text.slice(nextStart, nextStart + 30));
  return opening !== null && !SENTENCE_OPENERS.has(opening[1]);
}

/** A paragraph line is longer than any headline; one that stops without a sentence end was broken by a stray line break. */
const MIN_BROKEN_PARAGRAPH = 200;

/**
 * In one-paragraph-a-line text, a stray line break inside a paragraph ("in the United\nNations"):
 * the line stops without a sentence end, and is a paragraph's length or goes on in lower case.
 */
function continuesBrokenParagraph(text: string, line: Range, nextStart: number): boolean {
  if (!continuesLine(text, line.end, nextStart)) return false;
  if (LINE_END_TERMINATOR.test(text.slice(Math.max(0, line.end - 4), line.end))) return false;
  return line.end - line.start >= MIN_BROKEN_PARAGRAPH || startsLowerCase(text, nextStart) || ENDS_ON_CONNECTOR.test(text.slice(Math.max(0, line.end - 5), line.end));
}

/** No paragraph ends on a connector or an article: a line that does was broken inside a name or a phrase ("the House of\nCommons"). */
const ENDS_ON_CONNECTOR = /(?:^|[^\p{L}])(?:of|the|and|for|on|to|in|at|by|with|de|du|des|del|an)$/u;

function startsLowerCase(text: string, at: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Index of the sentence of `sentences` (sorted, disjoint) that holds `offset`, or of the next one when `offset` falls between two; `sentences.length` after the last. */
export function sentenceIndexAt(sentences: readonly Range[], offset: number): number {
  return lowerBound(sentences.length, (k) => sentences[k].end <= offset);
}

/** The sentence that holds `offset`, or the last one before it when `offset` falls between two or after the last (none before the first). */
export function sentenceAt<S extends Range>(sentences: readonly S[], offset: number): S | undefined {
  const i = sentenceIndexAt(sentences, offset);
  return i < sentences.length && sentences[i].start <= offset ? sentences[i] : sentences[i - 1];
}

/** Does `offset` open a sentence of `seg` (only quotes or brackets before it in the sentence)? */
export function opensSentence(seg: SegmentedText, offset: number): boolean {
  const s = sentenceAt(seg.sentences, offset);
  return !!s && s.start <= offset && /^[\s"'“‘([]*$/.test(seg.text.slice(s.start, offset));
}

/** Segments a text into paragraphs, sentences and tokens in one pass. */
export function segment(text: string): SegmentedText {
  const paragraphs = paragraphsOf(text);
  const vocabulary = currentVocabulary();
  // Prose has about one token per five characters: a quarter of the length is room enough for most texts.
  const tokens = new TokenTable(vocabulary, (text.length >> 2) + 16);
  const sentences: Sentence[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const first = tokens.length;
    tokenizeInto(tokens, text, p.start, p.end);
    let sentStart = first;
    for (let i = first; i < tokens.length; i++) {
      if (!(typeClass(vocabulary, tokens.typeIds[i]) & TERMINATOR)) continue;
      // Absorb closing quotes and brackets after the terminator.
      let j = i + 1;
      while (j < tokens.length && typeClass(vocabulary, tokens.typeIds[j]) & CLOSER) j++;
      if (j >= tokens.length) break; // the paragraph's end closes the sentence anyway
      if (i > 0 && tokens.text(i) === '.' && isAbbreviationBefore(tokens, i - 1, i)) continue;
      if (!startsSentence(tokens, j)) continue;
      sentences.push({ start: tokens.starts[sentStart], end: tokens.ends[j - 1], firstToken: sentStart, endToken: j });
      sentStart = j;
      i = j - 1;
    }
    if (sentStart < tokens.length) {
      sentences.push({ start: tokens.starts[sentStart], end: tokens.ends[tokens.length - 1], firstToken: sentStart, endToken: tokens.length });
    }
  }
  return { text, paragraphs, sentences, tokens, vocabulary };
}

function isAbbreviationBefore(tokens: TokenTable, prev: number, dot: number): boolean {
  return tokens.ends[prev] === tokens.starts[dot] && (typeClass(tokens.vocabulary, tokens.typeIds[prev]) & ABBREVIATION) !== 0;
}

/**
 * The token after a terminator opens a sentence, by its type's class (see OPENS_SENTENCE): a token without a
 * letter (a number) opens one whatever its kind, as it does not start with a lower-case letter.
 */
function startsSentence(tokens: TokenTable, i: number): boolean {
  return (typeClass(tokens.vocabulary, tokens.typeIds[i]) & OPENS_SENTENCE) !== 0;
}
