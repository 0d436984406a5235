/**
 * One article, analysed: structure, words, entities and rhetoric markers.
 * A pure function of the text and the options, so results can be cached by content hash.
 */
import * as crypto from 'crypto';
import { ArticleStructure, articleStructure } from './text/article';
import { Range, SegmentedText, segment } from './text/structure';
import { CodebookTerm, EntityMention, RhetoricMarker, Sensitivity } from './types';
import { NgramTable, ngramTable } from './corpus/keyterms';
import { TypeTable, Vocabulary } from './text/vocabulary';
import { Quotation, attributedQuotationAt, findQuotations } from './quotations/quotations';
import { fnvUtf8 } from './common/fnv';
import { PUNCT_KIND as PUNCT_KIND_IMPORT } from './text/tokens';

export interface AnalysisOptions {
  readonly sensitivity: Sensitivity;
  readonly codebookTerms?: readonly CodebookTerm[];
  /** Lower-cased words and names the analyst chose to ignore. */
  readonly ignore?: ReadonlySet<string>;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { sensitivity: 'precise' };

/** The recognisers the analysis runs; injected so that tests and tools can swap them. */
export interface Recognizers {
  readonly entities: EntityRecognizer;
  markers(seg: SegmentedText, options: AnalysisOptions): RhetoricMarker[];
  /** Checks against the entity recogniser's lexicon, for resolving names across the corpus. */
  readonly names?: NameChecks;
}

/**
 * An entity recogniser, with its two steps where it has them: the tagger's and the rules over its
 * mentions (recognizer(seg) = steps.rules(seg, steps.tag(seg))), so that a batch of texts goes through
 * each in turn (entitiesOfAll). A recogniser made anew (a test's, spreading the shipped ones) has none.
 */
export type EntityRecognizer = ((seg: SegmentedText) => EntityMention[]) & { readonly steps?: EntitySteps };

export interface EntitySteps {
  tag(seg: SegmentedText): EntityMention[];
  rules(seg: SegmentedText, tagged: EntityMention[]): EntityMention[];
}

/**
 * `recognizers.entities` of each text; with its steps, the tagger through every text before the
 * rules (its tables stay in the caches): analysing 5 MB of 2 KB articles in the scan's batches, the
 * tagger took 13% less CPU (median of 6 alternating process pairs, 8-31%) than alternating with the
 * rules text by text.
 */
export function entitiesOfAll(recognizers: Recognizers, segs: readonly SegmentedText[]): EntityMention[][] {
  const steps = recognizers.entities.steps;
  if (!steps) return segs.map((seg) => recognizers.entities(seg));
  const tagged = segs.map((seg) => steps.tag(seg));
  return segs.map((seg, i) => steps.rules(seg, tagged[i]));
}

/** See ResolveOptions in entities/resolve.ts. */
export interface NameChecks {
  /** A real name in its own right: never flagged as a misspelling of another. */
  isKnownName(name: string): boolean;
  /** A common given name: not taken for a family name written first. */
  isGivenName(word: string): boolean;
  /** An ordinary lower-case word of English: never a misspelling, nor what a rare name misspells. */
  isOrdinaryWord?(word: string): boolean;
  /** A word the tagger's training text contains ("Koran"): a word of the language, not a slip. */
  isAttestedWord?(word: string): boolean;
  /** A known name by more than the training text's label of one word as a body: never taken for a common word. */
  isKnownBeyondTrainingBody?(name: string): boolean;
}

export interface DocumentAnalysis {
  readonly text: string;
  /** SHA-1 of the text: the cache key. */
  readonly hash: string;
  readonly paragraphs: readonly Range[];
  readonly sentences: readonly Range[];
  readonly article: ArticleStructure;
  readonly entities: readonly EntityMention[];
  readonly markers: readonly RhetoricMarker[];
  /** Quotations, attributed to a speaker where the text says who (see quotations/quotations.ts). */
  readonly quotes: readonly Quotation[];
  /** Occurrences of each normalised word (see `normalizeWord`). */
  readonly wordCounts: ReadonlyMap<string, number>;
  readonly wordCount: number;
  /** Key-term candidates (hashed 1–4-word n-grams; see corpus/keyterms.ts). */
  readonly ngrams: NgramTable;
}

/** One-shot hashing where Node has it (20.12 on): no Hash object per document. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function contentHash(text: string): string {
  return oneShotHash ? oneShotHash('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
}

/** Lower case, with typographic apostrophes made straight: "Putin’s" and "putin's" count together. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf('’') < 0 && lower.indexOf('ʼ') < 0 ? lower : lower.replace(/[’ʼ]/g, "'");
}

// A module-local copy: a CommonJS build (tsx, tests) reads an imported binding through a getter on every use.
const PUNCT_KIND = PUNCT_KIND_IMPORT;

/**
 * Per word type: 1 + the index of its normalised word in `countedWords` (types differing in case share
 * one), negated for possessive and contraction tokens (not words); 0 until looked up.
 */
const wordOfType = new TypeTable(1);
/** The normalised words of `wordOfType`'s vocabulary (renewed with it), and their indices. */
let countedWords: string[] = [];
let indexOfWord = new Map<string, number>();
/** Per word index: the document (serial number) its count is for, then the count. */
let wordCounters = new Int32Array(2 * 1024);
/** Per word index: the word's hash as the corpus tables take it (`wordHashOf`, FNV-1a of its UTF-8), computed once per word. */
let wordHashes = new Uint32Array(1024);
let countedVocabulary: Vocabulary | undefined;
let docSerial = 0;
/**
 * countWords' scratch: the indices of the words a document uses, in order. Sized for a long speech at once:
 * growing it first in a late document threw away countWords' optimised code.
 */
let seenWords = new Int32Array(1 << 15);

/** 1 + the index of a type's normalised word, negated for tokens that are not words (see wordOfType). */
function wordIndexOf(token: string): number {
  const w = normalizeWord(token);
  let k = indexOfWord.get(w);
  if (k === undefined) {
    k = countedWords.length;
    countedWords.push(w);
    indexOfWord.set(w, k);
    if (2 * countedWords.length > wordCounters.length) {
      const grown = new Int32Array(2 * wordCounters.length);
      grown.set(wordCounters);
      wordCounters = grown;
    }
    if (countedWords.length > wordHashes.length) {
      const grown = new Uint32Array(2 * wordHashes.length);
      grown.set(wordHashes);
      wordHashes = grown;
    }
    wordHashes[k] = fnvUtf8(w);
  }
  return w === "'s" || w === "n't" ? -(k + 1) : k + 1;
}

/**
 * A document's word counts in the order of their first occurrence, read from two arrays: the Map a
 * lookup needs is made on the first `get` or `has` (a corpus reads every document's counts in
 * order, and looks up few of them), not for every document analysed.
 */
export class WordCounts implements ReadonlyMap<string, number> {
  private map: Map<string, number> | undefined;

  constructor(
    private readonly words: readonly string[],
    private readonly counts: Int32Array,
    /** `wordHashOf` of each word (fnvUtf8), when the caller has them. */
    private readonly hashes?: Uint32Array,
  ) {}

  /** Calls `f` with each word's hash (`wordHashOf`), count and text, in order: the corpus tables read every document's words so. */
  forEachHashed(f: (hash: number, count: number, word: string) => void): void {
    const hashes = this.hashes;
    for (let k = 0; k < this.words.length; k++) f(hashes ? hashes[k] : fnvUtf8(this.words[k]), this.counts[k], this.words[k]);
  }

  get size(): number {
    return this.words.length;
  }

  get(word: string): number | undefined {
    return this.asMap().get(word);
  }

  has(word: string): boolean {
    return this.asMap().has(word);
  }

  forEach(f: (count: number, word: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.words.length; k++) f.call(thisArg, this.counts[k], this.words[k], this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let k = 0; k < this.words.length; k++) yield [this.words[k], this.counts[k]];
  }

  *keys(): MapIterator<string> {
    yield* this.words;
  }

  *values(): MapIterator<number> {
    yield* this.counts;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  private asMap(): Map<string, number> {
    return (this.map ??= new Map(this.entries()));
  }
}

/**
 * The document's word counts (a function of its own, apart from analyzeDocument: the loop makes it hot
 * early, and an optimised analyzeDocument that inlines its callees is recompiled with each of them).
 */
function countWords(seg: SegmentedText): { wordCounts: WordCounts; wordCount: number } {
  // Counted per normalised word with typed-array reads per token; each counter counts for one
  // document at a time (its serial number), so nothing is cleared between documents.
  const wordOf = wordOfType.table(seg.vocabulary);
  if (seg.vocabulary !== countedVocabulary) {
    countedVocabulary = seg.vocabulary;
    countedWords = [];
    indexOfWord = new Map();
  }
  const doc = ++docSerial;
  const tokens = seg.tokens;
  // The document's words in order of first occurrence: at most one per token.
  if (seenWords.length < tokens.length) seenWords = new Int32Array(Math.max(tokens.length, 2 * seenWords.length));
  const seen = seenWords;
  let distinct = 0;
  let wordCount = 0;
  const kinds = tokens.kinds;
  const typeIds = tokens.typeIds;
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] === PUNCT_KIND) continue;
    const id = typeIds[i];
    let w = wordOf[id];
    if (w === 0) w = wordOf[id] = wordIndexOf(tokens.text(i));
    if (w < 0) continue;
    wordCount++;
    const at = 2 * (w - 1);
    if (wordCounters[at] !== doc) {
      wordCounters[at] = doc;
      wordCounters[at + 1] = 0;
      seen[distinct++] = w - 1;
    }
    wordCounters[at + 1]++;
  }
  const words = new Array<string>(distinct);
  // Counts and hashes in one buffer: one allocation, not two.
  const columns = new ArrayBuffer(8 * distinct);
  const counts = new Int32Array(columns, 0, distinct);
  const hashes = new Uint32Array(columns, 4 * distinct, distinct);
  for (let j = 0; j < distinct; j++) {
    const k = seen[j];
    words[j] = countedWords[k];
    hashes[j] = wordHashes[k];
    counts[j] = wordCounters[2 * k + 1];
  }
  return { wordCounts: new WordCounts(words, counts, hashes), wordCount };
}

/** `hash`: the text's contentHash when the caller has it already (a scan hashes each file once). */
export function analyzeDocument(text: string, options: AnalysisOptions, recognizers: Recognizers, hash = contentHash(text)): DocumentAnalysis {
  return analyzeDocuments([text], options, recognizers, [hash])[0];
}

/** Texts up to this length are worth analysing together (`analyzeDocuments`). */
export const SHORT_TEXT_CHARS = 8 * 1024;

/**
 * `analyzeDocument` of each text, step by step over all of them: the tokenizer, the entity tagger
 * and the rhetoric model each go through every text before the next starts. Analysed one by one,
 * short articles switched between the models' tables every 2 KB and found them evicted from the
 * processor's caches: 402 articles of about 2 KB took 10-20% less CPU in batches of 16 (8: 11%, 64:
 * 20%); speeches of 17 KB on average gained 6% in batches of 8. The results are the same.
 */
export function analyzeDocuments(texts: readonly string[], options: AnalysisOptions, recognizers: Recognizers, hashes?: readonly string[]): DocumentAnalysis[] {
  const begun = beginAnalyses(texts, options, recognizers);
  return finishAnalyses(begun, entitiesOfAll(recognizers, begun.segs), hashes);
}

/** What `beginAnalyses` found of some texts: every step but the entity tagger's and those that read its mentions. */
export interface BegunAnalyses {
  readonly texts: readonly string[];
  readonly segs: readonly SegmentedText[];
  readonly words: readonly { wordCounts: WordCounts; wordCount: number }[];
  /** Each text's rhetoric markers; none if they were left to `finishAnalyses`' caller (`markersElsewhere`). */
  readonly markers?: readonly RhetoricMarker[][];
  readonly options: AnalysisOptions;
  readonly recognizers: Recognizers;
}

/**
 * `analyzeDocuments` in two halves, for an entity tagger that runs elsewhere meanwhile (a worker
 * thread: the language server's indexing, node/entityWorker.ts): the steps that do not need the
 * entity mentions (segmentation, word counts, rhetoric markers) here, the rest in `finishAnalyses`.
 */
export function beginAnalyses(
  texts: readonly string[],
  options: AnalysisOptions,
  recognizers: Recognizers,
  markersElsewhere = false,
  /** `segment` of each text, when the caller made them already (to send them to the tagger's thread). */
  segs: readonly SegmentedText[] = texts.map((text) => segment(text)),
): BegunAnalyses {
  const words = segs.map((seg) => countWords(seg));
  const markers = markersElsewhere ? undefined : segs.map((seg) => recognizers.markers(seg, options));
  return { texts, segs, words, markers, options, recognizers };
}

/**
 * The analyses of `begun`'s texts, with their entity mentions (`recognizers.entities` of each
 * text's segmentation; an undefined entry is tagged here) and, if `begun` left them elsewhere, their
 * rhetoric markers (`recognizers.markers` with `begun`'s options; an undefined entry is found here).
 */
export function finishAnalyses(
  begun: BegunAnalyses,
  found: readonly (EntityMention[] | undefined)[],
  hashes?: readonly string[],
  foundMarkers?: readonly (RhetoricMarker[] | undefined)[],
): DocumentAnalysis[] {
  const { texts, segs, words } = begun;
  const entities = segs.map((seg, i) => found[i] ?? begun.recognizers.entities(seg));
  const quotes = segs.map((seg, i) => findQuotations(seg, entities[i]));
  const markersOf = (i: number) => begun.markers?.[i] ?? foundMarkers?.[i] ?? begun.recognizers.markers(segs[i], begun.options);
  // Words the text attributes to a speaker are a quotation, not the author's scare quote.
  const markers = segs.map((_, i) => markersOf(i).filter((m) => m.source !== 'scare-quote' || !attributedQuotationAt(quotes[i], m.start, m.end)));
  return texts.map((text, i) => {
    const seg = segs[i];
    return {
      text,
      hash: hashes?.[i] ?? contentHash(text),
      paragraphs: seg.paragraphs,
      sentences: seg.sentences.map((s) => ({ start: s.start, end: s.end })),
      article: articleStructure(text, seg.paragraphs),
      entities: entities[i],
      markers: markers[i],
      quotes: quotes[i],
      wordCounts: words[i].wordCounts,
      wordCount: words[i].wordCount,
      ngrams: ngramTable(seg, entities[i]),
    };
  });
}

/** The word at an offset: the token that contains it or ends at it. */
export function wordAt(text: string, offset: number): Range | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}'’\-]/u.test(c);
  let s = offset;
  let e = offset;
  while (s > 0 && isWord(text[s - 1])) s--;
  while (e < text.length && isWord(text[e])) e++;
  // Apostrophes and hyphens belong to a word only inside it.
  while (s < e && /['’\-]/.test(text[s])) s++;
  while (e > s && /['’\-]/.test(text[e - 1])) e--;
  if (e > s && /['’]s$/i.test(text.slice(s, e)) && offset < e - 2) e -= 2;
  return e > s ? { start: s, end: e } : undefined;
}
