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
 * phrase, and strings are made only where the hashes say the words may be one. A text's first
 * reading, and one for phrases asked since, count single words too, for lowerCaseUses.ts (`FirstReadWords`).
 */
import type { DocumentAnalysis } from '../../document';
import type { DocumentStore } from '../documentStore';

// `WORD`: the words the expression [\p{L}\p{N}][\p{L}\p{N}'’-]* (flag u) finds when matched over a whole text.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MAX_WORDS = 4;

/**
 * Ids of what was asked so far (appended as new things are asked) and what each document (the
 * analysis object: an edit makes a new one) was found to hold of it, kept from one count to the next.
 */
export class AskedMemo<T> {
  ids = new Map<string, number>();
  asked: string[] = [];
  docs = new WeakMap<DocumentAnalysis, T>();

  /** Ids for what is asked now; starts afresh when most of what is known is no longer asked. */
  register(asked: Iterable<string>, size: number): void {
    if (this.asked.length > 2 * size + 1024) {
      this.ids = new Map();
      this.asked = [];
      this.docs = new WeakMap();
    }
    for (const x of asked) {
      if (this.ids.has(x)) continue;
      this.ids.set(x, this.asked.length);
      this.asked.push(x);
    }
  }
}

/** The phrases asked so far, and per document the ids it was read for, its uses of them and a filter of the words it holds. */
export class PhraseMemo extends AskedMemo<DocumentPhrases> {}

interface DocumentPhrases {
  /** The document was read for the phrases of id below this. */
  checked: number;
  /** Uses of those phrases, not capped: pairs of id and uses (a phrase not there: no use), none if none. */
  uses?: Int32Array;
  /** Bits of the hashes (`hashOf`, as written) of every word of the text: a phrase asked later is looked for only if all its words may be there. */
  readonly words: Uint32Array;
}

/**
 * Uses of each phrase (as written, words one space apart), each counted up to its `enough`.
 *
 * With a memo kept from one count to the next, a document is read once for the phrases asked when it
 * came, then only for phrases asked later whose words its word filter may hold: entity resolution
 * runs again when an edit brings a new name, and reading (the server: decoding) every text again
 * for each new name cost a pass over the corpus.
 */
export function phraseUses(store: DocumentStore, asked: ReadonlyMap<string, number>, memo = new PhraseMemo(), wordReads?: WordReads): Map<string, number> {
  if (!asked.size && !wordReads) return new Map();
  memo.register(asked.keys(), asked.size);
  const phrases = memo.asked;
  const totals = new Float64Array(phrases.length);
  // Matchers of the phrases of id from `checked` on, by `checked` (documents read together share one).
  const matchers = new Map<number, PhraseMatcher>();
  const matcherFrom = (from: number): PhraseMatcher => {
    let m = matchers.get(from);
    if (!m) matchers.set(from, (m = new PhraseMatcher(memo, from)));
    return m;
  };
  // Hashes of each phrase's words, for the word filters.
  const wordHashes = new Map<number, number[]>();
  for (const d of store.all.values()) {
    let doc = memo.docs.get(d);
    if (!doc) {
      const text = d.text;
      const words = new Uint32Array(filterWords(text.length));
      const single = wordReads?.wordsFor(d);
      doc = { checked: phrases.length, uses: matcherFrom(0).count(text, words, single), words };
      memo.docs.set(d, doc);
      single?.take(d, text, sawSurrogate ? undefined : single.uses, single.seen);
    } else if (doc.checked < phrases.length) {
      if (mayHoldOneOf(doc, phrases, wordHashes)) {
        const text = d.text;
        const single = wordReads?.wordsFor(d);
        doc.uses = joined(doc.uses, matcherFrom(doc.checked).count(text, undefined, single));
        single?.take(d, text, sawSurrogate ? undefined : single.uses, single.seen);
      }
      doc.checked = phrases.length;
    }
    const uses = doc.uses;
    if (uses) for (let k = 0; k < uses.length; k += 2) totals[uses[k]] += uses[k + 1];
  }
  const counts = new Map<string, number>();
  for (const [phrase, enough] of asked) counts.set(phrase, Math.min(totals[memo.ids.get(phrase)!], enough));
  return counts;
}

/**
 * Whether a document may write `word` as a whole word, as written (`WORD` finds it): false only if
 * the phrase count read its text and its word filter lacks the word; undefined if it did not read it.
 * `word` must be letters and digits of the Basic Multilingual Plane (`isFilterWord`).
 */
export function mayWriteWord(memo: PhraseMemo, d: DocumentAnalysis, word: string): boolean | undefined {
  const doc = memo.docs.get(d);
  return doc && filterHas(doc.words, hashOf(word, 0, word.length));
}

/** Whether a word is letters and digits of the Basic Multilingual Plane only, as the word filters take words whole. */
export const isFilterWord = (word: string): boolean => isWordOfClasses(word, false);

/**
 * Whether a word is one `WORD` may find whole: a letter or digit of the Basic Multilingual Plane,
 * then such letters, digits, apostrophes and hyphens ("non-aligned"), as `FirstReadWords` counts words.
 */
export const isScannedWord = (word: string): boolean => isWordOfClasses(word, true);

/** A word of BMP letters and digits (`classOf` 1), with apostrophes and hyphens (2) after its first if `marksInside`. */
function isWordOfClasses(word: string, marksInside: boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const k = classOf(c);
    if (k !== 1 && !(marksInside && i > 0 && k === 2)) return false;
  }
  return word.length > 0;
}

/** The single words to count in a reading of a document's text (see `FirstReadWords`), if any. */
export interface WordReads {
  wordsFor(d: DocumentAnalysis): FirstReadWords | undefined;
}

/**
 * Single words counted in the same reading of a text as the phrases (its first, or one for phrases
 * asked since): lower-case uses as lowerCaseUses.ts counts them (`usesOf`: no letter, digit, apostrophe or
 * hyphen on either side), which in a text without surrogates are the words `WORD` finds written
 * so, but for those just after an apostrophe or a hyphen (" -famine", "'famine"). Reading each
 * document's word list and searching its text for them again cost more than the phrases' reading.
 */
export class FirstReadWords {
  private readonly ids = new Map<string, number>();
  readonly hashes = new Set<number>();
  readonly bits = new Uint32Array(HASH_BITS >>> 5);
  /** Uses of each word (by its index in `words`) in the text read last. */
  readonly uses: Int32Array;
  /**
   * The indexes of the words the text read last uses, in the order first found: what `take` reads
   * of `uses` and what the next reading sets back to 0: all of `uses` for every text grew with the
   * corpus times the words asked, and more words are asked of a larger corpus.
   */
  readonly seen: number[] = [];

  /**
   * `words`: words `WORD` may find whole (`isScannedWord`). `take` gets
   * each text read for the first time and the uses in it, undefined if the text has a surrogate, with `seen`.
   */
  constructor(
    readonly words: readonly string[],
    readonly take: (d: DocumentAnalysis, text: string, uses: Int32Array | undefined, seen: readonly number[]) => void,
  ) {
    this.uses = new Int32Array(words.length);
    words.forEach((w, k) => {
      this.ids.set(w, k);
      const h = hashOf(w, 0, w.length);
      this.hashes.add(h);
      setBit(this.bits, h);
    });
  }

  /** A word `WORD` found at `text[start..end)` whose hash is one of the words'. */
  found(text: string, start: number, end: number): void {
    const k = this.ids.get(text.slice(start, end));
    if (k === undefined) return;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (before !== 39 && before !== 0x2019 && before !== 45 && this.uses[k]++ === 0) this.seen.push(k);
  }

  /** Sets the uses of the text read last back to none. */
  clear(): void {
    for (const k of this.seen) this.uses[k] = 0;
    this.seen.length = 0;
  }
}

/** Whether the document's word filter holds every word of a phrase it was not read for. */
function mayHoldOneOf(doc: DocumentPhrases, phrases: readonly string[], wordHashes: Map<number, number[]>): boolean {
  for (let id = doc.checked; id < phrases.length; id++) {
    let hashes = wordHashes.get(id);
    if (!hashes) wordHashes.set(id, (hashes = phrases[id].split(' ').map((w) => hashOf(w, 0, w.length))));
    if (hashes.every((h) => filterHas(doc.words, h))) return true;
  }
  return false;
}

/** The phrases of id `from` on, found in a text in one pass. */
class PhraseMatcher {
  /** By the phrase as written: its id. */
  private readonly byText = new Map<string, number>();
  // Hashes (`hashOf`, as written) of the phrases and of their first one, two and three words: a
  // run of words is read on only while it may still be the start of an asked phrase.
  private readonly hashes = new Set<number>();
  private readonly starts = new Set<number>();
  // The same as bits, asked first: most words open no phrase, and a set asked for a hash that is
  // no small integer hashes a number.
  private readonly hashBits = new Uint32Array(HASH_BITS >>> 5);
  private readonly startBits = new Uint32Array(HASH_BITS >>> 5);

  constructor(memo: PhraseMemo, from: number) {
    for (let id = from; id < memo.asked.length; id++) {
      const phrase = memo.asked[id];
      this.byText.set(phrase, id);
      const h = hashOf(phrase, 0, phrase.length);
      this.hashes.add(h);
      setBit(this.hashBits, h);
      for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) {
        const start = hashOf(phrase, 0, at);
        this.starts.add(start);
        setBit(this.startBits, start);
      }
    }
  }

  /**
   * The text's uses of the phrases (pairs of id and uses; none if none); sets the bits of its words in `words` if given.
   * Each word `WORD` finds is read once (its end and hash together) and, if it may open an asked
   * phrase, the words after it while they may go on being one.
   */
  count(text: string, words?: Uint32Array, single?: FirstReadWords): Int32Array | undefined {
    const { hashes, starts, byText, hashBits, startBits } = this;
    sawSurrogate = false;
    single?.clear();
    if (!byText.size && !words && !single) return undefined;
    let uses: Map<number, number> | undefined;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // The class table read here and in scanWord (not through classOf): most of the time of a count.
      if (((classes[c] || classify(c)) & 3) !== 1) {
        if (c < 0xd800 || c > 0xdfff) {
          i++;
          continue;
        }
        sawSurrogate = true;
        const cp = codePointAt(text, i);
        if (c > 0xdbff || classOf(cp) !== 1) {
          i += cp > 0xffff ? 2 : 1;
          continue;
        }
      }
      spans[0] = i;
      i = scanWord(text, i, 0);
      spans[1] = i;
      let h = scannedHash;
      if (words) filterAdd(words, h);
      if (single && hasBit(single.bits, h) && single.hashes.has(h)) single.found(text, spans[0], i);
      if (!hasBit(startBits, h) || !starts.has(h)) continue;
      let end = i;
      for (let j = 1; j < MAX_WORDS; j++) {
        // Only white space between the words: "Arms, Light" is no phrase "arms light".
        let next = end;
        while (next < n && isSpace(text.charCodeAt(next))) next++;
        if (next === end || next === n || classAt(text, next) !== 1) break;
        end = scanWord(text, next, Math.imul(h, 31) + 32 | 0);
        h = scannedHash;
        spans[2 * j] = next;
        spans[2 * j + 1] = end;
        if (hasBit(hashBits, h) && hashes.has(h)) {
          // The hashes only said the words may be a phrase asked.
          const parts: string[] = [];
          for (let k = 0; k <= j; k++) parts.push(text.slice(spans[2 * k], spans[2 * k + 1]));
          const id = byText.get(parts.join(' '));
          if (id !== undefined) (uses ??= new Map()).set(id, (uses.get(id) ?? 0) + 1);
        }
        if (!hasBit(startBits, h) || !starts.has(h)) break;
      }
    }
    if (!uses) return undefined;
    const pairs = new Int32Array(2 * uses.size);
    let k = 0;
    for (const [id, u] of uses) {
      pairs[k++] = id;
      pairs[k++] = u;
    }
    return pairs;
  }
}

/** Bits of the phrase matchers' hash filters (2^18: 32 KB each, a few percent of them set by thousands of phrases). */
const HASH_BITS_LOG = 18;
const HASH_BITS = 1 << HASH_BITS_LOG;

function setBit(bits: Uint32Array, h: number): void {
  const b = bitOf(h);
  bits[b >>> 5] |= 1 << (b & 31);
}

function hasBit(bits: Uint32Array, h: number): boolean {
  const b = bitOf(h);
  return (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

function bitOf(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> (32 - HASH_BITS_LOG);
}

/** Spans of the words read from one word on (start and end of each). */
const spans = new Int32Array(2 * MAX_WORDS);

function joined(a: Int32Array | undefined, b: Int32Array | undefined): Int32Array | undefined {
  if (!a || !b) return a ?? b;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Words of the filter: 32-bit words for about a bit per 4 characters of text (a power of two). */
function filterWords(length: number): number {
  let n = 2;
  while (n * 32 * 4 < length) n *= 2;
  return n;
}

/** The filter's two bits for a word hash. */
function filterAdd(words: Uint32Array, h: number): void {
  const mask = words.length * 32 - 1;
  const a = h & mask;
  const b = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 11) & mask;
  words[a >>> 5] |= 1 << (a & 31);
  words[b >>> 5] |= 1 << (b & 31);
}

function filterHas(words: Uint32Array, h: number): boolean {
  const mask = words.length * 32 - 1;
  const a = h & mask;
  const b = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 11) & mask;
  return (words[a >>> 5] & (1 << (a & 31))) !== 0 && (words[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** Character classes of `WORD`: 1 a letter or digit (opens and continues a word), 2 an apostrophe or hyphen (continues one). */
const classes = new Uint8Array(0x10000);
const KNOWN = 4;

function classOf(code: number): number {
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? 1 : 0;
  return (classes[code] || classify(code)) & 3;
}

/** The table entry of a code unit, computed on its first reading. */
function classify(code: number): number {
  // A lone surrogate is no letter (`WORD` reads the text by code points).
  const ch = String.fromCharCode(code);
  return (classes[code] = KNOWN | (LETTER_OR_DIGIT.test(ch) ? 1 : ch === "'" || ch === '’' || ch === '-' ? 2 : 0));
}

/** The code point at `i` (a surrogate pair read as one, as `WORD` reads it). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/** The class of the code point at `i`. */
function classAt(text: string, i: number): number {
  return classOf(codePointAt(text, i));
}

/** The hash of the word `scanWord` read last. */
let scannedHash = 0;
/** Whether the text `PhraseMatcher.count` read last has a surrogate (then `FirstReadWords` are not counted there). */
let sawSurrogate = false;

/**
 * The end of the word `WORD` finds at `start` (a letter or digit); its hash (`hashOf`, continuing
 * `h`) in `scannedHash`: one reading of its characters for both.
 */
function scanWord(text: string, start: number, h: number): number {
  const n = text.length;
  let i = start;
  let c = text.charCodeAt(i);
  for (;;) {
    i++;
    h = Math.imul(h, 31) + c | 0;
    // A surrogate pair is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      sawSurrogate = true;
      const low = text.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        h = Math.imul(h, 31) + low | 0;
        i++;
      }
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    // A high surrogate goes on with the word if the letter or digit it opens does.
    if (!((classes[c] || classify(c)) & 3) && (c < 0xd800 || c > 0xdbff || classAt(text, i) === 0)) break;
  }
  scannedHash = h;
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
