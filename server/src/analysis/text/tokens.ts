/**
 * Tokenisation with exact UTF-16 offsets into the text as the editor holds it.
 *
 * Conventions follow the Penn Treebank / CoNLL style the taggers were trained on:
 * possessive "'s" and the contraction "n't" are tokens of their own, hyphenated
 * words and dotted abbreviations ("U.S.") stay whole, and punctuation is split.
 */

import { Vocabulary, currentVocabulary } from './vocabulary';
import * as typeClasses from './typeClasses';
import { FNV_OFFSET, FNV_PRIME, fnvRange } from '../common/fnv';

export { ABBREVIATIONS } from './typeClasses';

// Module-local copies: a CommonJS build (tsx, tests) reads an imported binding through a getter on every use.
const { HAS_LETTER, KEEPS_DOT, typeClass } = typeClasses;

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Offset of the first UTF-16 code unit. */
  readonly start: number;
  /** Offset one past the last UTF-16 code unit. */
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Vocabulary id of `text` (its word type; see vocabulary.ts). */
  readonly typeId: number;
}

/** Kinds by their code in `TokenTable.kinds`. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const WORD = 0;
const NUMBER = 1;
const PUNCT = 2;
/** `TokenTable.kinds`' code of 'punct', for loops that read the column (no string per token). */
export const PUNCT_KIND = PUNCT;

/**
 * A text's tokens in columns: offsets, word-type ids and kinds in typed arrays, the text from the
 * vocabulary. An object per token would take about 70 bytes and garbage-collection time; a row here
 * takes 13, and the analysers read the columns they need.
 */
export class TokenTable {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  typeIds: Int32Array;
  /** Codes into TOKEN_KINDS. */
  kinds: Uint8Array;

  constructor(readonly vocabulary: Vocabulary, capacity = 256) {
    // Views of one buffer: one allocation per document, not four.
    const mem = new ArrayBuffer(capacity * 13);
    this.starts = new Int32Array(mem, 0, capacity);
    this.ends = new Int32Array(mem, 4 * capacity, capacity);
    this.typeIds = new Int32Array(mem, 8 * capacity, capacity);
    this.kinds = new Uint8Array(mem, 12 * capacity, capacity);
  }

  push(start: number, end: number, kind: number, typeId: number): void {
    const n = this.length;
    if (n === this.starts.length) this.grow(n * 2);
    this.starts[n] = start;
    this.ends[n] = end;
    this.typeIds[n] = typeId;
    this.kinds[n] = kind;
    this.length = n + 1;
  }

  text(i: number): string {
    return this.vocabulary.text(this.typeIds[i]);
  }

  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.kinds[i]];
  }

  /** Token i as an object (tests and cold paths). */
  at(i: number): Token {
    return { start: this.starts[i], end: this.ends[i], text: this.text(i), kind: this.kind(i), typeId: this.typeIds[i] };
  }

  private grow(capacity: number): void {
    const copy = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.starts = copy(this.starts, (n) => new Int32Array(n));
    this.ends = copy(this.ends, (n) => new Int32Array(n));
    this.typeIds = copy(this.typeIds, (n) => new Int32Array(n));
    this.kinds = copy(this.kinds, (n) => new Uint8Array(n));
  }
}

/** Apostrophes seen in news text: straight, right single quote, modifier letter. */
export const APOSTROPHES = "'’ʼ";

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
/** WORD_CHAR_RE's answer per code unit outside a surrogate pair, asked once each: 1 word character, 2 not, 0 not asked yet. */
const wordUnits = new Uint8Array(0x10000);

/** Character classes, with an ASCII fast path: most news text is ASCII (kept small, so that the tokenizer's loop inlines it). */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isOtherWordChar(c, text, i);
}

function isOtherWordChar(c: number, text: string, i: number): boolean {
  if (c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x206f) || c === 0x3000) return false;
  // A high surrogate's character is the pair's: asked each time (rare outside emoji and old scripts).
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(i)!));
  const known = wordUnits[c];
  if (known !== 0) return known === 1;
  const word = WORD_CHAR_RE.test(String.fromCharCode(c));
  wordUnits[c] = word ? 1 : 2;
  return word;
}

function isSpaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** Joiners allowed inside a word: apostrophes, hyphens, dot, middle dot. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 45 || c === 0x2010 || c === 46 || c === 0xb7;
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** The tokens of a text as objects (see `tokenizeInto`). */
export function tokenize(text: string): Token[] {
  // Room for the tokens of a short phrase without the default 256 rows (a text has fewer tokens than code units).
  const table = tokenizeInto(new TokenTable(currentVocabulary(), Math.min(256, text.length + 1)), text);
  const out: Token[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) out[i] = table.at(i);
  return out;
}

/**
 * Splits text[start, end) into tokens appended to `tokens` (the segmenter collects a whole
 * document in one table). Whitespace (including NBSP and zero-width space) separates tokens.
 */
export function tokenizeInto(tokens: TokenTable, text: string, start = 0, end = text.length): TokenTable {
  const vocabulary = tokens.vocabulary;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceChar(c)) {
      i++;
      continue;
    }
    if (isWordChar(c, text, i)) {
      // The word's FNV-1a hash (Vocabulary.idOfHash) is taken as its code units are read: no second pass over them.
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < text.length) h = Math.imul(h ^ text.charCodeAt(j++), FNV_PRIME);
      for (;;) {
        let d = 0;
        while (j < end) {
          d = text.charCodeAt(j);
          if (!isWordChar(d, text, j)) break;
          h = Math.imul(h ^ d, FNV_PRIME);
          j++;
          if (d >= 0xd800 && d <= 0xdbff && j < text.length) h = Math.imul(h ^ text.charCodeAt(j++), FNV_PRIME);
        }
        // A joiner continues the word only when a word character follows it.
        if (j + 1 < end && isJoiner(d) && isWordChar(text.charCodeAt(j + 1), text, j + 1)) {
          h = Math.imul(h ^ d, FNV_PRIME);
          j++;
          continue;
        }
        break;
      }
      // Keep the dot of a known abbreviation or of a dotted initialism ("U.S.", "J.").
      if (j < end && text.charCodeAt(j) === 46 && typeClass(vocabulary, vocabulary.idOfHash(text, i, j, h)) & KEEPS_DOT) {
        h = Math.imul(h ^ 46, FNV_PRIME);
        j++;
      }
      // A photo credit glued to the next sentence by scraping ("ReutersCrimean Tatars, …"): two words.
      const credit = isUpper(c) && j - i > 4 ? creditLength(text, i, j) : 0;
      if (credit) {
        pushWord(text, i, i + credit, fnvRange(text, i, i + credit) | 0, tokens, vocabulary);
        h = fnvRange(text, i + credit, j) | 0;
      }
      pushWord(text, i + credit, j, h, tokens, vocabulary);
      i = j;
      continue;
    }
    // Punctuation and symbols: one code point each, except runs of the same dot or dash ("...", "--").
    let j = i + charLength(text, i);
    if (c === 46 || c === 45) while (j < end && text.charCodeAt(j) === c) j++;
    tokens.push(i, j, PUNCT, vocabulary.id(text, i, j));
    i = j;
  }
  return tokens;
}

/** Agencies whose credit line is often glued to the caption or sentence after it (sticky: matched in place). */
const CREDITS = ['Reuters', 'AFP', 'AP', 'Getty', 'EPA', 'TASS', 'Sputnik', 'Xinhua', 'Bloomberg', 'Shutterstock'];
/** The credits by their first code unit, in CREDITS' order. */
const CREDITS_BY_INITIAL = new Map<number, string[]>();
for (const name of CREDITS) {
  const initial = name.charCodeAt(0);
  CREDITS_BY_INITIAL.set(initial, [...(CREDITS_BY_INITIAL.get(initial) ?? []), name]);
}
/** A capitalised word's first two letters (sticky: matched in place). */
const CAPITALISED = /\p{Lu}\p{Ll}/uy;

/** Length of a glued credit (a name of CREDITS before a capitalised word) at the start of the word text[start, end), or 0. */
function creditLength(text: string, start: number, end: number): number {
  const names = CREDITS_BY_INITIAL.get(text.charCodeAt(start));
  if (names === undefined) return 0;
  for (const name of names) {
    const at = start + name.length;
    if (text.startsWith(name, start) && opensCapitalised(text, at)) return at < end ? name.length : 0;
  }
  return 0;
}

/** Whether text[at..] starts with an upper-case then a lower-case letter: by code unit for ASCII, CAPITALISED for other text. */
function opensCapitalised(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if (c < 128) {
    if (!isUpper(c)) return false;
    if (d < 128) return d >= 97 && d <= 122;
  }
  CAPITALISED.lastIndex = at;
  return CAPITALISED.test(text);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** One of APOSTROPHES (by code unit: no one-character string per word). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Pushes a word (`h`: the FNV-1a hash of its code units), splitting off possessive "'s" and the contraction "n't". */
function pushWord(text: string, start: number, end: number, h: number, tokens: TokenTable, vocabulary: Vocabulary): void {
  const len = end - start;
  if (len > 2) {
    const s = text.charCodeAt(end - 1);
    const apostrophe = isApostrophe(text.charCodeAt(end - 2));
    if ((s === 115 || s === 83) && apostrophe) {
      pushPlain(text, start, end - 2, fnvRange(text, start, end - 2) | 0, tokens, vocabulary);
      tokens.push(end - 2, end, WORD, vocabulary.id(text, end - 2, end));
      return;
    }
    if (len > 3 && (s === 116 || s === 84) && apostrophe && (text.charCodeAt(end - 3) | 32) === 110) {
      pushPlain(text, start, end - 3, fnvRange(text, start, end - 3) | 0, tokens, vocabulary);
      tokens.push(end - 3, end, WORD, vocabulary.id(text, end - 3, end));
      return;
    }
  }
  pushPlain(text, start, end, h, tokens, vocabulary);
}

/** Pushes a word or a number (by its letters). */
function pushPlain(text: string, start: number, end: number, h: number, tokens: TokenTable, vocabulary: Vocabulary): void {
  const typeId = vocabulary.idOfHash(text, start, end, h);
  tokens.push(start, end, typeClass(vocabulary, typeId) & HAS_LETTER ? WORD : NUMBER, typeId);
}
