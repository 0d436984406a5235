/**
 * Named-entity recognition: `recognizeEntities(seg)` → person / place / organization / group
 * mentions with exact offsets. A greedy averaged perceptron (../learning) over hashed features
 * (./features) with gazetteers and lower-case statistics (./lexicon); the weights and lexicon
 * are `server/models/ner.bin` and `server/models/ner.lex`, built by `npm run train:ner`.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { FeatureBuffer, ModelFormatError, SequenceModel, bioSpans, unpackModels } from '../learning';
import { lazy, modelsDir, readModelFile } from '../models';
import type { SegmentedText } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { FEATURE_VERSION, F_ALLCAPS, F_CAP, F_LOWER_WORD, F_NOLETTER, F_SENT_START, NER_TAGS, NerDoc, nerFeatures, nerFeatures2, nerFixed, normalizeToken, typeOfTag } from './features';
import {
  GAZ_CITY, GAZ_COUNTRY, GAZ_CTXLOC, GAZ_CTXPER, GAZ_DEMONYM, GAZ_FIRST, GAZ_GEOCITY, GAZ_LAST, GAZ_LOC, GAZ_MISC, GAZ_NEWSGRP,
  GAZ_NEWSLOC, GAZ_NEWSMISC, GAZ_NEWSORG, GAZ_NEWSPER, GAZ_ORG, GAZ_ORGLEX, GAZ_PER, GAZ_PERSON, GAZ_REGION, GAZ_TITLE, GAZ_GRP, LC_ALWAYS_LOWER, LC_DICT, LC_MOSTLY_LOWER,
  NerLexicon, extendKey, lowerHash,
} from './lexicon';

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
  private readonly fixed2 = (doc: NerDoc, i: number): number => {
    if (nerFixed(doc, i) === 0) return 0;
    if (this.conf1[i] < this.skipAbove) return -1;
    const t = this.tags1[i];
    const maj = doc.aggMaj![i];
    return maj === 7 || (maj & 7) === typeOfTag(t) ? t : -1;
  };

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
  tagWords(words: readonly string[], sentStarts: ArrayLike<number>): { doc: NerDoc; tags: Int32Array; conf: Float32Array } {
    const n = words.length;
    if (this.tags.length < n) {
      this.tags = new Int32Array(n * 2);
      this.tags1 = new Int32Array(n * 2);
      this.conf1 = new Float32Array(n * 2);
      this.conf = new Float32Array(n * 2);
    }
    const doc = new NerDoc(words, sentStarts, this.lexicon);
    this.pass1.tag(doc, n, nerFeatures, this.tags1, this.conf1, nerFixed, this.buf);
    doc.setFirstPass(this.tags1);
    this.model.tag(doc, n, nerFeatures2, this.tags, this.conf, this.fixed2, this.buf, false);
    // Positions kept from the first pass carry its (calibrated) confidence.
    for (let i = 0; i < n; i++) if (this.tags[i] !== 0 && this.conf[i] === 1 && this.conf1[i] < 1) this.conf[i] = this.conf1[i];
    return { doc, tags: this.tags, conf: this.conf };
  }

  /**
   * Entity spans (token indices, CoNLL type names incl. MISC) of normalised words, with
   * confidence (minimum over the span's tokens) and one type per name within the document:
   * a low-confidence span whose text is elsewhere in the document given another type with
   * more total confidence takes that type.
   */
  spans(words: readonly string[], sentStarts: ArrayLike<number>, harmonize = true): NerSpan[] {
    const n = words.length;
    const { doc, tags, conf } = this.tagWords(words, sentStarts);
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
      // Sentence-initial single word that is usually lower-case and in no gazetteer: not a name.
      if (single && doc.flags[sp.start] & F_SENT_START && !(m & NAME_MASK)) {
        const lc = this.lexicon.lc.get(lowerHash(w));
        if (lc === LC_ALWAYS_LOWER || lc === LC_MOSTLY_LOWER) { sp.type = 'O'; fixed.add(sp); }
      }
    }
    for (let s = out.length - 1; s >= 0; s--) if (out[s].type === 'O') out.splice(s, 1);
    return fixed;
  }

  recognize(seg: SegmentedText): EntityMention[] {
    const tokens = seg.tokens;
    const n = tokens.length;
    if (n === 0) return [];
    const words = new Array<string>(n);
    for (let i = 0; i < n; i++) words[i] = normalizeToken(tokens[i].text);
    const starts = new Int32Array(seg.sentences.length);
    for (let s = 0; s < seg.sentences.length; s++) starts[s] = seg.sentences[s].firstToken;
    const out: EntityMention[] = [];
    for (const sp of this.spans(words, starts)) {
      const type = TYPE_MAP[sp.type];
      if (!type) continue;
      let a = sp.start;
      let b = sp.end;
      // Possessive "'s" and stray punctuation are not part of a name.
      while (b > a && (words[b - 1] === "'s" || words[b - 1] === "'S" || words[b - 1] === "'" || isPunct(words[b - 1]))) b--;
      while (a < b && isPunct(words[a])) a++;
      if (a >= b) continue;
      const c = sp.confidence;
      const start = tokens[a].start;
      const end = tokens[b - 1].end;
      out.push({ start, end, text: seg.text.slice(start, end), type, confidence: c });
    }
    return out;
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
export function recognizeEntities(seg: SegmentedText): EntityMention[] {
  return nerEngine().recognize(seg);
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
