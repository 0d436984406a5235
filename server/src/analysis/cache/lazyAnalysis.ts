/**
 * A decoded cache record (see codec.ts): what the index uses constantly is ready (markers, n-grams,
 * word lookups, span columns); paragraphs, sentences, entity mentions and word counts become objects
 * on first access, and the text is kept as UTF-8 unless it was decoded recently.
 */
import type { DocumentAnalysis } from '../document';
import type { Range } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { type SpanColumns, rangesOf } from '../corpus/spans';
import { bitsFloat } from './floatBits';
import { WordDirectory, queryWord } from './wordList';

/**
 * A document's entity mentions grouped by (type, name as written): `texts[g]`, `types[g]`, and
 * for each mention (in order) its group `index[k]`. Decoding makes it in passing, so the index
 * counts each name once per document instead of looking it up per mention (`entityGroupsOf`).
 */
export interface EntityGroups {
  readonly texts: readonly string[];
  readonly types: readonly EntityType[];
  readonly index: Int32Array;
}

/** What a record keeps in place, read when first asked for (see `LazyAnalysis`). */
export interface RecordParts {
  /**
   * The record's string section (JSON), parsed again when entity mentions are made: kept parsed in
   * every document, the string tables of a corpus would take ~10 MB of heap per 50 MB of text.
   */
  readonly stringSection: Uint8Array;
  readonly paragraphs: SpanColumns;
  readonly sentences: SpanColumns;
  /** Per mention: start, end, type (string index), confidence (float bits), name (string index). */
  readonly entities: SpanColumns;
  /** The UTF-8 word list (newline-separated) and the count of each word. */
  readonly words: { readonly bytes: Uint8Array; readonly counts: Int32Array | Uint8Array };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Texts decoded from UTF-8 and kept, oldest first: the documents being looked at keep their text
 * as a string, the others keep UTF-8 bytes (half the size: V8 stores almost every article, with
 * its typographic quotes, at two bytes a character).
 */
const decodedTexts: LazyAnalysis[] = [];
const DECODED_TEXTS_KEPT = 32;
const DECODED_CHARS_KEPT = 4 * 1024 * 1024;
let decodedChars = 0;
/** Slices ending before this offset are decoded from the start of the UTF-8 alone (`textSlice`). */
const PREFIX_DECODE_MAX = 4096;

function keepDecoded(d: LazyAnalysis, chars: number): void {
  decodedTexts.push(d);
  decodedChars += chars;
  while (decodedTexts.length > 1 && (decodedTexts.length > DECODED_TEXTS_KEPT || decodedChars > DECODED_CHARS_KEPT)) {
    decodedChars -= decodedTexts.shift()!.forgetText();
  }
}

/** Whether a string has no lone surrogates (so that it survives a round trip through UTF-8). */
function isWellFormed(s: string): boolean {
  return (s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/**
 * A decoded record: what the index uses constantly is ready (markers, n-grams, word lookups, span
 * columns); paragraphs, sentences, entity mentions and word counts become objects on first access.
 * The text is held as UTF-8 and decoded when asked for (kept while among the recently decoded).
 */
export class LazyAnalysis {
  readonly hash: string;
  readonly article: DocumentAnalysis['article'];
  readonly markers: DocumentAnalysis['markers'];
  readonly quotes: DocumentAnalysis['quotes'];
  readonly wordCount: number;
  readonly ngrams: DocumentAnalysis['ngrams'];
  /** The text as UTF-8, or undefined when it cannot round-trip (then `decoded` is kept). */
  private readonly utf8: Uint8Array | undefined;
  private decoded: string | undefined;
  readonly textLength: number;
  private p: Range[] | undefined;
  private s: Range[] | undefined;
  private e: EntityMention[] | undefined;
  private w: Map<string, number> | undefined;
  private wordDirectory: WordDirectory | undefined;
  /** The mentions grouped by (type, name) until the index takes them: see `entityGroupsOf`. */
  private entityGroups: EntityGroups | undefined;

  constructor(
    text: string,
    base: Pick<DocumentAnalysis, 'hash' | 'article' | 'markers' | 'quotes' | 'wordCount' | 'ngrams'>,
    readonly parts: RecordParts,
    groups: EntityGroups,
  ) {
    this.hash = base.hash;
    this.article = base.article;
    this.markers = base.markers;
    this.quotes = base.quotes;
    this.wordCount = base.wordCount;
    this.ngrams = base.ngrams;
    this.entityGroups = groups;
    this.decoded = text;
    this.textLength = text.length;
    if (isWellFormed(text)) {
      this.utf8 = encoder.encode(text);
      keepDecoded(this, text.length);
    }
  }

  get text(): string {
    if (this.decoded === undefined) {
      this.decoded = utf8Decoder.decode(this.utf8);
      keepDecoded(this, this.decoded.length);
    }
    return this.decoded;
  }

  textSlice(start: number, end: number): string {
    if (this.decoded !== undefined || !this.utf8 || end > PREFIX_DECODE_MAX) return this.text.slice(start, end);
    // The first `end` UTF-16 units take at most 3 bytes each (a surrogate pair: 4 bytes for 2).
    return utf8Decoder.decode(this.utf8.subarray(0, 3 * end + 3)).slice(start, end);
  }

  /** Drops the decoded text (it stays as UTF-8); returns its length. */
  forgetText(): number {
    const n = this.decoded?.length ?? 0;
    if (this.utf8) this.decoded = undefined;
    return n;
  }

  get paragraphs(): Range[] {
    return (this.p ??= rangesOf(this.parts.paragraphs));
  }

  get sentences(): Range[] {
    return (this.s ??= rangesOf(this.parts.sentences));
  }

  get entities(): EntityMention[] {
    return (this.e ??= this.readEntities());
  }

  /**
   * The entity mentions, made afresh and not kept unless they are already (`entities` keeps them):
   * for a pass over every document, which would otherwise leave them all in memory.
   */
  readEntities(): EntityMention[] {
    if (this.e) return this.e;
    const { data, offset, length } = this.parts.entities;
    const strings = (JSON.parse(decoder.decode(this.parts.stringSection)) as { s: string[] }).s;
    const out: EntityMention[] = new Array(length);
    for (let i = 0, q = offset; i < length; i++, q += 5) out[i] = { start: data[q], end: data[q + 1], text: strings[data[q + 4]], type: strings[data[q + 2]] as EntityType, confidence: bitsFloat(data[q + 3]) };
    return out;
  }

  get wordCounts(): Map<string, number> {
    if (!this.w) {
      const { bytes, counts } = this.parts.words;
      const m = new Map<string, number>();
      const words = counts.length ? utf8Decoder.decode(bytes).split('\n') : [];
      for (let i = 0; i < counts.length; i++) m.set(words[i], counts[i]);
      this.w = m;
    }
    return this.w;
  }

  takeEntityGroups(): EntityGroups | undefined {
    const g = this.entityGroups;
    this.entityGroups = undefined;
    return g;
  }

  hasWordDirectory(): boolean {
    return this.wordDirectory !== undefined;
  }

  setWordDirectory(d: WordDirectory): void {
    this.wordDirectory = d;
  }

  /** The record's word list and counts (undefined if empty). */
  wordList(): RecordParts['words'] | undefined {
    return this.parts.words.counts.length ? this.parts.words : undefined;
  }

  /**
   * Occurrences of a normalised word, without materialising `wordCounts` (a Map per document
   * costs ~20× the record's word list): found through the list's directory (see wordList.ts),
   * built on first use.
   */
  wordCountOf(word: string, query = queryWord(word)): number {
    const { bytes, counts } = this.parts.words;
    const k = (this.wordDirectory ??= WordDirectory.build(bytes, counts.length)).find(bytes, query);
    return k < 0 ? 0 : counts[k];
  }

  toJSON(): unknown {
    return { text: this.text, hash: this.hash, paragraphs: this.paragraphs, sentences: this.sentences, article: this.article, entities: this.entities, markers: this.markers, quotes: this.quotes, wordCounts: [...this.wordCounts], wordCount: this.wordCount, ngrams: this.ngrams };
  }
}
