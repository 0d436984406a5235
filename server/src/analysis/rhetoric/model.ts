/**
 * The rhetoric model: the span tagger's weights (shared `learning` format, CRC-checked) plus,
 * in its metadata, the mined span rates, the lexicon priors, the confidence calibration and
 * the sensitivity thresholds. Shipped as `server/models/rhetoric.bin`.
 */
import { modelBytes } from '../models';
import { ModelFormatError, SequenceModel } from '../learning';
import type { Sensitivity } from '../types';
import { HashTable } from '../common/hashTable';
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

/** Pair rates by 32-bit key: a HashTable of indices into the rates (a Map boxes each non-small-integer key). */
class PairRates {
  private constructor(
    private readonly index: HashTable,
    private readonly rates: Float64Array,
  ) {}
  /** Null when a key or a rate does not fit (not a 32-bit key, a NaN rate): use the map then. */
  static of(m: ReadonlyMap<number, number>): PairRates | null {
    for (const [key, v] of m) if (v !== v || key !== key >>> 0) return null;
    const index = new HashTable(m.size);
    const rates = new Float64Array(m.size);
    let i = 0;
    for (const [key, v] of m) {
      index.set(key, i);
      rates[i++] = v;
    }
    return new PairRates(index, rates);
  }
  rate(key: number): number {
    const i = this.index.get(key);
    return i === undefined ? -1 : this.rates[i];
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
    const t = (this.pairTable ??= PairRates.of(this.pairs));
    if (t) return t.rate(key);
    const r = this.pairs.get(key);
    return r === undefined ? -1 : r;
  }
  private pairTable: PairRates | null | undefined;
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
