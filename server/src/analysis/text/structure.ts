/**
 * Paragraphs and sentences with exact offsets.
 *
 * Plain-text articles put one paragraph on a line (sometimes with blank lines between),
 * so a line break always ends a paragraph and a sentence never crosses one.
 */
import { ABBREVIATIONS, TokenTable, tokenizeInto } from './tokens';
import { Vocabulary, currentVocabulary } from './vocabulary';

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

/** Non-blank lines, trimmed of surrounding whitespace; CRLF, CR and LF all end a line. */
export function paragraphsOf(text: string): Range[] {
  const paragraphs: Range[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  }
  return paragraphs;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINATORS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

/** Segments a text into paragraphs, sentences and tokens in one pass. */
export function segment(text: string): SegmentedText {
  const paragraphs = paragraphsOf(text);
  const vocabulary = currentVocabulary();
  const tokens = new TokenTable(vocabulary);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const first = tokens.length;
    tokenizeInto(tokens, text, p.start, p.end);
    let sentStart = first;
    for (let i = first; i < tokens.length; i++) {
      const t = tokens.text(i);
      if (!TERMINATORS.has(t)) continue;
      // Absorb closing quotes and brackets after the terminator.
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens.text(j))) j++;
      if (j >= tokens.length) break; // the paragraph's end closes the sentence anyway
      if (t === '.' && i > 0 && isAbbreviationBefore(tokens, i - 1, i)) continue;
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
  return tokens.ends[prev] === tokens.starts[dot] && ABBREVIATIONS.has(tokens.text(prev).toLowerCase());
}

function startsSentence(tokens: TokenTable, i: number): boolean {
  const c = tokens.text(i).codePointAt(0)!;
  const ch = String.fromCodePoint(c);
  if (ch === '"' || ch === '“' || ch === '‘' || ch === "'" || ch === '(' || ch === '[' || ch === '«' || ch === '—' || ch === '–' || ch === '-') return true;
  if (tokens.kind(i) === 'number') return true;
  return ch !== ch.toLowerCase() || !/\p{L}/u.test(ch);
}
