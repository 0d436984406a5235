/** The rank bitmap through which a sparse weight table finds the row of a bucket. */

/**
 * bucket → row of a sparse weight table, through a rank bitmap: for each 32 buckets, a word of
 * occupancy bits (index[2w]) and the number of rows before them (index[2w + 1]). 1/16 the size of a
 * bucket → row array, so it stays in cache where the feature lookups land (the rows are in bucket order).
 */
export class RankIndex {
  readonly index: Int32Array;
  /** Number of occupied buckets (rows). */
  readonly rows: number;

  /**
   * @param occupied whether a bucket has a row, or the occupied buckets themselves (ascending, each
   * below `buckets`): a model's load takes this way, a word per 32 buckets instead of a call per bucket.
   */
  constructor(buckets: number, occupied: ((bucket: number) => boolean) | Int32Array | { readonly index: Int32Array }) {
    const words = Math.max(1, Math.ceil(buckets / 32));
    if ('index' in occupied) {
      // An index built already (a model's tables file): its length and counts are checked, not rebuilt.
      const index = (this.index = occupied.index);
      if (index.length !== 2 * words || index[1] !== 0) throw new RangeError('rank index: bad size');
      for (let w = 1; w < words; w++) if (index[2 * w + 1] !== index[2 * w - 1] + popcount(index[2 * w - 2])) throw new RangeError('rank index: bad counts');
      this.rows = index[2 * words - 1] + popcount(index[2 * words - 2]);
      return;
    }
    const index = (this.index = new Int32Array(2 * words));
    let n = 0;
    if (typeof occupied !== 'function') {
      for (let i = 0; i < occupied.length; i++) index[2 * (occupied[i] >>> 5)] |= 1 << (occupied[i] & 31);
      for (let w = 0; w < words; w++) {
        index[2 * w + 1] = n;
        n += popcount(index[2 * w]);
      }
    } else {
      for (let b = 0; b < buckets; b++) {
        if ((b & 31) === 0) index[2 * (b >>> 5) + 1] = n;
        if (occupied(b)) {
          index[2 * (b >>> 5)] |= 1 << (b & 31);
          n++;
        }
      }
    }
    this.rows = n;
  }

  /** Row of a bucket, or -1 when it is empty. */
  row(bucket: number): number {
    return rankRow(this.index, bucket);
  }
}

/** RankIndex.row on the bare index (for hot loops that hold the array). */
export function rankRow(index: Int32Array, bucket: number): number {
  const w = bucket >>> 5;
  const bits = index[2 * w];
  const m = 1 << (bucket & 31);
  if (!(bits & m)) return -1;
  let v = bits & (m - 1);
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return index[2 * w + 1] + (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of bits set in a 32-bit word. */
export function popcount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
