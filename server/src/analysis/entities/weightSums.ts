/**
 * The fast tagger's weight sums: per word type (TypeSumsTable) and both passes' weights in one
 * table (PairedWeights), so a feature costs one lookup for both passes. Int16 weights summed in
 * Int32: the sums are exact, so the scores equal SequenceModel's.
 */
import * as learning from '../learning';
import { FeatureBuffer, RankIndex, SequenceModel } from '../learning';
import { TypeTable, Vocabulary } from '../text/vocabulary';
import { LITTLE_ENDIAN, int16sAt, int32sAt } from '../common/fileViews';

// A module-local copy: a CommonJS build reads an imported binding through a getter on every use.
const { popcount, rankRow } = learning;

/**
 * Weight sums of word types' typeFeatures in one flat table, a slot per word type and variant
 * (variant = headline × 2 + sentence start) that occurs: sums[s × 2T + pass × T + tag]. Only the
 * variants met take room, and a position's two passes read adjacent sums (fewer cache lines than a
 * slot per type with all eight).
 */
export class TypeSumsTable {
  sums = new Int32Array(0);
  private count = 0;
  private readonly slots = new TypeTable(4);
  private vocabulary: Vocabulary | undefined;

  constructor(private readonly numTags: number) {}

  /**
   * Slot + 1 of each type id × 4 + variant of a vocabulary, 0 for none yet (the table starts over with
   * a new vocabulary); the caller stores the slot that `allocate` gives.
   */
  slotsFor(vocabulary: Vocabulary): Int32Array {
    if (vocabulary !== this.vocabulary) {
      this.vocabulary = vocabulary;
      this.count = 0;
    }
    return this.slots.table(vocabulary);
  }

  /** A new slot, its sums zero. */
  allocate(): number {
    const s = this.count++;
    const stride = 2 * this.numTags;
    if ((s + 1) * stride > this.sums.length) {
      const sums = new Int32Array(Math.max(1024, 2 * (s + 1)) * stride);
      sums.set(this.sums.subarray(0, s * stride));
      this.sums = sums;
    }
    this.sums.fill(0, s * stride, (s + 1) * stride);
    return s;
  }
}

/**
 * The weights of two models with the same buckets and tags, a row per bucket where either has
 * weights, found through one rank bitmap (see RankIndex): rows0[row × T + tag] for the first pass,
 * rows1 for the second, in bucket order. Apart, so that a pass reads only its own T weights of a
 * row, and a feature's row found in the first pass serves the second (see findRows).
 */
export interface PairedWeights {
  readonly T: number;
  readonly mask: number;
  /** The RankIndex of the buckets where either model has a row. */
  readonly index: Int32Array;
  readonly rows0: Int16Array;
  readonly rows1: Int16Array;
}

export function pairWeights(a: SequenceModel, b: SequenceModel): PairedWeights {
  const T = a.numTags;
  const buckets = 1 << a.bucketBits;
  const ia = a.rankIndex;
  const ib = b.rankIndex;
  const wa = a.weightRows;
  const wb = b.weightRows;
  // A word of occupancy bits per 32 buckets: the rows of either model, in bucket order, without a
  // call per bucket (the rows of each model are in bucket order too: the next one is its next row).
  let count = 0;
  for (let w = 0; w < ia.length; w += 2) for (let bits = ia[w] | ib[w]; bits !== 0; bits &= bits - 1) count++;
  const occupied = new Int32Array(count);
  const rows0 = new Int16Array(count * T);
  const rows1 = new Int16Array(count * T);
  for (let w = 0, r = 0, ra = 0, rb = 0; w < ia.length; w += 2) {
    for (let bits = ia[w] | ib[w]; bits !== 0; bits &= bits - 1, r++) {
      const bit = bits & -bits;
      occupied[r] = w * 16 + 31 - Math.clz32(bit);
      if (ia[w] & bit) rows0.set(wa.subarray(ra * T, ++ra * T), r * T);
      if (ib[w] & bit) rows1.set(wb.subarray(rb * T, ++rb * T), r * T);
    }
  }
  return { T, mask: buckets - 1, index: new RankIndex(buckets, occupied).index, rows0, rows1 };
}

const PAIRED_MAGIC = 0x5750_4c44; // "DLPW" little endian
const PAIRED_VERSION = 1;
const PAIRED_HEADER = 32;

/**
 * A paired table as a file, to be read as it is (readPairedWeights): a 32-byte header ("DLPW", u16
 * version, u16 T, u32 mask, u32 rows, then the checksums the two models' headers record, which tie
 * the table to the model file it was built from, and 8 bytes of 0), the index (int32), rows0 and
 * rows1 (int16), all little-endian.
 */
export function pairedWeightsFile(p: PairedWeights, crcs: readonly [number, number]): Uint8Array {
  const n = p.rows0.length;
  const out = new Uint8Array(PAIRED_HEADER + 4 * p.index.length + 4 * n);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, PAIRED_MAGIC, true);
  dv.setUint16(4, PAIRED_VERSION, true);
  dv.setUint16(6, p.T, true);
  dv.setUint32(8, p.mask, true);
  dv.setUint32(12, n / p.T, true);
  dv.setUint32(16, crcs[0], true);
  dv.setUint32(20, crcs[1], true);
  let at = PAIRED_HEADER;
  for (let i = 0; i < p.index.length; i++, at += 4) dv.setInt32(at, p.index[i], true);
  for (const rows of [p.rows0, p.rows1]) for (let i = 0; i < n; i++, at += 2) dv.setInt16(at, rows[i], true);
  return out;
}

/**
 * The paired table of a file that pairedWeightsFile wrote for models of `T` tags and `bucketBits`
 * whose headers record the checksums `crcs`, viewed over the file's bytes (copied where they are
 * not aligned); undefined when the file is another model's, or damaged.
 */
export function readPairedWeights(bytes: Uint8Array, T: number, bucketBits: number, crcs: readonly [number, number]): PairedWeights | undefined {
  if (!LITTLE_ENDIAN || bytes.length < PAIRED_HEADER) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mask = 2 ** bucketBits - 1;
  if (dv.getUint32(0, true) !== PAIRED_MAGIC || dv.getUint16(4, true) !== PAIRED_VERSION || dv.getUint16(6, true) !== T || dv.getUint32(8, true) !== mask) return undefined;
  if (dv.getUint32(16, true) !== crcs[0] || dv.getUint32(20, true) !== crcs[1]) return undefined;
  const rows = dv.getUint32(12, true);
  const words = 2 * Math.max(1, Math.ceil((mask + 1) / 32));
  if (bytes.length !== PAIRED_HEADER + 4 * words + 4 * rows * T) return undefined;
  const index = int32sAt(bytes, PAIRED_HEADER, words);
  // The rows the index counts: those before the last word, and the last word's own.
  if (index[words - 1] + popcount(index[words - 2]) !== rows) return undefined;
  const from0 = PAIRED_HEADER + 4 * words;
  const rows0 = int16sAt(bytes, from0, rows * T);
  const rows1 = int16sAt(bytes, from0 + 2 * rows * T, rows * T);
  return { T, mask, index, rows0, rows1 };
}

/** Rows of the features of accumulatePair / accumulateOne (see findRows; grown as needed). */
let scratchRows = new Int32Array(256);
/** Where findRows' early reads go, so that the compiler keeps them. */
let sink = 0;

/**
 * Writes the rows of the features ids[0, len) that have one to out[at..] and returns how many.
 * Summing weights is bound by cache misses (a feature's index word, then its row), so this loop only
 * finds the rows and reads the weights at both ends of each in `touch` (the rows of the pass to come): the misses of
 * all the features are under way at once, and the loop that adds the rows finds them in cache.
 * `out` must have room for len rows from `at`.
 */
export function findRows(p: PairedWeights, ids: Int32Array, len: number, out: Int32Array, at: number, touch: Int16Array): number {
  const index = p.index;
  const mask = p.mask;
  const T = p.T;
  let touched = 0;
  let k = at;
  for (let f = 0; f < len; f++) {
    const r = rankRow(index, ids[f] & mask);
    if (r < 0) continue;
    out[k++] = r;
    // Both ends: a row may straddle two cache lines.
    touched += touch[r * T] + touch[r * T + T - 1];
  }
  sink = touched;
  return k - at;
}

/**
 * Adds the weights rows[r × T..] of the rows r in list[from, to) to acc[at..] (exact int sums: any
 * order gives the same). The tagger's eleven tags are summed in locals, not through acc per row.
 */
export function addRows(rows: Int16Array, T: number, list: Int32Array, from: number, to: number, acc: Int32Array, at: number): void {
  if (T !== 11) {
    for (let f = from; f < to; f++) {
      const base = list[f] * T;
      for (let k = 0; k < T; k++) acc[at + k] += rows[base + k];
    }
    return;
  }
  let s0 = acc[at], s1 = acc[at + 1], s2 = acc[at + 2], s3 = acc[at + 3], s4 = acc[at + 4], s5 = acc[at + 5];
  let s6 = acc[at + 6], s7 = acc[at + 7], s8 = acc[at + 8], s9 = acc[at + 9], s10 = acc[at + 10];
  for (let f = from; f < to; f++) {
    const b = list[f] * 11;
    s0 = (s0 + rows[b]) | 0;
    s1 = (s1 + rows[b + 1]) | 0;
    s2 = (s2 + rows[b + 2]) | 0;
    s3 = (s3 + rows[b + 3]) | 0;
    s4 = (s4 + rows[b + 4]) | 0;
    s5 = (s5 + rows[b + 5]) | 0;
    s6 = (s6 + rows[b + 6]) | 0;
    s7 = (s7 + rows[b + 7]) | 0;
    s8 = (s8 + rows[b + 8]) | 0;
    s9 = (s9 + rows[b + 9]) | 0;
    s10 = (s10 + rows[b + 10]) | 0;
  }
  acc[at] = s0; acc[at + 1] = s1; acc[at + 2] = s2; acc[at + 3] = s3; acc[at + 4] = s4; acc[at + 5] = s5;
  acc[at + 6] = s6; acc[at + 7] = s7; acc[at + 8] = s8; acc[at + 9] = s9; acc[at + 10] = s10;
}

/** The rows of features ids[0, len) into the shared scratch list; returns how many. */
function scratchRowsOf(p: PairedWeights, ids: Int32Array, len: number, touch: Int16Array): number {
  if (scratchRows.length < len) scratchRows = new Int32Array(2 * len);
  return findRows(p, ids, len, scratchRows, 0, touch);
}

/** Adds the first model's weights of features ids[0, len) to a[at..], the second's to b[bt..] (exact int sums). */
export function accumulatePair(p: PairedWeights, ids: Int32Array, len: number, a: Int32Array, at: number, b: Int32Array, bt: number): void {
  const n = scratchRowsOf(p, ids, len, p.rows0);
  addRows(p.rows0, p.T, scratchRows, 0, n, a, at);
  addRows(p.rows1, p.T, scratchRows, 0, n, b, bt);
}

/** Adds one model's weights (pass 0 or 1) of features ids[0, len) to acc[at..]. */
export function accumulateOne(p: PairedWeights, pass: number, ids: Int32Array, len: number, acc: Int32Array, at = 0): void {
  const rows = pass === 0 ? p.rows0 : p.rows1;
  const n = scratchRowsOf(p, ids, len, rows);
  addRows(rows, p.T, scratchRows, 0, n, acc, at);
}

/**
 * Weight sums of a group of features with few distinct keys (see features.ts: the tags before a
 * position, the document memory, the first pass's tags and aggregates), per key and pass, computed
 * on a key's first use: a small table that stays in cache, read instead of the features' rows of
 * the large one. A key's sums for pass p are at sums[(key × passes + p - first) × T..].
 */
export class KeyedSums {
  readonly sums: Int32Array;
  private readonly ready: Uint8Array;
  private readonly passes: number;

  /**
   * @param first the first pass whose sums are kept (0: both passes; 1: the second pass only)
   * @param features pushes the group's features of a key
   */
  constructor(keys: number, private readonly T: number, private readonly first: 0 | 1, private readonly features: (key: number, out: FeatureBuffer) => void) {
    this.passes = 2 - first;
    this.sums = new Int32Array(keys * this.passes * T);
    this.ready = new Uint8Array(keys);
  }

  /** Adds the sums of `key` for `pass` to acc (`buf`: scratch space, cleared). */
  add(p: PairedWeights, key: number, pass: number, acc: Int32Array, buf: FeatureBuffer): void {
    const T = this.T;
    const sums = this.sums;
    const base = key * this.passes * T;
    if (!this.ready[key]) {
      buf.clear();
      this.features(key, buf);
      if (this.first === 0) accumulatePair(p, buf.ids, buf.length, sums, base, sums, base + T);
      else accumulateOne(p, 1, buf.ids, buf.length, sums, base);
      this.ready[key] = 1;
    }
    const at = base + (pass - this.first) * T;
    for (let k = 0; k < T; k++) acc[k] += sums[at + k];
  }
}
