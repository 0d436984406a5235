/**
 * A sentence classifier for the rhetoric tagger (issue 12, stacking): does a sentence hold any
 * propaganda span? A logistic model over the sentence's whole bag of lemmas and lemma pairs,
 * lexicon hits, quotes and final punctuation: evidence beyond the tagger's ±2-token window. Its
 * probability, in bins, becomes a feature of the tagger (features.ts, only for a rate source that
 * has one). It reads no mined rate, so training it needs no cross-fitting of the rates.
 */
import { FeatureBuffer, hashInt, ModelFormatError } from '../learning';

/** What the classifier reads of a document (a DocContext has all of it). */
export interface SentenceInput {
  readonly lh: Int32Array;
  /** Shape: 0 lower, 1 capitalised, 2 all caps, 3 number, 4 punctuation. */
  readonly shape: Int8Array;
  /** Lexicon category index + 1, 0 for none. */
  readonly lex: Int8Array;
  /** Inside a scare quote (1), or its mark (2). */
  readonly quote: Int8Array;
  readonly keys: readonly string[];
}

const S = { bias: 1, uni: 2, bi: 3, lex: 4, quote: 5, end: 6, len: 7, caps: 8 } as const;

/** The features of sentence [first, end) (duplicates kept: a word said twice counts twice). */
export function sentenceFeatures(d: SentenceInput, first: number, end: number, out: FeatureBuffer): void {
  out.push(hashInt(S.bias));
  let prev = 1;
  let words = 0;
  for (let i = first; i < end; i++) {
    const sh = d.shape[i];
    // Numbers and punctuation: no feature, and no pair across them.
    if (sh >= 3) { prev = 1; continue; }
    words++;
    out.pushCombined(S.uni, d.lh[i]);
    out.pushCombined3(S.bi, prev, d.lh[i]);
    prev = d.lh[i];
    if (d.lex[i] && (i === first || d.lex[i - 1] !== d.lex[i])) out.pushCombined(S.lex, d.lex[i]);
    if (d.quote[i] === 2) out.pushCombined(S.quote, 1);
    if (sh === 2) out.pushCombined(S.caps, 1);
  }
  const last = end > first ? d.keys[end - 1] : '';
  out.pushCombined(S.end, last === '!' ? 1 : last === '?' ? 2 : last === '.' ? 3 : 0);
  out.pushCombined(S.len, words < 8 ? 0 : words < 16 ? 1 : words < 30 ? 2 : 3);
}

/** Hashed logistic weights (`bits` bits of buckets): the probability that a sentence holds a span. */
export class SentenceScorer {
  private readonly mask: number;
  private readonly buf = new FeatureBuffer(256);
  constructor(readonly bits: number, readonly weights: Float32Array) {
    this.mask = (1 << bits) - 1;
  }

  /** `bits` on the first line, then `bucket TAB weight` lines of the non-zero weights. */
  static parse(text: string): SentenceScorer {
    const nl = text.indexOf('\n');
    const bits = Number(nl < 0 ? text : text.slice(0, nl));
    if (!(bits >= 8 && bits <= 24)) throw new ModelFormatError(`rhetoric model sentence classifier: bad bucket bits ${text.slice(0, 20)}`);
    const w = new Float32Array(1 << bits);
    for (let s = nl < 0 ? text.length : nl + 1; s < text.length; ) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = text.length;
      const tab = text.indexOf('\t', s);
      if (tab > s && tab < e) w[Number(text.slice(s, tab)) & ((1 << bits) - 1)] = Number(text.slice(tab + 1, e));
      s = e + 1;
    }
    return new SentenceScorer(bits, w);
  }

  /** The text `parse` reads (weights rounded to 4 decimals, zeros left out). */
  static format(bits: number, w: ArrayLike<number>): string {
    const lines = [String(bits)];
    for (let i = 0; i < w.length; i++) {
      const v = Math.round(w[i] * 1e4) / 1e4;
      if (v !== 0) lines.push(`${i}\t${v}`);
    }
    return lines.join('\n');
  }

  /** The probability that sentence [first, end) of `d` holds a span. */
  score(d: SentenceInput, first: number, end: number): number {
    const b = this.buf;
    b.clear();
    sentenceFeatures(d, first, end, b);
    return sigmoid(dot(this.weights, this.mask, b));
  }
}

/** The weights' sum over the features, divided by √(their count): a long sentence is not surer for its length alone. */
export function dot(w: Float32Array, mask: number, b: FeatureBuffer): number {
  let z = 0;
  for (let k = 0; k < b.length; k++) z += w[b.ids[k] & mask];
  return z / Math.sqrt(Math.max(1, b.length));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Bins of the sentence score the tagger's features read (SENTENCE_BINS of them). */
export const SENTENCE_BINS = 10;

export function sentenceBin(p: number): number {
  return Math.min(SENTENCE_BINS - 1, Math.floor(p * SENTENCE_BINS));
}

/** A bin of the sentence score for each token of a document (its sentence's), from the sentence bounds. */
export function sentenceBins(scorer: SentenceScorer, d: SentenceInput, sentences: readonly { readonly firstToken: number; readonly endToken: number }[], n: number): Int8Array {
  const out = new Int8Array(n);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const bin = sentenceBin(scorer.score(d, s.firstToken, s.endToken));
    for (let i = s.firstToken; i < s.endToken; i++) out[i] = bin;
  }
  return out;
}
