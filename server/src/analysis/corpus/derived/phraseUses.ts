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
 * and hashed as written: the next words are read only while the words so far may open an asked
 * phrase, and strings are made only where the hashes say the words may be one.
 */
import type { DocumentStore } from '../documentStore';

// `WORD`: the words the expression [\p{L}\p{N}][\p{L}\p{N}'’-]* (flag u) finds when matched over a whole text.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MAX_WORDS = 4;

/** Uses of each phrase (as written, words one space apart), each counted up to its `enough`. */
export function phraseUses(store: DocumentStore, asked: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  // By the phrase's words in lower case: the forms asked of it.
  const byKey = new Map<string, string[]>();
  // Hashes (`hashOf`, as written) of the phrases and of their first one, two and three words: a
  // run of words is read on only while it may still be the start of an asked phrase.
  const phrases = new Set<number>();
  const starts = new Set<number>();
  for (const phrase of asked.keys()) {
    counts.set(phrase, 0);
    const key = phrase.toLowerCase();
    const list = byKey.get(key);
    if (list) list.push(phrase);
    else byKey.set(key, [phrase]);
    phrases.add(hashOf(phrase, 0, phrase.length));
    for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) starts.add(hashOf(phrase, 0, at));
  }
  if (!byKey.size) return counts;
  const spans: number[] = [];
  for (const d of store.all.values()) {
    const text = d.text;
    forEachWord(text, starts, (start, end, hash) => {
      spans.length = 0;
      spans.push(start, end);
      let h = hash;
      for (let j = 1; j < MAX_WORDS; j++) {
        // Only white space between the words: "Arms, Light" is no phrase "arms light".
        let next = end;
        while (next < text.length && isSpace(text.charCodeAt(next))) next++;
        if (next === end || next === text.length || classOf(codePointAt(text, next)) !== 1) return;
        end = wordEnd(text, next);
        spans.push(next, end);
        h = hashOf(text, next, end, Math.imul(h, 31) + 32 | 0);
        if (phrases.has(h)) count(text, spans);
        if (!starts.has(h)) return;
      }
    });
  }
  return counts;

  /** Counts the words at `spans` if they are an asked phrase as written (hashes only said they may be). */
  function count(text: string, spans: readonly number[]): void {
    const words: string[] = [];
    for (let k = 0; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
    const written = words.join(' ');
    const forms = byKey.get(words.map((w) => w.toLowerCase()).join(' '));
    if (!forms) return;
    for (const f of forms) if (f === written && counts.get(f)! < asked.get(f)!) counts.set(f, counts.get(f)! + 1);
  }
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
 * Calls `f` with the span and hash (`hashOf`) of each word `WORD` finds in the text whose hash is
 * among `hashes`, without matching the expression or making a string of the words.
 */
function forEachWord(text: string, hashes: ReadonlySet<number>, f: (start: number, end: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (classOf(cp) !== 1) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = wordEnd(text, i);
    const h = hashOf(text, start, i);
    if (hashes.has(h)) f(start, i, h);
  }
}

/** The end of the word `WORD` finds at `start` (a letter or digit). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  do i += codePointAt(text, i) > 0xffff ? 2 : 1;
  while (i < n && classOf(codePointAt(text, i)) !== 0);
  return i;
}

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  let s = spaces[c];
  if (!s) spaces[c] = s = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return s === 1;
}
const spaces = new Uint8Array(0x10000);

/** A hash of `text[start..end)` as written, by UTF-16 code units, continuing `h` (a phrase's words are hashed with the space between them). */
function hashOf(text: string, start: number, end: number, h = 0): number {
  for (let i = start; i < end; i++) h = Math.imul(h, 31) + text.charCodeAt(i) | 0;
  return h;
}
