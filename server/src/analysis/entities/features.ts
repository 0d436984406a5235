/**
 * Features of the entity tagger, shared by training (CoNLL tokens) and inference (our tokenizer).
 *
 * A document is precomputed once into typed arrays (hashes of the lower-cased word, exact word,
 * shapes, flags, gazetteer matches); the extractor then only combines integers, and caches the
 * history-independent features of each token (reused by the second pass and by training epochs).
 * Two passes: `nerFeatures` (local + document memory of earlier predictions), then
 * `nerFeatures2` (adds document-level aggregates of the first pass: "one name, one type").
 * Tokens that cannot be part of a name (no upper-case letter and not a connector such as "of"
 * between capitalised words) are fixed to `O` without scoring.
 */
import { FeatureBuffer, bioTags, hashCombine as hashCombineImport } from '../learning';
import {
  GAZ_BITS as GAZ_BITS_IMPORT, GAZ_RULE_ONLY as GAZ_RULE_ONLY_IMPORT, LC_DICT as LC_DICT_IMPORT, LC_UNSEEN as LC_UNSEEN_IMPORT, NerLexicon,
  extendKey as extendKeyImport, lowerHashRange as lowerHashRangeImport,
} from './lexicon';
import { TypeTable, Vocabulary, currentVocabulary } from '../text/vocabulary';
import { HashTable } from '../common/hashTable';
import { FNV_OFFSET, fnvStep } from '../common/fnv';

// Module-local copies of the imports used in hot loops: a CommonJS build (tsx, tests) reads an
// imported binding through a getter on every use.
const hashCombine = hashCombineImport;
const extendKey = extendKeyImport;
const lowerHashRange = lowerHashRangeImport;
const GAZ_BITS = GAZ_BITS_IMPORT;
const GAZ_RULE_ONLY = GAZ_RULE_ONLY_IMPORT;
const LC_DICT = LC_DICT_IMPORT;
const LC_UNSEEN = LC_UNSEEN_IMPORT;

export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'GRP'] as const;
export const NER_TAGS = bioTags(NER_TYPES as unknown as string[]);
/** Version of the feature set; stored in the model so a stale model is detected. */
export const FEATURE_VERSION = 'ner-features-5';

export const F_CAP = 1; // first letter upper-case
export const F_ALLCAPS = 2; // letters, all upper-case, length > 1
export const F_DIGIT = 4;
export const F_SENT_START = 8;
export const F_HEADLINE = 16;
export const F_CAND = 32;
export const F_UPPER = 64; // has an upper-case letter
export const F_LOWER_WORD = 128; // starts with a lower-case letter
export const F_HYPHEN = 256;
export const F_PERIOD = 512;
export const F_CONNECTOR = 1024;
export const F_NOLETTER = 2048;

const CONNECTORS = new Set(['of', 'and', 'de', 'van', 'der', 'den', 'da', 'du', 'la', 'le', 'del', 'von', 'for', 'the', 'in', "'s", '&', '/', 'y', 'al', 'el', 'bin', 'di', 'dos', 'das', 'do', 'des', 'on', 'et', 'upon']);

/** Normalises quote and dash characters to the ASCII forms of the training data. */
export function normalizeToken(t: string): string {
  let ascii = true;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 128) { ascii = false; break; }
  if (ascii) return t;
  return t
    .replace(/[’‘ʼ‛′]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[–—―−‐‑]/g, '-')
    .replace(/…/g, '...');
}

/** "They've", "We'll", "I'd": our tokenizer keeps these whole (CoNLL splits them); never names. */
function isContraction(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const a = w.charCodeAt(n - 2);
  const b = w.charCodeAt(n - 3);
  if (a === 39) return /^[dmDM]$/.test(w[n - 1]) && n > 2;
  if (b === 39) return /^(?:ve|re|ll|VE|RE|LL)$/.test(w.slice(n - 2));
  return false;
}

/** Token vocabulary ids of a document's words (see text/vocabulary.ts). */
export interface WordTypeIds {
  readonly ids: ArrayLike<number>;
  readonly vocabulary: Vocabulary;
}

/** Ids for words without a tokenizer (training data): interned in the current vocabulary. */
function typeIdsOf(words: readonly string[]): WordTypeIds {
  const vocabulary = currentVocabulary();
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = vocabulary.id(words[i]);
  return { ids, vocabulary };
}

/**
 * What NerDoc derives from a word alone, memoised per word type (per vocabulary and lexicon), as
 * records of NER_TYPE_FIELDS ints: flags | TYPE_KNOWN, then the hashes of the lower-cased word, the
 * exact word, its shape and short shape (see analyseWord), then the lazily looked-up lexicon facts:
 * lower-case class + 1 (0 until needed), and the word's own gazetteer mask with GAZ_* state bits.
 */
const enum W { Flags, Lower, Exact, Shape, SShape, Lcc, Gaz, GazState }
const NER_TYPE_FIELDS = 8;
/** Set in every computed record's flags (no F_* flag uses it). */
const TYPE_KNOWN = 1 << 30;
/** GazState bits: the gazetteer was consulted; the word is an entry; it starts a multi-word entry. */
const GAZ_KNOWN = 1;
const GAZ_ENTRY = 2;
const GAZ_PREFIX = 4;
const nerWordTypes = new TypeTable(NER_TYPE_FIELDS);

/** A document ready for feature extraction. */
export class NerDoc {
  readonly n: number;
  readonly lower: Int32Array;
  readonly exact: Int32Array;
  readonly shape: Int32Array;
  readonly sshape: Int32Array;
  readonly flags: Int32Array;
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  readonly lcc: Uint8Array;
  readonly gazB: Int32Array;
  readonly gazI: Int32Array;
  /** Document memory: word hash → last predicted type (1..5), 6 = seen capitalised as O. */
  readonly memory = new Map<number, number>();
  memUpTo = 0;
  lastI = -1;
  /** Cache of history-independent feature ids per token (filled lazily). */
  readonly cacheStart: Int32Array;
  readonly cacheLen: Uint8Array;
  cacheIds = new Int32Array(1024);
  private cacheUsed = 0;
  /** Training only: tokens whose word-identity features are withheld (teaches context for unseen names). */
  dropIdentity: Uint8Array | undefined;
  /** First-pass tags (two-pass tagging), and per-token aggregates of them over the document. */
  p1: Int32Array | undefined;
  aggMaj: Uint8Array | undefined;
  aggMulti: Uint8Array | undefined;

  /** Vocabulary ids of the words (see `WordTypeIds`). */
  readonly typeIds: ArrayLike<number>;
  readonly vocabulary: Vocabulary;

  /**
   * @param words token texts (already normalised with normalizeToken)
   * @param sentStarts index of the first token of each sentence, ascending, starting with 0
   * @param lex gazetteers and lower-case statistics
   * @param options `types`: the words' vocabulary ids when the caller has them (the tokenizer's);
   *   `gazFilter`: (keyHash, mask) → mask, used in training to leave out entries of this document
   */
  constructor(readonly words: readonly string[], sentStarts: ArrayLike<number>, lex: NerLexicon, options: { types?: WordTypeIds; gazFilter?: (h: number, mask: number) => number } = {}) {
    const { gazFilter } = options;
    const types = options.types ?? typeIdsOf(words);
    this.typeIds = types.ids;
    this.vocabulary = types.vocabulary;
    const n = (this.n = words.length);
    // One zeroed allocation for the per-token arrays (views), not twelve.
    const mem = new ArrayBuffer(n * (10 * 4 + 2));
    let off = 0;
    const i32 = (): Int32Array => {
      const a = new Int32Array(mem, off, n);
      off += 4 * n;
      return a;
    };
    this.lower = i32();
    this.exact = i32();
    this.shape = i32();
    this.sshape = i32();
    this.flags = i32();
    this.sentStart = i32();
    this.sentEnd = i32();
    this.gazB = i32();
    this.gazI = i32();
    this.cacheStart = i32().fill(-1);
    this.lcc = new Uint8Array(mem, off, n);
    this.cacheLen = new Uint8Array(mem, off + n, n);
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s];
      const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      for (let k = a; k < b; k++) {
        this.sentStart[k] = a;
        this.sentEnd[k] = b;
      }
    }
    const wt = nerWordTypes.table(types.vocabulary, lex);
    const ids = types.ids;
    const rec = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = (rec[i] = ids[i] * NER_TYPE_FIELDS);
      if (wt[r + W.Flags] === 0) analyseWord(words[i], wt, r);
      this.flags[i] = wt[r + W.Flags] & ~TYPE_KNOWN;
      this.lower[i] = wt[r + W.Lower];
      this.exact[i] = wt[r + W.Exact];
      this.shape[i] = wt[r + W.Shape];
      this.sshape[i] = wt[r + W.SShape];
    }
    // Sentence-level: start flags and headlines (no lower-case word with >= 2 letters, >= 2 words).
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s];
      const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      let first = a;
      while (first < b && this.flags[first] & F_NOLETTER) first++;
      if (first < b) this.flags[first] |= F_SENT_START;
      let caps = 0;
      let lowers = 0;
      for (let k = a; k < b; k++) {
        const f = this.flags[k];
        if (f & F_ALLCAPS) caps++;
        else if (f & F_LOWER_WORD && words[k].length > 1) lowers++;
      }
      if (caps >= 2 && lowers === 0) for (let k = a; k < b; k++) this.flags[k] |= F_HEADLINE;
    }
    // Candidates: words with an upper-case letter; connectors between them.
    for (let i = 0; i < n; i++) {
      const f = this.flags[i];
      if (f & F_UPPER) {
        if (!isContraction(words[i])) this.flags[i] |= F_CAND;
      }
      else if (f & F_CONNECTOR && i > 0 && i > this.sentStart[i] && this.flags[i - 1] & (F_UPPER | F_CONNECTOR)) {
        const e = this.sentEnd[i];
        if ((i + 1 < e && this.flags[i + 1] & F_UPPER) || (i + 2 < e && this.flags[i + 1] & F_CONNECTOR && this.flags[i + 2] & F_UPPER)) this.flags[i] |= F_CAND;
      }
    }
    // Lower-case classes of candidates and their neighbours.
    for (let i = 0; i < n; i++) {
      if (this.flags[i] & F_CAND || (i > 0 && this.flags[i - 1] & F_CAND) || (i + 1 < n && this.flags[i + 1] & F_CAND)) {
        const r = rec[i];
        if (wt[r + W.Lcc] === 0) wt[r + W.Lcc] = (lex.lc.get(wt[r + W.Lower] >>> 0) ?? LC_UNSEEN) + 1;
        this.lcc[i] = wt[r + W.Lcc] - 1;
      }
    }
    // Gazetteer matches starting at candidate tokens, within the sentence.
    for (let i = 0; i < n; i++) {
      if (!(this.flags[i] & F_CAND)) continue;
      const r = rec[i];
      let h = this.lower[i] >>> 0;
      if (wt[r + W.GazState] === 0) {
        const own = lex.gaz.get(h);
        wt[r + W.Gaz] = own ?? 0;
        wt[r + W.GazState] = GAZ_KNOWN | (own !== undefined ? GAZ_ENTRY : 0) | (lex.gazPrefix.has(h) ? GAZ_PREFIX : 0);
      }
      const state = wt[r + W.GazState];
      let m: number | undefined;
      if (state & GAZ_ENTRY) {
        m = wt[r + W.Gaz];
        if (gazFilter) m = gazFilter(h, m);
        this.gazB[i] |= m & ~GAZ_RULE_ONLY;
      }
      if (!(state & GAZ_PREFIX)) continue;
      const e = Math.min(this.sentEnd[i], i + lex.maxTokens);
      for (let j = i + 1; j < e; j++) {
        h = extendKey(h, words[j]);
        m = lex.gaz.get(h);
        if (m !== undefined) {
          if (gazFilter) m = gazFilter(h, m);
          m &= ~GAZ_RULE_ONLY;
          if (m) {
            this.gazB[i] |= m;
            for (let k = i + 1; k <= j; k++) this.gazI[k] |= m;
          }
        }
        if (!lex.gazPrefix.has(h)) break;
      }
    }
  }

  cache(i: number, ids: Int32Array, from: number, to: number): void {
    const len = Math.min(to - from, 255);
    if (this.cacheUsed + len > this.cacheIds.length) {
      const bigger = new Int32Array(Math.max(this.cacheIds.length * 2, this.cacheUsed + len));
      bigger.set(this.cacheIds.subarray(0, this.cacheUsed));
      this.cacheIds = bigger;
    }
    this.cacheIds.set(ids.subarray(from, from + len), this.cacheUsed);
    this.cacheStart[i] = this.cacheUsed;
    this.cacheLen[i] = len;
    this.cacheUsed += len;
  }

  /**
   * Records first-pass tags and aggregates them per word over the document ("one name, one type"):
   * for each capitalised token, the majority first-pass type of the *other* occurrences of the same
   * (lower-cased) word, whether they agree, and the type of a multi-word name containing the word.
   */
  setFirstPass(tags: ArrayLike<number>): void {
    const n = this.n;
    const p1 = (this.p1 = new Int32Array(n));
    for (let i = 0; i < n; i++) p1[i] = tags[i];
    const maj = (this.aggMaj = new Uint8Array(n));
    const multi = (this.aggMulti = new Uint8Array(n));
    const flags = this.flags;
    const lower = this.lower;
    // lower-cased word → slot in `counts` (6 type counts each); typed tables: no boxed keys.
    const slotOf = new HashTable(64);
    let slots = 0;
    let counts = new Int32Array(6 * 64);
    const multiOf = new HashTable(16);
    for (let k = 0; k < n; k++) {
      if (!(flags[k] & F_UPPER)) continue;
      let c = slotOf.get(lower[k]);
      if (c === undefined) {
        c = slots++;
        slotOf.set(lower[k], c);
        if (slots * 6 > counts.length) {
          const bigger = new Int32Array(counts.length * 2);
          bigger.set(counts);
          counts = bigger;
        }
      }
      counts[c * 6 + typeOfTag(p1[k])]++;
    }
    for (let k = 0; k < n; k++) {
      const t = p1[k];
      if (t === 0 || t % 2 === 0) continue; // span starts (B-)
      let e = k + 1;
      while (e < n && p1[e] === t + 1) e++;
      if (e - k >= 2) for (let j = k; j < e; j++) if (flags[j] & F_UPPER && !multiOf.has(lower[j])) multiOf.set(lower[j], typeOfTag(t));
    }
    for (let k = 0; k < n; k++) {
      if (!(flags[k] & F_CAND)) continue;
      const c = slotOf.get(lower[k]);
      multi[k] = multiOf.get(lower[k]) ?? 7;
      if (c === undefined) { maj[k] = 7; continue; }
      const own = typeOfTag(p1[k]);
      let total = 0;
      let best = 0;
      let bestN = -1;
      for (let t = 0; t < 6; t++) {
        const v = counts[c * 6 + t] - (t === own && flags[k] & F_UPPER ? 1 : 0);
        total += v;
        if (v > bestN) { best = t; bestN = v; }
      }
      maj[k] = total === 0 ? 7 : best + (bestN === total ? 8 : 0) + (total >= 3 ? 16 : 0);
    }
  }
}

/** Writes the flags and hashes of a word into its record at `at` (see W). */
function analyseWord(w: string, out: Int32Array, at: number): void {
  let flags = 0;
  let sh = FNV_OFFSET; // shape, first 12 characters
  let ssh = FNV_OFFSET; // short shape (runs collapsed)
  let lh = FNV_OFFSET; // lower-cased word
  let eh = FNV_OFFSET; // exact word
  let last = -1;
  let upper = 0;
  let lowerc = 0;
  let letters = 0;
  const len = w.length;
  for (let k = 0; k < len; k++) {
    const c = w.charCodeAt(k);
    let cls: number;
    let lc = c;
    if (c >= 97 && c <= 122) { cls = 120; lowerc++; letters++; }
    else if (c >= 65 && c <= 90) { cls = 88; upper++; letters++; lc = c + 32; }
    else if (c >= 48 && c <= 57) { cls = 100; flags |= F_DIGIT; }
    else if (c >= 128) {
      const ch = w[k];
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      lc = lo.charCodeAt(0);
      if (lo !== up) {
        letters++;
        if (ch === up) { cls = 88; upper++; } else { cls = 120; lowerc++; }
      } else cls = c;
    } else {
      cls = c;
      if (c === 45) flags |= F_HYPHEN;
      else if (c === 46) flags |= F_PERIOD;
    }
    lh = fnvStep(lh, lc);
    eh = fnvStep(eh, c);
    if (k < 12) sh = fnvStep(sh, cls);
    if (cls !== last) { ssh = fnvStep(ssh, cls); last = cls; }
  }
  if (letters === 0) flags |= F_NOLETTER;
  if (upper > 0) flags |= F_UPPER;
  const c0 = w.charCodeAt(0);
  if ((c0 >= 65 && c0 <= 90) || (c0 >= 128 && upper > 0 && w[0] !== w[0].toLowerCase())) flags |= F_CAP;
  else if ((c0 >= 97 && c0 <= 122) || (c0 >= 128 && lowerc > 0 && w[0] !== w[0].toUpperCase())) flags |= F_LOWER_WORD;
  if (upper > 0 && lowerc === 0 && letters > 1) flags |= F_ALLCAPS;
  if (upper === 0 && len <= 5 && CONNECTORS.has(w)) flags |= F_CONNECTOR;
  out[at + W.Flags] = flags | TYPE_KNOWN;
  out[at + W.Lower] = lh;
  out[at + W.Exact] = eh;
  out[at + W.Shape] = sh;
  out[at + W.SShape] = ssh;
}

// Feature template ids.
const enum T {
  Bias = 1, Lower, Exact, Shape, SShape, Pre, Suf, LowerM1, LowerP1, LowerM2, LowerP2, SShapeM1, SShapeP1,
  BigramM, BigramP, Prev, Prev2, PrevLower, PrevShape, SentStart, Headline, Lcc, LccM1, LccP1, LccStart,
  LccHead, GazB, GazI, GazBP1, GazBM1, Mem, MemHead, Hyphen, Period, Len, StartShape, HeadLower, GazIM1, ExactP1, ExactM1,
  CapSeqLen, GazNone, P1, P1M1, P1P1, AggMaj, AggMulti, AggMajP1, AggBoth,
}

const NONE = 0x5bd1e995;
const START_TAG = 97;

/** Type index (1..5) of a tag index, 0 for O. */
export function typeOfTag(tag: number): number {
  return (tag + 1) >> 1;
}

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

/** History-independent features of position i (cached per document: pass 2 and training epochs reuse them). */
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

/** History-dependent features of nerFeatures; `mem` is the document memory of words[i] (0 if none). */
export function historyFeatures(doc: NerDoc, i: number, history: Int32Array, mem: number, out: FeatureBuffer, drop = false): void {
  const s0 = doc.sentStart[i];
  const lw = doc.lower[i];
  const head = doc.flags[i] & F_HEADLINE ? 1 : 0;
  const prev = i - 1 >= s0 ? history[i - 1] : START_TAG;
  const prev2 = i - 2 >= s0 ? history[i - 2] : START_TAG;
  out.pushCombined(T.Prev, prev);
  out.pushCombined3(T.Prev2, prev, prev2);
  if (!drop) out.pushCombined3(T.PrevLower, prev, lw);
  out.pushCombined3(T.PrevShape, prev, doc.sshape[i]);
  out.pushCombined(T.Mem, mem);
  out.pushCombined3(T.MemHead, mem, head);
}

/** The features nerFeatures2 adds to nerFeatures (first-pass aggregates). */
export function secondPassFeatures(doc: NerDoc, i: number, out: FeatureBuffer): void {
  const p1 = doc.p1!;
  const s0 = doc.sentStart[i];
  const e0 = doc.sentEnd[i];
  const maj = doc.aggMaj![i];
  const multi = doc.aggMulti![i];
  out.pushCombined(T.P1, p1[i]);
  out.pushCombined3(T.P1M1, i - 1 >= s0 ? p1[i - 1] : START_TAG, p1[i]);
  out.pushCombined3(T.P1P1, i + 1 < e0 ? p1[i + 1] : START_TAG, p1[i]);
  out.pushCombined(T.AggMaj, maj);
  out.pushCombined(T.AggMulti, multi);
  out.pushCombined3(T.AggMajP1, maj, p1[i]);
  out.pushCombined3(T.AggBoth, maj & 7, multi);
}

/** Fixes non-candidate tokens to O. */
export function nerFixed(doc: NerDoc, i: number): number {
  return doc.flags[i] & F_CAND ? -1 : 0;
}

