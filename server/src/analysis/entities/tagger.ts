/**
 * Named-entity recognition: `recognizeEntities(seg)` → person / place / organization / group
 * mentions with exact offsets. A greedy averaged perceptron (../learning) over hashed features
 * (./features) with gazetteers and lower-case statistics (./lexicon); the weights and lexicon
 * are `server/models/ner.bin` and `server/models/ner.lex`, built by `npm run train:ner`.
 */
import * as learning from '../learning';
import { FeatureBuffer, ModelFormatError, ModelHead, SequenceModel } from '../learning';
import { lazy, modelBytes, optionalModelBytes } from '../models';
import type { SegmentedText } from '../text/structure';
import { TypeMemo } from '../text/vocabulary';
import type { EntityMention, EntityType } from '../types';
import * as features from './features';
import * as nerDoc from './nerDoc';
import { NerDoc, WordTypeIds } from './nerDoc';
import * as tagSet from './tagSet';
import { HashTable } from '../common/hashTable';
import { NER_LEXICON_TABLES_FILE, NerLexicon } from './lexicon';
import { cleanMention } from './mentionFilter';
import { withCompoundMentions } from './compounds';
import { HARMONIZE_BELOW, NerSpan, SpanRules, harmonizeTypes } from './spanRules';
import * as weightSums from './weightSums';
import { KeyedSums, PairedWeights, TypeSumsTable, pairedWeightsFile, readPairedWeights } from './weightSums';
import { NER_CLUSTERS_FILE, WordClusters } from './wordClusters';
import { fnvBytes } from '../common/fnv';

export { HARMONIZE_BELOW, NerSpan };

// Module-local copies of the imported functions and constants: a CommonJS build (tsx, tests) reads
// an imported binding through a getter on every use, which is slow in hot loops.
const { bioSpans, unpackModelHeads, unpackModels } = learning;
const {
  FEATURE_VERSION, aggregatesKey, contextFeatures, firstPassTagsKey, historyFeatures, memoryKey, prevTagsKey, secondPassFeatures, typeFeatures,
  wordHistoryFeatures,
} = features;
const { F_CAND, F_HEADLINE, F_SENT_START, F_UPPER, normalizeToken } = nerDoc;
const { NER_TAGS, typeOfTag } = tagSet;
const softmaxConfidence = SequenceModel.confidence;
const { accumulateOne, accumulatePair, addRows, findRows, pairWeights } = weightSums;


export const NER_MODEL_FILE = 'ner.bin';
export const NER_LEXICON_FILE = 'ner.lex';
/** Both passes' weights paired as the engine reads them (`nerWeightsTables`), built from ner.bin. */
export const NER_WEIGHTS_TABLES_FILE = 'ner.bin.tables';


/** Default first-pass confidence above which the second pass is skipped (see NerEngine.skipAbove). */
export const DEFAULT_SKIP_ABOVE = 0.98;


const TYPE_MAP: Record<string, EntityType | undefined> = { PER: 'person', LOC: 'place', ORG: 'organization', GRP: 'group' };

export class NerEngine {
  private readonly buf = new FeatureBuffer(256);
  private tags = new Int32Array(1024);
  private tags1 = new Int32Array(1024);
  private conf1 = new Float32Array(1024);
  private conf = new Float32Array(1024);
  /** The per-token arrays of the document being tagged (NerDoc's `memory`). */
  private docMemory = new ArrayBuffer(0);
  /**
   * Cascade: a candidate whose first-pass confidence is at least this, and whose type agrees with
   * the document-level aggregate, keeps its first-pass tag without second-pass scoring (> 1: off).
   */
  skipAbove = DEFAULT_SKIP_ABOVE;
  /** Per word type and variant: weight sums of its word-type features (see typeFeatures). */
  private readonly typeSums = new TypeSumsTable(NER_TAGS.length);
  /** Per position of the current document: its word type's and variant's slot in `typeSums` (set by the first pass). */
  private posSlot = new Int32Array(1024);
  private acc = new Int32Array(NER_TAGS.length);
  private scoreBuf = new Float64Array(NER_TAGS.length);
  private readonly memory = new HashTable(256);
  /** Both passes' weights in one table (one lookup per feature for both), when their buckets agree. */
  private readonly paired: PairedWeights | undefined;
  /**
   * The weight rows of each position's context features, found in the first pass for both: those
   * of position i are ctxRows[ctxFrom[i], ctxFrom[i + 1]) (empty for a non-candidate).
   */
  private ctxRows = new Int32Array(4096);
  private ctxFrom = new Int32Array(1024);
  /** The rules applied to the spans of a document (title case, lexicon corrections). */
  private readonly rules: SpanRules;
  /** With paired weights: sums of the small-keyed feature groups (see KeyedSums). */
  private readonly keyed: { prevTags: KeyedSums; memory: KeyedSums; firstPassTags: KeyedSums; aggregates: KeyedSums } | undefined;

  /** Both passes' models with their weight rows (see the constructor). */
  private readonly models: () => readonly [SequenceModel, SequenceModel];

  /**
   * @param heads the first-pass model (local features + document memory) and the second-pass one
   * (adds document-level aggregates of the first pass), or their heads only
   * @param models both models with their rows (`heads` when they are the models): asked for only
   * when the engine has no `paired` table of theirs, which it then builds, or for `pass1`/`model`
   */
  constructor(
    private readonly heads: readonly [ModelHead, ModelHead],
    readonly lexicon: NerLexicon,
    models: () => readonly [SequenceModel, SequenceModel],
    paired?: PairedWeights,
  ) {
    for (const [m, name] of [[heads[0], `${NER_MODEL_FILE} (pass 1)`], [heads[1], `${NER_MODEL_FILE} (pass 2)`]] as const) {
      const meta = m.meta as { features?: string } | undefined;
      if (!meta || meta.features !== FEATURE_VERSION) {
        throw new ModelFormatError(`${name}: built for feature set ${meta?.features ?? 'unknown'}, this code expects ${FEATURE_VERSION}; rebuild with npm run train:ner`);
      }
      if (m.tags.join(' ') !== NER_TAGS.join(' ')) throw new ModelFormatError(`${name}: unexpected tag set`);
    }
    this.models = lazy(models);
    this.paired = paired ?? (heads[0].bucketBits === heads[1].bucketBits ? pairWeights(...this.models()) : undefined);
    this.rules = new SpanRules(lexicon);
    const T = NER_TAGS.length;
    this.keyed = this.paired && {
      prevTags: new KeyedSums(features.PREV_TAGS_KEYS, T, 0, features.prevTagsFeatures),
      memory: new KeyedSums(features.MEMORY_KEYS, T, 0, features.memoryFeatures),
      firstPassTags: new KeyedSums(features.FIRST_PASS_TAGS_KEYS, T, 1, features.firstPassTagsFeatures),
      aggregates: new KeyedSums(features.AGGREGATES_KEYS, T, 1, features.aggregatesFeatures),
    };
  }

  /** The first-pass model with its weight rows (decoded on first use where the engine tags from a shipped paired table). */
  get pass1(): SequenceModel {
    return this.models()[0];
  }

  /** The second-pass model with its weight rows (as `pass1`). */
  get model(): SequenceModel {
    return this.models()[1];
  }

  /**
   * The engine of `ner.bin` (both passes, packed with packModels), `ner.lex` (UTF-8 text) and, when
   * the model was trained with word clusters, `ner.clusters` (asked for only then); `names` name
   * them in errors (their files, when they came from files). With `tables`, the paired table of
   * ner.bin as built (`ner.bin.tables`, nerWeightsTables): the weight rows are then neither decoded
   * nor paired (nor checksummed) until something asks for the models themselves; tables of another
   * ner.bin are not used.
   */
  static fromBytes(
    model: Uint8Array,
    /** The lexicon file's bytes, or the lexicon parsed already. */
    lexicon: Uint8Array | NerLexicon,
    names: { model: string; lexicon: string; clusters?: string } = { model: NER_MODEL_FILE, lexicon: NER_LEXICON_FILE },
    clusters?: () => Uint8Array,
    tables?: Uint8Array,
  ): NerEngine {
    const parts = unpackModelHeads(model, names.model);
    if (parts.length !== 2) throw new ModelFormatError(`${names.model}: expected 2 models (pass 1, pass 2), found ${parts.length}; rebuild with npm run train:ner`);
    const heads = [parts[0].head, parts[1].head] as const;
    const paired = tables && heads[0].bucketBits === heads[1].bucketBits ? readPairedWeights(tables, heads[0].numTags, heads[0].bucketBits, [parts[0].crc, parts[1].crc]) : undefined;
    const models = (): readonly [SequenceModel, SequenceModel] => {
      const m = unpackModels(model, names.model);
      return [m[0], m[1]];
    };
    // Without a paired table the rows are read now (and checked): a damaged file fails here, not mid-scan.
    const full = paired ? undefined : models();
    const lex = lexicon instanceof NerLexicon ? lexicon : NerLexicon.parse(new TextDecoder().decode(lexicon), names.lexicon);
    const clustersHash = (heads[0].meta as { clusters?: number } | undefined)?.clusters;
    if (clustersHash !== undefined) {
      const clustersName = names.clusters ?? NER_CLUSTERS_FILE;
      if (!clusters) throw new ModelFormatError(`${names.model} needs its word clusters (${NER_CLUSTERS_FILE})`);
      const bytes = clusters();
      if (fnvBytes(bytes, 0, bytes.length) !== clustersHash) throw new ModelFormatError(`${clustersName}: not the word clusters ${names.model} was trained with; rebuild with npm run train`);
      lex.clusters = WordClusters.parse(bytes, clustersName);
    }
    return new NerEngine(heads, lex, full ? () => full : models, paired);
  }

  /**
   * Tag indices and confidences for already-normalised words. The document and the arrays are the
   * engine's own (reused by the next call), as `tags` and `conf` were already.
   */
  tagWords(words: readonly string[], sentStarts: ArrayLike<number>, types?: WordTypeIds): { doc: NerDoc; tags: Int32Array; conf: Float32Array } {
    const n = words.length;
    if (this.tags.length < n) {
      this.tags = new Int32Array(n * 2);
      this.tags1 = new Int32Array(n * 2);
      this.conf1 = new Float32Array(n * 2);
      this.conf = new Float32Array(n * 2);
    }
    if (this.docMemory.byteLength < NerDoc.bytes(n)) this.docMemory = new ArrayBuffer(NerDoc.bytes(2 * n));
    const doc = new NerDoc(words, sentStarts, this.lexicon, { types, memory: this.docMemory });
    if (this.posSlot.length < n) this.posSlot = new Int32Array(n * 2);
    if (this.ctxFrom.length < n + 1) this.ctxFrom = new Int32Array(2 * n + 1);
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
    const head = this.heads[pass];
    const T = head.numTags;
    const acc = this.acc;
    const scores = this.scoreBuf;
    const buf = this.buf;
    const flags = doc.flags;
    const lower = doc.lower;
    const memory = this.memory;
    const posSlot = this.posSlot;
    const temp = head.temperature;
    const paired = this.paired;
    const keyed = this.keyed;
    const ctxFrom = this.ctxFrom;
    let ctxRows = this.ctxRows;
    let ctxUsed = 0;
    const typeSums = this.typeSums;
    const typeSlots = typeSums.slotsFor(doc.vocabulary);
    const typeIds = doc.typeIds;
    memory.reset(Math.max(256, n >> 3)); // distinct capitalised words: a fraction of the tokens
    let memUpTo = 0;
    for (let i = 0; i < n; i++) {
      const f = flags[i];
      if (pass === 0) ctxFrom[i] = ctxUsed;
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
      head.setTransition(i === 0 ? T : out[i - 1], acc);
      // Word-type features: both passes' sums of this type and variant, computed on first use.
      const variant = (f & F_HEADLINE ? 2 : 0) | (f & F_SENT_START ? 1 : 0);
      let slot: number;
      if (pass === 0) {
        const key = typeIds[i] * 4 + variant;
        slot = typeSlots[key] - 1;
        if (slot < 0) {
          slot = typeSums.allocate();
          typeSlots[key] = slot + 1;
          buf.clear();
          typeFeatures(doc, i, buf);
          const sums = typeSums.sums;
          if (paired) accumulatePair(paired, buf.ids, buf.length, sums, slot * 2 * T, sums, slot * 2 * T + T);
          else {
            this.pass1.accumulate(buf.ids, 0, buf.length, sums, slot * 2 * T);
            this.model.accumulate(buf.ids, 0, buf.length, sums, slot * 2 * T + T);
          }
        }
        posSlot[i] = slot;
      } else slot = posSlot[i];
      const sums = typeSums.sums;
      const at = slot * 2 * T + pass * T;
      for (let k = 0; k < T; k++) acc[k] += sums[at + k];
      // Context features: with paired weights their rows are found in the first pass, for both.
      // The neighbour words' rows are added one by one, not summed once per word type and place as
      // the word-type features are: such sums (int16 rows, with the history features' after O) took
      // away 39% of the hashed lookups, yet tagged 7% slower (2-17%) inside the analysis of 5 MB of
      // articles (a frequent neighbour's rows stay in cache anyway, a rare one's miss either way).
      if (paired) {
        if (pass === 0) {
          buf.clear();
          contextFeatures(doc, i, buf);
          if (ctxUsed + buf.length > ctxRows.length) {
            const bigger = new Int32Array(2 * (ctxUsed + buf.length));
            bigger.set(ctxRows.subarray(0, ctxUsed));
            ctxRows = this.ctxRows = bigger;
          }
          ctxUsed += findRows(paired, buf.ids, buf.length, ctxRows, ctxUsed, paired.rows0);
          addRows(paired.rows0, T, ctxRows, ctxFrom[i], ctxUsed, acc, 0);
        } else addRows(paired.rows1, T, ctxRows, ctxFrom[i], ctxFrom[i + 1], acc, 0);
      } else {
        let st = doc.cacheStart[i];
        if (st < 0) {
          buf.clear();
          contextFeatures(doc, i, buf);
          doc.cache(i, buf.ids, 0, buf.length);
          st = doc.cacheStart[i];
        }
        this.models()[pass].accumulate(doc.cacheIds, st, st + doc.cacheLen[i], acc);
      }
      // History-dependent features: with paired weights, the small-keyed groups from their tables.
      const mem = memory.get(lower[i]) ?? 0;
      if (keyed) {
        keyed.prevTags.add(paired!, prevTagsKey(doc, i, out), pass, acc, buf);
        keyed.memory.add(paired!, memoryKey(doc, i, mem), pass, acc, buf);
        if (pass === 1) {
          keyed.firstPassTags.add(paired!, firstPassTagsKey(doc, i), pass, acc, buf);
          keyed.aggregates.add(paired!, aggregatesKey(doc, i), pass, acc, buf);
        }
        buf.clear();
        wordHistoryFeatures(doc, i, out, buf);
        accumulateOne(paired!, pass, buf.ids, buf.length, acc);
      } else {
        buf.clear();
        historyFeatures(doc, i, out, mem, buf);
        if (pass === 1) secondPassFeatures(doc, i, buf);
        this.models()[pass].accumulate(buf.ids, 0, buf.length, acc);
      }
      head.scaleScores(acc, scores);
      let best = 0;
      for (let k = 1; k < T; k++) if (scores[k] > scores[best]) best = k;
      out[i] = best;
      conf[i] = pass === 1 && best === 0 ? 1 : softmaxConfidence(scores, T, best, temp);
    }
    if (pass === 0) ctxFrom[n] = ctxUsed;
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
    const bio = bioSpans(NER_TAGS, tags, n);
    for (let s = 0; s < bio.length; s++) {
      const sp = bio[s];
      let c = 1;
      for (let k = sp.start; k < sp.end; k++) c = Math.min(c, conf[k]);
      out.push({ start: sp.start, end: sp.end, type: sp.type, confidence: c });
    }
    if (!harmonize) return out;
    this.rules.splitTitleCase(words, doc, out);
    const fixed = this.rules.lexiconRules(words, doc, out);
    if (out.length > 1) harmonizeTypes(words, out, fixed);
    return out;
  }

  /** `namesInCompounds: false` scores as CoNLL-2003 annotates: no name inside a hyphenated word. */
  recognize(seg: SegmentedText, { namesInCompounds = true } = {}): EntityMention[] {
    const tokens = seg.tokens;
    const n = tokens.length;
    if (n === 0) return [];
    const words = new Array<string>(n);
    const ids = tokens.typeIds;
    const normalized = normalizedWords.table(seg.vocabulary);
    for (let i = 0; i < n; i++) words[i] = normalized[ids[i]] ??= normalizeToken(tokens.text(i));
    const starts = new Int32Array(seg.sentences.length);
    for (let s = 0; s < seg.sentences.length; s++) starts[s] = seg.sentences[s].firstToken;
    const out: EntityMention[] = [];
    const spans = this.spans(words, starts, true, { ids, vocabulary: seg.vocabulary });
    for (let s = 0; s < spans.length; s++) {
      const sp = spans[s];
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
    return namesInCompounds ? withCompoundMentions(seg, out, (word) => TYPE_MAP[this.rules.nameTypeOf(word) ?? '']) : out;
  }
}

/** Per token type: its text normalised for the tagger (normalizeToken). */
const normalizedWords = new TypeMemo<string>();

function isPunct(w: string): boolean {
  if (w.length !== 1) return w === '--' || w === '...';
  const c = w.charCodeAt(0);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128 || c === 38);
}

/**
 * The shipped lexicon, loaded once on first use: the engine's, and all that the name checks of
 * entity resolution read (knownWords.ts), so a thread that does not tag loads it without the
 * weights. Its tables as built (ner.lex.tables), or ner.lex parsed where a source has no tables.
 */
export const shippedNerLexicon = lazy((): NerLexicon => {
  const tables = optionalModelBytes(NER_LEXICON_TABLES_FILE);
  return tables ? NerLexicon.fromTables(tables) : NerLexicon.parse(new TextDecoder().decode(modelBytes(NER_LEXICON_FILE)), NER_LEXICON_FILE);
});

/** The shipped engine, loaded once on first use (with its paired table as built, ner.bin.tables, where the source has it). */
export const nerEngine = lazy(() => NerEngine.fromBytes(modelBytes(NER_MODEL_FILE), shippedNerLexicon(), undefined, () => modelBytes(NER_CLUSTERS_FILE), optionalModelBytes(NER_WEIGHTS_TABLES_FILE)));

/**
 * `ner.bin.tables` of a ner.bin (its bytes): both passes' paired table as the engine builds it,
 * which the training and `npm run pack:tables` write beside ner.bin.
 */
export function nerWeightsTables(model: Uint8Array, what = NER_MODEL_FILE): Uint8Array {
  const models = unpackModels(model, what);
  const heads = unpackModelHeads(model, what);
  if (models.length !== 2 || models[0].bucketBits !== models[1].bucketBits) throw new ModelFormatError(`${what}: not two models of the same buckets`);
  return pairedWeightsFile(pairWeights(models[0], models[1]), [heads[0].crc, heads[1].crc]);
}

/** Named entities of a segmented document (person, place, organization, group). */
export function recognizeEntities(seg: SegmentedText, options?: { namesInCompounds?: boolean }): EntityMention[] {
  return nerEngine().recognize(seg, options);
}
