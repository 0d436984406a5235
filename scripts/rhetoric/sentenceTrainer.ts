/**
 * Trains the sentence classifier of sentenceScore.ts (issue 12, stacking): logistic regression by
 * AdaGrad over hashed features, label 1 for a sentence with a token inside a gold span.
 * Deterministic (a seeded shuffle); the weights are rounded as the model file stores them.
 */
import { FeatureBuffer } from '../../server/src/analysis/learning';
import { dot, sentenceFeatures, SentenceInput, SentenceScorer, sigmoid } from '../../server/src/analysis/rhetoric/sentenceScore';
import { mulberry32, shuffleInPlace } from '../learning/training';
import { segment } from '../../server/src/analysis/text/structure';
import { buildContext, RateSource } from '../../server/src/analysis/rhetoric/features';
import type { PtcArticle } from './ptc';

export interface SentenceDoc {
  readonly d: SentenceInput;
  readonly sentences: readonly { readonly firstToken: number; readonly endToken: number }[];
  /** 1 for a token inside a gold span. */
  readonly gold: Int32Array;
}

export interface SentenceTrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly seed: number;
}

export const SENTENCE_DEFAULTS: SentenceTrainOptions = { bits: 18, epochs: 3, rate: 0.2, l2: 1e-6, seed: 20211 };

/** 1 for a sentence with a token inside a gold span, else 0. */
export function sentenceLabel(doc: SentenceDoc, s: { readonly firstToken: number; readonly endToken: number }): number {
  for (let i = s.firstToken; i < s.endToken; i++) if (doc.gold[i]) return 1;
  return 0;
}

/** The scorer's text (SentenceScorer.format), trained on `docs`. */
export function trainSentenceScorer(docs: readonly SentenceDoc[], o: SentenceTrainOptions = SENTENCE_DEFAULTS): string {
  const rows: { ids: Int32Array; y: number }[] = [];
  const buf = new FeatureBuffer(256);
  for (const doc of docs) {
    for (const s of doc.sentences) {
      buf.clear();
      sentenceFeatures(doc.d, s.firstToken, s.endToken, buf);
      rows.push({ ids: buf.ids.slice(0, buf.length), y: sentenceLabel(doc, s) });
    }
  }
  const mask = (1 << o.bits) - 1;
  const w = new Float32Array(1 << o.bits);
  const g2 = new Float32Array(1 << o.bits).fill(1e-8);
  const order = rows.map((_, i) => i);
  const rand = mulberry32(o.seed);
  const one = new FeatureBuffer(256);
  for (let e = 0; e < o.epochs; e++) {
    shuffleInPlace(order, rand);
    for (const k of order) {
      const r = rows[k];
      one.clear();
      for (const id of r.ids) one.push(id);
      const p = sigmoid(dot(w, mask, one));
      const g = (p - r.y) / Math.sqrt(Math.max(1, r.ids.length));
      for (const id of r.ids) {
        const b = id & mask;
        const gi = g + o.l2 * w[b];
        g2[b] += gi * gi;
        w[b] -= (o.rate * gi) / Math.sqrt(g2[b]);
      }
    }
  }
  return SentenceScorer.format(o.bits, w);
}

/** The classifier reads no rate: any rate source builds its input. */
const PLAIN: RateSource = { rate: () => -1, pairRate: () => -1, pairRateHash: () => -1 };

/** An article's sentences with its gold tokens (a token is in when its middle character is inside a span). */
export function sentenceDocOf(a: PtcArticle): SentenceDoc {
  const seg = segment(a.text);
  const inside = new Uint8Array(a.text.length + 1);
  for (const s of a.spans) inside.fill(1, s.start, s.end);
  const gold = new Int32Array(seg.tokens.length);
  for (let i = 0; i < gold.length; i++) gold[i] = inside[(seg.tokens.starts[i] + seg.tokens.ends[i]) >> 1];
  return { d: buildContext(seg, PLAIN), sentences: seg.sentences, gold };
}

/** An input with its sentences, from a text alone (no gold). */
export function sentenceInputOf(text: string): Omit<SentenceDoc, 'gold'> {
  const seg = segment(text);
  return { d: buildContext(seg, PLAIN), sentences: seg.sentences };
}
