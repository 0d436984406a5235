/** The trained sequence model: int16 weights, greedy decoding, serialisation, bundles of models. */
import { ModelFormatError } from './errors';
import { FeatureBuffer, type FeatureExtractor, type FixedTag } from './hashing';
import { ByteWriter, crc32 } from './bytes';
import { RankIndex, rankRow } from './rankIndex';

export { RankIndex, popcount, rankRow } from './rankIndex';

export function argmax(a: ArrayLike<number>, n: number): number {
  let best = 0;
  for (let k = 1; k < n; k++) if (a[k] > a[best]) best = k;
  return best;
}

// ---------------------------------------------------------------- model

const MAGIC = 0x5153_4c44; // "DLSQ" little endian
const VERSION = 1;
const HEADER = 32;

/** The non-zero weight rows of a model: occupied buckets, ascending, and their weights, rows[row * numTags + tag]. */
export interface WeightRows {
  readonly buckets: Int32Array;
  readonly rows: Int16Array;
}

/** The rows of a model as it holds them: the RankIndex of their buckets (its `index`) and the rows in bucket order. */
export interface IndexedRows {
  readonly index: Int32Array;
  readonly rows: Int16Array;
}

/** The rows of a dense table, weights[bucket * numTags + tag] (buckets whose weights are all zero have none). */
export function weightRows(weights: Int16Array, numTags: number): WeightRows {
  const T = numTags;
  const used = (b: number): boolean => {
    for (let k = 0; k < T; k++) if (weights[b * T + k] !== 0) return true;
    return false;
  };
  let n = 0;
  for (let b = 0; b * T < weights.length; b++) if (used(b)) n++;
  const buckets = new Int32Array(n);
  const rows = new Int16Array(n * T);
  for (let b = 0, r = 0; b * T < weights.length; b++) {
    if (!used(b)) continue;
    buckets[r] = b;
    rows.set(weights.subarray(b * T, b * T + T), r * T);
    r++;
  }
  return { buckets, rows };
}

/**
 * What a model is besides its weight rows: tags, transitions, scale, metadata. A reader that has
 * the rows in another form (the entity tagger's paired table) needs only this of a model file.
 */
export class ModelHead {
  readonly numTags: number;
  /** Softmax temperature for confidences (`meta.temperature`, default 1); see fitTemperature. */
  temperature: number;

  /** @param trans transition weights: trans[prev * numTags + tag]; prev = numTags is START */
  constructor(
    readonly tags: readonly string[],
    readonly bucketBits: number,
    readonly trans: Int16Array,
    readonly scale: number,
    readonly meta: unknown = undefined,
  ) {
    this.numTags = tags.length;
    const t = (meta as { temperature?: unknown } | undefined)?.temperature;
    this.temperature = typeof t === 'number' && t > 0 ? t : 1;
  }

  /** acc[k] = transition weight prev → k (raw int16 units; prev = numTags is START). */
  setTransition(prev: number, acc: Int32Array): void {
    const T = this.numTags;
    const tb = prev * T;
    for (let k = 0; k < T; k++) acc[k] = this.trans[tb + k];
  }

  /** out[k] = acc[k] × scale: the raw scores of an integer accumulation (as scores() gives). */
  scaleScores(acc: Int32Array, out: Float64Array): void {
    const s = this.scale;
    for (let k = 0, T = this.numTags; k < T; k++) out[k] = acc[k] * s;
  }

  /**
   * The head of a model file (as `SequenceModel.deserialize` checks it) and the checksum its header
   * records; the weight rows are neither read nor checked.
   */
  static read(bytes: Uint8Array, what = 'model'): { readonly head: ModelHead; readonly crc: number } {
    const h = readHeader(bytes, what);
    const transLen = (h.numTags + 1) * h.numTags;
    if (h.payload.length < transLen * 2) throw new ModelFormatError(`${what}: corrupt weights`);
    return { head: new ModelHead(h.tags, h.bits, readTrans(h.payload, h.payload.length - transLen * 2, transLen), h.scale, h.meta), crc: h.crc };
  }
}

export class SequenceModel extends ModelHead {
  private readonly mask: number;
  private readonly scoreBuf: Float64Array;
  /** Integer accumulator of scores(): int16 weights summed exactly, scaled once at the end. */
  private readonly accBuf: Int32Array;
  /** bucket → row in `rows` (most buckets are empty). */
  private readonly rowOf: RankIndex;
  /** Non-empty rows in bucket order, row-major: rows[row * numTags + tag]. */
  private readonly rows: Int16Array;

  /**
   * @param weights the non-zero weight rows (see WeightRows; a dense table converts with `weightRows`)
   * @param trans transition weights: trans[prev * numTags + tag]; prev = numTags is START
   */
  constructor(tags: readonly string[], bucketBits: number, weights: WeightRows | IndexedRows, trans: Int16Array, scale: number, meta: unknown = undefined) {
    super(tags, bucketBits, trans, scale, meta);
    const T = this.numTags;
    this.mask = (1 << bucketBits) - 1;
    this.scoreBuf = new Float64Array(T);
    this.accBuf = new Int32Array(T);
    if ('index' in weights) {
      this.rowOf = new RankIndex(1 << bucketBits, weights);
      if (weights.rows.length !== this.rowOf.rows * T) throw new RangeError('weight rows: not one per bucket of the index');
      this.rows = weights.rows;
      return;
    }
    const { buckets, rows } = weights;
    for (let i = 0; i < buckets.length; i++) {
      if (buckets[i] < 0 || buckets[i] > this.mask || (i > 0 && buckets[i] <= buckets[i - 1])) throw new Error('weight rows: buckets must ascend, one row each');
    }
    if (rows.length !== buckets.length * T) throw new Error('weight rows: buckets must ascend, one row each');
    this.rowOf = new RankIndex(1 << bucketBits, buckets);
    this.rows = rows;
  }

  static quantise(tags: readonly string[], bits: number, w: ArrayLike<number>, trans: ArrayLike<number>, pruneBelow = 1): SequenceModel {
    let max = 1e-9;
    for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
    for (let i = 0; i < trans.length; i++) max = Math.max(max, Math.abs(trans[i]));
    const scale = max / 32767;
    const q = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) {
      const v = Math.round(w[i] / scale);
      q[i] = Math.abs(v) < pruneBelow ? 0 : v;
    }
    const qt = new Int16Array(trans.length);
    for (let i = 0; i < trans.length; i++) qt[i] = Math.round(trans[i] / scale);
    return new SequenceModel(tags, bits, weightRows(q, tags.length), qt, scale);
  }

  /** Number of non-zero weights (for size reports). */
  nonZero(): number {
    let n = 0;
    for (let i = 0; i < this.rows.length; i++) if (this.rows[i] !== 0) n++;
    return n;
  }

  /** The rank bitmap of the buckets that have a row (RankIndex.index: read it, never write it). */
  get rankIndex(): Int32Array {
    return this.rowOf.index;
  }

  /** The weight rows in bucket order, row-major (read them, never write them). */
  get weightRows(): Int16Array {
    return this.rows;
  }

  /** Row of a bucket's weights (see rowWeight), or -1 if they are all zero. */
  rowIndex(bucket: number): number {
    return this.rowOf.row(bucket & this.mask);
  }

  /** Weight of (row, tag), row from rowIndex. */
  rowWeight(row: number, tag: number): number {
    return this.rows[row * this.numTags + tag];
  }

  /** Weight of (bucket, tag). */
  weight(bucket: number, tag: number): number {
    const r = this.rowOf.row(bucket & this.mask);
    return r < 0 ? 0 : this.rows[r * this.numTags + tag];
  }

  /** Raw per-tag scores (in weight units × scale) of a position with the given previous tag (numTags = START). */
  scores(buf: FeatureBuffer, prev: number, out: Float64Array): void {
    // Sums of int16 weights are exact integers, so accumulating in int32 and scaling once gives
    // exactly the values of a float accumulation (in any order).
    const acc = this.accBuf;
    this.setTransition(prev, acc);
    this.accumulate(buf.ids, 0, buf.length, acc);
    this.scaleScores(acc, out);
  }

  /**
   * Adds the weight rows of features ids[from, to) to acc (raw int16 units). Integer sums are exact,
   * so partial sums may be computed in any order or cached (e.g. per word type).
   */
  accumulate(ids: Int32Array, from: number, to: number, acc: Int32Array, at = 0): void {
    const T = this.numTags;
    const rows = this.rows;
    const index = this.rowOf.index;
    const mask = this.mask;
    for (let f = from; f < to; f++) {
      const r = rankRow(index, ids[f] & mask);
      if (r < 0) continue;
      const base = r * T;
      for (let k = 0; k < T; k++) acc[at + k] += rows[base + k];
    }
  }

  /** Softmax probability of tag `best` given raw scores, at temperature `temp`. */
  static confidence(scores: ArrayLike<number>, n: number, best: number, temp = 1): number {
    const m = scores[best];
    let z = 0;
    for (let k = 0; k < n; k++) z += Math.exp((scores[k] - m) / temp);
    return 1 / z;
  }

  /**
   * Greedy left-to-right tagging of positions [0, length). Writes tag indices to `outTags`
   * and, if given, softmax confidences to `outConfidence` (1 for fixed positions). With
   * `confidenceForTag0 = false` the confidence of positions tagged 0 (usually `O`) is not
   * computed (left at 1), which saves time when only spans matter.
   */
  tag<S>(
    seq: S,
    length: number,
    extract: FeatureExtractor<S>,
    outTags: Int32Array,
    outConfidence?: Float32Array,
    fixed?: FixedTag<S>,
    buf: FeatureBuffer = new FeatureBuffer(),
    confidenceForTag0 = true,
  ): void {
    const T = this.numTags;
    const scores = this.scoreBuf;
    for (let i = 0; i < length; i++) {
      const forced = fixed ? fixed(seq, i) : -1;
      if (forced >= 0) {
        outTags[i] = forced;
        if (outConfidence) outConfidence[i] = 1;
        continue;
      }
      buf.clear();
      extract(seq, i, outTags, buf);
      this.scores(buf, i === 0 ? T : outTags[i - 1], scores);
      const best = argmax(scores, T);
      outTags[i] = best;
      if (outConfidence) outConfidence[i] = best === 0 && !confidenceForTag0 ? 1 : SequenceModel.confidence(scores, T, best, this.temperature);
    }
  }

  /** Compact binary form; see the module comment for the layout. */
  serialize(meta?: unknown): Uint8Array {
    const T = this.numTags;
    const metaBytes = new TextEncoder().encode(JSON.stringify({ tags: this.tags, meta: meta ?? this.meta ?? null }));
    const out = new ByteWriter();
    let last = 0;
    const rows = 1 << this.bucketBits;
    for (let b = 0; b < rows; b++) {
      const r = this.rowOf.row(b);
      if (r < 0) continue;
      let m = 0;
      for (let k = 0; k < T; k++) if (this.rows[r * T + k] !== 0) m |= 1 << k;
      out.varint(b - last);
      last = b;
      out.varint(m >>> 0);
      for (let k = 0; k < T; k++) if (m & (1 << k)) out.i16(this.rows[r * T + k]);
    }
    for (let i = 0; i < this.trans.length; i++) out.i16(this.trans[i]);
    const payload = out.bytes();
    const body = new Uint8Array(metaBytes.length + payload.length);
    body.set(metaBytes, 0);
    body.set(payload, metaBytes.length);
    const file = new Uint8Array(HEADER + body.length);
    const dv = new DataView(file.buffer);
    dv.setUint32(0, MAGIC, true);
    dv.setUint16(4, VERSION, true);
    dv.setUint16(6, T, true);
    dv.setUint8(8, this.bucketBits);
    dv.setFloat32(12, this.scale, true);
    dv.setUint32(16, metaBytes.length, true);
    dv.setUint32(20, payload.length, true);
    dv.setUint32(24, crc32(body), true);
    file.set(body, HEADER);
    return file;
  }

  static deserialize(bytes: Uint8Array, what = 'model'): SequenceModel {
    const h = readHeader(bytes, what);
    if (crc32(h.body) !== h.crc) throw new ModelFormatError(`${what}: checksum mismatch, the file is corrupt; rebuild it with npm run train`);
    const { buckets, rows, trans } = readWeights(h.payload, h.numTags, h.bits, what);
    return new SequenceModel(h.tags, h.bits, { buckets, rows }, trans, h.scale, h.meta);
  }
}

/** A model file's header and metadata, checked, with its body and payload (the checksum is the caller's to check). */
function readHeader(bytes: Uint8Array, what: string) {
  if (bytes.length < HEADER) throw new ModelFormatError(`${what}: file too short (${bytes.length} bytes) to be a Discourse Lens sequence model`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new ModelFormatError(`${what}: not a Discourse Lens sequence model (bad magic)`);
  const version = dv.getUint16(4, true);
  if (version !== VERSION) throw new ModelFormatError(`${what}: unsupported model version ${version} (expected ${VERSION}); retrain with npm run train`);
  const T = dv.getUint16(6, true);
  const bits = dv.getUint8(8);
  const scale = dv.getFloat32(12, true);
  const metaLen = dv.getUint32(16, true);
  const payLen = dv.getUint32(20, true);
  const crc = dv.getUint32(24, true);
  if (T < 2 || T > 32 || bits < 1 || bits > 26) throw new ModelFormatError(`${what}: corrupt header`);
  if (HEADER + metaLen + payLen !== bytes.length) throw new ModelFormatError(`${what}: truncated or corrupt file (size ${bytes.length}, header says ${HEADER + metaLen + payLen})`);
  const body = bytes.subarray(HEADER);
  let parsed: { tags: string[]; meta: unknown };
  try {
    parsed = JSON.parse(new TextDecoder().decode(body.subarray(0, metaLen)));
  } catch {
    throw new ModelFormatError(`${what}: corrupt metadata`);
  }
  if (!Array.isArray(parsed.tags) || parsed.tags.length !== T) throw new ModelFormatError(`${what}: tag list does not match header`);
  return { tags: parsed.tags, meta: parsed.meta ?? undefined, numTags: T, bits, scale, crc, body, payload: body.subarray(metaLen) };
}

/** The transitions at p[from..]: `length` little-endian int16. */
function readTrans(p: Uint8Array, from: number, length: number): Int16Array {
  const trans = new Int16Array(length);
  for (let i = 0, q = from; i < length; i++, q += 2) trans[i] = ((p[q] | (p[q + 1] << 8)) << 16) >> 16;
  return trans;
}

/**
 * The sparse rows and transitions of a model file's payload. Every isolate that analyses runs this
 * once, mostly before the JIT has compiled it, so it decodes the varints inline into arrays sized
 * up front (a kept row takes at least 4 bytes: delta, mask and one weight) rather than through a
 * reader's methods into arrays grown by doubling.
 */
function readWeights(p: Uint8Array, T: number, bits: number, what: string): WeightRows & { readonly trans: Int16Array } {
  const transLen = (T + 1) * T;
  const end = p.length - transLen * 2;
  if (end < 0) throw new ModelFormatError(`${what}: corrupt weights`);
  const cap = (end >>> 2) + 1;
  const buckets = new Int32Array(cap);
  const rows = new Int16Array(cap * T);
  const limit = 2 ** bits;
  let n = 0;
  let b = 0;
  let pos = 0;
  while (pos < end) {
    let delta = 0;
    let m = 0;
    for (let shift = 0, byte = 0x80; byte >= 0x80; shift += 7) {
      if (pos >= end || shift > 35) throw new ModelFormatError(`${what}: corrupt weights`);
      byte = p[pos++];
      delta += (byte & 0x7f) * 2 ** shift;
    }
    for (let shift = 0, byte = 0x80; byte >= 0x80; shift += 7) {
      if (pos >= end || shift > 35) throw new ModelFormatError(`${what}: corrupt weights`);
      byte = p[pos++];
      m += (byte & 0x7f) * 2 ** shift;
    }
    b += delta;
    if (b >= limit || (n > 0 && delta === 0)) throw new ModelFormatError(`${what}: corrupt weights`);
    const base = n * T;
    let nonZero = false;
    for (let k = 0; k < T; k++) {
      if (!(m & (1 << k))) continue;
      if (pos + 2 > end) throw new ModelFormatError(`${what}: corrupt weights`);
      const w = ((p[pos] | (p[pos + 1] << 8)) << 16) >> 16;
      pos += 2;
      rows[base + k] = w;
      if (w !== 0) nonZero = true;
    }
    // A row of zeros is no row (as when compacting a dense table).
    if (nonZero) buckets[n++] = b;
    else rows.fill(0, base, base + T);
  }
  return { buckets: buckets.slice(0, n), rows: rows.slice(0, n * T), trans: readTrans(p, end, transLen) };
}

/**
 * Fits the softmax temperature minimising the negative log-likelihood of gold tags, given
 * (scores, gold) pairs collected on held-out data. Store the result as `meta.temperature`.
 */
export function fitTemperature(samples: readonly { scores: Float64Array; gold: number }[]): number {
  let best = 1;
  let bestNll = Infinity;
  for (let t = 0.25; t <= 64; t *= 1.15) {
    let nll = 0;
    for (const s of samples) nll -= Math.log(Math.max(1e-12, SequenceModel.confidence(s.scores, s.scores.length, s.gold, t)));
    if (nll < bestNll) {
      bestNll = nll;
      best = t;
    }
  }
  return Math.round(best * 1000) / 1000;
}

// ---------------------------------------------------------------- bundles of models

const BUNDLE_MAGIC = 0x4253_4c44; // "DLSB"

/**
 * Packs several serialised models into one file: "DLSB" magic, u16 version 1, u16 count, then
 * count × u32 lengths, then the parts (each keeps its own header and CRC-32).
 */
export function packModels(parts: readonly Uint8Array[]): Uint8Array {
  const head = 8 + 4 * parts.length;
  const total = parts.reduce((a, p) => a + p.length, head);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, BUNDLE_MAGIC, true);
  dv.setUint16(4, 1, true);
  dv.setUint16(6, parts.length, true);
  let off = head;
  parts.forEach((p, i) => {
    dv.setUint32(8 + 4 * i, p.length, true);
    out.set(p, off);
    off += p.length;
  });
  return out;
}

/** Unpacks and deserialises the models of a bundle written by packModels. */
export function unpackModels(bytes: Uint8Array, what = 'model bundle'): SequenceModel[] {
  return bundleParts(bytes, what).map((part, i) => SequenceModel.deserialize(part, `${what} (part ${i + 1})`));
}

/** The heads of the models of a bundle (ModelHead.read), and the checksum each part's header records. */
export function unpackModelHeads(bytes: Uint8Array, what = 'model bundle'): { readonly head: ModelHead; readonly crc: number }[] {
  return bundleParts(bytes, what).map((part, i) => ModelHead.read(part, `${what} (part ${i + 1})`));
}

/** The parts of a bundle written by packModels. */
function bundleParts(bytes: Uint8Array, what: string): Uint8Array[] {
  if (bytes.length < 8) throw new ModelFormatError(`${what}: file too short (${bytes.length} bytes) to be a Discourse Lens model bundle`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== BUNDLE_MAGIC) throw new ModelFormatError(`${what}: not a Discourse Lens model bundle (bad magic)`);
  if (dv.getUint16(4, true) !== 1) throw new ModelFormatError(`${what}: unsupported bundle version ${dv.getUint16(4, true)}; retrain with npm run train`);
  const count = dv.getUint16(6, true);
  const head = 8 + 4 * count;
  if (bytes.length < head) throw new ModelFormatError(`${what}: truncated or corrupt file`);
  let off = head;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const len = dv.getUint32(8 + 4 * i, true);
    if (off + len > bytes.length) throw new ModelFormatError(`${what}: truncated or corrupt file`);
    parts.push(bytes.subarray(off, off + len));
    off += len;
  }
  if (off !== bytes.length) throw new ModelFormatError(`${what}: truncated or corrupt file (trailing bytes)`);
  return parts;
}
