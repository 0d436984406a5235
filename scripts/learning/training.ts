/**
 * Training: greedy averaged perceptron over hashed features. It lives beside the training scripts,
 * outside the shipped core, which only decodes (server/src/analysis/learning).
 */
import { FeatureBuffer, type FeatureExtractor, type FixedTag } from '../../server/src/analysis/learning/hashing';
import { SequenceModel, argmax } from '../../server/src/analysis/learning/model';

export interface TrainingExample<S> {
  readonly seq: S;
  readonly length: number;
  readonly gold: Int32Array;
}

export interface TrainOptions<S> {
  readonly tags: readonly string[];
  /** log2 of the number of feature buckets (default 20). */
  readonly bucketBits?: number;
  readonly epochs?: number;
  readonly seed?: number;
  readonly fixed?: FixedTag<S>;
  /** Drop quantised weights with |w| below this (int16 units, default 1: only exact zeros). */
  readonly pruneBelow?: number;
  /** Called after each epoch with the training accuracy over scored positions. */
  readonly onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Fisher-Yates shuffle of the example order for one epoch (the same draws from `rand` as every trainer). */
export function shuffleInPlace(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const x = order[i];
    order[i] = order[j];
    order[j] = x;
  }
}

/** Deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- training

/** Averaged perceptron weights during training (float, with lazy averaging). */
class TrainableWeights {
  readonly w: Float32Array;
  readonly total: Float64Array;
  readonly stamp: Int32Array;
  readonly trans: Float64Array;
  readonly transTotal: Float64Array;
  readonly transStamp: Int32Array;
  t = 0;
  constructor(readonly numTags: number, readonly bucketBits: number) {
    const n = (1 << bucketBits) * numTags;
    this.w = new Float32Array(n);
    this.total = new Float64Array(n);
    this.stamp = new Int32Array(n);
    const m = (numTags + 1) * numTags;
    this.trans = new Float64Array(m);
    this.transTotal = new Float64Array(m);
    this.transStamp = new Int32Array(m);
  }
  score(buf: FeatureBuffer, prev: number, out: Float64Array): void {
    const T = this.numTags;
    const mask = (1 << this.bucketBits) - 1;
    const w = this.w;
    for (let k = 0; k < T; k++) out[k] = this.trans[prev * T + k];
    for (let f = 0; f < buf.length; f++) {
      const base = (buf.ids[f] & mask) * T;
      for (let k = 0; k < T; k++) out[k] += w[base + k];
    }
  }
  private upd(idx: number, delta: number): void {
    this.total[idx] += (this.t - this.stamp[idx]) * this.w[idx];
    this.stamp[idx] = this.t;
    this.w[idx] += delta;
  }
  private updTrans(idx: number, delta: number): void {
    this.transTotal[idx] += (this.t - this.transStamp[idx]) * this.trans[idx];
    this.transStamp[idx] = this.t;
    this.trans[idx] += delta;
  }
  update(buf: FeatureBuffer, prev: number, truth: number, guess: number): void {
    const T = this.numTags;
    const mask = (1 << this.bucketBits) - 1;
    for (let f = 0; f < buf.length; f++) {
      const base = (buf.ids[f] & mask) * T;
      this.upd(base + truth, 1);
      this.upd(base + guess, -1);
    }
    this.updTrans(prev * T + truth, 1);
    this.updTrans(prev * T + guess, -1);
  }
  averaged(): { w: Float64Array; trans: Float64Array } {
    const t = Math.max(1, this.t);
    const w = new Float64Array(this.w.length);
    for (let i = 0; i < w.length; i++) {
      w[i] = (this.total[i] + (this.t - this.stamp[i]) * this.w[i]) / t;
    }
    const trans = new Float64Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) {
      trans[i] = (this.transTotal[i] + (this.t - this.transStamp[i]) * this.trans[i]) / t;
    }
    return { w, trans };
  }
}


/** Trains a greedy averaged perceptron sequence tagger. Deterministic for a given seed. */
export function trainSequenceTagger<S>(
  examples: readonly TrainingExample<S>[],
  extract: FeatureExtractor<S>,
  options: TrainOptions<S>,
): SequenceModel {
  const T = options.tags.length;
  if (T < 2 || T > 32) throw new RangeError('trainSequenceTagger: between 2 and 32 tags');
  const bits = options.bucketBits ?? 20;
  const epochs = options.epochs ?? 10;
  const rand = mulberry32(options.seed ?? 1);
  const fixed = options.fixed;
  const W = new TrainableWeights(T, bits);
  const buf = new FeatureBuffer();
  const scores = new Float64Array(T);
  const order = examples.map((_, i) => i);
  let maxLen = 1;
  for (const e of examples) maxLen = Math.max(maxLen, e.length);
  const history = new Int32Array(maxLen);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, rand);
    let correct = 0;
    let seen = 0;
    for (const idx of order) {
      const ex = examples[idx];
      for (let i = 0; i < ex.length; i++) {
        const forced = fixed ? fixed(ex.seq, i) : -1;
        if (forced >= 0) {
          history[i] = forced;
          continue;
        }
        const prev = i === 0 ? T : history[i - 1];
        buf.clear();
        extract(ex.seq, i, history, buf);
        W.score(buf, prev, scores);
        const guess = argmax(scores, T);
        const truth = ex.gold[i];
        W.t++;
        if (guess !== truth) W.update(buf, prev, truth, guess);
        else correct++;
        seen++;
        history[i] = guess;
      }
    }
    options.onEpoch?.(epoch + 1, seen ? correct / seen : 1);
  }
  const avg = W.averaged();
  return SequenceModel.quantise(options.tags, bits, avg.w, avg.trans, options.pruneBelow ?? 1);
}
