/**
 * How often a corpus writes a phrase of two to four words in each of the cases asked ("light
 * weapons", "Light Weapons", "Western power"): the evidence entity resolution asks for before it
 * shows a title-case phrase that the corpus otherwise writes as a common noun phrase (see
 * entities/resolve.ts, `commonWordEntities`). Words are runs of letters and digits joined by
 * apostrophes and hyphens (`WORD`); they count when one run of white space parts them (a line break
 * included); the case must match as asked.
 *
 * One pass over the texts serves every phrase. Searching each phrase's text with indexOf in every
 * document holding its longest word cost 30 s on the 23 MB of ung20 ("conference", "international"
 * are in every speech); matching `WORD` over every text and lower-casing each word cost 1.5 s
 * (6,755 phrases asked). So the words are found by their character codes, as `WORD` finds them,
 * and hashed as written while they are read: only a word that may open an asked phrase is made a
 * string, and only there are the next words read.
 */
import type { DocumentStore } from '../documentStore';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MAX_WORDS = 4;

/** Uses of each phrase (as written, words one space apart), each counted up to its `enough`. */
export function phraseUses(store: DocumentStore, asked: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  // By the phrase's words in lower case: the forms asked of it.
  const byKey = new Map<string, string[]>();
  const firstWords = new Set<string>();
  // Hashes of the phrases' first words as written: a phrase is counted only where its first word is written so.
  const openers = new Set<number>();
  for (const phrase of asked.keys()) {
    counts.set(phrase, 0);
    const key = phrase.toLowerCase();
    const list = byKey.get(key);
    if (list) list.push(phrase);
    else byKey.set(key, [phrase]);
    firstWords.add(key.slice(0, key.indexOf(' ')));
    openers.add(hashOf(phrase, 0, phrase.indexOf(' ')));
  }
  if (!byKey.size) return counts;
  const count = (text: string, start: number, end: number): void => {
    let key = text.slice(start, end).toLowerCase();
    if (!firstWords.has(key)) return;
    let written = text.slice(start, end);
    WORD.lastIndex = end;
    let last = end;
    for (let j = 1; j < MAX_WORDS; j++) {
      const m = WORD.exec(text);
      // Only white space between the words: "Arms, Light" is no phrase "arms light".
      if (!m || !/^\s+$/.test(text.slice(last, m.index))) break;
      last = m.index + m[0].length;
      key += ` ${m[0].toLowerCase()}`;
      written += ` ${m[0]}`;
      const forms = byKey.get(key);
      if (!forms) continue;
      for (const f of forms) if (f === written && counts.get(f)! < asked.get(f)!) counts.set(f, counts.get(f)! + 1);
    }
  };
  for (const d of store.all.values()) forEachWord(d.text, openers, count);
  return counts;
}

/** Character classes of `WORD`: 1 a letter or digit (opens and continues a word), 2 an apostrophe or hyphen (continues one). */
const classes = new Uint8Array(0x10000);
const KNOWN = 4;

function classOf(code: number): number {
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? 1 : 0;
  let c = classes[code];
  if (!c) {
    // A lone surrogate is no letter (`WORD` reads the text by code points).
    const ch = String.fromCharCode(code);
    c = KNOWN | (LETTER_OR_DIGIT.test(ch) ? 1 : ch === "'" || ch === '’' || ch === '-' ? 2 : 0);
    classes[code] = c;
  }
  return c & 3;
}

/** The code point at `i` (a surrogate pair read as one, as `WORD` reads it). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/**
 * Calls `f` with the span of each word `WORD` finds in the text whose hash (`hashOf`) is among
 * `hashes`, without matching the expression or making a string of the others.
 */
function forEachWord(text: string, hashes: ReadonlySet<number>, f: (text: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    if (classOf(cp) !== 1) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let h = 0;
    do {
      const width = cp > 0xffff ? 2 : 1;
      h = Math.imul(h, 31) + text.charCodeAt(i) | 0;
      if (width === 2) h = Math.imul(h, 31) + text.charCodeAt(i + 1) | 0;
      i += width;
      cp = i < n ? codePointAt(text, i) : 0;
    } while (i < n && classOf(cp) !== 0);
    if (hashes.has(h)) f(text, start, i);
  }
}

/** A hash of `text[start..end)` as written, by UTF-16 code units. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = Math.imul(h, 31) + text.charCodeAt(i) | 0;
  return h;
}
