/**
 * Named-entity recognition: `recognizeEntities(seg)` → person / place / organization / group
 * mentions with exact offsets. A greedy averaged perceptron (../learning) over hashed features
 * (./features) with gazetteers and lower-case statistics (./lexicon); the weights and lexicon
 * are `server/models/ner.bin` and `server/models/ner.lex`, built by `npm run train:ner`.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as learning from '../learning';
import { FeatureBuffer, ModelFormatError, RankIndex, SequenceModel } from '../learning';
import { lazy, modelsDir, readModelFile } from '../models';
import type { SegmentedText } from '../text/structure';
import { TypeMemo, Vocabulary } from '../text/vocabulary';
import type { EntityMention, EntityType } from '../types';
import * as features from './features';
import { NerDoc, WordTypeIds } from './features';
import * as lexicon from './lexicon';
import { HashTable } from '../common/hashTable';
import { NerLexicon } from './lexicon';
import { cleanMention } from './mentionFilter';
import { withCompoundMentions } from './compounds';

// Module-local copies of the imported functions and constants: a CommonJS build (tsx, tests) reads
// an imported binding through a getter on every use, which is slow in hot loops.
const { bioSpans, rankRow, unpackModels } = learning;
const {
  FEATURE_VERSION, F_ALLCAPS, F_CAND, F_CAP, F_HEADLINE, F_LOWER_WORD, F_NOLETTER, F_SENT_START, F_UPPER, NER_TAGS,
  contextFeatures, historyFeatures, normalizeToken, secondPassFeatures, typeFeatures, typeOfTag,
} = features;
const {
  GAZ_CITY, GAZ_COUNTRY, GAZ_CTXLOC, GAZ_CTXPER, GAZ_DEMONYM, GAZ_FIRST, GAZ_GEOCITY, GAZ_LAST, GAZ_LOC, GAZ_MISC, GAZ_NEWSGRP,
  GAZ_NEWSLOC, GAZ_NEWSMISC, GAZ_NEWSORG, GAZ_NEWSPER, GAZ_ORG, GAZ_ORGLEX, GAZ_PER, GAZ_PERSON, GAZ_REGION, GAZ_TITLE, GAZ_GRP, LC_ALWAYS_LOWER, LC_DICT, LC_MOSTLY_LOWER,
  extendKey, lowerHash,
} = lexicon;
const softmaxConfidence = SequenceModel.confidence;

export const NER_MODEL_FILE = 'ner.bin';
export const NER_LEXICON_FILE = 'ner.lex';

export interface NerSpan {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  /** PER, LOC, ORG, MISC or GRP. */
  type: string;
  confidence: number;
}

/** Default first-pass confidence above which the second pass is skipped (see NerEngine.skipAbove). */
export const DEFAULT_SKIP_ABOVE = 0.98;

/** Spans less confident than this may be retyped for consistency within a document. */
export const HARMONIZE_BELOW = 0.6;

const TYPE_MAP: Record<string, EntityType | undefined> = { PER: 'person', LOC: 'place', ORG: 'organization', GRP: 'group' };

export class NerEngine {
  private readonly buf = new FeatureBuffer(256);
  private tags = new Int32Array(1024);
  private tags1 = new Int32Array(1024);
  private conf1 = new Float32Array(1024);
  private conf = new Float32Array(1024);
  /**
   * Cascade: a candidate whose first-pass confidence is at least this, and whose type agrees with
   * the document-level aggregate, keeps its first-pass tag without second-pass scoring (> 1: off).
   */
  skipAbove = DEFAULT_SKIP_ABOVE;
  /** Per word type: weight sums of its word-type features (see typeFeatures). */
  private readonly typeSums = new TypeSumsTable(NER_TAGS.length);
  /** Per position of the current document: its word type's slot in `typeSums` (set by the first pass). */
  private posSlot = new Int32Array(1024);
  private acc = new Int32Array(NER_TAGS.length);
  private scoreBuf = new Float64Array(NER_TAGS.length);
  private readonly memory = new HashTable(256);
  /** Both passes' weights in one table (one lookup per feature for both), when their buckets agree. */
  private readonly paired: PairedWeights | undefined;
  /** Second-pass weight sums of each position's context features (computed in the first pass). */
  private ctx2 = new Int32Array(1024 * NER_TAGS.length);

  /**
   * @param pass1 first-pass model (local features + document memory)
   * @param model second-pass model (adds document-level aggregates of the first pass)
   */
  constructor(readonly pass1: SequenceModel, readonly model: SequenceModel, readonly lexicon: NerLexicon) {
    for (const [m, name] of [[pass1, `${NER_MODEL_FILE} (pass 1)`], [model, `${NER_MODEL_FILE} (pass 2)`]] as const) {
      const meta = m.meta as { features?: string } | undefined;
      if (!meta || meta.features !== FEATURE_VERSION) {
        throw new ModelFormatError(`${name}: built for feature set ${meta?.features ?? 'unknown'}, this code expects ${FEATURE_VERSION}; rebuild with npm run train:ner`);
      }
      if (m.tags.join(' ') !== NER_TAGS.join(' ')) throw new ModelFormatError(`${name}: unexpected tag set`);
    }
    this.paired = pass1.bucketBits === model.bucketBits ? pairWeights(pass1, model) : undefined;
  }

  /** Loads `ner.bin` (both passes, packed with packModels) and `ner.lex` from a folder. */
  static load(dir: string): NerEngine {
    const file = path.join(dir, NER_MODEL_FILE);
    const models = unpackModels(readModelFile(NER_MODEL_FILE, dir), file);
    if (models.length !== 2) throw new ModelFormatError(`${file}: expected 2 models (pass 1, pass 2), found ${models.length}; rebuild with npm run train:ner`);
    const [pass1, model] = models;
    const lexPath = path.join(dir, NER_LEXICON_FILE);
    if (!fs.existsSync(lexPath)) throw new ModelFormatError(`${lexPath} is missing; rebuild with npm run train:ner`);
    const lexicon = NerLexicon.parse(fs.readFileSync(lexPath, 'utf8'), lexPath);
    return new NerEngine(pass1, model, lexicon);
  }

  /** Tag indices and confidences for already-normalised words. */
  tagWords(words: readonly string[], sentStarts: ArrayLike<number>, types?: WordTypeIds): { doc: NerDoc; tags: Int32Array; conf: Float32Array } {
    const n = words.length;
    if (this.tags.length < n) {
      this.tags = new Int32Array(n * 2);
      this.tags1 = new Int32Array(n * 2);
      this.conf1 = new Float32Array(n * 2);
      this.conf = new Float32Array(n * 2);
    }
    const doc = new NerDoc(words, sentStarts, this.lexicon, { types });
    if (this.posSlot.length < n) this.posSlot = new Int32Array(n * 2);
    if (this.ctx2.length < n * NER_TAGS.length) this.ctx2 = new Int32Array(n * 2 * NER_TAGS.length);
    this.runPass(doc, n, 0, this.tags1, this.conf1);
    doc.setFirstPass(this.tags1);
    this.runPass(doc, n, 1, this.tags, this.conf);
    // Positions kept from the first pass carry its (calibrated) confidence.
    for (let i = 0; i < n; i++) if (this.tags[i] !== 0 && this.conf[i] === 1 && this.conf1[i] < 1) this.conf[i] = this.conf1[i];
    return { doc, tags: this.tags, conf: this.conf };
  }

  /**
   * One greedy pass, exactly as SequenceModel.tag with nerFeatures (pass 0; nerFixed) or nerFeatures2
   * (pass 1; the cascade: confident first-pass candidates agreeing with the document aggregate keep
   * their tag), but with the scores summed from groups of features: word-type sums cached across
   * documents, context features cached per position for the second pass, history features.
   */
  private runPass(doc: NerDoc, n: number, pass: 0 | 1, out: Int32Array, conf: Float32Array): void {
    const model = pass === 0 ? this.pass1 : this.model;
    const T = model.numTags;
    const acc = this.acc;
    const scores = this.scoreBuf;
    const buf = this.buf;
    const flags = doc.flags;
    const lower = doc.lower;
    const memory = this.memory;
    const posSlot = this.posSlot;
    const temp = model.temperature;
    const paired = this.paired;
    const ctx2 = this.ctx2;
    const typeSums = this.typeSums;
    const typeSlots = typeSums.slotsFor(doc.vocabulary);
    const typeIds = doc.typeIds;
    memory.reset(Math.max(256, n >> 3)); // distinct capitalised words: a fraction of the tokens
    let memUpTo = 0;
    for (let i = 0; i < n; i++) {
      const f = flags[i];
      if (!(f & F_CAND)) {
        out[i] = 0;
        conf[i] = 1;
        continue;
      }
      if (pass === 1 && this.conf1[i] >= this.skipAbove) {
        const t = this.tags1[i];
        const maj = doc.aggMaj![i];
        if (maj === 7 || (maj & 7) === typeOfTag(t)) {
          out[i] = t;
          conf[i] = 1;
          continue;
        }
      }
      // Document memory: last type predicted (this pass) for each capitalised word before i.
      for (let k = memUpTo; k < i; k++) {
        if (!(flags[k] & F_UPPER)) continue;
        const ty = typeOfTag(out[k]);
        memory.set(lower[k], ty === 0 ? 6 : ty);
      }
      memUpTo = i;
      model.setTransition(i === 0 ? T : out[i - 1], acc);
      // Word-type features.
      let slot: number;
      if (pass === 0) {
        const id = typeIds[i];
        slot = typeSlots[id] ??= typeSums.allocate();
        posSlot[i] = slot;
      } else slot = posSlot[i];
      const variant = (f & F_HEADLINE ? 2 : 0) | (f & F_SENT_START ? 1 : 0);
      const base = slot * 8 * T;
      if (!(typeSums.ready[slot] & (1 << variant))) {
        buf.clear();
        typeFeatures(doc, i, buf);
        const sums = typeSums.sums;
        if (paired) accumulatePair(paired, buf.ids, buf.length, sums, base + variant * T, sums, base + (4 + variant) * T);
        else {
          this.pass1.accumulate(buf.ids, 0, buf.length, sums, base + variant * T);
          this.model.accumulate(buf.ids, 0, buf.length, sums, base + (4 + variant) * T);
        }
        typeSums.ready[slot] |= 1 << variant;
      }
      const sums = typeSums.sums;
      const at = base + (pass * 4 + variant) * T;
      for (let k = 0; k < T; k++) acc[k] += sums[at + k];
      // Context features: with paired weights both passes' sums are taken in the first pass.
      if (paired) {
        if (pass === 0) {
          buf.clear();
          contextFeatures(doc, i, buf);
          ctx2.fill(0, i * T, i * T + T);
          accumulatePair(paired, buf.ids, buf.length, acc, 0, ctx2, i * T);
        } else for (let k = 0; k < T; k++) acc[k] += ctx2[i * T + k];
      } else {
        let st = doc.cacheStart[i];
        if (st < 0) {
          buf.clear();
          contextFeatures(doc, i, buf);
          doc.cache(i, buf.ids, 0, buf.length);
          st = doc.cacheStart[i];
        }
        model.accumulate(doc.cacheIds, st, st + doc.cacheLen[i], acc);
      }
      // History-dependent features.
      buf.clear();
      historyFeatures(doc, i, out, memory.get(lower[i]) ?? 0, buf);
      if (pass === 1) secondPassFeatures(doc, i, buf);
      if (paired) accumulateOne(paired, pass, buf.ids, buf.length, acc);
      else model.accumulate(buf.ids, 0, buf.length, acc);
      model.scaleScores(acc, scores);
      let best = 0;
      for (let k = 1; k < T; k++) if (scores[k] > scores[best]) best = k;
      out[i] = best;
      conf[i] = pass === 1 && best === 0 ? 1 : softmaxConfidence(scores, T, best, temp);
    }
  }

  /**
   * Entity spans (token indices, CoNLL type names incl. MISC) of normalised words, with
   * confidence (minimum over the span's tokens) and one type per name within the document:
   * a low-confidence span whose text is elsewhere in the document given another type with
   * more total confidence takes that type.
   */
  spans(words: readonly string[], sentStarts: ArrayLike<number>, harmonize = true, types?: WordTypeIds): NerSpan[] {
    const n = words.length;
    const { doc, tags, conf } = this.tagWords(words, sentStarts, types);
    const out: NerSpan[] = [];
    for (const sp of bioSpans(NER_TAGS, tags, n)) {
      let c = 1;
      for (let k = sp.start; k < sp.end; k++) c = Math.min(c, conf[k]);
      out.push({ start: sp.start, end: sp.end, type: sp.type, confidence: c });
    }
    if (!harmonize) return out;
    this.splitTitleCase(words, doc, out);
    const fixed = this.lexiconRules(words, doc, out);
    if (out.length > 1) harmonizeTypes(words, out, fixed);
    return out;
  }

  /** Is words[k] a common word (usually lower-case, in no name gazetteer) written with a capital? */
  private isCommonWord(words: readonly string[], k: number): boolean {
    const lc = this.lexicon.lc.get(lowerHash(words[k]));
    if (lc !== LC_ALWAYS_LOWER && lc !== LC_MOSTLY_LOWER && lc !== LC_DICT) return false;
    return !(this.maskOf(words, k, k + 1) & NAME_MASK);
  }

  /**
   * Title-case lines ("Biden Warns Putin Over Troop Buildup Near Ukraine Border"): the 1996 training
   * data has all-caps headlines only, so the tagger joins capitalised common words into names. In a
   * title-case sentence, spans are cut at common words and each remaining piece typed from the
   * gazetteer when it is in one.
   */
  private splitTitleCase(words: readonly string[], doc: NerDoc, out: NerSpan[]): void {
    if (!out.length) return;
    let lastS0 = -1;
    let lastTitle = false;
    const isTitle = (s0: number): boolean => {
      if (s0 === lastS0) return lastTitle;
      lastS0 = s0;
      let caps = 0;
      let closed = 0;
      lastTitle = false;
      for (let k = s0; k < doc.sentEnd[s0]; k++) {
        const f = doc.flags[k];
        if (f & (F_ALLCAPS | F_NOLETTER)) continue;
        if (f & F_CAP) {
          caps++;
          if (k > s0 && TITLE_CASE_WORDS.has(words[k])) closed++;
        } else if (f & F_LOWER_WORD) {
          if (words[k].length > 3) return false; // a lower-case word: not title case
          if (TITLE_CASE_LOWER.has(words[k])) closed++;
        }
      }
      // Lists of names are title case too: a headline has a capitalised function word or verb.
      return (lastTitle = caps >= 3 && closed > 0);
    };
    let any = false;
    for (const sp of out) if (isTitle(doc.sentStart[sp.start])) { any = true; break; }
    if (!any) return;
    const res: NerSpan[] = [];
    for (const sp of out) {
      const s0 = doc.sentStart[sp.start];
      if (!isTitle(s0) || this.maskOf(words, sp.start, sp.end) & NAME_MASK) { res.push(sp); continue; }
      let a = sp.start;
      for (let k = sp.start; k <= sp.end; k++) {
        if (k < sp.end && !(doc.flags[k] & F_CAP && this.isCommonWord(words, k))) continue;
        let b = k;
        while (a < b && !(doc.flags[a] & F_CAP)) a++;
        while (b > a && !(doc.flags[b - 1] & F_CAP)) b--;
        if (a < b) {
          if (a === sp.start && b === sp.end) res.push(sp);
          else res.push({ start: a, end: b, type: typeFromMask(this.maskOf(words, a, b)) ?? sp.type, confidence: sp.confidence });
        }
        a = k + 1;
      }
    }
    out.length = 0;
    out.push(...res);
  }

  /**
   * Is the span the tail of a longer title whose head the tagger left out ("Committee for
   * [Development Planning]", "Programme against [Money Laundering]", "Declaration on Apartheid and
   * its [Destructive Consequences]")? Capitalised common words only, right after a connector that
   * follows a capitalised word: what it names is the whole title, and the tail alone is no name.
   */
  private isTitleTail(words: readonly string[], doc: NerDoc, sp: NerSpan): boolean {
    for (let k = sp.start; k < sp.end; k++) {
      if (TITLE_CONNECTORS.has(words[k]) && k > sp.start) continue;
      if (!(doc.flags[k] & F_CAP) || !this.isCommonWord(words, k)) return false;
    }
    // "of the" before a full name is the usual way to cite one ("Rome Statute of the International
    // Criminal Court", "Central Committee of the Communist Party"): only a bare connector cuts a title.
    let k = sp.start - 1;
    if (!TAIL_CONNECTORS.has(words[k])) return false;
    if (TAIL_CONNECTORS.has(words[k - 1])) k--; // "Apartheid and its [Destructive Consequences]"
    k--;
    return k >= doc.sentStart[sp.start] && !!(doc.flags[k] & F_CAP) && !TITLE_CONNECTORS.has(words[k]);
  }

  /** Gazetteer mask of words[a..b). */
  private maskOf(words: readonly string[], a: number, b: number): number {
    let h = lowerHash(words[a]);
    for (let k = a + 1; k < b; k++) h = extendKey(h, words[k]);
    return this.lexicon.gaz.get(h) ?? 0;
  }

  /**
   * Corrections from the modern-news lexicon that the 1996 training data cannot teach: curated
   * public figures are people, demonyms / party followers ("Crimean Tatars", "Blairites") are
   * groups, events ("WWI") are not entities of our types, "X Peninsula" / "X Sea" are places, and a
   * capitalised word at the start of a sentence or headline that is usually lower-case ("Defend")
   * is not a name on its own. Returns the spans that were fixed (kept by harmonisation).
   */
  private lexiconRules(words: readonly string[], doc: NerDoc, out: NerSpan[]): Set<NerSpan> {
    const fixed = new Set<NerSpan>();
    const n = words.length;
    for (let s = 0; s < out.length; s++) {
      const sp = out[s];
      // Extend over a following geographic head word: "Crimean" + "Peninsula".
      while (sp.end < n && GEO_HEADS.has(words[sp.end]) && (s + 1 >= out.length || out[s + 1].start > sp.end) && sp.end < doc.sentEnd[sp.start]) {
        sp.end++;
        sp.type = 'LOC';
        fixed.add(sp);
      }
      const m = this.maskOf(words, sp.start, sp.end);
      const single = sp.end - sp.start === 1;
      const w = words[sp.end - 1];
      if (m & GAZ_NEWSMISC) { sp.type = 'MISC'; fixed.add(sp); continue; }
      if (sp.end - sp.start >= 2 && GEO_HEADS.has(w)) { sp.type = 'LOC'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSGRP || allGroupWords(this, words, sp) || (single && GROUP_SUFFIX.test(w) && !(m & NAME_MASK))) {
        if (sp.type !== 'MISC' || single) sp.type = 'GRP';
        fixed.add(sp);
        continue;
      }
      if (m & GAZ_NEWSPER && !(m & PLACE_ORG_LEX)) { sp.type = 'PER'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSORG && !(m & GAZ_NEWSLOC)) { sp.type = 'ORG'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSLOC && !(m & GAZ_NEWSORG)) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A country name with a weakly predicted organisation type is the country ("US and IMF paymasters").
      if (sp.type === 'ORG' && m & GAZ_COUNTRY && !(m & (GAZ_ORGLEX | GAZ_ORG)) && sp.confidence < HARMONIZE_BELOW) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A GeoNames city that is no known person name is not a person ("Mariupol", "Sevastopol").
      if (sp.type === 'PER' && m & GAZ_GEOCITY && !(m & PERSON_MASK) && sp.confidence < GEO_RETYPE_BELOW) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A single word that is usually lower-case and in no gazetteer is not a name, wherever it stands:
      // sentence-initial ("Defend"), or capitalised by official style ("the great Powers", the
      // "Development" left of "Conference on Environment and Development").
      if (single && !(m & NAME_MASK)) {
        const lc = this.lexicon.lc.get(lowerHash(w));
        if (lc === LC_ALWAYS_LOWER || lc === LC_MOSTLY_LOWER) { sp.type = 'O'; fixed.add(sp); }
      }
      if (!single && !(m & NAME_MASK) && this.isTitleTail(words, doc, sp)) { sp.type = 'O'; fixed.add(sp); }
    }
    for (let s = out.length - 1; s >= 0; s--) if (out[s].type === 'O') out.splice(s, 1);
    return fixed;
  }

  /** `namesInCompounds: false` scores as CoNLL-2003 annotates: no name inside a hyphenated word. */
  recognize(seg: SegmentedText, { namesInCompounds = true } = {}): EntityMention[] {
    const tokens = seg.tokens;
    const n = tokens.length;
    if (n === 0) return [];
    const words = new Array<string>(n);
    const ids = new Int32Array(n);
    const normalized = normalizedWords.table(seg.vocabulary);
    for (let i = 0; i < n; i++) {
      const id = (ids[i] = tokens.typeIds[i]);
      words[i] = normalized[id] ??= normalizeToken(tokens.text(i));
    }
    const starts = new Int32Array(seg.sentences.length);
    for (let s = 0; s < seg.sentences.length; s++) starts[s] = seg.sentences[s].firstToken;
    const out: EntityMention[] = [];
    for (const sp of this.spans(words, starts, true, { ids, vocabulary: seg.vocabulary })) {
      const type = TYPE_MAP[sp.type];
      if (!type) continue;
      let a = sp.start;
      let b = sp.end;
      // Possessive "'s" and stray punctuation are not part of a name.
      while (b > a && (words[b - 1] === "'s" || words[b - 1] === "'S" || words[b - 1] === "'" || isPunct(words[b - 1]))) b--;
      while (a < b && isPunct(words[a])) a++;
      if (a >= b) continue;
      const c = sp.confidence;
      const span = cleanMention(seg.text, tokens.starts[a], tokens.ends[b - 1], type);
      if (!span) continue;
      out.push({ start: span.start, end: span.end, text: seg.text.slice(span.start, span.end), type, confidence: c });
    }
    return namesInCompounds ? withCompoundMentions(seg, out, (word) => this.nameTypeOf(word)) : out;
  }

  /** The type the lexicon gives a single capitalised word, from name lists only (not first names or surnames alone). */
  private nameTypeOf(word: string): EntityType | undefined {
    const m = this.lexicon.gaz.get(lowerHash(word)) ?? 0;
    const type = typeFromMask(m & ~(GAZ_FIRST | GAZ_LAST | GAZ_CTXPER | GAZ_NEWSMISC));
    return type ? TYPE_MAP[type] : undefined;
  }
}

/** Lower-case words that join the parts of a title ("Committee for ...", "Declaration on ... and its ..."). */
const TITLE_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'the', 'its', 'and', 'in', 'to']);
/** Those of them that leave the words after them a fragment when a capitalised word precedes them. */
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'its', 'and']);

/** Per token type: its text normalised for the tagger (normalizeToken). */
const normalizedWords = new TypeMemo<string>();

/**
 * Weight sums of word types' typeFeatures in one flat table (not a small array per type: fewer
 * cache misses in the tagging loop). A type's slot s holds sums[s × 8T + (pass × 4 + variant) × T + tag],
 * variant = headline × 2 + sentence start; bit v of ready[s]: variant v computed (both passes).
 */
class TypeSumsTable {
  sums = new Int32Array(0);
  ready = new Uint8Array(0);
  private count = 0;
  private readonly slots = new TypeMemo<number>();
  private vocabulary: Vocabulary | undefined;

  constructor(private readonly numTags: number) {}

  /** Slot per type id of a vocabulary (the table starts over with a new vocabulary). */
  slotsFor(vocabulary: Vocabulary): (number | undefined)[] {
    if (vocabulary !== this.vocabulary) {
      this.vocabulary = vocabulary;
      this.count = 0;
    }
    return this.slots.table(vocabulary);
  }

  /** A new slot: zero sums, no variant ready. */
  allocate(): number {
    const s = this.count++;
    const stride = 8 * this.numTags;
    if (s >= this.ready.length) {
      const cap = Math.max(1024, this.ready.length * 2);
      const sums = new Int32Array(cap * stride);
      sums.set(this.sums.subarray(0, s * stride));
      const ready = new Uint8Array(cap);
      ready.set(this.ready.subarray(0, s));
      this.sums = sums;
      this.ready = ready;
    }
    this.sums.fill(0, s * stride, (s + 1) * stride);
    this.ready[s] = 0;
    return s;
  }
}

/**
 * The weights of two models with the same buckets and tags in one table: rows[row × 2T + pass × T + tag],
 * rows in bucket order, found through a rank bitmap (see RankIndex).
 */
interface PairedWeights {
  readonly T: number;
  readonly mask: number;
  /** The RankIndex of the buckets where either model has a row. */
  readonly index: Int32Array;
  readonly rows: Int16Array;
}

function pairWeights(a: SequenceModel, b: SequenceModel): PairedWeights {
  const T = a.numTags;
  const buckets = 1 << a.bucketBits;
  const rank = new RankIndex(buckets, (k) => a.rowIndex(k) >= 0 || b.rowIndex(k) >= 0);
  const rows = new Int16Array(rank.rows * 2 * T);
  for (let k = 0, r = 0; k < buckets; k++) {
    const ra = a.rowIndex(k);
    const rb = b.rowIndex(k);
    if (ra < 0 && rb < 0) continue;
    for (let t = 0; t < T; t++) {
      if (ra >= 0) rows[r * 2 * T + t] = a.rowWeight(ra, t);
      if (rb >= 0) rows[r * 2 * T + T + t] = b.rowWeight(rb, t);
    }
    r++;
  }
  return { T, mask: buckets - 1, index: rank.index, rows };
}

/** Adds the first model's weights of features ids[0, len) to a[at..], the second's to b[bt..] (exact int sums). */
function accumulatePair(p: PairedWeights, ids: Int32Array, len: number, a: Int32Array, at: number, b: Int32Array, bt: number): void {
  const T = p.T;
  const index = p.index;
  const rows = p.rows;
  const mask = p.mask;
  for (let f = 0; f < len; f++) {
    const r = rankRow(index, ids[f] & mask);
    if (r < 0) continue;
    const base = r * 2 * T;
    for (let k = 0; k < T; k++) {
      a[at + k] += rows[base + k];
      b[bt + k] += rows[base + T + k];
    }
  }
}

/** Adds one model's weights (pass 0 or 1) of features ids[0, len) to acc. */
function accumulateOne(p: PairedWeights, pass: number, ids: Int32Array, len: number, acc: Int32Array): void {
  const T = p.T;
  const index = p.index;
  const rows = p.rows;
  const mask = p.mask;
  const off = pass * T;
  for (let f = 0; f < len; f++) {
    const r = rankRow(index, ids[f] & mask);
    if (r < 0) continue;
    const base = r * 2 * T + off;
    for (let k = 0; k < T; k++) acc[k] += rows[base + k];
  }
}

/** Head words that make a capitalised phrase a place ("Crimean Peninsula", "Black Sea"). */
const GEO_HEADS = new Set(['Peninsula', 'Sea', 'Ocean', 'River', 'Mountains', 'Islands', 'Gulf', 'Strait', 'Straits', 'Valley', 'Desert', 'Oblast', 'Canal', 'Steppe']);
/** Followers of a named person or movement: "Blairites", "Trotskyites". */
const GROUP_SUFFIX = /^[A-Z][a-z]{2,}ites$/;
const NAME_MASK = GAZ_PER | GAZ_LOC | GAZ_ORG | GAZ_FIRST | GAZ_LAST | GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_ORGLEX | GAZ_PERSON | GAZ_GEOCITY | GAZ_NEWSPER | GAZ_NEWSORG | GAZ_NEWSLOC;
/** A person span that is a GeoNames city is retyped a place below this confidence. */
const GEO_RETYPE_BELOW = HARMONIZE_BELOW;
const PERSON_MASK = GAZ_PER | GAZ_FIRST | GAZ_LAST | GAZ_PERSON | GAZ_NEWSPER | GAZ_CTXPER;
const PLACE_ORG_LEX = GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_ORGLEX | GAZ_GEOCITY;

/** Capitalised function words and headline verbs that mark a title-case line (not a list of names). */
const TITLE_CASE_WORDS = new Set(['To', 'In', 'On', 'Over', 'Near', 'For', 'As', 'At', 'With', 'From', 'By', 'After', 'Before', 'Into',
  'Against', 'Amid', 'Is', 'Are', 'Was', 'Were', 'Will', 'Must', 'Can', 'Could', 'Should', 'Would', 'Not', 'Be', 'Has', 'Have', 'Says',
  'Said', 'Warns', 'Calls', 'Out', 'Up', 'Down', 'Now', 'Why', 'How', 'What', 'Who', 'Its', 'Their', 'His', 'Her', 'Our', 'About', 'Than']);

/** Short words that title case leaves lower-case ("… Raises Rates as Sunak Meets Macron in Paris"). */
const TITLE_CASE_LOWER = new Set(['as', 'in', 'at', 'to', 'for', 'by', 'with', 'over', 'from', 'is', 'vs', 'amid']);

/** The type a gazetteer mask points to, if it points to one. */
function typeFromMask(m: number): string | undefined {
  if (m & GAZ_NEWSORG) return 'ORG';
  if (m & GAZ_NEWSLOC) return 'LOC';
  if (m & (GAZ_NEWSPER | GAZ_PERSON | GAZ_PER)) return 'PER';
  if (m & (GAZ_COUNTRY | GAZ_CITY | GAZ_GEOCITY | GAZ_REGION | GAZ_LOC)) return 'LOC';
  if (m & (GAZ_NEWSGRP | GAZ_DEMONYM | GAZ_GRP)) return 'GRP';
  if (m & (GAZ_ORGLEX | GAZ_ORG)) return 'ORG';
  if (m & (GAZ_FIRST | GAZ_LAST | GAZ_CTXPER)) return 'PER';
  return undefined;
}

function allGroupWords(engine: NerEngine, words: readonly string[], sp: NerSpan): boolean {
  if (sp.end - sp.start < 2) return false;
  for (let k = sp.start; k < sp.end; k++) {
    const m = engine.lexicon.gaz.get(lowerHash(words[k])) ?? 0;
    if (!(m & (GAZ_NEWSGRP | GAZ_DEMONYM))) return false;
  }
  return true;
}

/**
 * One type per name within a document: a name's mentions take the type with the most total
 * confidence when it has at least two thirds of it (or the mention is below HARMONIZE_BELOW and
 * the type has more); a single word that ends a multi-word person name elsewhere in the document
 * ("Vladimir Putin" … "Putin") is a person. Spans fixed by the lexicon rules are kept.
 */
function harmonizeTypes(words: readonly string[], out: NerSpan[], fixed: Set<NerSpan>): void {
  const byName = new Map<string, NerSpan[]>();
  const surnames = new Set<string>();
  for (const sp of out) {
    const key = words.slice(sp.start, sp.end).join(' ').toLowerCase();
    let list = byName.get(key);
    if (!list) byName.set(key, (list = []));
    list.push(sp);
    if (sp.type === 'PER' && sp.end - sp.start >= 2) surnames.add(words[sp.end - 1].toLowerCase());
  }
  for (const [key, list] of byName) {
    const weight = new Map<string, number>();
    for (const sp of list) weight.set(sp.type, (weight.get(sp.type) ?? 0) + (fixed.has(sp) ? 10 : sp.confidence));
    if (surnames.has(key)) weight.set('PER', (weight.get('PER') ?? 0) + 1);
    if (weight.size < 2) continue;
    let best = '';
    let bw = -1;
    let total = 0;
    for (const [t, w] of weight) {
      total += w;
      if (w > bw) { best = t; bw = w; }
    }
    for (const sp of list) {
      if (sp.type === best || fixed.has(sp)) continue;
      if (bw >= (2 / 3) * total || (sp.confidence < HARMONIZE_BELOW && bw > (weight.get(sp.type) ?? 0))) sp.type = best;
    }
  }
}

function isPunct(w: string): boolean {
  if (w.length !== 1) return w === '--' || w === '...';
  const c = w.charCodeAt(0);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128 || c === 38);
}

/** The shipped engine, loaded once on first use. */
export const nerEngine = lazy(() => NerEngine.load(modelsDir(NER_MODEL_FILE)));

/** Named entities of a segmented document (person, place, organization, group). */
export function recognizeEntities(seg: SegmentedText, options?: { namesInCompounds?: boolean }): EntityMention[] {
  return nerEngine().recognize(seg, options);
}

/** Is `word` a common given name in the shipped gazetteer ("John", "Maria"; see resolve.ts)? */
export function isGivenName(word: string): boolean {
  const m = nerEngine().lexicon.gaz.get(lowerHash(word.replace(/[’ʼ]/g, "'").trim())) ?? 0;
  return (m & GAZ_FIRST) !== 0;
}

/**
 * Is `name` a known name in the shipped gazetteer (places, people, organisations, first names,
 * surnames)? Used to avoid flagging real names as misspellings of one another.
 */
export function isKnownName(name: string): boolean {
  const words = name.replace(/[’ʼ]/g, "'").trim().split(/\s+/);
  if (!words[0]) return false;
  const lex = nerEngine().lexicon;
  let h = lowerHash(words[0]);
  for (let k = 1; k < words.length; k++) h = extendKey(h, words[k]);
  const m = lex.gaz.get(h) ?? 0;
  return (m & ~(GAZ_TITLE | GAZ_MISC | GAZ_NEWSMISC | GAZ_CTXLOC | GAZ_CTXPER)) !== 0;
}

/** Does the tagger's training text contain `word` (in any case)? Typing slips are rarely in it. */
export function isAttestedWord(word: string): boolean {
  return nerEngine().lexicon.lc.get(lowerHash(word.replace(/[’ʼ]/g, "'").trim())) !== undefined;
}

/**
 * Is `word` an ordinary lower-case word of English (mostly lower-case in the training text, or a
 * dictionary word: "band", "state", "sevens")? Such a word is never flagged as a misspelling.
 */
export function isOrdinaryWord(word: string): boolean {
  const lex = nerEngine().lexicon;
  const w = word.replace(/[’ʼ]/g, "'").trim();
  const ordinary = (x: string): boolean => {
    const c = lex.lc.get(lowerHash(x)) ?? lexicon.LC_UNSEEN;
    return c === lexicon.LC_ALWAYS_LOWER || c === lexicon.LC_MOSTLY_LOWER || c === lexicon.LC_DICT;
  };
  return ordinary(w) || (/s$/i.test(w) && ordinary(w.slice(0, -1))) || (/ies$/i.test(w) && ordinary(`${w.slice(0, -3)}y`));
}
