/**
 * The fast tagger's weight sums: per word type (TypeSumsTable) and both passes' weights in one
 * table (PairedWeights), so a feature costs one lookup for both passes. Int16 weights summed in
 * Int32: the sums are exact, so the scores equal SequenceModel's.
 */
import * as learning from '../learning';
import { FeatureBuffer, RankIndex, SequenceModel } from '../learning';
import { TypeMemo, Vocabulary } from '../text/vocabulary';

// A module-local copy: a CommonJS build reads an imported binding through a getter on every use.
const { rankRow } = learning;

/**
 * Weight sums of word types' typeFeatures in one flat table (not a small array per type: fewer
 * cache misses in the tagging loop). A type's slot s holds sums[s × 8T + (pass × 4 + variant) × T + tag],
 * variant = headline × 2 + sentence start; bit v of ready[s]: variant v computed (both passes).
 */
export class TypeSumsTable {
  sums = new Int32Array(0);
  ready = new Uint8Array(0);
  private count = 0;
  private readonly slots = new TypeMemo<number>();
  private vocabulary: Vocabulary | undefined;

  constructor(private readonly numTags: number) {}

  /** Slot per type id of a vocabulary (the table starts over with a new vocabulary). */
  slotsFor(vocabulary: Vocabulary): (number | undefined)[] {
    if (vocabulary !== this.vocabulary) {
      this.vocabulary = vocabulary;
      this.count = 0;
    }
    return this.slots.table(vocabulary);
  }

  /** A new slot: zero sums, no variant ready. */
  allocate(): number {
    const s = this.count++;
    const stride = 8 * this.numTags;
    if (s >= this.ready.length) {
      const cap = Math.max(1024, this.ready.length * 2);
      const sums = new Int32Array(cap * stride);
      sums.set(this.sums.subarray(0, s * stride));
      const ready = new Uint8Array(cap);
      ready.set(this.ready.subarray(0, s));
      this.sums = sums;
      this.ready = ready;
    }
    this.sums.fill(0, s * stride, (s + 1) * stride);
    this.ready[s] = 0;
    return s;
  }
}

/**
 * The weights of two models with the same buckets and tags in one table: rows[row × 2T + pass × T + tag],
 * rows in bucket order, found through a rank bitmap (see RankIndex).
 */
export interface PairedWeights {
  readonly T: number;
  readonly mask: number;
  /** The RankIndex of the buckets where either model has a row. */
  readonly index: Int32Array;
  readonly rows: Int16Array;
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
  const rows = new Int16Array(count * 2 * T);
  for (let w = 0, r = 0, ra = 0, rb = 0; w < ia.length; w += 2) {
    for (let bits = ia[w] | ib[w]; bits !== 0; bits &= bits - 1, r++) {
      const bit = bits & -bits;
      occupied[r] = w * 16 + 31 - Math.clz32(bit);
      const at = r * 2 * T;
      if (ia[w] & bit) for (let t = 0, from = ra++ * T; t < T; t++) rows[at + t] = wa[from + t];
      if (ib[w] & bit) for (let t = 0, from = rb++ * T; t < T; t++) rows[at + T + t] = wb[from + t];
    }
  }
  return { T, mask: buckets - 1, index: new RankIndex(buckets, occupied).index, rows };
}

/** Row of each feature (see findRows; grown as needed). */
let rowsOf = new Int32Array(256);
/** Where findRows' early reads go, so that the compiler keeps them. */
let sink = 0;

/**
 * The rows of features ids[0, len) into `rowsOf` (-1: none). Summing weights is bound by cache misses
 * (a feature's index word, then its row), so this loop only finds the rows and reads a weight at each
 * end of every one: the misses of all the features are under way at once, and the loop that adds
 * the rows finds them in cache.
 */
function findRows(p: PairedWeights, ids: Int32Array, len: number): Int32Array {
  const index = p.index;
  const rows = p.rows;
  const mask = p.mask;
  const last = 2 * p.T - 1;
  if (rowsOf.length < len) rowsOf = new Int32Array(2 * len);
  const rowOf = rowsOf;
  let touched = 0;
  for (let f = 0; f < len; f++) {
    const r = rankRow(index, ids[f] & mask);
    rowOf[f] = r;
    if (r >= 0) touched += rows[r * (last + 1)] + rows[r * (last + 1) + last];
  }
  sink = touched;
  return rowOf;
}

/** Adds the first model's weights of features ids[0, len) to a[at..], the second's to b[bt..] (exact int sums). */
export function accumulatePair(p: PairedWeights, ids: Int32Array, len: number, a: Int32Array, at: number, b: Int32Array, bt: number): void {
  const T = p.T;
  const rows = p.rows;
  const rowOf = findRows(p, ids, len);
  for (let f = 0; f < len; f++) {
    const r = rowOf[f];
    if (r < 0) continue;
    const base = r * 2 * T;
    for (let k = 0; k < T; k++) {
      a[at + k] += rows[base + k];
      b[bt + k] += rows[base + T + k];
    }
  }
}

/** Adds one model's weights (pass 0 or 1) of features ids[0, len) to acc[at..]. */
export function accumulateOne(p: PairedWeights, pass: number, ids: Int32Array, len: number, acc: Int32Array, at = 0): void {
  const T = p.T;
  const rows = p.rows;
  const rowOf = findRows(p, ids, len);
  for (let f = 0; f < len; f++) {
    const r = rowOf[f];
    if (r < 0) continue;
    const base = r * 2 * T + pass * T;
    for (let k = 0; k < T; k++) acc[at + k] += rows[base + k];
  }
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
