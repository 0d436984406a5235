/**
 * Word frequencies for the word hover: in how many documents, and how often, a word occurs. A few
 * hundred answers are cached (hovers over common words repeat); only the documents a Bloom filter
 * lets through are asked, and the most common words come from the filter's flat count tables.
 */
import type { DocumentAnalysis } from '../../document';
import { normalizeWord } from '../../document';
import { wordCountIn, wordHashOf } from '../../cache/analysisViews';
import { BoundedCache } from '../boundedCache';
import { DocumentCountList } from '../documentCountList';
import type { DocumentStore } from '../documentStore';
import { WordBloom } from '../wordBloom';
import { type DerivedClock, DerivedCache } from './derivedCache';

/** Word frequencies kept, and document entries they hold at most (8 bytes each). */
const WORD_CACHE_SIZE = 256;
const WORD_CACHE_ITEMS = 200_000;

export interface WordFrequency {
  readonly word: string;
  readonly total: number;
  /** Documents that contain the word, most occurrences first, then in corpus order. */
  readonly documents: DocumentCountList;
}

export class WordFrequencies {
  private readonly answers: DerivedCache<BoundedCache<DocumentCountList>>;
  /** Built on the first query (or by `prepare`), then kept current by `put` and `remove`. */
  private bloom: WordBloom | undefined;

  constructor(
    clock: DerivedClock,
    private readonly store: DocumentStore,
  ) {
    this.answers = new DerivedCache(clock, () => new BoundedCache<DocumentCountList>(WORD_CACHE_SIZE, WORD_CACHE_ITEMS));
  }

  put(uri: string, d: DocumentAnalysis): void {
    this.bloom?.put(uri, d);
  }

  remove(uri: string): void {
    this.bloom?.remove(uri);
  }

  /** Builds the filter ahead of the first query. */
  prepare(): void {
    this.bloom ??= WordBloom.build(this.store.all);
  }

  /**
   * Whether at least `min` documents contain the word (the register test asks it of every word of
   * every rhetoric marker for the Terms view): most words have fewer candidates in the filter than
   * that, and are answered without reading a document; the others are counted until the answer is known.
   */
  inAtLeast(word: string, min: number): boolean {
    if (min <= 0) return true;
    const key = normalizeWord(word);
    const known = this.answers.get().get(key);
    if (known) return known.length >= min;
    const bloom = (this.bloom ??= WordBloom.build(this.store.all));
    const h = wordHashOf(key);
    const common = bloom.commonDocumentCount(key, h);
    if (common !== undefined) return common >= min;
    let left = bloom.candidateCount(h);
    if (left < min) return false;
    let found = 0;
    for (const uri of bloom.candidates(h)) {
      if (wordCountIn(this.store.get(uri)!, key) && ++found >= min) return true;
      if (found + --left < min) return false;
    }
    return false;
  }

  of(word: string): WordFrequency {
    const key = normalizeWord(word);
    const cache = this.answers.get();
    let documents = cache.get(key);
    if (!documents) {
      const bloom = (this.bloom ??= WordBloom.build(this.store.all));
      const rank = this.store.uriRanks();
      const h = wordHashOf(key);
      const ranks: number[] = [];
      const counts: number[] = [];
      const add = (uri: string, count: number) => {
        ranks.push(rank.get(uri)!);
        counts.push(count);
      };
      if (!bloom.commonCountsOf(key, h, add)) {
        for (const uri of bloom.candidates(h)) {
          const count = wordCountIn(this.store.get(uri)!, key);
          if (count) add(uri, count);
        }
      }
      documents = cache.set(key, DocumentCountList.byCount(this.store.sortedUris(), ranks, counts));
    }
    return { word: key, total: documents.total, documents };
  }
}
