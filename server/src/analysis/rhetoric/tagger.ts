/**
 * The learned span tagger: token in/out scores from the shared averaged perceptron, runs of
 * in-tokens as spans, a technique per span by vote, and a calibrated confidence.
 */
import { FeatureBuffer } from '../learning';
import { DocContext, extractFeatures } from './features';
import { LEXICON_CATEGORY_IDS } from './lexicon';
import { TAGGER_CATEGORIES } from './categories';
import type { RhetoricModel, TaggerParams } from './model';
import type { RateTable } from './model';

export interface TaggerSpan {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  /** Uncalibrated score (max token P(in)). */
  readonly raw: number;
  readonly category: string;
}

/** Whether a token is scored at all: punctuation never is, rare plain words only near rated ones. */
export function isGated(d: DocContext, i: number, gateRate: number): boolean {
  const s = d.shape[i];
  if (s === 4) return true;
  if (gateRate <= 0) return false;
  if (d.rate[i] >= gateRate || d.lex[i] || d.quote[i]) return false;
  // The window maximum (excluding the token) is precomputed as a bin: any rated neighbour keeps it.
  return d.wbin[i] < 4 || d.wbin[i] === 12;
}

const buf = new FeatureBuffer(64);
const scores = new Float64Array(2);

/** P(in) per token (0 for gated tokens). */
export function tokenProbabilities(model: RhetoricModel, d: DocContext, params: TaggerParams = model.meta.params): Float32Array {
  const p = new Float32Array(d.n);
  const hist = new Int32Array(0);
  const tagger = model.tagger;
  for (let i = 0; i < d.n; i++) {
    if (isGated(d, i, params.gateRate)) continue;
    buf.clear();
    extractFeatures(d, i, hist, buf);
    tagger.scores(buf, 2 /* START: no previous-tag evidence */, scores);
    p[i] = 1 / (1 + Math.exp(scores[0] - scores[1]));
  }
  return p;
}

/** Runs of tokens with P(in) ≥ threshold inside one sentence, bridging short gaps. */
export function spansFromProbabilities(model: RhetoricModel, d: DocContext, p: Float32Array, params: TaggerParams = model.meta.params): TaggerSpan[] {
  const out: TaggerSpan[] = [];
  const toks = d.seg.tokens;
  const thr = params.tokenThreshold;
  for (let i = 0; i < d.n; ) {
    if (p[i] < thr) { i++; continue; }
    const sEnd = d.sEnd[i];
    let last = i;
    let j = i + 1;
    while (j < sEnd) {
      if (p[j] >= thr) { last = j; j++; continue; }
      let k = j;
      while (k < sEnd && p[k] < thr && k - j < params.maxGap) k++;
      if (k < sEnd && p[k] >= thr && k - j <= params.maxGap) { last = k; j = k + 1; continue; }
      break;
    }
    let a = i;
    let b = last + 1;
    while (a < b && d.shape[a] === 4) a++;
    while (b > a && d.shape[b - 1] === 4) b--;
    if (b > a) {
      let raw = 0;
      for (let k = a; k < b; k++) if (p[k] > raw) raw = p[k];
      out.push({ start: toks[a].start, end: toks[b - 1].end, firstToken: a, endToken: b, raw, category: spanCategory(model.rates, d, a, b) });
    }
    i = last + 1;
  }
  return out;
}

const votes = new Float64Array(TAGGER_CATEGORIES.length);

/** The span's technique: lexicon hits vote strongly, other words by their mined technique and rate. */
export function spanCategory(rates: RateTable, d: DocContext, a: number, b: number): string {
  votes.fill(0);
  for (let k = a; k < b; k++) {
    const lx = d.lex[k];
    if (lx) {
      const ci = TAGGER_CATEGORIES.indexOf(LEXICON_CATEGORY_IDS[lx - 1]);
      if (ci >= 0) votes[ci] += 2;
    }
    const c = rates.category(d.keys[k]);
    if (c >= 0) votes[c] += Math.max(0, d.rate[k]);
  }
  let best = 0;
  for (let c = 1; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
  return TAGGER_CATEGORIES[best];
}
