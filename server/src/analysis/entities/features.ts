/**
 * Features of the entity tagger over a NerDoc, shared by training and inference. The extractor
 * only combines the document's precomputed integers, and caches the history-independent features
 * of each token (reused by the second pass and by training epochs). Two passes: `nerFeatures`
 * (local + document memory of earlier predictions), then `nerFeatures2` (adds document-level
 * aggregates of the first pass: "one name, one type").
 */
import { FeatureBuffer } from '../learning';
import {
  GAZ_BITS as GAZ_BITS_IMPORT, LC_DICT as LC_DICT_IMPORT, LC_UNSEEN as LC_UNSEEN_IMPORT, lowerHashRange as lowerHashRangeImport,
} from './lexicon';
import { FNV_OFFSET } from '../common/fnv';
import { F_CAND, F_CAP, F_HEADLINE, F_HYPHEN, F_PERIOD, F_SENT_START, F_UPPER, NerDoc } from './nerDoc';
import { NER_TAGS, typeOfTag } from './tagSet';
import { CLUSTER_PREFIX_LENGTHS } from './wordClusters';

// Module-local copies of the imports used in hot loops: a CommonJS build (tsx, tests) reads an
// imported binding through a getter on every use.
const lowerHashRange = lowerHashRangeImport;
const GAZ_BITS = GAZ_BITS_IMPORT;
const LC_DICT = LC_DICT_IMPORT;
const LC_UNSEEN = LC_UNSEEN_IMPORT;
const CLUSTER_PREFIXES = CLUSTER_PREFIX_LENGTHS.length;

/** Version of the feature set; stored in the model so a stale model is detected. */
export const FEATURE_VERSION = 'ner-features-5';

/**
 * Feature groups left out for an ablation measure (`npm run train:ner -- --local`); always on in
 * a shipped model. nonLocal: the document memory (the last type given to the same word earlier in
 * the document) and the second pass's document-level aggregates of the first pass.
 */
export const ablation = { nonLocal: true };

// Feature template ids.
const enum T {
  Bias = 1, Lower, Exact, Shape, SShape, Pre, Suf, LowerM1, LowerP1, LowerM2, LowerP2, SShapeM1, SShapeP1,
  BigramM, BigramP, Prev, Prev2, PrevLower, PrevShape, SentStart, Headline, Lcc, LccM1, LccP1, LccStart,
  LccHead, GazB, GazI, GazBP1, GazBM1, Mem, MemHead, Hyphen, Period, Len, StartShape, HeadLower, GazIM1, ExactP1, ExactM1,
  CapSeqLen, GazNone, P1, P1M1, P1P1, AggMaj, AggMulti, AggMajP1, AggBoth, Cluster, ClusterNone,
}

const NONE = 0x5bd1e995;
const START_TAG = 97;

function updateMemory(doc: NerDoc, i: number, history: Int32Array): void {
  if (i <= doc.lastI) {
    doc.memory.clear();
    doc.memUpTo = 0;
  }
  doc.lastI = i;
  for (let k = doc.memUpTo; k < i; k++) {
    if (!(doc.flags[k] & F_UPPER)) continue;
    const ty = typeOfTag(history[k]);
    doc.memory.set(doc.lower[k], ty === 0 ? 6 : ty);
  }
  doc.memUpTo = i;
}

/** Every history-independent feature of position i (cached per position by NerDoc). */
function staticFeatures(doc: NerDoc, i: number, out: FeatureBuffer): void {
  const drop = doc.dropIdentity !== undefined && doc.dropIdentity[i] === 1;
  typeFeatures(doc, i, out, drop);
  contextFeatures(doc, i, out, drop);
}

/** The extractor for position i of a document (see learning/index.ts). */
export function nerFeatures(doc: NerDoc, i: number, history: Int32Array, out: FeatureBuffer): void {
  updateMemory(doc, i, history);
  const st = doc.cacheStart[i];
  if (st >= 0) out.pushRange(doc.cacheIds, st, st + doc.cacheLen[i]);
  else {
    const before = out.length;
    staticFeatures(doc, i, out);
    doc.cache(i, out.ids, before, out.length);
  }
  const drop = doc.dropIdentity !== undefined && doc.dropIdentity[i] === 1;
  historyFeatures(doc, i, history, doc.memory.get(doc.lower[i]) ?? 0, out, drop);
}

/** Second-pass extractor: the first-pass features plus document-level aggregates of the first pass. */
export function nerFeatures2(doc: NerDoc, i: number, history: Int32Array, out: FeatureBuffer): void {
  nerFeatures(doc, i, history, out);
  secondPassFeatures(doc, i, out);
}

// ---------------------------------------------------------------- feature groups
// The features of nerFeatures / nerFeatures2 in groups whose weight sums the fast tagger adds up
// separately (int16 sums are exact, so the scores are identical): word-type features (a function of
// the word and its sentence-start / headline flags only, summed once per word type and cached),
// context features (cached per position for the second pass), and history-dependent ones.
// `drop` is training-time identity dropout (NerDoc.dropIdentity): never set at inference.

/** Word-type features of candidate token i: depend only on words[i] and its F_HEADLINE / F_SENT_START flags. */
export function typeFeatures(doc: NerDoc, i: number, out: FeatureBuffer, drop = false): void {
  const flags = doc.flags[i];
  const lw = doc.lower[i];
  const head = flags & F_HEADLINE ? 1 : 0;
  const start = flags & F_SENT_START ? 1 : 0;
  const ssh = doc.sshape[i];
  out.pushCombined(T.Bias, 0);
  if (!drop) {
    out.pushCombined(T.Lower, lw);
    out.pushCombined(T.Exact, doc.exact[i]);
  }
  out.pushCombined(T.Shape, doc.shape[i]);
  out.pushCombined3(T.SShape, ssh, head);
  const word = doc.words[i];
  const wl = word.length;
  let ph = FNV_OFFSET;
  for (let k = 0; k < 4 && k < wl; k++) {
    ph = lowerHashRange(ph, word, k, k + 1);
    out.pushCombined3(T.Pre, k, ph);
    out.pushCombined3(T.Suf, k, lowerHashRange(FNV_OFFSET, word, wl - k - 1, wl));
  }
  out.pushCombined3(T.SentStart, start, head);
  out.pushCombined3(T.StartShape, start, ssh);
  if (head && !drop) out.pushCombined(T.HeadLower, lw);
  const lcc = doc.lcc[i];
  out.pushCombined(T.Lcc, lcc);
  out.pushCombined3(T.LccStart, lcc, start);
  out.pushCombined3(T.LccHead, lcc, head);
  if (flags & F_HYPHEN) out.pushCombined(T.Hyphen, 1);
  if (flags & F_PERIOD) out.pushCombined(T.Period, 1);
  out.pushCombined(T.Len, Math.min(wl, 8));
  const codes = doc.clusterCodes;
  if (codes) {
    // The word's cluster at four granularities (bit-string prefixes): shared by words in like contexts.
    const c = doc.cluster[i];
    if (c) for (let j = 0; j < CLUSTER_PREFIXES; j++) out.pushCombined3(T.Cluster, j, codes[(c - 1) * CLUSTER_PREFIXES + j]);
    else out.pushCombined(T.ClusterNone, head);
  }
}

/** The other history-independent features of candidate token i (neighbours, gazetteer, runs of capitals). */
export function contextFeatures(doc: NerDoc, i: number, out: FeatureBuffer, drop = false): void {
  const s0 = doc.sentStart[i];
  const e0 = doc.sentEnd[i];
  const lw = doc.lower[i];
  const head = doc.flags[i] & F_HEADLINE ? 1 : 0;
  const lm1 = i - 1 >= s0 ? doc.lower[i - 1] : NONE;
  const lp1 = i + 1 < e0 ? doc.lower[i + 1] : NONE;
  out.pushCombined(T.LowerM1, lm1);
  out.pushCombined(T.LowerP1, lp1);
  out.pushCombined(T.LowerM2, i - 2 >= s0 ? doc.lower[i - 2] : NONE);
  out.pushCombined(T.LowerP2, i + 2 < e0 ? doc.lower[i + 2] : NONE);
  out.pushCombined(T.ExactM1, i - 1 >= s0 ? doc.exact[i - 1] : NONE);
  out.pushCombined(T.ExactP1, i + 1 < e0 ? doc.exact[i + 1] : NONE);
  out.pushCombined3(T.SShapeM1, i - 1 >= s0 ? doc.sshape[i - 1] : NONE, doc.sshape[i]);
  out.pushCombined3(T.SShapeP1, i + 1 < e0 ? doc.sshape[i + 1] : NONE, doc.sshape[i]);
  if (!drop) {
    out.pushCombined3(T.BigramM, lm1, lw);
    out.pushCombined3(T.BigramP, lw, lp1);
  }
  const lcc = doc.lcc[i];
  out.pushCombined3(T.LccM1, i - 1 >= s0 ? doc.lcc[i - 1] : 9, lcc);
  out.pushCombined3(T.LccP1, i + 1 < e0 ? doc.lcc[i + 1] : 9, lcc);
  const gb = doc.gazB[i];
  const gi = doc.gazI[i];
  if (gb | gi) {
    for (let b = 0; b < GAZ_BITS; b++) {
      if (gb & (1 << b)) out.pushCombined(T.GazB, b);
      if (gi & (1 << b)) out.pushCombined(T.GazI, b);
    }
  } else out.pushCombined3(T.GazNone, lcc === LC_UNSEEN || lcc === LC_DICT ? lcc : 1, head);
  if (i + 1 < e0) {
    const g = doc.gazB[i + 1];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out.pushCombined(T.GazBP1, b);
  }
  if (i - 1 >= s0) {
    const g = doc.gazB[i - 1] | doc.gazI[i - 1];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out.pushCombined(T.GazBM1, b);
  }
  let a = i;
  while (a - 1 >= s0 && doc.flags[a - 1] & F_CAP) a--;
  let b = i;
  while (b + 1 < e0 && doc.flags[b + 1] & F_CAP) b++;
  out.pushCombined3(T.CapSeqLen, Math.min(b - a + 1, 3), Math.min(i - a, 2));
}

// The history-dependent and second-pass features are in groups: those of a few small values (the
// tags before a position, the document memory, the first pass's tags and aggregates) have a key
// per combination of values, so that the fast tagger can sum their weights once per key.

const NUM_TAGS = NER_TAGS.length;
/** A tag or START as a small key: START after the tags. */
const TAG_KEYS = NUM_TAGS + 1;
const tagKey = (tag: number): number => (tag === START_TAG ? NUM_TAGS : tag);
const keyTag = (key: number): number => (key === NUM_TAGS ? START_TAG : key);

/** Number of keys of prevTagsKey. */
export const PREV_TAGS_KEYS = TAG_KEYS * TAG_KEYS;

/** Key of the two tags before position i (START before the sentence). */
export function prevTagsKey(doc: NerDoc, i: number, history: Int32Array): number {
  const s0 = doc.sentStart[i];
  return tagKey(i - 1 >= s0 ? history[i - 1] : START_TAG) * TAG_KEYS + tagKey(i - 2 >= s0 ? history[i - 2] : START_TAG);
}

/** The features of the two tags before a position, by their prevTagsKey. */
export function prevTagsFeatures(key: number, out: FeatureBuffer): void {
  const prev = keyTag((key / TAG_KEYS) | 0);
  out.pushCombined(T.Prev, prev);
  out.pushCombined3(T.Prev2, prev, keyTag(key % TAG_KEYS));
}

/** Number of keys of memoryKey (memory 0..7, headline or not). */
export const MEMORY_KEYS = 16;

/** Key of the document memory `mem` of position i's word (see historyFeatures) and i's headline flag. */
export function memoryKey(doc: NerDoc, i: number, mem: number): number {
  return mem * 2 + (doc.flags[i] & F_HEADLINE ? 1 : 0);
}

/** The document-memory features, by their memoryKey. */
export function memoryFeatures(key: number, out: FeatureBuffer): void {
  if (!ablation.nonLocal) return;
  const mem = key >> 1;
  out.pushCombined(T.Mem, mem);
  out.pushCombined3(T.MemHead, mem, key & 1);
}

/** The history-dependent features of the word itself: the previous tag with its word and shape. */
export function wordHistoryFeatures(doc: NerDoc, i: number, history: Int32Array, out: FeatureBuffer, drop = false): void {
  const prev = i - 1 >= doc.sentStart[i] ? history[i - 1] : START_TAG;
  if (!drop) out.pushCombined3(T.PrevLower, prev, doc.lower[i]);
  out.pushCombined3(T.PrevShape, prev, doc.sshape[i]);
}

/** History-dependent features of nerFeatures; `mem` is the document memory of words[i] (0 if none). */
export function historyFeatures(doc: NerDoc, i: number, history: Int32Array, mem: number, out: FeatureBuffer, drop = false): void {
  prevTagsFeatures(prevTagsKey(doc, i, history), out);
  wordHistoryFeatures(doc, i, history, out, drop);
  memoryFeatures(memoryKey(doc, i, mem), out);
}

/** Number of keys of firstPassTagsKey. */
export const FIRST_PASS_TAGS_KEYS = TAG_KEYS * NUM_TAGS * TAG_KEYS;

/** Key of the first-pass tags of position i and its neighbours (START beyond the sentence). */
export function firstPassTagsKey(doc: NerDoc, i: number): number {
  const p1 = doc.p1!;
  const before = i - 1 >= doc.sentStart[i] ? p1[i - 1] : START_TAG;
  const after = i + 1 < doc.sentEnd[i] ? p1[i + 1] : START_TAG;
  return (tagKey(before) * NUM_TAGS + p1[i]) * TAG_KEYS + tagKey(after);
}

/** The first-pass tag features, by their firstPassTagsKey. */
export function firstPassTagsFeatures(key: number, out: FeatureBuffer): void {
  const rest = (key / TAG_KEYS) | 0;
  const own = rest % NUM_TAGS;
  out.pushCombined(T.P1, own);
  out.pushCombined3(T.P1M1, keyTag((rest / NUM_TAGS) | 0), own);
  out.pushCombined3(T.P1P1, keyTag(key % TAG_KEYS), own);
}

/** Number of keys of aggregatesKey (majority < 32, multi-word type < 8, first-pass tag). */
export const AGGREGATES_KEYS = 32 * 8 * NUM_TAGS;

/** Key of the document-level aggregates of position i (NerDoc.setFirstPass) with its first-pass tag. */
export function aggregatesKey(doc: NerDoc, i: number): number {
  return (doc.aggMaj![i] * 8 + doc.aggMulti![i]) * NUM_TAGS + doc.p1![i];
}

/** The aggregate features, by their aggregatesKey. */
export function aggregatesFeatures(key: number, out: FeatureBuffer): void {
  if (!ablation.nonLocal) return;
  const p1 = key % NUM_TAGS;
  const rest = (key / NUM_TAGS) | 0;
  const maj = rest >> 3;
  const multi = rest & 7;
  out.pushCombined(T.AggMaj, maj);
  out.pushCombined(T.AggMulti, multi);
  out.pushCombined3(T.AggMajP1, maj, p1);
  out.pushCombined3(T.AggBoth, maj & 7, multi);
}

/** The features nerFeatures2 adds to nerFeatures (first-pass aggregates). */
export function secondPassFeatures(doc: NerDoc, i: number, out: FeatureBuffer): void {
  firstPassTagsFeatures(firstPassTagsKey(doc, i), out);
  aggregatesFeatures(aggregatesKey(doc, i), out);
}

/** Fixes non-candidate tokens to O. */
export function nerFixed(doc: NerDoc, i: number): number {
  return doc.flags[i] & F_CAND ? -1 : 0;
}
