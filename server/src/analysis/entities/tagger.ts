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
import { FEATURE_VERSION, NER_TAGS, NerDoc, nerFeatures, nerFeatures2, nerFixed, normalizeToken, typeOfTag } from './features';
import { GAZ_MISC, GAZ_TITLE, NerLexicon, extendKey, lowerHash } from './lexicon';

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
    const { tags, conf } = this.tagWords(words, sentStarts);
    const out: NerSpan[] = [];
    for (const sp of bioSpans(NER_TAGS, tags, n)) {
      let c = 1;
      for (let k = sp.start; k < sp.end; k++) c = Math.min(c, conf[k]);
      out.push({ start: sp.start, end: sp.end, type: sp.type, confidence: c });
    }
    if (harmonize && out.length > 1) {
      const byName = new Map<string, NerSpan[]>();
      for (const sp of out) {
        const key = words.slice(sp.start, sp.end).join(' ').toLowerCase();
        let list = byName.get(key);
        if (!list) byName.set(key, (list = []));
        list.push(sp);
      }
      for (const list of byName.values()) {
        if (list.length < 2) continue;
        const weight = new Map<string, number>();
        for (const sp of list) weight.set(sp.type, (weight.get(sp.type) ?? 0) + sp.confidence);
        if (weight.size < 2) continue;
        let best = '';
        let bw = -1;
        for (const [t, w] of weight) if (w > bw) { best = t; bw = w; }
        for (const sp of list) if (sp.type !== best && sp.confidence < HARMONIZE_BELOW && bw > (weight.get(sp.type) ?? 0)) sp.type = best;
      }
    }
    return out;
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
  return (m & ~(GAZ_TITLE | GAZ_MISC)) !== 0;
}
