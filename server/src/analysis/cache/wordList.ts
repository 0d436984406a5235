/**
 * A record's word list: a document's distinct normalised words as UTF-8, newline-separated,
 * grouped by a bucket of the FNV-1a hash of their bytes, with each word's count in a parallel array.
 *
 * The order makes lookups cheap in memory: a word's hash names a bucket (its top bits), and a
 * small directory (`WordDirectory`, built on first lookup: ~1.5 bytes a word) gives where each
 * bucket's words start; the few words of a bucket are compared byte by byte (exact). A hash table
 * over the list would cost ~10 bytes a word, in every document of the corpus.
 */

import { FNV_OFFSET, fnvBytes } from '../common/fnv';

const encoder = new TextEncoder();

export interface QueryWord {
  readonly bytes: Uint8Array;
  readonly hash: number;
}

/** The UTF-8 bytes and hash of the word looked up last (the index asks every document in turn). */
let lastQuery: { word: string } & QueryWord = { word: '', bytes: new Uint8Array(0), hash: FNV_OFFSET };

export function queryWord(word: string): QueryWord {
  if (lastQuery.word !== word) {
    const bytes = encoder.encode(word);
    lastQuery = { word, bytes, hash: fnvBytes(bytes, 0, bytes.length) };
  }
  return lastQuery;
}

/**
 * Work space of `encodeWordList`, reused (the workers encode one document after another), grown
 * as needed: the words as UTF-8 in map order, and per word its end there, bucket, count and rank.
 */
let utf8 = new Uint8Array(1 << 16);
let ints = new Int32Array(1 << 14);

/**
 * A word list for a record: the words' UTF-8 bytes, newline-separated, and their counts, both
 * grouped by hash bucket (`bucketOf`; in map order within a bucket): a counting sort, no
 * comparisons. This runs in the workers, once per analysed document: the words are written as
 * UTF-8 once into the work space (no joined string, no array or buffer per word), then copied in
 * bucket order into the two arrays returned, the only allocations.
 */
export function encodeWordList(wordCounts: ReadonlyMap<string, number>): { bytes: Uint8Array; counts: Int32Array } {
  const n = wordCounts.size;
  const bits = bucketBits(n);
  const buckets = 1 << bits;
  if (ints.length < 4 * n + buckets + 1) ints = new Int32Array(Math.max(2 * ints.length, 4 * n + buckets + 1));
  /** Word k's bytes are `utf8[k ? ends[k - 1] : 0 .. ends[k])`. */
  const ends = ints.subarray(0, n);
  const bucket = ints.subarray(n, 2 * n);
  const countOf = ints.subarray(2 * n, 3 * n);
  const order = ints.subarray(3 * n, 4 * n);
  const next = ints.subarray(4 * n, 4 * n + buckets + 1).fill(0);
  let k = 0;
  let p = 0;
  wordCounts.forEach((count, word) => {
    if (p + 3 * word.length > utf8.length) {
      const grown = new Uint8Array(Math.max(2 * utf8.length, p + 3 * word.length));
      grown.set(utf8.subarray(0, p));
      utf8 = grown;
    }
    const from = p;
    p = writeUtf8(word, utf8, p);
    next[(bucket[k] = bucketIn(fnvBytes(utf8, from, p), bits)) + 1]++;
    ends[k] = p;
    countOf[k++] = count;
  });
  for (let b = 1; b < next.length; b++) next[b] += next[b - 1];
  for (let i = 0; i < n; i++) order[next[bucket[i]]++] = i;
  const bytes = new Uint8Array(n ? p + n - 1 : 0);
  const counts = new Int32Array(n);
  for (let j = 0, q = 0; j < n; j++) {
    const w = order[j];
    if (j > 0) bytes[q++] = 10;
    for (let i = w ? ends[w - 1] : 0, end = ends[w]; i < end; i++) bytes[q++] = utf8[i];
    counts[j] = countOf[w];
  }
  return { bytes, counts };
}

/**
 * Writes a string as UTF-8 at `p` (room for 3 bytes per UTF-16 unit), as TextEncoder does (a
 * lone surrogate becomes U+FFFD); returns the end.
 */
function writeUtf8(s: string, out: Uint8Array, p: number): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c < 0xdc00 && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[p++] = 0xf0 | (c >> 18);
        out[p++] = 0x80 | ((c >> 12) & 0x3f);
        out[p++] = 0x80 | ((c >> 6) & 0x3f);
        out[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[p++] = 0xe0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 0x3f);
    out[p++] = 0x80 | (c & 0x3f);
  }
  return p;
}

/** Calls `f` with each word's hash, ordinal and byte range `[a, e)`, in list order. */
export function forEachWord(bytes: Uint8Array, n: number, f: (h: number, ordinal: number, a: number, e: number) => void): void {
  let a = 0;
  for (let k = 0, i = 0; k < n; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    f(fnvBytes(bytes, a, i), k++, a, i);
    a = i + 1;
  }
}

/** Bits of the hash that name a bucket, for `n` words: about four words a bucket. */
function bucketBits(n: number): number {
  let bits = 0;
  while (1 << bits < n / 4) bits++;
  return bits;
}

function bucketIn(h: number, bits: number): number {
  return bits ? h >>> (32 - bits) : 0;
}

/** The bucket of a word's hash in a list of `n` words: its top bits (part of the record format). */
export function bucketOf(h: number, n: number): number {
  return bucketIn(h, bucketBits(n));
}

/** Where each hash bucket of a word list starts: its first word's ordinal and byte offset. */
export class WordDirectory {
  private constructor(
    private readonly bits: number,
    /** Per bucket b: `[2b]` first ordinal, `[2b + 1]` first byte offset; then a sentinel pair. */
    private readonly starts: Uint16Array | Int32Array,
  ) {}

  /** Builds a directory from a list's hashes, given in list order (see `forEachWord`) to `add`. */
  static builder(n: number, byteLength: number): { add(h: number, ordinal: number, a: number): void; done(): WordDirectory } {
    const bits = bucketBits(n);
    const buckets = 1 << bits;
    const starts = n < 0xffff && byteLength < 0xffff ? new Uint16Array(2 * buckets + 2) : new Int32Array(2 * buckets + 2);
    let next = 0; // the first bucket not started yet
    const fill = (upTo: number, ordinal: number, a: number) => {
      for (; next <= upTo; next++) {
        starts[2 * next] = ordinal;
        starts[2 * next + 1] = a;
      }
    };
    return {
      add: (h, ordinal, a) => fill(bucketIn(h, bits), ordinal, a),
      done: () => {
        fill(buckets, n, byteLength + 1);
        return new WordDirectory(bits, starts);
      },
    };
  }

  static build(bytes: Uint8Array, n: number): WordDirectory {
    const b = WordDirectory.builder(n, bytes.length);
    forEachWord(bytes, n, (h, k, a) => b.add(h, k, a));
    return b.done();
  }

  /** The ordinal of a word in the list, or -1. */
  find(bytes: Uint8Array, q: QueryWord): number {
    const b = bucketIn(q.hash, this.bits);
    const qb = q.bytes;
    let a = this.starts[2 * b + 1];
    for (let k = this.starts[2 * b], end = this.starts[2 * b + 2]; k < end; k++) {
      let i = 0;
      while (i < qb.length && bytes[a + i] === qb[i]) i++;
      if (i === qb.length && (a + i === bytes.length || bytes[a + i] === 10)) return k;
      a += i;
      while (a < bytes.length && bytes[a] !== 10) a++;
      a++;
    }
    return -1;
  }
}
