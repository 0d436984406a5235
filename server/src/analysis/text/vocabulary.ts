/**
 * Word types: every distinct token text gets a small integer id when it is tokenised.
 *
 * The analysers keep per-type memos (a word's lemma, hashes, lexicon entries, shape, counter):
 * keyed by id they are plain arrays, so a token costs one hash lookup (here, in the tokenizer)
 * instead of one per analyser.
 *
 * A vocabulary only grows. To bound memory in a long session, `currentVocabulary` starts a new
 * one between documents once the old one is large; a segmented text keeps a reference to the
 * vocabulary its ids belong to, and a memo keyed by another vocabulary starts over, so a stale
 * id can never read another word's entry.
 */
import { fnvRange } from '../common/fnv';

export class Vocabulary {
  private readonly texts: string[] = [];
  // Open addressing on one typed array, keyed by an FNV-1a hash of the characters: a known word is
  // found in the document's text without slicing a copy of it first (most tokens are known). Slot s
  // holds, at 4s: the hash, the id + 1 (0: empty), and where the word's characters start in `chars`
  // and its length, so that a lookup reads the slot and one run of characters (two cache misses),
  // not the slot, the array of strings and then the string (three).
  private table = new Int32Array(4 * 1024);
  /** Every word's UTF-16 code units, one after the other. */
  private chars = new Uint16Array(8 * 1024);
  private charsUsed = 0;
  /**
   * A byte per id for the tokenizer's facts about the word (see tokens.ts): 0 until it sets them.
   * Replaced when it grows: read it after `id`.
   */
  classes = new Uint8Array(1024);
  /**
   * Id + 1 of each one-code-unit word below SINGLE_UNITS (0: not seen yet): punctuation, digits and
   * one-letter words are a fifth of the tokens, found here without a hash and two cache misses.
   */
  private readonly singles = new Int32Array(SINGLE_UNITS);

  /** The id of text[start, end) (the whole text by default), added when new. */
  id(text: string, start = 0, end = text.length): number {
    return end - start === 1 ? this.single(text, start) : this.lookup(text, start, end, fnvRange(text, start, end) | 0);
  }

  /** `id`, given `h`, the FNV-1a hash of text[start, end) as an int32 (the tokenizer takes it as it reads the word). */
  idOfHash(text: string, start: number, end: number, h: number): number {
    return end - start === 1 ? this.single(text, start) : this.lookup(text, start, end, h);
  }

  /** The id of the one code unit at `start`. */
  private single(text: string, start: number): number {
    const c = text.charCodeAt(start);
    if (c >= SINGLE_UNITS) return this.lookup(text, start, start + 1, fnvRange(text, start, start + 1) | 0);
    const known = this.singles[c];
    return known !== 0 ? known - 1 : (this.singles[c] = this.lookup(text, start, start + 1, fnvRange(text, start, start + 1) | 0) + 1) - 1;
  }

  private lookup(text: string, start: number, end: number, h: number): number {
    const table = this.table;
    const chars = this.chars;
    const len = end - start;
    const mask = (table.length >> 2) - 1;
    for (let s = slotOf(h, mask); ; s = (s + 1) & mask) {
      const at = 4 * s;
      const id = table[at + 1] - 1;
      if (id < 0) return this.add(text, start, end, h, s);
      if (table[at] !== h || table[at + 3] !== len) continue;
      let k = 0;
      for (let c = table[at + 2]; k < len; k++, c++) if (chars[c] !== text.charCodeAt(start + k)) break;
      if (k === len) return id;
    }
  }

  /** The text of an id. */
  text(id: number): string {
    return this.texts[id];
  }

  get size(): number {
    return this.texts.length;
  }

  private add(text: string, start: number, end: number, h: number, s: number): number {
    const id = this.texts.length;
    this.texts.push(copyOf(text, start, end));
    const len = end - start;
    if (this.charsUsed + len > this.chars.length) this.chars = grown(this.chars, this.charsUsed + len);
    for (let k = 0; k < len; k++) this.chars[this.charsUsed + k] = text.charCodeAt(start + k);
    if (id === this.classes.length) this.classes = grown(this.classes, id + 1);
    const at = 4 * s;
    this.table[at] = h;
    this.table[at + 1] = id + 1;
    this.table[at + 2] = this.charsUsed;
    this.table[at + 3] = len;
    this.charsUsed += len;
    if (this.texts.length * 8 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.table;
    const table = (this.table = new Int32Array(old.length * 2));
    const mask = (table.length >> 2) - 1;
    for (let k = 0; k < old.length; k += 4) {
      if (old[k + 1] === 0) continue;
      let s = slotOf(old[k], mask);
      while (table[4 * s + 1] !== 0) s = (s + 1) & mask;
      // Copied one by one: a subarray per slot was a view object each.
      for (let f = 0; f < 4; f++) table[4 * s + f] = old[k + f];
    }
  }
}

/** One-code-unit words below this are found by their code (Vocabulary.singles): ASCII, Latin, dashes and quotes. */
const SINGLE_UNITS = 0x2100;

/** A copy of `a` with room for at least `need` elements (twice its length or more). */
function grown<A extends Uint8Array | Uint16Array>(a: A, need: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * text[start, end) as a string of its own. V8 makes a longer slice a view that keeps the whole text
 * alive; the vocabulary outlives its documents, so it copies (flattening a concatenation copies).
 */
function copyOf(text: string, start: number, end: number): string {
  return end - start < 13 ? text.slice(start, end) : (text.slice(start, end) + ' ').slice(0, -1);
}

/** First slot of a hash: its bits mixed, since FNV-1a's low bits alone cluster. */
function slotOf(h: number, mask: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & mask;
}

/** Size above which the next document starts a new vocabulary (about 20 MB of strings and ids). */
export const VOCABULARY_MAX = 250_000;

let current = new Vocabulary();

/** The vocabulary for the next document (a fresh one once the current one has grown past `max`). */
export function currentVocabulary(max = VOCABULARY_MAX): Vocabulary {
  if (current.size > max) current = new Vocabulary();
  return current;
}

/**
 * A memo of per-type values, indexed by the ids of one vocabulary. `table(vocabulary, key)` returns
 * the values for that vocabulary, emptied when the vocabulary (or the optional `key`, e.g. the model
 * the values were computed with) differs from the previous call's, and long enough for every id the
 * vocabulary has given out (filled with `undefined`: a dense array, never a sparse one).
 */
export class TypeMemo<T> {
  private values: (T | undefined)[] = [];
  private vocabulary: Vocabulary | undefined;
  private key: unknown;

  table(vocabulary: Vocabulary, key?: unknown): (T | undefined)[] {
    if (vocabulary !== this.vocabulary || key !== this.key) {
      this.values = [];
      this.vocabulary = vocabulary;
      this.key = key;
    }
    const values = this.values;
    while (values.length < vocabulary.size) values.push(undefined);
    return values;
  }
}

/**
 * Per-type integer records, `stride` ints per type at `id × stride`, in one typed array: one cache
 * line per token where a memo of objects costs two (the array slot, then the object). `table`
 * returns the records for a vocabulary (and optional key), zero-filled for types never stored, so a
 * record needs a field that is non-zero once computed. Emptied like `TypeMemo`.
 */
export class TypeTable {
  private data = new Int32Array(0);
  private vocabulary: Vocabulary | undefined;
  private key: unknown;

  constructor(readonly stride: number) {}

  table(vocabulary: Vocabulary, key?: unknown): Int32Array {
    if (vocabulary !== this.vocabulary || key !== this.key) {
      this.data = new Int32Array(0);
      this.vocabulary = vocabulary;
      this.key = key;
    }
    const need = vocabulary.size * this.stride;
    if (this.data.length < need) {
      const data = new Int32Array(Math.max(need, this.data.length * 2, 1024 * this.stride));
      data.set(this.data);
      this.data = data;
    }
    return this.data;
  }
}
