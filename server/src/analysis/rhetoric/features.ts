/**
 * Per-document precomputation and the feature extractor of the rhetoric span tagger.
 * Shared by training (scripts/rhetoric/train.ts) and prediction (tagger.ts), so the two can
 * never drift apart.
 */
import { FeatureBuffer, hashCombine, hashInt, hashString } from '../learning';
import type { SegmentedText } from '../text/structure';
import type { TokenKind } from '../text/tokens';
import { tokenKey, matchLexicon, builtInLexicon, compoundHead, LexiconHit, TrieNode } from './lexicon';
import { findScareQuotes, ScareQuote } from './scareQuotes';
import { TypeMemo, TypeTable } from '../text/vocabulary';
import { documentFrequencies, growDocumentCounts, lemmaIndexOf, windowMax } from './documentCounts';
import { CLUSTER_PREFIX_LENGTHS, WordClusters } from '../entities/wordClusters';
import { normalizeToken } from '../entities/nerDoc';
import { SentenceScorer, sentenceBins } from './sentenceScore';
import { lexiconRows, quoteRows, sentenceBounds } from './contextRows';

/** Bump when features change: stored in the model and checked on load. */
export const FEATURE_VERSION = 6;

/** Mined span rates: how often a word (lemma) or a word pair falls inside a training span. */
export interface RateSource {
  /** Smoothed rate of a lemma in [0, 1], or -1 when the word was too rare to count. */
  rate(key: string): number;
  /** Smoothed rate of an adjacent lemma pair, or -1. */
  pairRate(a: string, b: string): number;
  /** The same, keyed by `pairKey(a, b)`. */
  pairRateHash(key: number): number;
  /**
   * Word clusters learned from unlabelled text (a model trained with them carries them): words
   * PTC's few articles never show in a span share features with words of like contexts.
   * Absent: no cluster features, the feature set of a model trained without them.
   */
  readonly clusters?: WordClusters;
  /** A sentence classifier (sentenceScore.ts) whose score bin is a feature of the sentence's tokens; absent: none. */
  readonly sentences?: SentenceScorer;
}

export interface DocContext {
  readonly seg: SegmentedText;
  readonly n: number;
  readonly keys: string[];
  /** Hash of the lower-cased word. */
  readonly wh: Int32Array;
  /** Hash of the lemma. */
  readonly lh: Int32Array;
  /** Index + 1 of the token's word cluster (see RateSource.clusters), 0 for none; empty without clusters. */
  readonly cluster: Int32Array;
  /** Rate bin 0..RATE_BINS-1, RATE_BINS for an unknown word. */
  readonly rbin: Int8Array;
  readonly rate: Float32Array;
  /** Bin of the rate of the pair (i-1, i), RATE_BINS when unknown; -1 until asked (see `pairBin`). */
  readonly pbin: Int8Array;
  readonly rates: RateSource;
  /** Lexicon category index + 1 of a hit covering the token, 0 for none. */
  readonly lex: Int8Array;
  /** Inside a scare quote (1), or the quote mark itself (2). */
  readonly quote: Int8Array;
  /** Shape: 0 lower, 1 capitalised, 2 all caps, 3 number, 4 punctuation. */
  readonly shape: Int8Array;
  /** Sentence bounds (token indices) of each token. */
  readonly sFirst: Int32Array;
  readonly sEnd: Int32Array;
  /** Maximum token rate in a window of ±3 around each token, the token itself left out (-1 when no neighbour is rated). */
  readonly wmax: Float32Array;
  /** Per sentence (indexed by first token): bins of the mean rate and lexicon hit count, and the final punctuation. */
  readonly sInfo: Int32Array;
  /** Occurrences of the token's lemma in the document (capped at 9), pair (i-1, i) in the tens. */
  readonly docFreq: Int8Array;
  /** The sentence classifier's score bin of each token's sentence (see RateSource.sentences); empty without one. */
  readonly sent: Int8Array;
  /** Built-in lexicon hits and scare quotes, reused by the marker finder. */
  readonly hits: readonly LexiconHit[];
  readonly quotes: readonly ScareQuote[];
}

/** Mined rate from which a word is loaded in itself (a span's edges and the shown-marker rules keep such words). */
export const LOADED_RATE = 0.4;

/** Whether token `k` is loaded in itself: a built-in lexicon word, or mined at LOADED_RATE or more. */
export function isLoadedWord(d: DocContext, k: number): boolean {
  return d.lex[k] !== 0 || d.rate[k] >= LOADED_RATE;
}

export const RATE_BINS = 12;

/** Hash key of an adjacent lemma pair. */
export function pairKey(a: string, b: string): number {
  return hashCombine(hashString(a), hashString(b));
}

export function rateBin(r: number): number {
  if (r < 0) return RATE_BINS;
  // Finer bins at the low end, where most words are.
  const b = r < 0.1 ? Math.floor(r * 40) : r < 0.3 ? 4 + Math.floor((r - 0.1) * 20) : 8 + Math.floor((r - 0.3) * 5.72);
  return Math.min(RATE_BINS - 1, b);
}

/** The built-in lexicon's trie nodes for a word type's key (see LexiconLookups): static, so memoised too. */
interface LexiconNodes {
  readonly first: TrieNode | undefined;
  readonly compound: TrieNode | undefined;
}

/**
 * Where each per-token array of a DocContext starts in its buffer, in bytes per token (× n): the
 * four-byte rows first (so every view is aligned), then the byte rows.
 */
const enum Row {
  Wh = 0, Lh = 4, Rate = 8, SFirst = 12, SEnd = 16, WMax = 20, SInfo = 24, RBin = 28, PBin = 29, Lex = 30, Quote = 31, Shape = 32,
  DocFreq = 33, End = 34,
}

/**
 * What `buildContext` derives from a token's text alone, per word type, for one rate source (the
 * memos start over when another source is used): the key, and a record of TYPE_FIELDS ints (see
 * `Field`) read per token from one cache line; the lexicon's trie nodes only for the few types that
 * have one (flag HAS_LEXICON).
 */
const keyOfType = new TypeMemo<string>();
const lexiconOfType = new TypeMemo<LexiconNodes>();
const typeRecords = new TypeTable(4);
const enum Field { Flags, Lh, Lemma, Rate }
/** Per word type, its cluster index + 2 (0: not yet looked up), for a rate source with clusters only. */
const clusterOfType = new TypeTable(1);
/** The cluster and sentence-score rows of a document whose rate source has no clusters or sentence classifier (never read). */
const NO_CLUSTERS = new Int32Array(0);
const NO_SENTENCES = new Int8Array(0);
/** Flags: set once computed; the shape in bits 1-3, the rate bin in bits 4-7, a lexicon node in bit 8, a continuation key (CompiledLexicon.continuations) in bit 9. */
const KNOWN = 1;
const HAS_LEXICON = 256;
const CONTINUES = 512;
/** Flag: the lower-cased word's hash is not the lemma's (see wordHash). */
const WORD_NOT_LEMMA = 1024;
/** The lemma index (lemmaIndexOf) of each token of the document being built (scratch, grown as needed). */
let lemmaScratch = new Int32Array(1024);
let recordFloats: Float32Array<ArrayBufferLike> = new Float32Array(0);
/** buildContext's trie nodes per token for matchLexicon (see LexiconLookups), grown as needed: no two arrays per document. */
const lexFirstScratch: (TrieNode | undefined)[] = [];
const lexCompoundScratch: (TrieNode | undefined)[] = [];
let continuesScratch = new Uint8Array(1024);

const i32 = new Int32Array(2);

/** Computes the memos of a type (see keyOfType). */
function wordType(id: number, t: { readonly text: string; readonly kind: TokenKind }, rates: RateSource, keyOf: (string | undefined)[],
  lexOf: (LexiconNodes | undefined)[], rec: Int32Array, floats: Float32Array): void {
  const k = tokenKey(t.text, t.kind);
  // Stored as Int32 in the context: round-trip through an Int32Array exactly as the context does.
  i32[0] = hashString(k);
  // The lower-cased form differs from the lemma only by a plural ending or an apostrophe.
  const wordNotLemma = !(k.length === t.text.length || t.kind === 'punct');
  const lemma = lemmaIndexOf(i32[0]);
  const r = t.kind === 'word' ? rates.rate(k) : -1;
  const c = t.text.charCodeAt(0);
  let shape = 0;
  if (t.kind === 'punct') shape = 4;
  else if (t.kind === 'number') shape = 3;
  else if (c >= 65 && c <= 90 || (c > 127 && t.text[0] !== t.text[0].toLowerCase())) shape = t.text.length > 1 && t.text === t.text.toUpperCase() ? 2 : 1;
  const lex = builtInLexicon();
  const first = lex.root.get(k);
  const compound = compoundHead(lex, t.kind, k);
  keyOf[id] = k;
  if (first || compound) lexOf[id] = { first, compound };
  const at = id * 4;
  rec[at + Field.Lh] = i32[0];
  rec[at + Field.Lemma] = lemma;
  floats[at + Field.Rate] = r;
  rec[at + Field.Flags] = KNOWN | (shape << 1) | (rateBin(r) << 4) | (first || compound ? HAS_LEXICON : 0) | (lex.continuations.has(k) ? CONTINUES : 0)
    | (wordNotLemma ? WORD_NOT_LEMMA : 0);
}

/** The lower-cased word's hash of a type whose lemma hash is `lh` (see WORD_NOT_LEMMA), as an int32. */
function wordHash(lh: number, flags: number): number {
  return flags & WORD_NOT_LEMMA ? hashCombine(lh, 0x5bd1e995) | 0 : lh;
}

export function buildContext(seg: SegmentedText, rates: RateSource): DocContext {
  const toks = seg.tokens;
  const n = toks.length;
  const keys = new Array<string>(n);
  // The per-token arrays are views of one zeroed buffer (at their Row): one allocation per document, not fourteen.
  const mem = new ArrayBuffer(n * Row.End);
  const wh = new Int32Array(mem, Row.Wh * n, n);
  const lh = new Int32Array(mem, Row.Lh * n, n);
  const rate = new Float32Array(mem, Row.Rate * n, n);
  const sFirst = new Int32Array(mem, Row.SFirst * n, n);
  const sEnd = new Int32Array(mem, Row.SEnd * n, n);
  const wmax = new Float32Array(mem, Row.WMax * n, n);
  const sInfo = new Int32Array(mem, Row.SInfo * n, n);
  const rbin = new Int8Array(mem, Row.RBin * n, n);
  // Pair rates are looked up only for the tokens the tagger scores (and their next tokens).
  const pbin = new Int8Array(mem, Row.PBin * n, n).fill(-1);
  const lex = new Int8Array(mem, Row.Lex * n, n);
  const quote = new Int8Array(mem, Row.Quote * n, n);
  const shape = new Int8Array(mem, Row.Shape * n, n);
  const docFreq = new Int8Array(mem, Row.DocFreq * n, n);
  // The steps below are functions of their own: each is compiled alone, and a branch first taken late
  // (a scratch grown for a longer text, a first quotation) recompiles a small function, not all of them.
  growScratch(n);
  typeRows(seg, rates, keys, wh, lh, rate, rbin, shape);
  growDocumentCounts(n);
  windowMax(rate, wmax, n);
  const sentences = seg.sentences;
  sentenceBounds(sentences, sFirst, sEnd);
  documentFrequencies(shape, lh, lemmaScratch, n, docFreq);
  const hits = matchLexicon(builtInLexicon(), toks, keys, 0, n, { first: lexFirstScratch, compound: lexCompoundScratch, continues: continuesScratch });
  lexiconRows(hits, lex);
  sentenceInfo(seg, rate, lex, sInfo);
  const quotes = seg.text.length ? findScareQuotes(seg.text) : [];
  quoteRows(seg, quotes, quote);
  const cluster = rates.clusters ? clustersOf(seg, rates.clusters) : NO_CLUSTERS;
  const sent = rates.sentences ? sentenceBins(rates.sentences, { lh, shape, lex, quote, keys }, sentences, n) : NO_SENTENCES;
  return { seg, n, keys, wh, lh, cluster, rbin, rate, pbin, rates, lex, quote, shape, sFirst, sEnd, wmax, sInfo, docFreq, sent, hits, quotes };
}

/** Grows the per-token scratch rows (lemmaScratch, the lexicon's, continuesScratch) to `n` tokens. */
function growScratch(n: number): void {
  // Scratch shared by every document (matchLexicon keeps no reference): a row per token, written by typeRows.
  while (lexFirstScratch.length < n) {
    lexFirstScratch.push(undefined);
    lexCompoundScratch.push(undefined);
  }
  if (continuesScratch.length < n) continuesScratch = new Uint8Array(2 * n);
  if (lemmaScratch.length < n) lemmaScratch = new Int32Array(2 * n);
}

/** Each token's rows that are a function of its text alone (see keyOfType), and its lemma index, lexicon nodes and continuation flag in the scratch rows. */
function typeRows(seg: SegmentedText, rates: RateSource, keys: string[], wh: Int32Array, lh: Int32Array, rate: Float32Array, rbin: Int8Array, shape: Int8Array): void {
  const toks = seg.tokens;
  const n = toks.length;
  const keyOf = keyOfType.table(seg.vocabulary, rates);
  const lexOf = lexiconOfType.table(seg.vocabulary, rates);
  const rec = typeRecords.table(seg.vocabulary, rates);
  if (recordFloats.buffer !== rec.buffer) recordFloats = new Float32Array(rec.buffer);
  const floats = recordFloats;
  const lexFirst = lexFirstScratch;
  const lexCompound = lexCompoundScratch;
  const continues = continuesScratch;
  const lemmas = lemmaScratch;
  const typeIds = toks.typeIds;
  for (let i = 0; i < n; i++) {
    // Everything per token below is a function of its text (the token kind is too): memoised
    // per word type, so lemmatising, hashing and rate lookups run once per type, not per token.
    const id = typeIds[i];
    const at = id * 4;
    if (rec[at] === 0) wordType(id, { text: toks.text(i), kind: toks.kind(i) }, rates, keyOf, lexOf, rec, floats);
    const flags = rec[at];
    keys[i] = keyOf[id]!;
    if (flags & HAS_LEXICON) {
      const nodes = lexOf[id]!;
      lexFirst[i] = nodes.first;
      lexCompound[i] = nodes.compound;
    } else {
      lexFirst[i] = undefined;
      lexCompound[i] = undefined;
    }
    const h = rec[at + Field.Lh];
    lh[i] = h;
    wh[i] = wordHash(h, flags);
    lemmas[i] = rec[at + Field.Lemma];
    rate[i] = floats[at + Field.Rate];
    rbin[i] = (flags >> 4) & 15;
    shape[i] = (flags >> 1) & 7;
    continues[i] = (flags >> 9) & 1;
  }
}

/** Each token's sentence information (DocContext.sInfo). */
function sentenceInfo(seg: SegmentedText, rate: Float32Array, lex: Int8Array, sInfo: Int32Array): void {
  const toks = seg.tokens;
  const sentences = seg.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    let sum = 0;
    let cnt = 0;
    let hi = 0;
    let lx = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (rate[i] >= 0) { sum += rate[i]; cnt++; if (rate[i] >= 0.3) hi++; }
      if (lex[i] && (i === s.firstToken || lex[i - 1] !== lex[i])) lx++;
    }
    const last = s.endToken > 0 ? toks.text(s.endToken - 1) : '';
    const end = last === '!' ? 1 : last === '?' ? 2 : last === '.' ? 3 : 0;
    const info = rateBin(cnt ? sum / cnt : -1) * 1000 + Math.min(hi, 4) * 100 + Math.min(lx, 3) * 10 + end;
    for (let i = s.firstToken; i < s.endToken; i++) sInfo[i] = info;
  }
}

/** Each token's cluster index + 1 (0: none), looked up once per word type. */
function clustersOf(seg: SegmentedText, clusters: WordClusters): Int32Array {
  const toks = seg.tokens;
  const byType = clusterOfType.table(seg.vocabulary, clusters);
  const out = new Int32Array(toks.length);
  for (let i = 0; i < out.length; i++) {
    const id = toks.typeIds[i];
    // The table starts zeroed: store index + 2 so that 0 means not looked up.
    // As the clusters were learned: typographic apostrophes and dashes as ASCII (“n’t”, “’s”).
    if (byType[id] === 0) byType[id] = clusters.lookup(normalizeToken(toks.text(i))) + 2;
    out[i] = byType[id] - 1;
  }
  return out;
}

/** The rate bin of the pair (i-1, i) (RATE_BINS when either word is unrated), looked up once. */
export function pairBin(d: DocContext, i: number): number {
  let b = d.pbin[i];
  if (b < 0) {
    b = i > 0 && d.rate[i] >= 0 && d.rate[i - 1] >= 0 ? rateBin(d.rates.pairRateHash(hashCombine(d.lh[i - 1], d.lh[i]))) : RATE_BINS;
    d.pbin[i] = b;
  }
  return b;
}

// Feature template ids.
const T = {
  bias: 1, w: 2, l: 3, r: 4, rPrev: 5, rNext: 6, rPrev2: 7, rNext2: 8, pair: 9, pairNext: 10, win: 11,
  wPrev: 12, wNext: 13, wPrev2: 14, wNext2: 15, lex: 16, lexPrev: 17, lexNext: 18, quote: 19, shape: 20,
  shapeCtx: 21, punctPrev: 22, punctNext: 23, pos: 24, len: 25, suf: 26, rw: 27, rr: 28, lexR: 29, lexWin: 30, sMean: 31, sHi: 32, sLex: 33, sEnd: 34, sEndR: 35, df: 36, dfR: 37, dfS: 38, dfN: 39, bi: 40, biN: 41,
  cluster: 42, clusterNone: 43, clusterPrev: 44, clusterNext: 45, sent: 46, sentR: 47, sentLex: 48,
} as const;

const PREFIXES = CLUSTER_PREFIX_LENGTHS.length;
/** The neighbours' cluster at this prefix length (CLUSTER_PREFIX_LENGTHS index): coarse, as a context. */
const NEIGHBOUR_PREFIX = 1;

/** Token `j`'s cluster prefix of index `p`, 0 when it has no cluster (or `j` is -1). */
function clusterPrefix(d: DocContext, j: number, p: number): number {
  const c = j >= 0 ? d.cluster[j] : 0;
  return c ? d.rates.clusters!.prefixCodes[(c - 1) * PREFIXES + p] : 0;
}

const BIAS = hashInt(T.bias);

/**
 * Where a token stands to the token scored: itself, the one before or after it, two before or after
 * it (in the sentence). A token's features in a role depend on its word type alone (see
 * `roleFeatures`), so a scorer may sum their weights once per type and role (tagger.ts).
 */
export const enum Role { Self, Prev, Next, Prev2, Next2 }
export const ROLES = 5;

/** Features of token `j` in a role (`j` = -1: no token there, the sentence ends first). */
export function roleFeatures(d: DocContext, j: number, role: Role, out: FeatureBuffer): void {
  switch (role) {
    case Role.Self: {
      const rb = d.rbin[j];
      out.push(BIAS);
      out.pushCombined(T.w, d.wh[j]);
      out.pushCombined(T.l, d.lh[j]);
      out.pushCombined(T.r, rb);
      out.pushNested(T.rw, rb, d.shape[j]);
      out.pushCombined(T.shape, d.shape[j]);
      const k = d.keys[j];
      if (k.length > 4) out.pushCombined(T.suf, hashString(k.slice(-3)));
      if (d.rates.clusters) {
        // The word's cluster at each granularity (bit-string prefixes), with its rate bin: a rare
        // or unrated word takes the evidence of the words that share its contexts.
        if (d.cluster[j]) for (let p = 0; p < PREFIXES; p++) out.pushCombined3(T.cluster, p, clusterPrefix(d, j, p));
        else out.pushCombined(T.clusterNone, rb);
      }
      return;
    }
    case Role.Prev:
      out.pushCombined(T.rPrev, j >= 0 ? d.rbin[j] : 99);
      out.pushCombined(T.wPrev, j >= 0 ? d.wh[j] : 1);
      out.pushCombined(T.punctPrev, j >= 0 && d.shape[j] === 4 ? d.wh[j] : 0);
      if (d.rates.clusters) out.pushCombined(T.clusterPrev, clusterPrefix(d, j, NEIGHBOUR_PREFIX));
      return;
    case Role.Next:
      out.pushCombined(T.rNext, j >= 0 ? d.rbin[j] : 99);
      out.pushCombined(T.wNext, j >= 0 ? d.wh[j] : 1);
      out.pushCombined(T.punctNext, j >= 0 && d.shape[j] === 4 ? d.wh[j] : 0);
      if (d.rates.clusters) out.pushCombined(T.clusterNext, clusterPrefix(d, j, NEIGHBOUR_PREFIX));
      return;
    case Role.Prev2:
      out.pushCombined(T.rPrev2, j >= 0 ? d.rbin[j] : 99);
      out.pushCombined(T.wPrev2, j >= 0 ? d.wh[j] : 1);
      return;
    case Role.Next2:
      out.pushCombined(T.rNext2, j >= 0 ? d.rbin[j] : 99);
      out.pushCombined(T.wNext2, j >= 0 ? d.wh[j] : 1);
  }
}

/** The token in each role around `i` (-1: none, beyond its sentence), written to `out[role]`. */
export function roleTokens(d: DocContext, i: number, out: Int32Array): void {
  const f = d.sFirst[i];
  const e = d.sEnd[i];
  out[Role.Self] = i;
  out[Role.Prev] = i > f ? i - 1 : -1;
  out[Role.Next] = i + 1 < e ? i + 1 : -1;
  out[Role.Prev2] = i - 2 >= f ? i - 2 : -1;
  out[Role.Next2] = i + 2 < e ? i + 2 : -1;
}

const around = new Int32Array(ROLES);

/** Features of token `i` of the document (the tagger's sequence is the whole document). */
export function extractFeatures(d: DocContext, i: number, _history: Int32Array, out: FeatureBuffer): void {
  roleTokens(d, i, around);
  for (let role = 0; role < ROLES; role++) roleFeatures(d, around[role], role, out);
  contextFeatures(d, i, out);
  if (d.rates.sentences) sentenceTokenFeatures(d, i, out);
}

/** The sentence classifier's bin, alone and with the token's rate bin and lexicon hit (a rate source with one only). */
export function sentenceTokenFeatures(d: DocContext, i: number, out: FeatureBuffer): void {
  const sb = d.sent[i];
  out.pushCombined(T.sent, sb);
  out.pushCombined(T.sentR, sb * 128 + d.rbin[i]);
  out.pushCombined(T.sentLex, sb * 128 + d.lex[i]);
}

/**
 * The templates of `contextFeatures`, in the order it pushes them: feature k is
 * hashCombine(CONTEXT_TEMPLATES[k], value k) (see `contextValues`).
 */
export const CONTEXT_TEMPLATES = Int32Array.of(
  T.rr, T.pair, T.pairNext, T.win, T.bi, T.biN, T.lex, T.lexR, T.lexPrev, T.lexNext, T.lexWin, T.quote, T.shapeCtx, T.pos, T.len, T.df,
  T.dfR, T.dfS, T.dfN, T.sMean, T.sHi, T.sLex, T.sEnd, T.sEndR,
);
export const CONTEXT_FEATURES = CONTEXT_TEMPLATES.length;
/**
 * The largest value of each context template below which a scorer may keep the template's weights
 * in a small table indexed by value (-1: a hash, no table). A value outside [0, max] is still a
 * feature, looked up by its hash.
 */
export const CONTEXT_MAX = Int32Array.of(
  99 * 128 + RATE_BINS, RATE_BINS, 99, RATE_BINS, -1, -1, 127, 15 * 128 + RATE_BINS, 127, 127, 3, 2, 9 * 16 + 9, 11, 3, 13,
  3 * 128 + RATE_BINS, 3 * 16 + 4, 3, RATE_BINS, 9, 9, 9, 9 * 128 + RATE_BINS,
);

/** The features of token `i` that depend on more than one token's type (`extractFeatures` less the roles'). */
export function contextFeatures(d: DocContext, i: number, out: FeatureBuffer): void {
  contextValues(d, i, values);
  for (let k = 0; k < CONTEXT_FEATURES; k++) out.pushCombined(CONTEXT_TEMPLATES[k], values[k]);
}

const values = new Int32Array(CONTEXT_FEATURES);

/** The value of each context template at token `i` (see CONTEXT_TEMPLATES), written to `out[k]`. */
export function contextValues(d: DocContext, i: number, out: Int32Array): void {
  tokenContextValues(d, i, out);
  sentenceContextValues(d, i, out);
}

/** The context templates of the same value at each token of a sentence (a scorer sums them once a sentence); the others. */
export const SENTENCE_CONTEXT = Int32Array.of(14, 19, 20, 21, 22);
export const TOKEN_CONTEXT = Int32Array.from({ length: CONTEXT_FEATURES }, (_, k) => k).filter((k) => !SENTENCE_CONTEXT.includes(k));

/** The values of the SENTENCE_CONTEXT templates at token `i`, written to `out[k]`. */
export function sentenceContextValues(d: DocContext, i: number, out: Int32Array): void {
  const len = d.sEnd[i] - d.sFirst[i];
  out[14] = len < 8 ? 0 : len < 16 ? 1 : len < 30 ? 2 : 3;
  const si = d.sInfo[i];
  out[19] = Math.floor(si / 1000);
  out[20] = Math.floor(si / 100) % 10;
  out[21] = Math.floor(si / 10) % 10;
  out[22] = si % 10;
}

/** The values of the TOKEN_CONTEXT templates at token `i`, written to `out[k]`. */
export function tokenContextValues(d: DocContext, i: number, out: Int32Array): void {
  const f = d.sFirst[i];
  const e = d.sEnd[i];
  const prev = i > f ? i - 1 : -1;
  const next = i + 1 < e ? i + 1 : -1;
  const rb = d.rbin[i];
  out[0] = (prev >= 0 ? d.rbin[prev] : 99) * 128 + rb;
  out[1] = pairBin(d, i);
  out[2] = next >= 0 ? pairBin(d, next) : 99;
  out[3] = rateBin(d.wmax[i]);
  out[4] = hashCombine(prev >= 0 ? d.lh[prev] : 1, d.lh[i]);
  out[5] = hashCombine(d.lh[i], next >= 0 ? d.lh[next] : 1);
  const lx = d.lex[i];
  out[6] = lx;
  out[7] = lx * 128 + rb;
  out[8] = prev >= 0 ? d.lex[prev] : 99;
  out[9] = next >= 0 ? d.lex[next] : 99;
  let lw = 0;
  for (let j = Math.max(f, i - 3); j < Math.min(e, i + 4); j++) if (d.lex[j]) lw++;
  out[10] = Math.min(lw, 3);
  out[11] = d.quote[i];
  out[12] = (prev >= 0 ? d.shape[prev] : 9) * 16 + (next >= 0 ? d.shape[next] : 9);
  const len = e - f;
  const rel = len > 1 ? Math.floor(((i - f) / (len - 1)) * 4) : 0;
  out[13] = i === f ? 10 : i === e - 1 ? 11 : rel;
  const df = d.docFreq[i];
  const dfw = df % 10;
  const dfb = dfw <= 1 ? 0 : dfw === 2 ? 1 : dfw <= 4 ? 2 : 3;
  out[15] = dfb + (df >= 10 ? 10 : 0);
  out[16] = dfb * 128 + rb;
  out[17] = dfb * 16 + d.shape[i];
  out[18] = (next >= 0 && d.docFreq[next] >= 10 ? 1 : 0) + (df >= 10 ? 2 : 0);
  out[23] = (d.sInfo[i] % 10) * 128 + rb;
}
