/**
 * Word frequencies for the word hover: in how many documents, and how often, a word occurs. A few
 * hundred answers are cached (hovers over common words repeat); only the documents a Bloom filter
 * lets through are asked, and the most common words come from the filter's flat count tables.
 */
import type { DocumentAnalysis } from '../../document';
import { normalizeWord } from '../../document';
import { forEachWordCount, wordCountIn, wordHashOf } from '../../cache/analysisViews';
import { BoundedCache } from '../boundedCache';
import { DocumentCountList } from '../documentCountList';
import type { DocumentStore } from '../documentStore';
import { WordBloom } from '../wordBloom';
import { type DerivedClock, DerivedCache } from './derivedCache';

/** Word frequencies kept, and document entries they hold at most (8 bytes each). */
const WORD_CACHE_SIZE = 256;
const WORD_CACHE_ITEMS = 200_000;
/** Answers of `inAtLeast` kept through changes at most (the words of every marker of a big corpus are a few tens of thousands). */
const AT_LEAST_KEPT = 100_000;

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
  /**
   * Answers of `inAtLeast` by word hash, kept through changes: a change drops those of the words it
   * adds to or takes from a document, and an edit (a document taken out, then put back) only those
   * the document gains or loses. The register test asks every word of an article's markers after
   * each keystroke (its semantic tokens, its diagnostics), and counting a word's documents anew is a
   * pass over up to a quarter of the corpus.
   */
  private readonly atLeast = new Map<number, { readonly word: string; readonly min: number; readonly yes: boolean }>();
  /** The words of the document taken out last, until it is put back (an edit) or the next query. */
  private taken: { readonly uri: string; readonly words: ReadonlySet<number> } | undefined;

  constructor(
    clock: DerivedClock,
    private readonly store: DocumentStore,
  ) {
    this.answers = new DerivedCache(clock, () => new BoundedCache<DocumentCountList>(WORD_CACHE_SIZE, WORD_CACHE_ITEMS));
  }

  put(uri: string, d: DocumentAnalysis): void {
    this.bloom?.put(uri, d);
    if (!this.atLeast.size) return;
    const words = wordsOf(d);
    const before = this.taken?.uri === uri ? this.taken.words : undefined;
    if (!before) {
      this.settle();
      for (const h of words) this.atLeast.delete(h);
      return;
    }
    this.taken = undefined;
    for (const h of words) if (!before.has(h)) this.atLeast.delete(h);
    for (const h of before) if (!words.has(h)) this.atLeast.delete(h);
  }

  remove(uri: string, d: DocumentAnalysis): void {
    this.bloom?.remove(uri);
    this.settle();
    if (this.atLeast.size) this.taken = { uri, words: wordsOf(d) };
  }

  /** A document taken out and not put back: its words' answers go. */
  private settle(): void {
    if (this.taken) for (const h of this.taken.words) this.atLeast.delete(h);
    this.taken = undefined;
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
    this.settle();
    const h = wordHashOf(key);
    const kept = this.atLeast.get(h);
    if (kept?.word === key && kept.min === min) return kept.yes;
    const yes = this.countAtLeast(key, h, min);
    if (this.atLeast.size >= AT_LEAST_KEPT) this.atLeast.clear();
    this.atLeast.set(h, { word: key, min, yes });
    return yes;
  }

  private countAtLeast(key: string, h: number, min: number): boolean {
    const bloom = (this.bloom ??= WordBloom.build(this.store.all));
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

/** The hashes of a document's words (`wordHashOf`). */
function wordsOf(d: DocumentAnalysis): Set<number> {
  const out = new Set<number>();
  forEachWordCount(d, (h) => out.add(h));
  return out;
}
