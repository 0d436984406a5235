/**
 * What the tokenizer and the segmenter ask of a word type's text (has it a letter, may it keep a
 * following dot, does it end a sentence), answered once per type and kept in its vocabulary's
 * `classes` byte: a token then costs one array read instead of string checks.
 */
import { Vocabulary } from './vocabulary';

/** Set in every computed class (0: not yet computed). */
const KNOWN = 1;
/** A letter: the token is a word, else a number (or punctuation, by where it was found). */
export const HAS_LETTER = 2;
/** A known abbreviation or a dotted initialism ("U.S", "J"): a dot right after it belongs to it. */
export const KEEPS_DOT = 4;
/** Ends a sentence: ".", "!", "?", "…", "...". */
export const TERMINATOR = 8;
/** A closing quote or bracket, absorbed after a terminator. */
export const CLOSER = 16;
/** Lower-cased, one of ABBREVIATIONS: a dot after it does not end the sentence. */
export const ABBREVIATION = 32;
/**
 * After a terminator, the type opens a new sentence: it starts with a capital, a digit, a quote, a dash: anything
 * but a letter that lower-casing leaves as it is (a lower-case letter, or one of a script without case).
 */
export const OPENS_SENTENCE = 64;

/** Abbreviations whose final dot belongs to the token, not to the sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'rep', 'sen', 'gov', 'pres', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'co', 'corp', 'bros', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'vol', 'ave', 'blvd', 'mt',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'u.s.a',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINATORS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const LETTER_RE = /[\p{L}\p{M}]/u;

/** The class bits of a type (computed on first use). */
export function typeClass(vocabulary: Vocabulary, id: number): number {
  const c = vocabulary.classes[id];
  return c !== 0 ? c : (vocabulary.classes[id] = classify(vocabulary.text(id)));
}

function classify(t: string): number {
  const lower = t.toLowerCase();
  let c = KNOWN;
  if (hasLetter(t)) c |= HAS_LETTER;
  const abbreviation = ABBREVIATIONS.has(lower);
  if (abbreviation) c |= ABBREVIATION;
  if (abbreviation || (t.length === 1 && isUpper(t.charCodeAt(0))) || isDottedInitialism(lower)) c |= KEEPS_DOT;
  if (TERMINATORS.has(t)) c |= TERMINATOR;
  if (CLOSERS.has(t)) c |= CLOSER;
  return c | opening(t);
}

function opening(t: string): number {
  const c = t.codePointAt(0) ?? 0;
  // ASCII: anything but a lower-case letter (the expression is compiled only for other text).
  if (c < 128) return c >= 97 && c <= 122 ? 0 : OPENS_SENTENCE;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() || !/\p{L}/u.test(ch) ? OPENS_SENTENCE : 0;
}

const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** DOTTED_INITIALISM's answer, by code unit when the word is ASCII (the expression is compiled only for the rare other words with a dot). */
function isDottedInitialism(w: string): boolean {
  if (w.indexOf('.') < 0) return false;
  const n = w.length;
  for (let k = 0; k < n; k++) if (w.charCodeAt(k) >= 128) return DOTTED_INITIALISM.test(w);
  if (n < 3 || n % 2 === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (k % 2 === 1 ? c !== 46 : !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function hasLetter(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128 && LETTER_RE.test(t[k])) return true;
  }
  return false;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
