/**
 * A word frequency as the index caches it: the documents' ranks in the sorted URIs and their
 * counts, in typed arrays, most occurrences first (see mentionList.ts for why not as objects).
 */
import type { WordFrequency } from './corpusIndex';

export class WordFrequencyList {
  constructor(
    readonly word: string,
    readonly total: number,
    /** The corpus's sorted URIs when computed (the index drops the list on any change). */
    private readonly sortedUris: readonly string[],
    private readonly ranks: Int32Array,
    private readonly counts: Int32Array,
  ) {}

  get length(): number {
    return this.ranks.length;
  }

  /** The answer with its documents as objects (a new array each time: the caller may keep it). */
  toWordFrequency(): WordFrequency {
    const documents: { uri: string; count: number }[] = new Array(this.ranks.length);
    for (let i = 0; i < documents.length; i++) documents[i] = { uri: this.sortedUris[this.ranks[i]], count: this.counts[i] };
    return { word: this.word, total: this.total, documents };
  }
}
