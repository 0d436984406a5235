/**
 * The rhetoric tagger's trainer (issue 12, sixth session): the greedy averaged perceptron of
 * scripts/learning/training.ts with three options that change what it learns, each chosen by
 * cross-validation (docs/rhetoric-evaluation.md):
 *  - `groups`: in-span tokens labelled by technique group (gold 1..groups) instead of one "in"
 *    label, one weight vector per group; collapsed to the shipped two-tag model (in = the groups'
 *    mean), so the product's scorer is unchanged;
 *  - `posWeight`: the size of an update whose gold tag is in a span (a missed span token);
 *  - `margin`: also update when the gold tag wins by less than this (not only on errors).
 * With the defaults (1 group, weight 1, margin 0) it is trainSequenceTagger step for step, so
 * the shipped model is byte for byte the same.
 * `norm` maps the margins affinely so that the shares of training tokens at or above the span
 * cuts' margins (-10, -40) are those of the default model trained on the same examples (trained
 * first for it): a model that scores on another scale (groups, weights) is then cut at the same
 * candidate volume; its ranking is unchanged.
 */
import { FeatureBuffer, type FeatureExtractor, type FixedTag } from '../../server/src/analysis/learning/hashing';
import { SequenceModel, argmax } from '../../server/src/analysis/learning/model';
import { mulberry32, shuffleInPlace, type TrainingExample } from '../learning/training';

export interface RhetoricTrainOptions<S> {
  readonly bucketBits: number;
  readonly epochs: number;
  readonly seed: number;
  readonly fixed: FixedTag<S>;
  readonly groups?: number;
  readonly posWeight?: number;
  readonly margin?: number;
  readonly norm?: boolean;
  readonly onEpoch?: (epoch: number, accuracy: number) => void;
  /** Called with the shares of scored training tokens at margin ≥ -10 and ≥ -40 (the span cuts). */
  readonly onVolume?: (at10: number, at40: number) => void;
}

/** The span cuts' margins whose candidate volume `norm` keeps. */
const CUTS: readonly [number, number] = [-10, -40];

export function trainRhetoricTagger<S>(examples: readonly TrainingExample<S>[], extract: FeatureExtractor<S>, o: RhetoricTrainOptions<S>): SequenceModel {
  const G = o.groups ?? 1;
  const T = G + 1;
  const bits = o.bucketBits;
  const mask = (1 << bits) - 1;
  const n = (1 << bits) * T;
  const w = new Float32Array(n);
  const total = new Float64Array(n);
  const stamp = new Int32Array(n);
  const m = (T + 1) * T;
  const trans = new Float64Array(m);
  const transTotal = new Float64Array(m);
  const transStamp = new Int32Array(m);
  let t = 0;
  const upd = (idx: number, delta: number) => {
    total[idx] += (t - stamp[idx]) * w[idx];
    stamp[idx] = t;
    w[idx] += delta;
  };
  const updTrans = (idx: number, delta: number) => {
    transTotal[idx] += (t - transStamp[idx]) * trans[idx];
    transStamp[idx] = t;
    trans[idx] += delta;
  };
  const posWeight = o.posWeight ?? 1;
  const margin = o.margin ?? 0;
  const rand = mulberry32(o.seed);
  const buf = new FeatureBuffer();
  const scores = new Float64Array(T);
  const order = examples.map((_, i) => i);
  let maxLen = 1;
  for (const e of examples) maxLen = Math.max(maxLen, e.length);
  const history = new Int32Array(maxLen);
  const score = (prev: number) => {
    for (let k = 0; k < T; k++) scores[k] = trans[prev * T + k];
    for (let f = 0; f < buf.length; f++) {
      const base = (buf.ids[f] & mask) * T;
      for (let k = 0; k < T; k++) scores[k] += w[base + k];
    }
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let correct = 0;
    let seen = 0;
    for (const idx of order) {
      const ex = examples[idx];
      for (let i = 0; i < ex.length; i++) {
        const forced = o.fixed(ex.seq, i);
        if (forced >= 0) { history[i] = forced; continue; }
        const prev = i === 0 ? T : history[i - 1];
        buf.clear();
        extract(ex.seq, i, history, buf);
        score(prev);
        const guess = argmax(scores, T);
        const truth = ex.gold[i];
        t++;
        let rival = guess;
        if (guess === truth) {
          correct++;
          rival = -1;
          if (margin > 0) {
            for (let k = 0; k < T; k++) if (k !== truth && (rival < 0 || scores[k] > scores[rival])) rival = k;
            if (scores[truth] - scores[rival] >= margin) rival = -1;
          }
        }
        if (rival >= 0) {
          const d = truth > 0 ? posWeight : 1;
          for (let f = 0; f < buf.length; f++) {
            const base = (buf.ids[f] & mask) * T;
            upd(base + truth, d);
            upd(base + rival, -d);
          }
          updTrans(prev * T + truth, d);
          updTrans(prev * T + rival, -d);
        }
        seen++;
        history[i] = guess;
      }
    }
    o.onEpoch?.(epoch + 1, seen ? correct / seen : 1);
  }
  const tt = Math.max(1, t);
  const avg = new Float64Array(n);
  for (let i = 0; i < n; i++) avg[i] = (total[i] + (t - stamp[i]) * w[i]) / tt;
  const avgTrans = new Float64Array(m);
  for (let i = 0; i < m; i++) avgTrans[i] = (transTotal[i] + (t - transStamp[i]) * trans[i]) / tt;
  const { w2, t2 } = G === 1 ? { w2: avg, t2: avgTrans } : collapse(avg, avgTrans, G, bits);
  if (o.onVolume) {
    const sorted = trainingMargins(examples, extract, o.fixed, w2, t2, bits);
    const share = (x: number) => (sorted.length - lowerBound(sorted, x)) / Math.max(1, sorted.length);
    o.onVolume(share(CUTS[0]), share(CUTS[1]));
  }
  if (o.norm) {
    let shares: [number, number] = [0, 0];
    trainRhetoricTagger(examples, extract, { bucketBits: bits, epochs: o.epochs, seed: o.seed, fixed: o.fixed, onVolume: (a, b) => (shares = [a, b]) });
    normalise(examples, extract, o.fixed, w2, t2, bits, shares);
  }
  return SequenceModel.quantise(['O', 'I'], bits, w2, t2, 1);
}

/** Two tags: out, and in as the groups' mean (a linear model, so its margin is the mean of the groups' margins). */
function collapse(avg: Float64Array, avgTrans: Float64Array, G: number, bits: number): { w2: Float64Array; t2: Float64Array } {
  const T = G + 1;
  const buckets = 1 << bits;
  const w2 = new Float64Array(buckets * 2);
  for (let b = 0; b < buckets; b++) {
    w2[2 * b] = avg[b * T];
    let s = 0;
    for (let k = 1; k < T; k++) s += avg[b * T + k];
    w2[2 * b + 1] = s / G;
  }
  // Rows by previous tag: out, in (the groups' rows averaged), START.
  const t2 = new Float64Array(6);
  const rowsOf = [[0], Array.from({ length: G }, (_, k) => k + 1), [T]];
  for (let p2 = 0; p2 < 3; p2++) {
    const rows = rowsOf[p2];
    let o0 = 0;
    let i1 = 0;
    for (const r of rows) {
      o0 += avgTrans[r * T];
      for (let k = 1; k < T; k++) i1 += avgTrans[r * T + k] / G;
    }
    t2[p2 * 2] = o0 / rows.length;
    t2[p2 * 2 + 1] = i1 / rows.length;
  }
  return { w2, t2 };
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The margin at which `share` of the sorted margins lie at or above. */
function marginAtShare(sorted: Float64Array, share: number): number {
  const k = Math.min(sorted.length - 1, Math.max(0, Math.round(sorted.length * (1 - share))));
  return sorted[k];
}

/** Training-token margins (scored from START, as the product does), sorted. */
export function trainingMargins<S>(examples: readonly TrainingExample<S>[], extract: FeatureExtractor<S>, fixed: FixedTag<S>, w2: ArrayLike<number>, t2: ArrayLike<number>, bits: number): Float64Array {
  const mask = (1 << bits) - 1;
  const buf = new FeatureBuffer();
  const out: number[] = [];
  const history = new Int32Array(1);
  for (const ex of examples) {
    for (let i = 0; i < ex.length; i++) {
      if (fixed(ex.seq, i) >= 0) continue;
      buf.clear();
      extract(ex.seq, i, history, buf);
      let mg = t2[5] - t2[4];
      for (let f = 0; f < buf.length; f++) {
        const base = (buf.ids[f] & mask) * 2;
        mg += w2[base + 1] - w2[base];
      }
      out.push(mg);
    }
  }
  return Float64Array.from(out).sort();
}

function normalise<S>(examples: readonly TrainingExample<S>[], extract: FeatureExtractor<S>, fixed: FixedTag<S>, w2: Float64Array, t2: Float64Array, bits: number, [shareA, shareB]: [number, number]): void {
  const sorted = trainingMargins(examples, extract, fixed, w2, t2, bits);
  const [ma, mb] = CUTS;
  const a = marginAtShare(sorted, shareA);
  const b = marginAtShare(sorted, shareB);
  const s = (ma - mb) / Math.max(1e-9, a - b);
  const shift = ma - s * a;
  for (let i = 0; i < w2.length; i++) w2[i] *= s;
  for (let i = 0; i < t2.length; i++) t2[i] *= s;
  // The shift on the in tag of every previous tag (the product scores from START).
  for (let p = 0; p < 3; p++) t2[p * 2 + 1] += shift;
}
