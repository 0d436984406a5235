/**
 * The rhetoric model: the span tagger's weights (shared `learning` format, CRC-checked) plus,
 * in its metadata, the mined span rates, the lexicon priors, the confidence calibration and
 * the sensitivity thresholds. Shipped as `server/models/rhetoric.bin`.
 */
import { modelBytes } from '../models';
import { ModelFormatError, SequenceModel } from '../learning';
import type { Sensitivity } from '../types';
import { FEATURE_VERSION, pairKey, RateSource } from './features';

export const MODEL_FILE = 'rhetoric.bin';

export interface TaggerParams {
  /** Minimum margin score(in) − score(out) for a token to join a span. */
  readonly tokenThreshold: number;
  /** Margin for a token next to a span to join it (hysteresis; default: tokenThreshold). */
  readonly extendThreshold?: number;
  /** Largest gap (tokens) bridged between two in-span runs of a sentence. */
  readonly maxGap: number;
  /** Trim function words from span edges. */
  readonly trim?: boolean;
  /** Words below this rate with no lexicon hit or rated neighbour are not scored (speed). */
  readonly gateRate: number;
}

export interface RhetoricModelMeta {
  readonly featureVersion: number;
  /** `lemma TAB rate(0..255) TAB category index` lines. */
  readonly rates: string;
  /** `lemma lemma TAB rate(0..255)` lines. */
  readonly pairs: string;
  /** Prior precision of lexicon entries, keyed `category:term`. */
  readonly priors: Record<string, number>;
  /** Prior precision per lexicon category (entries without their own prior). */
  readonly categoryPriors: Record<string, number>;
  readonly scareQuotePrior: number;
  /** Calibration of a tagger span's raw score: increasing [raw, precision] knots. */
  readonly calibration: [number, number][];
  /** The same for spans of two or more words (absent: one curve for all). */
  readonly calibrationMulti?: [number, number][];
  readonly thresholds: Record<Sensitivity, number>;
  readonly params: TaggerParams;
  readonly info?: Record<string, unknown>;
}

/** A read-only hash table from 32-bit pair keys to rates (NaN marks an empty slot). */
class PairTable {
  constructor(
    readonly keys: Uint32Array,
    readonly vals: Float64Array,
    readonly mask: number,
    readonly shift: number,
  ) {}
  /** Null when a key or a value does not fit (not a 32-bit key, a NaN rate): use the map then. */
  static of(m: ReadonlyMap<number, number>): PairTable | null {
    for (const [key, v] of m) if (v !== v || key !== key >>> 0) return null;
    let bits = 4;
    while (1 << bits < m.size * 2 + 1) bits++;
    const cap = 1 << bits;
    const keys = new Uint32Array(cap);
    const vals = new Float64Array(cap).fill(NaN);
    const mask = cap - 1;
    const shift = 32 - bits;
    for (const [key, v] of m) {
      const k = key >>> 0;
      let s = Math.imul(k, 0x9e3779b1) >>> shift;
      while (vals[s] === vals[s] && keys[s] !== k) s = (s + 1) & mask;
      keys[s] = k;
      vals[s] = v;
    }
    return new PairTable(keys, vals, mask, shift);
  }
}

/** Word and pair rates as loaded from a model. */
export class RateTable implements RateSource {
  constructor(
    readonly rates: Map<string, number>,
    readonly cats: Map<string, number>,
    readonly pairs: Map<number, number>,
  ) {}
  rate(key: string): number {
    const r = this.rates.get(key);
    return r === undefined ? -1 : r;
  }
  pairRate(a: string, b: string): number {
    return this.pairRateHash(pairKey(a, b));
  }
  pairRateHash(key: number): number {
    // Open addressing over the 32-bit keys (a Map of non-small-integer keys boxes each lookup).
    const t = (this.pairTable ??= PairTable.of(this.pairs));
    if (!t) {
      const r = this.pairs.get(key);
      return r === undefined ? -1 : r;
    }
    const keys = t.keys;
    const mask = t.mask;
    const k = key >>> 0;
    for (let s = Math.imul(k, 0x9e3779b1) >>> t.shift; ; s = (s + 1) & mask) {
      const v = t.vals[s];
      if (v !== v) return -1; // NaN: empty slot
      if (keys[s] === k) return v;
    }
  }
  private pairTable: PairTable | null | undefined;
  /** Index in TAGGER_CATEGORIES of the word's most frequent technique, or -1. */
  category(key: string): number {
    const c = this.cats.get(key);
    return c === undefined ? -1 : c;
  }

  static parse(rates: string, pairs: string): RateTable {
    const r = new Map<string, number>();
    const c = new Map<string, number>();
    const p = new Map<number, number>();
    for (const line of rates.split('\n')) {
      if (!line) continue;
      const [k, v, cat] = line.split('\t');
      r.set(k, Number(v) / 255);
      if (cat !== undefined && cat !== '' && Number(cat) >= 0) c.set(k, Number(cat));
    }
    for (const line of pairs.split('\n')) {
      if (!line) continue;
      const tab = line.lastIndexOf('\t');
      const pair = line.slice(0, tab);
      const sp = pair.indexOf(' ');
      p.set(pairKey(pair.slice(0, sp), pair.slice(sp + 1)), Number(line.slice(tab + 1)) / 255);
    }
    return new RateTable(r, c, p);
  }
}

export class RhetoricModel {
  readonly rates: RateTable;
  private readonly cal: [number[], number[]];
  private readonly calMulti: [number[], number[]];
  constructor(readonly tagger: SequenceModel, readonly meta: RhetoricModelMeta) {
    this.rates = RateTable.parse(meta.rates, meta.pairs);
    this.cal = [meta.calibration.map((k) => k[0]), meta.calibration.map((k) => k[1])];
    const multi = meta.calibrationMulti ?? meta.calibration;
    this.calMulti = [multi.map((k) => k[0]), multi.map((k) => k[1])];
  }

  /** Calibrated confidence (expected span precision) of a raw tagger score (the raw score when uncalibrated). */
  calibrate(raw: number, multiWord = false): number {
    const [x, y] = multiWord ? this.calMulti : this.cal;
    if (!x.length) return raw;
    if (raw <= x[0]) return y[0];
    for (let k = 1; k < x.length; k++) {
      if (raw <= x[k]) return y[k - 1] + ((y[k] - y[k - 1]) * (raw - x[k - 1])) / (x[k] - x[k - 1] || 1);
    }
    return y[y.length - 1];
  }

  /** Prior precision of a lexicon entry. */
  prior(category: string, term: string): number {
    return this.meta.priors[`${category}:${term}`] ?? this.meta.categoryPriors[category] ?? 0.3;
  }

  serialize(): Uint8Array {
    return this.tagger.serialize(this.meta);
  }

  static deserialize(bytes: Uint8Array, what = 'rhetoric model'): RhetoricModel {
    const seq = SequenceModel.deserialize(bytes, what);
    const meta = seq.meta as RhetoricModelMeta | undefined;
    if (!meta || typeof meta !== 'object' || typeof meta.rates !== 'string' || !meta.thresholds || !meta.params) {
      throw new ModelFormatError(`${what}: not a rhetoric model (metadata missing); rebuild it with npm run train:rhetoric`);
    }
    if (meta.featureVersion !== FEATURE_VERSION) {
      throw new ModelFormatError(`${what}: built for feature set ${meta.featureVersion}, this build expects ${FEATURE_VERSION}; rebuild it with npm run train:rhetoric`);
    }
    if (seq.numTags !== 2) throw new ModelFormatError(`${what}: expected 2 tags, found ${seq.numTags}`);
    return new RhetoricModel(seq, meta);
  }
}

let cached: RhetoricModel | undefined;

/** The model from the installed source (analysis/models.ts), loaded once. Throws a clear error when it is missing or corrupt. */
export function loadRhetoricModel(): RhetoricModel {
  if (cached) return cached;
  cached = RhetoricModel.deserialize(modelBytes(MODEL_FILE), `rhetoric model ${MODEL_FILE}`);
  return cached;
}

/** Replaces the cached model (tests, training, evaluation of a given file). */
export function setRhetoricModel(model: RhetoricModel | undefined): void {
  cached = model;
}
