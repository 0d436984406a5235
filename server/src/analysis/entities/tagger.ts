/**
 * Named-entity recognition: `recognizeEntities(seg)` → person / place / organization / group
 * mentions with exact offsets. A greedy averaged perceptron (../learning) over hashed features
 * (./features) with gazetteers and lower-case statistics (./lexicon); the weights and lexicon
 * are `server/models/ner.bin` and `server/models/ner.lex`, built by `npm run train:ner`.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { FeatureBuffer, ModelFormatError, SequenceModel, bioSpans } from '../learning';
import { lazy, modelsDir, readModelFile } from '../models';
import type { SegmentedText } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { FEATURE_VERSION, NER_TAGS, NerDoc, nerFeatures, nerFixed, normalizeToken } from './features';
import { NerLexicon } from './lexicon';

export const NER_MODEL_FILE = 'ner.bin';
export const NER_LEXICON_FILE = 'ner.lex';

const TYPE_MAP: Record<string, EntityType | undefined> = { PER: 'person', LOC: 'place', ORG: 'organization', GRP: 'group' };

export class NerEngine {
  private readonly buf = new FeatureBuffer(256);
  private tags = new Int32Array(1024);
  private conf = new Float32Array(1024);

  constructor(readonly model: SequenceModel, readonly lexicon: NerLexicon) {
    const meta = model.meta as { features?: string } | undefined;
    if (!meta || meta.features !== FEATURE_VERSION) {
      throw new ModelFormatError(`ner.bin: built for feature set ${meta?.features ?? 'unknown'}, this code expects ${FEATURE_VERSION}; rebuild with npm run train:ner`);
    }
    if (model.tags.join(' ') !== NER_TAGS.join(' ')) throw new ModelFormatError('ner.bin: unexpected tag set');
  }

  /** Loads `ner.bin` and `ner.lex` from a folder. */
  static load(dir: string): NerEngine {
    const bytes = readModelFile(NER_MODEL_FILE, dir);
    const model = SequenceModel.deserialize(bytes, path.join(dir, NER_MODEL_FILE));
    const lexPath = path.join(dir, NER_LEXICON_FILE);
    if (!fs.existsSync(lexPath)) throw new ModelFormatError(`${lexPath} is missing; rebuild with npm run train:ner`);
    const lexicon = NerLexicon.parse(fs.readFileSync(lexPath, 'utf8'), lexPath);
    return new NerEngine(model, lexicon);
  }

  /** Tag indices and confidences for already-normalised words. */
  tagWords(words: readonly string[], sentStarts: ArrayLike<number>): { doc: NerDoc; tags: Int32Array; conf: Float32Array } {
    const n = words.length;
    if (this.tags.length < n) {
      this.tags = new Int32Array(n * 2);
      this.conf = new Float32Array(n * 2);
    }
    const doc = new NerDoc(words, sentStarts, this.lexicon);
    this.model.tag(doc, n, nerFeatures, this.tags, this.conf, nerFixed, this.buf);
    return { doc, tags: this.tags, conf: this.conf };
  }

  recognize(seg: SegmentedText): EntityMention[] {
    const tokens = seg.tokens;
    const n = tokens.length;
    if (n === 0) return [];
    const words = new Array<string>(n);
    for (let i = 0; i < n; i++) words[i] = normalizeToken(tokens[i].text);
    const starts = new Int32Array(seg.sentences.length);
    for (let s = 0; s < seg.sentences.length; s++) starts[s] = seg.sentences[s].firstToken;
    const { tags, conf } = this.tagWords(words, starts);
    const out: EntityMention[] = [];
    for (const sp of bioSpans(NER_TAGS, tags, n)) {
      const type = TYPE_MAP[sp.type];
      if (!type) continue;
      let a = sp.start;
      let b = sp.end;
      // Possessive "'s" and stray punctuation are not part of a name.
      while (b > a && (words[b - 1] === "'s" || words[b - 1] === "'S" || words[b - 1] === "'" || isPunct(words[b - 1]))) b--;
      while (a < b && isPunct(words[a])) a++;
      if (a >= b) continue;
      let c = 1;
      for (let k = sp.start; k < sp.end; k++) c = Math.min(c, conf[k]);
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
