/**
 * A document prepared for the entity tagger's features, shared by training (CoNLL tokens) and
 * inference (our tokenizer): per-token typed arrays (hashes of the lower-cased and exact word,
 * shapes, flags, lower-case classes, gazetteer matches), computed once per word type where they
 * depend on the word alone, plus the first pass's document-level aggregates ("one name, one type").
 * Tokens that cannot be part of a name (no upper-case letter and not a connector such as "of"
 * between capitalised words) are not candidates: the tagger fixes them to `O` without scoring.
 */
import {
  GAZ_RULE_ONLY as GAZ_RULE_ONLY_IMPORT, LC_UNSEEN as LC_UNSEEN_IMPORT, NerLexicon, extendKey as extendKeyImport,
} from './lexicon';
import { TypeTable, Vocabulary, currentVocabulary } from '../text/vocabulary';
import { HashTable } from '../common/hashTable';
import { FNV_OFFSET, fnvStep } from '../common/fnv';
import { typeOfTag as typeOfTagImport } from './tagSet';

// Module-local copies of the imports used in hot loops: a CommonJS build (tsx, tests) reads an
// imported binding through a getter on every use.
const extendKey = extendKeyImport;
const GAZ_RULE_ONLY = GAZ_RULE_ONLY_IMPORT;
const LC_UNSEEN = LC_UNSEEN_IMPORT;
const typeOfTag = typeOfTagImport;

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
/** One character long (NerDoc's headline test counts lower-case words of two or more). */
const F_ONE_CHAR = 4096;
/** A contraction ("They've", isContraction): never a candidate. Per type, so the rare test is not in the per-token loop. */
const F_CONTRACTION = 8192;

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

/** The last letter of "I'd", "I'm" and the last two of "They've", "We're", "We'll", as char codes (isContraction). */
const CONTRACTION_LAST = new Set([...'dmDM'].map((c) => c.charCodeAt(0)));
const CONTRACTION_LAST_TWO = new Set(['ve', 're', 'll', 'VE', 'RE', 'LL'].map((e) => e.charCodeAt(0) * 65536 + e.charCodeAt(1)));

/**
 * "They've", "We'll", "I'd": our tokenizer keeps these whole (CoNLL splits them); never names. Every test runs
 * for every word (no test first runs at the first contraction, late: a deopt of analyseWord, which inlines this).
 */
function isContraction(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  const oneLetter = CONTRACTION_LAST.has(last);
  const twoLetters = CONTRACTION_LAST_TWO.has(before * 65536 + last);
  return (before === 39 && oneLetter) || (w.charCodeAt(n - 3) === 39 && twoLetters);
}

/** Token vocabulary ids of a document's words (see text/vocabulary.ts): ids[i] of word i (the array may be longer). */
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
 * exact word, its shape and short shape (see analyseWord), its word cluster + 1 (0: none): the fields
 * every token copies, side by side, then the lazily looked-up lexicon facts: lower-case class + 1
 * (0 until needed), the word's own gazetteer mask with GAZ_* state bits.
 */
const enum W { Flags, Lower, Exact, Shape, SShape, Cluster, Lcc, Gaz, GazState }
const NER_TYPE_FIELDS = 9;
/** Set in every computed record's flags (no F_* flag uses it). */
const TYPE_KNOWN = 1 << 30;
/** GazState bits: the gazetteer was consulted; the word is an entry; it starts a multi-word entry. */
const GAZ_KNOWN = 1;
const GAZ_ENTRY = 2;
const GAZ_PREFIX = 4;
const nerWordTypes = new TypeTable(NER_TYPE_FIELDS);

/**
 * Where each per-token array of a NerDoc starts in its memory, in bytes per token (× n): the Int32
 * rows first (4 bytes a token, so every view is aligned), setFirstPass's tags among them, then the byte rows.
 */
const enum Row {
  Lower = 0, Exact = 4, Shape = 8, SShape = 12, Flags = 16, SentStart = 20, SentEnd = 24, GazB = 28, GazI = 32, CacheStart = 36,
  Cluster = 40, P1 = 44, Lcc = 48, CacheLen = 49, AggMaj = 50, AggMulti = 51, End = 52,
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
  /** Word cluster + 1 (0: none; see WordClusters). */
  readonly cluster: Int32Array;
  /** The clusters' bit-string prefixes (WordClusters.prefixCodes), when the lexicon has clusters. */
  readonly clusterCodes: Int32Array | undefined;
  /** Document memory: word hash → last predicted type (1..5), 6 = seen capitalised as O. */
  readonly memory = new Map<number, number>();
  memUpTo = 0;
  lastI = -1;
  /** Cache of history-independent feature ids per token (filled lazily). */
  readonly cacheStart: Int32Array;
  readonly cacheLen: Uint8Array;
  cacheIds = new Int32Array(0);
  private cacheUsed = 0;
  /** Training only: tokens whose word-identity features are withheld (teaches context for unseen names). */
  dropIdentity: Uint8Array | undefined;
  /** First-pass tags (two-pass tagging), and per-token aggregates of them over the document. */
  p1: Int32Array | undefined;
  aggMaj: Uint8Array | undefined;
  aggMulti: Uint8Array | undefined;

  /** The per-token arrays' memory (views of it; see the constructor). */
  private readonly mem: ArrayBuffer;
  /** Vocabulary ids of the words (see `WordTypeIds`). */
  readonly typeIds: ArrayLike<number>;
  readonly vocabulary: Vocabulary;

  /**
   * @param words token texts (already normalised with normalizeToken)
   * @param sentStarts index of the first token of each sentence, ascending, starting with 0
   * @param lex gazetteers and lower-case statistics
   * @param options `types`: the words' vocabulary ids when the caller has them (the tokenizer's);
   *   `gazFilter`: (keyHash, mask) → mask, used in training to leave out entries of this document;
   *   `memory`: scratch for the per-token arrays (`NerDoc.bytes(n)` or more) that the caller reuses
   *   once it is done with this document (the tagger: an allocation per document costs more than zeroing)
   */
  constructor(
    readonly words: readonly string[],
    sentStarts: ArrayLike<number>,
    lex: NerLexicon,
    options: { types?: WordTypeIds; gazFilter?: (h: number, mask: number) => number; memory?: ArrayBuffer } = {},
  ) {
    const { gazFilter } = options;
    const types = options.types ?? typeIdsOf(words);
    this.typeIds = types.ids;
    this.clusterCodes = lex.clusters?.prefixCodes;
    this.vocabulary = types.vocabulary;
    const n = (this.n = words.length);
    // One allocation for the per-token arrays (views at their Row), not twelve. Reused, only the rows
    // that are not written for every token are zeroed (the gazetteer masks, the lower-case classes).
    const scratch = options.memory;
    const mem = (this.mem = scratch && scratch.byteLength >= NerDoc.bytes(n) ? scratch : new ArrayBuffer(NerDoc.bytes(n)));
    if (mem === scratch) {
      new Uint8Array(mem, Row.GazB * n, (Row.CacheStart - Row.GazB) * n).fill(0);
      new Uint8Array(mem, Row.Lcc * n, n).fill(0);
    }
    const lower = (this.lower = new Int32Array(mem, Row.Lower * n, n));
    const exact = (this.exact = new Int32Array(mem, Row.Exact * n, n));
    const shape = (this.shape = new Int32Array(mem, Row.Shape * n, n));
    const sshape = (this.sshape = new Int32Array(mem, Row.SShape * n, n));
    const flags = (this.flags = new Int32Array(mem, Row.Flags * n, n));
    const sentStart = (this.sentStart = new Int32Array(mem, Row.SentStart * n, n));
    const sentEnd = (this.sentEnd = new Int32Array(mem, Row.SentEnd * n, n));
    const gazB = (this.gazB = new Int32Array(mem, Row.GazB * n, n));
    const gazI = (this.gazI = new Int32Array(mem, Row.GazI * n, n));
    this.cacheStart = new Int32Array(mem, Row.CacheStart * n, n).fill(-1);
    const cluster = (this.cluster = new Int32Array(mem, Row.Cluster * n, n));
    const lcc = (this.lcc = new Uint8Array(mem, Row.Lcc * n, n));
    this.cacheLen = new Uint8Array(mem, Row.CacheLen * n, n);
    const wt = nerWordTypes.table(types.vocabulary, lex);
    const ids = types.ids;
    const clusters = lex.clusters;
    // Per sentence, one walk over its tokens: the word-type facts, the sentence bounds, the first
    // token with a letter (sentence start) and the counts of the headline test (no lower-case word
    // with >= 2 letters, >= 2 all-caps words). Tokens before the first sentence: no sentence (0, 0).
    const sentences = sentStarts.length;
    for (let s = -1; s < sentences; s++) {
      const a = s < 0 ? 0 : sentStarts[s];
      const b = s + 1 < sentences ? sentStarts[s + 1] : n;
      const inSentence = s >= 0;
      let first = -1;
      let caps = 0;
      let lowers = 0;
      for (let i = a; i < b; i++) {
        const r = ids[i] * NER_TYPE_FIELDS;
        if (wt[r + W.Flags] === 0) {
          analyseWord(words[i], wt, r);
          wt[r + W.Cluster] = clusters ? clusters.lookup(words[i]) + 1 : 0;
        }
        const f = wt[r + W.Flags] & ~TYPE_KNOWN;
        flags[i] = f;
        lower[i] = wt[r + W.Lower];
        exact[i] = wt[r + W.Exact];
        shape[i] = wt[r + W.Shape];
        sshape[i] = wt[r + W.SShape];
        cluster[i] = wt[r + W.Cluster];
        sentStart[i] = inSentence ? a : 0;
        sentEnd[i] = inSentence ? b : 0;
        if (first < 0 && !(f & F_NOLETTER)) first = i;
        if (f & F_ALLCAPS) caps++;
        else if (f & F_LOWER_WORD && !(f & F_ONE_CHAR)) lowers++;
      }
      if (!inSentence) continue;
      if (first >= 0) flags[first] |= F_SENT_START;
      if (caps >= 2 && lowers === 0) for (let k = a; k < b; k++) flags[k] |= F_HEADLINE;
    }
    // Candidates: words with an upper-case letter; connectors between them. Each candidate then has
    // the lower-case classes of itself and its neighbours, and the gazetteer matches starting at it.
    let lccUpTo = 0; // lcc is set below this token
    for (let i = 0; i < n; i++) {
      const f = flags[i];
      if (f & F_UPPER) {
        if (f & F_CONTRACTION) continue;
      } else {
        if (!(f & F_CONNECTOR && i > 0 && i > sentStart[i] && flags[i - 1] & (F_UPPER | F_CONNECTOR))) continue;
        const e = sentEnd[i];
        if (!((i + 1 < e && flags[i + 1] & F_UPPER) || (i + 2 < e && flags[i + 1] & F_CONNECTOR && flags[i + 2] & F_UPPER))) continue;
      }
      flags[i] = f | F_CAND;
      for (let k = Math.max(i - 1, lccUpTo), to = Math.min(i + 2, n); k < to; k++) {
        const r = ids[k] * NER_TYPE_FIELDS;
        if (wt[r + W.Lcc] === 0) wt[r + W.Lcc] = (lex.lc.get(wt[r + W.Lower] >>> 0) ?? LC_UNSEEN) + 1;
        lcc[k] = wt[r + W.Lcc] - 1;
      }
      lccUpTo = Math.min(i + 2, n);
      // Gazetteer matches starting at candidate i, within the sentence.
      const r = ids[i] * NER_TYPE_FIELDS;
      let h = lower[i] >>> 0;
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
        gazB[i] |= m & ~GAZ_RULE_ONLY;
      }
      if (!(state & GAZ_PREFIX)) continue;
      const e = Math.min(sentEnd[i], i + lex.maxTokens);
      for (let j = i + 1; j < e; j++) {
        h = extendKey(h, words[j]);
        m = lex.gaz.get(h);
        if (m !== undefined) {
          if (gazFilter) m = gazFilter(h, m);
          m &= ~GAZ_RULE_ONLY;
          if (m) {
            gazB[i] |= m;
            for (let k = i + 1; k <= j; k++) gazI[k] |= m;
          }
        }
        if (!lex.gazPrefix.has(h)) break;
      }
    }
  }

  /** Bytes of the per-token arrays of a document of n tokens (see the constructor's `memory`). */
  static bytes(n: number): number {
    return n * Row.End;
  }

  cache(i: number, ids: Int32Array, from: number, to: number): void {
    const len = Math.min(to - from, 255);
    if (this.cacheUsed + len > this.cacheIds.length) {
      // Allocated on first use: the fast tagger caches nothing here (an allocation per document saved).
      const bigger = new Int32Array(Math.max(this.cacheIds.length * 2, this.cacheUsed + len, 1024));
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
    // The arrays are views of the constructor's allocation (zeroed again: a second call starts over),
    // the tables scratch shared by every document.
    const p1 = (this.p1 = new Int32Array(this.mem, Row.P1 * n, n));
    for (let i = 0; i < n; i++) p1[i] = tags[i];
    const maj = (this.aggMaj = new Uint8Array(this.mem, Row.AggMaj * n, n).fill(0));
    const multi = (this.aggMulti = new Uint8Array(this.mem, Row.AggMulti * n, n).fill(0));
    const flags = this.flags;
    const lower = this.lower;
    // lower-cased word → slot in `counts` (6 type counts each); typed tables: no boxed keys.
    const slotOf = firstPassSlots;
    slotOf.reset(64);
    let slots = 0;
    let counts = firstPassCounts;
    const multiOf = firstPassMulti;
    multiOf.reset(16);
    for (let k = 0; k < n; k++) {
      if (!(flags[k] & F_UPPER)) continue;
      let c = slotOf.get(lower[k]);
      if (c === undefined) {
        c = slots++;
        slotOf.set(lower[k], c);
        if (slots * 6 > counts.length) {
          const bigger = new Int32Array(counts.length * 2);
          bigger.set(counts);
          counts = firstPassCounts = bigger;
        }
        counts.fill(0, c * 6, c * 6 + 6);
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

/**
 * setFirstPass's scratch tables (emptied by each call): word → slot, per-slot type counts, word → multi-word type.
 * The counts are sized for a long speech's capitalised words at once: growing them first in a late document threw
 * away setFirstPass's optimised code.
 */
const firstPassSlots = new HashTable(64);
let firstPassCounts = new Int32Array(6 * 4096);
const firstPassMulti = new HashTable(16);

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
  // Whether lower-casing, upper-casing changes the first character when it is beyond ASCII (F_CAP, F_LOWER_WORD):
  // taken in the loop, which tests every such character, so that no test first runs at the first word opening so (a late deopt).
  let firstNotLower = false;
  let firstNotUpper = false;
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
      // By code unit (a string compare would first meet a string of another kind late, another deopt).
      const notLower = lo.length !== 1 || lc !== c;
      const notUpper = up.length !== 1 || up.charCodeAt(0) !== c;
      if (lo !== up) {
        // A capital or not, counted without a branch of its own (its first capital beyond ASCII would deopt).
        const capital = notUpper ? 0 : 1;
        letters++;
        upper += capital;
        lowerc += 1 - capital;
        cls = capital ? 88 : 120;
      } else cls = c;
      if (k === 0) {
        firstNotLower = notLower;
        firstNotUpper = notUpper;
      }
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
  const hasUpper = upper > 0;
  const hasLower = lowerc > 0;
  if (hasUpper) flags |= isContraction(w) ? F_UPPER | F_CONTRACTION : F_UPPER;
  const c0 = w.charCodeAt(0);
  if ((c0 >= 65 && c0 <= 90) || (hasUpper && firstNotLower)) flags |= F_CAP;
  else if ((c0 >= 97 && c0 <= 122) || (hasLower && firstNotUpper)) flags |= F_LOWER_WORD;
  if (upper > 0 && lowerc === 0 && letters > 1) flags |= F_ALLCAPS;
  if (upper === 0 && len <= 5 && CONNECTORS.has(w)) flags |= F_CONNECTOR;
  if (len <= 1) flags |= F_ONE_CHAR;
  out[at + W.Flags] = flags | TYPE_KNOWN;
  out[at + W.Lower] = lh;
  out[at + W.Exact] = eh;
  out[at + W.Shape] = sh;
  out[at + W.SShape] = ssh;
}
