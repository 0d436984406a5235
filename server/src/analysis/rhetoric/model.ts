/**
 * The rhetoric model: the span tagger's weights (shared `learning` format, CRC-checked) plus,
 * in its metadata, the mined span rates, the lexicon priors, the confidence calibration and
 * the sensitivity thresholds. Shipped as `server/models/rhetoric.bin`.
 */
import { modelBytes, optionalModelBytes } from '../models';
import { ModelFormatError, ModelHead, SequenceModel } from '../learning';
import { LITTLE_ENDIAN, float64sAt, int16sAt, int32sAt } from '../common/fileViews';
import type { Sensitivity } from '../types';
import { tableCapacity } from '../common/hashTable';
import { FEATURE_VERSION, pairKey, RateSource } from './features';
import { FNV_OFFSET, fnvRange } from '../common/fnv';
import { hashCombine } from '../learning/hashing';
import { WordClusters } from '../entities/wordClusters';
import { SentenceScorer } from './sentenceScore';

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
  /** Whether a bridged gap may hold punctuation (a comma, a dash); absent: it may. */
  readonly bridgePunct?: boolean;
  /** Words below this rate with no lexicon hit or rated neighbour are not scored (speed). */
  readonly gateRate: number;
  /** Whether span ends are repaired to phrase boundaries (phrase.ts); absent: they are. */
  readonly phrases?: boolean;
}

export interface RhetoricModelMeta {
  readonly featureVersion: number;
  /** `lemma TAB rate(0..255) TAB category index` lines. */
  readonly rates: string;
  /** `lemma lemma TAB rate(0..255)` lines. */
  readonly pairs: string;
  /** Word clusters the tagger's features read, in the format of `WordClusters.parse`; absent: none. */
  readonly clusters?: string;
  /** The sentence classifier whose score the tagger's features read (SentenceScorer.parse); absent: none. */
  readonly sentences?: string;
  /** Prior precision of lexicon entries, keyed `category:term`. */
  readonly priors: Record<string, number>;
  /** Prior precision per lexicon category (entries without their own prior). */
  readonly categoryPriors: Record<string, number>;
  readonly scareQuotePrior: number;
  /** Calibration of a tagger span's raw score: increasing [raw, precision] knots. */
  readonly calibration: [number, number][];
  /** The same for spans of two or more words (absent: one curve for all). */
  readonly calibrationMulti?: [number, number][];
  /**
   * Curves of the categories with enough held-out spans of their own (one-word, longer): a
   * category the tagger assigns less reliably (exaggeration, doubt) needs a higher score for
   * the same confidence. Absent for a category: the curves above.
   */
  readonly calibrationByCategory?: Record<string, { one: [number, number][]; multi: [number, number][] }>;
  /**
   * Curves for lexicon hits (by category) and scare quotes (`scare-quote`): their prior mixed
   * with the tagger's opinion is a score, not yet a precision. Absent for a kind: the score.
   */
  readonly hitCalibration?: Record<string, [number, number][]>;
  readonly thresholds: Record<Sensitivity, number>;
  readonly params: TaggerParams;
  /**
   * A level that cuts spans its own way (exploratory: more and longer spans, which at the
   * stricter levels would cost precision), with the calibration fitted for that cut.
   */
  readonly levels?: Partial<Record<Sensitivity, LevelMeta>>;
  readonly info?: Record<string, unknown>;
}

/** What a level of its own overrides in the model's metadata. */
export type LevelMeta = Pick<RhetoricModelMeta, 'params' | 'calibration' | 'calibrationMulti' | 'calibrationByCategory' | 'hitCalibration'>;

/**
 * Pair rates by 32-bit key, open addressing on one Float64Array: a slot holds the key and its rate
 * side by side, so a lookup (one per token scored) reads one cache line, where a HashTable of
 * indices into the rates read four arrays. Filled straight from the model's lines.
 */
class PairRates {
  private slots: Float64Array;
  private mask: number;
  private size = 0;
  constructor(expected: number) {
    const cap = tableCapacity(expected);
    this.slots = new Float64Array(2 * cap).fill(EMPTY_KEY);
    this.mask = cap - 1;
  }
  /** The slots and the number of keys (read them, never write them): what `fromSlots` takes back. */
  get table(): { readonly slots: Float64Array; readonly size: number } {
    return { slots: this.slots, size: this.size };
  }
  /** A table over slots as `table` gave them (kept, not copied). */
  static fromSlots(slots: Float64Array, size: number): PairRates {
    const cap = slots.length / 2;
    if (cap < 16 || (cap & (cap - 1)) !== 0 || size * 2 > cap) throw new RangeError('pair rates: bad sizes');
    // A lookup probes up to an empty slot: a damaged file without as many as it says would never end one.
    let empty = 0;
    for (let at = 0; at < slots.length; at += 2) if (slots[at] === EMPTY_KEY) empty++;
    if (empty !== cap - size) throw new RangeError('pair rates: bad slots');
    const p = new PairRates(0);
    p.slots = slots;
    p.mask = cap - 1;
    p.size = size;
    return p;
  }
  /** Sets a key's rate (a later line for the same key wins, as in a Map). */
  set(key: number, rate: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const at = this.slotOf(key | 0);
    if (this.slots[at] === EMPTY_KEY) {
      this.slots[at] = key | 0;
      this.size++;
    }
    this.slots[at + 1] = rate;
  }
  rate(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = Math.imul(k, 0x9e3779b1) >>> 0 & mask; ; i = (i + 1) & mask) {
      const s = slots[2 * i];
      if (s === k) return slots[2 * i + 1];
      if (s === EMPTY_KEY) return -1;
    }
  }
  /** Index in `slots` of the key's slot, or of the empty slot where it goes. */
  private slotOf(k: number): number {
    const slots = this.slots;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    while (slots[2 * i] !== k && slots[2 * i] !== EMPTY_KEY) i = (i + 1) & this.mask;
    return 2 * i;
  }
  private grow(): void {
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    this.slots = new Float64Array(2 * cap).fill(EMPTY_KEY);
    this.mask = cap - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === EMPTY_KEY) continue;
      const to = this.slotOf(old[at]);
      this.slots[to] = old[at];
      this.slots[to + 1] = old[at + 1];
    }
  }
}

/** An empty slot's key in PairRates: no int32. */
const EMPTY_KEY = 2 ** 40;

/** Number of lines of a text (an upper bound of its entries). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Word and pair rates as loaded from a model. Every isolate that analyses parses them once at
 * start, mostly before the JIT has compiled the parser: the lines are read in place (no array of
 * lines, no array of fields per line) and a pair's key is hashed from the line itself.
 */
export class RateTable implements RateSource {
  private constructor(
    private readonly rates: Map<string, number>,
    private readonly cats: Map<string, number>,
    /** The pair rates' table (for a tables file: rhetoricTables). */
    readonly pairs: PairRates,
    readonly clusters?: WordClusters,
    readonly sentences?: SentenceScorer,
  ) {}
  rate(key: string): number {
    const r = this.rates.get(key);
    return r === undefined ? -1 : r;
  }
  pairRate(a: string, b: string): number {
    return this.pairRateHash(pairKey(a, b));
  }
  pairRateHash(key: number): number {
    return this.pairs.rate(key);
  }
  /** Index in TAGGER_CATEGORIES of the word's most frequent technique, or -1. */
  category(key: string): number {
    const c = this.cats.get(key);
    return c === undefined ? -1 : c;
  }

  /**
   * `rates`: `lemma TAB rate(0..255) TAB category` lines; `pairs`: `lemma lemma TAB rate(0..255)` lines;
   * `clusters`: a word-cluster table (WordClusters.parse), if the model has one; `sentences`: a
   * sentence classifier (SentenceScorer.parse), if it has one. `pairTable`: the table of `pairs`
   * built already (a tables file's), which is then not parsed.
   */
  static parse(rates: string, pairs: string, clusters?: string, sentences?: string, pairTable?: PairRates): RateTable {
    const r = new Map<string, number>();
    const c = new Map<string, number>();
    for (let s = 0; s < rates.length; ) {
      let e = rates.indexOf('\n', s);
      if (e < 0) e = rates.length;
      if (e > s) {
        // Fields as line.split('\t') gives them: the key, the rate, the category (or none).
        let t1 = rates.indexOf('\t', s);
        if (t1 < 0 || t1 > e) t1 = e;
        let t2 = t1 < e ? rates.indexOf('\t', t1 + 1) : e;
        if (t2 < 0 || t2 > e) t2 = e;
        const k = rates.slice(s, t1);
        r.set(k, t1 < e ? Number(rates.slice(t1 + 1, t2)) / 255 : NaN);
        if (t2 < e) {
          let t3 = rates.indexOf('\t', t2 + 1);
          if (t3 < 0 || t3 > e) t3 = e;
          const cat = rates.slice(t2 + 1, t3);
          if (cat !== '' && Number(cat) >= 0) c.set(k, Number(cat));
        }
      }
      s = e + 1;
    }
    const p = pairTable ?? new PairRates(lineCount(pairs));
    // With the table built already, the pairs' lines are not read.
    for (let s = pairTable ? pairs.length : 0; s < pairs.length; ) {
      let e = pairs.indexOf('\n', s);
      if (e < 0) e = pairs.length;
      if (e > s) {
        // pairKey(first word, the rest) of the text before the line's last tab.
        const tab = pairs.lastIndexOf('\t', e - 1);
        const end = tab < s ? e - 1 : tab;
        let sp = pairs.indexOf(' ', s);
        if (sp < 0 || sp >= end) sp = -1;
        const a = sp < 0 ? fnvRange(pairs, s, end - 1, FNV_OFFSET) : fnvRange(pairs, s, sp, FNV_OFFSET);
        const b = fnvRange(pairs, sp < 0 ? s : sp + 1, end, FNV_OFFSET);
        p.set(hashCombine(a, b), Number(pairs.slice(tab < s ? s : tab + 1, e)) / 255);
      }
      s = e + 1;
    }
    return new RateTable(r, c, p, clusters === undefined ? undefined : WordClusters.parse(clusters, 'rhetoric model word clusters'),
      sentences === undefined ? undefined : SentenceScorer.parse(sentences));
  }
}

export class RhetoricModel {
  readonly rates: RateTable;
  private readonly cal: [number[], number[]];
  private readonly calMulti: [number[], number[]];
  private readonly calByCategory = new Map<string, [[number[], number[]], [number[], number[]]]>();
  private readonly hitCurves = new Map<string, [number[], number[]]>();
  private readonly levelModels = new Map<Sensitivity, RhetoricModel>();
  private readonly entryPriors = new Map<object, number>();
  constructor(readonly tagger: SequenceModel, readonly meta: RhetoricModelMeta, rates?: RateTable, pairTable?: PairRates) {
    this.rates = rates ?? RateTable.parse(meta.rates, meta.pairs, meta.clusters, meta.sentences, pairTable);
    const curve = (knots: [number, number][]): [number[], number[]] => [knots.map((k) => k[0]), knots.map((k) => k[1])];
    this.cal = curve(meta.calibration);
    this.calMulti = curve(meta.calibrationMulti ?? meta.calibration);
    for (const [c, v] of Object.entries(meta.calibrationByCategory ?? {})) this.calByCategory.set(c, [curve(v.one), curve(v.multi)]);
    for (const [c, v] of Object.entries(meta.hitCalibration ?? {})) this.hitCurves.set(c, curve(v));
  }

  /**
   * Calibrated confidence (expected span precision) of a raw tagger score (the raw score when
   * uncalibrated), with the curve of the span's category when it has one.
   */
  calibrate(raw: number, multiWord = false, category?: string): number {
    const own = category === undefined ? undefined : this.calByCategory.get(category);
    const [x, y] = own ? own[multiWord ? 1 : 0] : multiWord ? this.calMulti : this.cal;
    return x.length ? interpolateXY(x, y, raw) : raw;
  }

  /** The model as a level sees it: this one, or one with the level's own span cut and calibration. */
  forLevel(level: Sensitivity): RhetoricModel {
    const own = this.meta.levels?.[level];
    if (!own) return this;
    let m = this.levelModels.get(level);
    if (!m) this.levelModels.set(level, (m = new RhetoricModel(this.tagger, { ...this.meta, ...own, levels: undefined }, this.rates)));
    return m;
  }

  /** Calibrated confidence of a lexicon hit of a category (or of a scare quote, `scare-quote`) from its mixed score. */
  calibrateHit(score: number, category: string): number {
    const own = this.hitCurves.get(category);
    return own && own[0].length ? interpolateXY(own[0], own[1], score) : score;
  }

  /** Prior precision of a lexicon entry. */
  prior(category: string, term: string): number {
    return this.meta.priors[`${category}:${term}`] ?? this.meta.categoryPriors[category] ?? 0.3;
  }

  /** `prior` of an entry, looked up once per entry (a hit's prior built a key string and looked it up per hit). */
  entryPrior(entry: { readonly category: string; readonly term: string }): number {
    let p = this.entryPriors.get(entry);
    if (p === undefined) this.entryPriors.set(entry, (p = this.prior(entry.category, entry.term)));
    return p;
  }

  serialize(): Uint8Array {
    return this.tagger.serialize(this.meta);
  }

  /**
   * The model of a rhetoric.bin (its bytes) and, with `tables`, the tables built from it
   * (rhetoricTables: the tagger's rows as it holds them and the pair rates' table), which are then
   * read as they are; tables of another rhetoric.bin are not used.
   */
  static deserialize(bytes: Uint8Array, what = 'rhetoric model', tables?: Uint8Array): RhetoricModel {
    const built = tables && readRhetoricTables(tables, ModelHead.read(bytes, what));
    const seq = built?.tagger ?? SequenceModel.deserialize(bytes, what);
    const meta = seq.meta as RhetoricModelMeta | undefined;
    if (!meta || typeof meta !== 'object' || typeof meta.rates !== 'string' || !meta.thresholds || !meta.params) {
      throw new ModelFormatError(`${what}: not a rhetoric model (metadata missing); rebuild it with npm run train:rhetoric`);
    }
    if (meta.featureVersion !== FEATURE_VERSION) {
      throw new ModelFormatError(`${what}: built for feature set ${meta.featureVersion}, this build expects ${FEATURE_VERSION}; rebuild it with npm run train:rhetoric`);
    }
    if (seq.numTags !== 2) throw new ModelFormatError(`${what}: expected 2 tags, found ${seq.numTags}`);
    return new RhetoricModel(seq, meta, undefined, built?.pairs);
  }
}

/** The file beside rhetoric.bin that rhetoricTables writes. */
export const MODEL_TABLES_FILE = `${MODEL_FILE}.tables`;
const TABLES_MAGIC = 0x5452_4c44; // "DLRT" little endian
const TABLES_VERSION = 1;
const TABLES_HEADER = 32;

/**
 * The tables of a rhetoric.bin (its bytes), as the model holds them once loaded, for a load that
 * neither decodes, indexes nor checksums the tagger's rows nor hashes the pairs' lines: a 32-byte
 * header ("DLRT", u16 version, u16 tags, u32 bucket bits, u32 rows, the checksum rhetoric.bin's
 * header records, which ties the tables to it, u32 pair slots, u32 pairs, u32 0), the tagger's rank
 * index (int32) and rows (int16, padded to 8 bytes), the pair rates' slots (float64), all little-endian.
 */
export function rhetoricTables(bytes: Uint8Array, what = MODEL_FILE): Uint8Array {
  const model = RhetoricModel.deserialize(bytes, what);
  const { crc } = ModelHead.read(bytes, what);
  const index = model.tagger.rankIndex;
  const rows = model.tagger.weightRows;
  const { slots, size } = model.rates.pairs.table;
  const rowsEnd = align8(TABLES_HEADER + 4 * index.length + 2 * rows.length);
  const out = new Uint8Array(rowsEnd + 8 * slots.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, TABLES_MAGIC, true);
  dv.setUint16(4, TABLES_VERSION, true);
  dv.setUint16(6, model.tagger.numTags, true);
  dv.setUint32(8, model.tagger.bucketBits, true);
  dv.setUint32(12, rows.length / model.tagger.numTags, true);
  dv.setUint32(16, crc, true);
  dv.setUint32(20, slots.length / 2, true);
  dv.setUint32(24, size, true);
  let at = TABLES_HEADER;
  for (let i = 0; i < index.length; i++, at += 4) dv.setInt32(at, index[i], true);
  for (let i = 0; i < rows.length; i++, at += 2) dv.setInt16(at, rows[i], true);
  at = rowsEnd;
  for (let i = 0; i < slots.length; i++, at += 8) dv.setFloat64(at, slots[i], true);
  return out;
}

/** The tagger and pair rates of a tables file, if it is the one of the model whose head and checksum are given. */
function readRhetoricTables(bytes: Uint8Array, model: { readonly head: ModelHead; readonly crc: number }): { tagger: SequenceModel; pairs: PairRates } | undefined {
  if (!LITTLE_ENDIAN || bytes.length < TABLES_HEADER) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { head, crc } = model;
  const T = head.numTags;
  if (dv.getUint32(0, true) !== TABLES_MAGIC || dv.getUint16(4, true) !== TABLES_VERSION || dv.getUint16(6, true) !== T || dv.getUint32(8, true) !== head.bucketBits || dv.getUint32(16, true) !== crc) return undefined;
  const rows = dv.getUint32(12, true);
  const cap = dv.getUint32(20, true);
  const words = 2 * Math.max(1, Math.ceil(2 ** head.bucketBits / 32));
  const rowsEnd = align8(TABLES_HEADER + 4 * words + 2 * rows * T);
  if (bytes.length !== rowsEnd + 16 * cap) return undefined;
  try {
    const weights = { index: int32sAt(bytes, TABLES_HEADER, words), rows: int16sAt(bytes, TABLES_HEADER + 4 * words, rows * T) };
    return {
      tagger: new SequenceModel(head.tags, head.bucketBits, weights, head.trans, head.scale, head.meta),
      pairs: PairRates.fromSlots(float64sAt(bytes, rowsEnd, 2 * cap), dv.getUint32(24, true)),
    };
  } catch {
    return undefined;
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Piecewise-linear interpolation through increasing knots, flat beyond the ends. */
function interpolateXY(x: readonly number[], y: readonly number[], v: number): number {
  if (v <= x[0]) return y[0];
  for (let k = 1; k < x.length; k++) {
    if (v <= x[k]) return y[k - 1] + ((y[k] - y[k - 1]) * (v - x[k - 1])) / (x[k] - x[k - 1] || 1);
  }
  return y[y.length - 1];
}


let cached: RhetoricModel | undefined;

/** The model from the installed source (analysis/models.ts), loaded once. Throws a clear error when it is missing or corrupt. */
export function loadRhetoricModel(): RhetoricModel {
  if (cached) return cached;
  cached = RhetoricModel.deserialize(modelBytes(MODEL_FILE), `rhetoric model ${MODEL_FILE}`, optionalModelBytes(MODEL_TABLES_FILE));
  return cached;
}

/** Replaces the cached model (tests, training, evaluation of a given file). */
export function setRhetoricModel(model: RhetoricModel | undefined): void {
  cached = model;
}
