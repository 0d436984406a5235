/**
 * A record's word list: a document's distinct normalised words as UTF-8, newline-separated,
 * grouped by a bucket of the FNV-1a hash of their bytes, with each word's count in a parallel array.
 *
 * The order makes lookups cheap in memory: a word's hash names a bucket (its top bits), and a
 * small directory (`WordDirectory`, built on first lookup: ~1.5 bytes a word) gives where each
 * bucket's words start; the few words of a bucket are compared byte by byte (exact). A hash table
 * over the list would cost ~10 bytes a word, in every document of the corpus.
 */

const encoder = new TextEncoder();

export function fnvBytes(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h >>> 0;
}

export interface QueryWord {
  readonly bytes: Uint8Array;
  readonly hash: number;
}

/** The UTF-8 bytes and hash of the word looked up last (the index asks every document in turn). */
let lastQuery: { word: string } & QueryWord = { word: '', bytes: new Uint8Array(0), hash: 0x811c9dc5 };

export function queryWord(word: string): QueryWord {
  if (lastQuery.word !== word) {
    const bytes = encoder.encode(word);
    lastQuery = { word, bytes, hash: fnvBytes(bytes, 0, bytes.length) };
  }
  return lastQuery;
}

/**
 * A word list for a record: the words' UTF-8 bytes, newline-separated, and their counts, both
 * grouped by hash bucket (`bucketOf`; in the given order within a bucket): a counting sort, no
 * comparisons (this runs in the workers, once per analysed document).
 */
export function encodeWordList(words: readonly string[], counts: ArrayLike<number>): { bytes: Uint8Array; counts: Int32Array } {
  const joined = encoder.encode(words.join('\n'));
  const n = words.length;
  const bits = bucketBits(n);
  const starts = new Int32Array(n + 1);
  const bucket = new Int32Array(n);
  const next = new Int32Array((1 << bits) + 1);
  let h = 0x811c9dc5;
  for (let i = 0, k = 0; k < n; i++) {
    if (i < joined.length && joined[i] !== 10) {
      h = Math.imul(h ^ joined[i], 0x01000193);
      continue;
    }
    next[(bucket[k] = bucketIn(h >>> 0, bits)) + 1]++;
    starts[++k] = i + 1;
    h = 0x811c9dc5;
  }
  for (let b = 1; b < next.length; b++) next[b] += next[b - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[next[bucket[k]]++] = k;
  const bytes = new Uint8Array(joined.length);
  const orderedCounts = new Int32Array(n);
  for (let j = 0, p = 0; j < n; j++) {
    const k = order[j];
    if (j > 0) bytes[p++] = 10;
    for (let i = starts[k], end = starts[k + 1] - 1; i < end; i++) bytes[p++] = joined[i];
    orderedCounts[j] = counts[k];
  }
  return { bytes, counts: orderedCounts };
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
