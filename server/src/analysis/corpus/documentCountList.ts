/**
 * Documents with a count each (where an entity, term or word occurs, and how often), most first,
 * then in corpus order: the documents' ranks in the sorted URIs and their counts, in typed arrays
 * (see mentionList.ts for why not as objects). The index caches word frequencies in this form and
 * returns it; objects are made only for the entries asked for.
 */
import type { DocumentCount } from './model';
import { lowerBound } from '../common/binarySearch';

/** Ranks below this fit beside a count in one float64 sort key (counts below 2^31). */
const RANK_SPAN = 1 << 22;

export class DocumentCountList implements Iterable<DocumentCount> {
  private constructor(
    /** The corpus's sorted URIs when computed (the index drops a cached list on any change). */
    private readonly sortedUris: readonly string[],
    private readonly ranks: Int32Array,
    private readonly counts: Int32Array,
    /** The sum of the counts. */
    readonly total: number,
  ) {}

  /**
   * Sorts documents given by rank in `sortedUris` (each once) with their counts: most first,
   * then by rank (no string comparisons).
   */
  static byCount(sortedUris: readonly string[], ranks: ArrayLike<number>, counts: ArrayLike<number>): DocumentCountList {
    const n = ranks.length;
    const outRanks = new Int32Array(n);
    const outCounts = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += counts[i];
    if (sortedUris.length < RANK_SPAN) {
      // One numeric key per document (count descending, then rank ascending): a typed-array sort.
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = counts[i] * RANK_SPAN + (RANK_SPAN - 1 - ranks[i]);
      keys.sort();
      for (let i = 0, j = n - 1; j >= 0; i++, j--) {
        const count = Math.floor(keys[j] / RANK_SPAN);
        outRanks[i] = RANK_SPAN - 1 - (keys[j] - count * RANK_SPAN);
        outCounts[i] = count;
      }
    } else {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => counts[b] - counts[a] || ranks[a] - ranks[b]);
      order.forEach((k, i) => ((outRanks[i] = ranks[k]), (outCounts[i] = counts[k])));
    }
    return new DocumentCountList(sortedUris, outRanks, outCounts, total);
  }

  get length(): number {
    return this.ranks.length;
  }

  at(i: number): DocumentCount | undefined {
    return i >= 0 && i < this.length ? { uri: this.sortedUris[this.ranks[i]], count: this.counts[i] } : undefined;
  }

  /** Entries `[start, end)` as objects (non-negative bounds, clamped), as `Array.prototype.slice`. */
  slice(start = 0, end = this.length): DocumentCount[] {
    const out: DocumentCount[] = [];
    for (let i = start, e = Math.min(end, this.length); i < e; i++) out.push(this.at(i)!);
    return out;
  }

  /** The first `n` entries other than the document `except`, as objects. */
  top(n: number, except?: string): DocumentCount[] {
    const skip = except === undefined ? -1 : this.rankOf(except);
    const out: DocumentCount[] = [];
    for (let i = 0; i < this.length && out.length < n; i++) if (this.ranks[i] !== skip) out.push(this.at(i)!);
    return out;
  }

  /** The count of one document (0 if it is not in the list). */
  countIn(uri: string): number {
    const r = this.rankOf(uri);
    if (r >= 0) for (let i = 0; i < this.length; i++) if (this.ranks[i] === r) return this.counts[i];
    return 0;
  }

  /** A document's rank in the sorted URIs, or -1. */
  private rankOf(uri: string): number {
    const r = lowerBound(this.sortedUris.length, (i) => this.sortedUris[i] < uri);
    return this.sortedUris[r] === uri ? r : -1;
  }

  toArray(): DocumentCount[] {
    return this.slice();
  }

  *[Symbol.iterator](): Generator<DocumentCount> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}
