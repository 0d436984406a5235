/**
 * Features of the entity tagger, shared by training (CoNLL tokens) and inference (our tokenizer).
 *
 * A document is precomputed once into typed arrays (hashes of the lower-cased word, exact word,
 * shapes, flags, gazetteer matches); the extractor then only combines integers.
 * Tokens that cannot be part of a name (no upper-case letter and not a connector such as "of"
 * between capitalised words) are fixed to `O` without scoring.
 */
import { FeatureBuffer, bioTags, hashCombine, hashSubstring } from '../learning';
import {
  GAZ_BITS, LC_DICT, LC_UNSEEN, NerLexicon, extendKey, lowerHash, lowerHashRange,
} from './lexicon';

export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'GRP'] as const;
export const NER_TAGS = bioTags(NER_TYPES as unknown as string[]);
/** Version of the feature set; stored in the model so a stale model is detected. */
export const FEATURE_VERSION = 'ner-features-3';

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
  readonly pre: Int32Array; // 4 prefix hashes per token
  readonly suf: Int32Array; // 4 suffix hashes per token
  /** Document memory: word hash → last predicted type (1..5), 6 = seen capitalised as O. */
  readonly memory = new Map<number, number>();
  memUpTo = 0;
  lastI = -1;

  /**
   * @param words token texts (already normalised with normalizeToken)
   * @param sentStarts index of the first token of each sentence, ascending, starting with 0
   * @param gazFilter optional (keyHash, mask) → mask, used in training to leave out entries of this document
   */
  constructor(readonly words: readonly string[], sentStarts: ArrayLike<number>, lex: NerLexicon, gazFilter?: (h: number, mask: number) => number) {
    const n = (this.n = words.length);
    this.lower = new Int32Array(n);
    this.exact = new Int32Array(n);
    this.shape = new Int32Array(n);
    this.sshape = new Int32Array(n);
    this.flags = new Int32Array(n);
    this.sentStart = new Int32Array(n);
    this.sentEnd = new Int32Array(n);
    this.lcc = new Uint8Array(n);
    this.gazB = new Int32Array(n);
    this.gazI = new Int32Array(n);
    this.pre = new Int32Array(n * 4);
    this.suf = new Int32Array(n * 4);
    for (let s = 0; s < sentStarts.length; s++) {
      const a = sentStarts[s];
      const b = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      for (let k = a; k < b; k++) {
        this.sentStart[k] = a;
        this.sentEnd[k] = b;
      }
    }
    for (let i = 0; i < n; i++) this.analyseWord(i, words[i], lex);
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
      if (f & F_UPPER) this.flags[i] |= F_CAND;
      else if (f & F_CONNECTOR && i > 0 && i > this.sentStart[i] && this.flags[i - 1] & (F_UPPER | F_CONNECTOR)) {
        const e = this.sentEnd[i];
        if ((i + 1 < e && this.flags[i + 1] & F_UPPER) || (i + 2 < e && this.flags[i + 1] & F_CONNECTOR && this.flags[i + 2] & F_UPPER)) this.flags[i] |= F_CAND;
      }
    }
    // Gazetteer matches starting at candidate tokens, within the sentence.
    for (let i = 0; i < n; i++) {
      if (!(this.flags[i] & F_CAND)) continue;
      let h = this.lower[i] >>> 0;
      let m = lex.gaz.get(h);
      if (m !== undefined) {
        if (gazFilter) m = gazFilter(h, m);
        this.gazB[i] |= m;
      }
      if (!lex.gazFirst.has(h)) continue;
      const e = Math.min(this.sentEnd[i], i + lex.maxTokens);
      for (let j = i + 1; j < e; j++) {
        h = extendKey(h, words[j]);
        m = lex.gaz.get(h);
        if (m === undefined) continue;
        if (gazFilter) m = gazFilter(h, m);
        if (!m) continue;
        this.gazB[i] |= m;
        for (let k = i + 1; k <= j; k++) this.gazI[k] |= m;
      }
    }
  }

  private analyseWord(i: number, w: string, lex: NerLexicon): void {
    let flags = 0;
    let sh = 0x811c9dc5;
    let ssh = 0x811c9dc5;
    let last = -1;
    let upper = 0;
    let lowerc = 0;
    let letters = 0;
    const len = w.length;
    for (let k = 0; k < len; k++) {
      const c = w.charCodeAt(k);
      let cls: number;
      if (c >= 65 && c <= 90) { cls = 88; upper++; letters++; }
      else if (c >= 97 && c <= 122) { cls = 120; lowerc++; letters++; }
      else if (c >= 48 && c <= 57) { cls = 100; flags |= F_DIGIT; }
      else if (c >= 128) {
        const ch = w[k];
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        if (lo !== up) {
          letters++;
          if (ch === up) { cls = 88; upper++; } else { cls = 120; lowerc++; }
        } else cls = c;
      } else {
        cls = c;
        if (c === 45) flags |= F_HYPHEN;
        else if (c === 46) flags |= F_PERIOD;
      }
      if (k < 12) { sh ^= cls; sh = Math.imul(sh, 0x01000193); }
      if (cls !== last) { ssh ^= cls; ssh = Math.imul(ssh, 0x01000193); last = cls; }
    }
    if (letters === 0) flags |= F_NOLETTER;
    if (upper > 0) flags |= F_UPPER;
    const c0 = w.charCodeAt(0);
    const firstUpper = (c0 >= 65 && c0 <= 90) || (c0 >= 128 && w[0] !== w[0].toLowerCase());
    if (firstUpper) flags |= F_CAP;
    else if ((c0 >= 97 && c0 <= 122) || (c0 >= 128 && w[0] !== w[0].toUpperCase())) flags |= F_LOWER_WORD;
    if (upper > 0 && lowerc === 0 && letters > 1) flags |= F_ALLCAPS;
    const lh = lowerHash(w);
    if (CONNECTORS.has(w)) flags |= F_CONNECTOR;
    this.flags[i] = flags;
    this.lower[i] = lh;
    this.exact[i] = hashSubstring(w, 0, len);
    this.shape[i] = sh;
    this.sshape[i] = ssh;
    this.lcc[i] = lex.lc.get(lh) ?? LC_UNSEEN;
    // Prefix / suffix hashes (lower-cased), lengths 1..4.
    let ph = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      if (k < len) ph = lowerHashRange(ph, w, k, k + 1);
      this.pre[i * 4 + k] = k < len ? ph : 0;
    }
    for (let k = 0; k < 4; k++) {
      this.suf[i * 4 + k] = k < len ? lowerHashRange(0x811c9dc5, w, len - k - 1, len) : 0;
    }
  }
}

// Feature template ids.
const enum T {
  Bias = 1, Lower, Exact, Shape, SShape, Pre, Suf, LowerM1, LowerP1, LowerM2, LowerP2, SShapeM1, SShapeP1,
  BigramM, BigramP, Prev, Prev2, PrevLower, PrevShape, SentStart, Headline, Lcc, LccM1, LccP1, LccStart,
  LccHead, GazB, GazI, GazBP1, GazBM1, Mem, MemHead, Hyphen, Period, Len, StartShape, HeadLower, GazIM1, ExactP1, ExactM1,
  CapSeqLen, GazNone,
}

const NONE = 0x5bd1e995;
const START_TAG = 97;

function f1(t: number, v: number): number {
  return hashCombine(t, v);
}

function f2(t: number, a: number, b: number): number {
  return hashCombine(hashCombine(t, a), b);
}

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

/** The extractor for position i of a document (see learning/index.ts). */
export function nerFeatures(doc: NerDoc, i: number, history: Int32Array, out: FeatureBuffer): void {
  updateMemory(doc, i, history);
  const s0 = doc.sentStart[i];
  const e0 = doc.sentEnd[i];
  const flags = doc.flags[i];
  const lw = doc.lower[i];
  const head = flags & F_HEADLINE ? 1 : 0;
  const start = flags & F_SENT_START ? 1 : 0;
  out.push(f1(T.Bias, 0));
  out.push(f1(T.Lower, lw));
  out.push(f1(T.Exact, doc.exact[i]));
  out.push(f1(T.Shape, doc.shape[i]));
  out.push(f2(T.SShape, doc.sshape[i], head));
  for (let k = 0; k < 4; k++) {
    const p = doc.pre[i * 4 + k];
    if (p) out.push(f2(T.Pre, k, p));
    const s = doc.suf[i * 4 + k];
    if (s) out.push(f2(T.Suf, k, s));
  }
  const lm1 = i - 1 >= s0 ? doc.lower[i - 1] : NONE;
  const lp1 = i + 1 < e0 ? doc.lower[i + 1] : NONE;
  const lm2 = i - 2 >= s0 ? doc.lower[i - 2] : NONE;
  const lp2 = i + 2 < e0 ? doc.lower[i + 2] : NONE;
  out.push(f1(T.LowerM1, lm1));
  out.push(f1(T.LowerP1, lp1));
  out.push(f1(T.LowerM2, lm2));
  out.push(f1(T.LowerP2, lp2));
  out.push(f1(T.ExactM1, i - 1 >= s0 ? doc.exact[i - 1] : NONE));
  out.push(f1(T.ExactP1, i + 1 < e0 ? doc.exact[i + 1] : NONE));
  out.push(f2(T.SShapeM1, i - 1 >= s0 ? doc.sshape[i - 1] : NONE, doc.sshape[i]));
  out.push(f2(T.SShapeP1, i + 1 < e0 ? doc.sshape[i + 1] : NONE, doc.sshape[i]));
  out.push(f2(T.BigramM, lm1, lw));
  out.push(f2(T.BigramP, lw, lp1));
  const prev = i - 1 >= s0 ? history[i - 1] : START_TAG;
  const prev2 = i - 2 >= s0 ? history[i - 2] : START_TAG;
  out.push(f1(T.Prev, prev));
  out.push(f2(T.Prev2, prev, prev2));
  out.push(f2(T.PrevLower, prev, lw));
  out.push(f2(T.PrevShape, prev, doc.sshape[i]));
  out.push(f2(T.SentStart, start, head));
  out.push(f2(T.StartShape, start, doc.sshape[i]));
  if (head) out.push(f1(T.HeadLower, lw));
  const lcc = doc.lcc[i];
  out.push(f1(T.Lcc, lcc));
  out.push(f2(T.LccStart, lcc, start));
  out.push(f2(T.LccHead, lcc, head));
  out.push(f2(T.LccM1, i - 1 >= s0 ? doc.lcc[i - 1] : 9, lcc));
  out.push(f2(T.LccP1, i + 1 < e0 ? doc.lcc[i + 1] : 9, lcc));
  const gb = doc.gazB[i];
  const gi = doc.gazI[i];
  if (gb | gi) {
    for (let b = 0; b < GAZ_BITS; b++) {
      if (gb & (1 << b)) out.push(f1(T.GazB, b));
      if (gi & (1 << b)) out.push(f1(T.GazI, b));
    }
  } else out.push(f2(T.GazNone, lcc === LC_UNSEEN || lcc === LC_DICT ? lcc : 1, head));
  if (i + 1 < e0) {
    const g = doc.gazB[i + 1];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out.push(f1(T.GazBP1, b));
  }
  if (i - 1 >= s0) {
    const g = doc.gazB[i - 1] | doc.gazI[i - 1];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out.push(f1(T.GazBM1, b));
  }
  const mem = doc.memory.get(lw) ?? 0;
  out.push(f1(T.Mem, mem));
  out.push(f2(T.MemHead, mem, head));
  if (flags & F_HYPHEN) out.push(f1(T.Hyphen, 1));
  if (flags & F_PERIOD) out.push(f1(T.Period, 1));
  out.push(f1(T.Len, Math.min(doc.words[i].length, 8)));
  // Length of the run of capitalised words this token is in (1, 2, 3+).
  let a = i;
  while (a - 1 >= s0 && doc.flags[a - 1] & F_CAP) a--;
  let b = i;
  while (b + 1 < e0 && doc.flags[b + 1] & F_CAP) b++;
  out.push(f2(T.CapSeqLen, Math.min(b - a + 1, 3), Math.min(i - a, 2)));
}

/** Fixes non-candidate tokens to O. */
export function nerFixed(doc: NerDoc, i: number): number {
  return doc.flags[i] & F_CAND ? -1 : 0;
}

export { extendKey, lowerHash };
