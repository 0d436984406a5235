/**
 * The learned span tagger: token in/out scores from the shared averaged perceptron, runs of
 * in-tokens as spans, a technique per span by vote, and a calibrated confidence.
 */
import { FeatureBuffer, SequenceModel } from '../learning';
import {
  CONTEXT_FEATURES, CONTEXT_MAX, CONTEXT_TEMPLATES, DocContext, ROLES, RateSource, SENTENCE_CONTEXT, TOKEN_CONTEXT, roleFeatures, roleTokens, sentenceContextValues, sentenceTokenFeatures,
  tokenContextValues,
} from './features';
import { TypeTable } from '../text/vocabulary';
import { LEXICON_CATEGORY_IDS } from './lexicon';
import { TAGGER_CATEGORIES } from './categories';
import type { RhetoricModel, TaggerParams } from './model';
import type { RateTable } from './model';

export interface TaggerSpan {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  /** Uncalibrated score (max token margin). */
  readonly raw: number;
  readonly category: string;
  /** Number of word (non-punctuation) tokens. */
  readonly words: number;
}

/** Whether a token is skipped (never in a span): punctuation, and plain words of low span rate
 * with no lexicon hit, scare quote or high-rate word within ±3 tokens. */
export function isGated(d: DocContext, i: number, gateRate: number): boolean {
  const s = d.shape[i];
  if (s === 4) return true;
  if (gateRate <= 0) return false;
  if (d.rate[i] >= gateRate || d.lex[i] || d.quote[i]) return false;
  const w = d.wmax[i];
  return w < gateRate + 0.1;
}

const buf = new FeatureBuffer(64);
/** Previous tag assumed when scoring (2 = START): tokens are scored independently, without tag history. */
const SCORE_PREV = 2;
const scores = new Float64Array(2);
const acc = new Int32Array(2);
const around = new Int32Array(ROLES);

/**
 * Per word type, the weight sums of its features in each role (see `roleFeatures`): a record of
 * 1 + ROLES × 2 ints, a non-zero first int once computed. Int16 weights summed in Int32 are exact,
 * so a token's score is the same as from all its features at once (`extractFeatures`).
 */
const ROLE_STRIDE = 1 + ROLES * 2;
const roleSums = new TypeTable(ROLE_STRIDE);
/** The sums of each role with no token in it (beyond the sentence), for `weightsOf`. */
const noTokenSums = new Int32Array(ROLE_STRIDE);
/** One key per (weights, rates) pair: the role sums depend on both. */
let roleKey: { tagger: SequenceModel; rates: RateSource } | undefined;
/**
 * The weights that noTokenSums and contextSums were summed from (they depend on no rate), and
 * whether the rate source had word clusters (a role with no token has a cluster feature then).
 */
let weightsOf: SequenceModel | undefined;
let clusteredOf = false;

/**
 * The weights of each small-valued context feature (CONTEXT_MAX), by template and value: entry e of
 * template k is contextEntry[k] + value, its two tags' weights at 2e, all read with the weights
 * (~17,000 rows, a few ms). A table this small stays in cache, where a feature's row in the model's
 * table is a miss per feature.
 */
const contextEntry = new Int32Array(CONTEXT_FEATURES);
let contextEntries = 0;
for (let k = 0; k < CONTEXT_FEATURES; k++) {
  contextEntry[k] = contextEntries;
  if (CONTEXT_MAX[k] >= 0) contextEntries += CONTEXT_MAX[k] + 1;
}
const contextSums = new Int32Array(2 * contextEntries);
const values = new Int32Array(CONTEXT_FEATURES);
const bufOne = new FeatureBuffer(1);
/** The weight sums of the SENTENCE_CONTEXT features of the sentence being scored. */
const sentenceAcc = new Int32Array(2);

/** Adds the weights of context templates `ks` at `values` to `into`: from contextSums, or by hash (through `buf`) outside the table. */
function addContext(tagger: SequenceModel, ks: Int32Array, into: Int32Array): void {
  buf.clear();
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j];
    const v = values[k];
    if (v < 0 || v > CONTEXT_MAX[k]) {
      buf.pushCombined(CONTEXT_TEMPLATES[k], v);
      continue;
    }
    const e = 2 * (contextEntry[k] + v);
    into[0] += contextSums[e];
    into[1] += contextSums[e + 1];
  }
  tagger.accumulate(buf.ids, 0, buf.length, into);
}

/** The role sums of the document's types: a record per type id (see roleSums). */
function roleSumsOf(tagger: SequenceModel, d: DocContext): Int32Array {
  if (roleKey?.tagger !== tagger || roleKey.rates !== d.rates) roleKey = { tagger, rates: d.rates };
  if (weightsOf !== tagger || clusteredOf !== (d.rates.clusters !== undefined)) {
    weightsOf = tagger;
    clusteredOf = d.rates.clusters !== undefined;
    noTokenSums.fill(0);
    contextSums.fill(0);
    for (let k = 0; k < CONTEXT_FEATURES; k++) {
      for (let v = 0; v <= CONTEXT_MAX[k]; v++) {
        bufOne.clear();
        bufOne.pushCombined(CONTEXT_TEMPLATES[k], v);
        tagger.accumulate(bufOne.ids, 0, 1, contextSums, 2 * (contextEntry[k] + v));
      }
    }
    for (let role = 1; role < ROLES; role++) {
      buf.clear();
      roleFeatures(d, -1, role, buf);
      tagger.accumulate(buf.ids, 0, buf.length, noTokenSums, 1 + 2 * role);
    }
  }
  return roleSums.table(d.seg.vocabulary, roleKey);
}

/** Margin score(in) − score(out) per token (−Infinity for gated tokens). */
export function tokenProbabilities(model: RhetoricModel, d: DocContext, params: TaggerParams = model.meta.params): Float32Array {
  const p = new Float32Array(d.n).fill(-Infinity);
  const tagger = model.tagger;
  const sums = roleSumsOf(tagger, d);
  const typeIds = d.seg.tokens.typeIds;
  let sentence = -1;
  for (let i = 0; i < d.n; i++) {
    if (isGated(d, i, params.gateRate)) continue;
    tagger.setTransition(SCORE_PREV, acc);
    roleTokens(d, i, around);
    for (let role = 0; role < ROLES; role++) {
      const j = around[role];
      let at = 1 + 2 * role;
      if (j < 0) {
        acc[0] += noTokenSums[at];
        acc[1] += noTokenSums[at + 1];
        continue;
      }
      const r = typeIds[j] * ROLE_STRIDE;
      if (sums[r] === 0) {
        for (let k = 0; k < ROLES; k++) {
          buf.clear();
          roleFeatures(d, j, k, buf);
          tagger.accumulate(buf.ids, 0, buf.length, sums, r + 1 + 2 * k);
        }
        sums[r] = 1;
      }
      at += r;
      acc[0] += sums[at];
      acc[1] += sums[at + 1];
    }
    // The sentence's templates once a sentence (the same at each of its tokens), the token's at each.
    if (d.sFirst[i] !== sentence) {
      sentence = d.sFirst[i];
      sentenceContextValues(d, i, values);
      sentenceAcc.fill(0);
      addContext(tagger, SENTENCE_CONTEXT, sentenceAcc);
    }
    acc[0] += sentenceAcc[0];
    acc[1] += sentenceAcc[1];
    tokenContextValues(d, i, values);
    addContext(tagger, TOKEN_CONTEXT, acc);
    if (d.rates.sentences) {
      buf.clear();
      sentenceTokenFeatures(d, i, buf);
      tagger.accumulate(buf.ids, 0, buf.length, acc);
    }
    tagger.scaleScores(acc, scores);
    p[i] = scores[1] - scores[0];
  }
  return p;
}

/** Runs of tokens with margin ≥ threshold inside one sentence, bridging short gaps. */
export function spansFromProbabilities(model: RhetoricModel, d: DocContext, p: Float32Array, params: TaggerParams = model.meta.params): TaggerSpan[] {
  const out: TaggerSpan[] = [];
  const toks = d.seg.tokens;
  const thr = params.tokenThreshold; // a margin
  const ext = params.extendThreshold ?? thr;
  const bridgePunct = params.bridgePunct ?? true;
  for (let i = 0; i < d.n; ) {
    if (p[i] < thr) { i++; continue; }
    const sFirst = d.sFirst[i];
    const sEnd = d.sEnd[i];
    let last = i;
    let j = i + 1;
    while (j < sEnd) {
      if (p[j] >= ext) { last = j; j++; continue; }
      let k = j;
      while (k < sEnd && p[k] < ext && k - j < params.maxGap && (bridgePunct || d.shape[k] !== 4)) k++;
      if (k < sEnd && p[k] >= ext && k - j <= params.maxGap) { last = k; j = k + 1; continue; }
      break;
    }
    // Extend left over tokens above the extension threshold (not into the previous span).
    let first = i;
    const floor = out.length ? Math.max(sFirst, out[out.length - 1].endToken) : sFirst;
    while (first - 1 >= floor && p[first - 1] >= ext) first--;
    let a = first;
    let b = last + 1;
    while (a < b && (d.shape[a] === 4 || (params.trim && EDGE_WORDS.has(d.keys[a])))) a++;
    while (b > a && (d.shape[b - 1] === 4 || (params.trim && EDGE_WORDS.has(d.keys[b - 1])))) b--;
    if (b > a) {
      let raw = -Infinity;
      for (let k = a; k < b; k++) if (p[k] > raw) raw = p[k];
      let words = 0;
      for (let k = a; k < b; k++) if (d.shape[k] !== 4) words++;
      out.push({ start: toks.starts[a], end: toks.ends[b - 1], firstToken: a, endToken: b, raw, category: spanCategory(model.rates, d, a, b), words });
    }
    i = last + 1;
  }
  return out;
}

/** Function words trimmed from the edges of a span. */
const EDGE_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'they', 'them', 'their', 'it', 'its',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'my', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'than',
  'then', 'so', 'if', 'when', 'while', 'where', 'there', 'here', 'also', 'not', "'s", 'about', 'over', 'up', 'out',
]);

const votes = new Float64Array(TAGGER_CATEGORIES.length);
/** Per word type, its mined technique (RateTable.category of its key) + 2, 0 until looked up: a string's hash per type, not per token. */
const categoryOfType = new TypeTable(1);

/** The span's technique: lexicon hits vote strongly, other words by their mined technique and rate. */
export function spanCategory(rates: RateTable, d: DocContext, a: number, b: number): string {
  votes.fill(0);
  const byType = categoryOfType.table(d.seg.vocabulary, rates);
  const typeIds = d.seg.tokens.typeIds;
  for (let k = a; k < b; k++) {
    const lx = d.lex[k];
    if (lx) {
      const ci = TAGGER_CATEGORIES.indexOf(LEXICON_CATEGORY_IDS[lx - 1]);
      if (ci >= 0) votes[ci] += 2;
    }
    const id = typeIds[k];
    if (byType[id] === 0) byType[id] = rates.category(d.keys[k]) + 2;
    const c = byType[id] - 2;
    if (c >= 0) votes[c] += Math.max(0, d.rate[k]);
  }
  let best = 0;
  for (let c = 1; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
  return TAGGER_CATEGORIES[best];
}
