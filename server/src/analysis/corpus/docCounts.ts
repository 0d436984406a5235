/**
 * Occurrences per document of one surface form: a flat array `[uri, count, uri, count, …]` sorted
 * by URI (two slots a document), not a Map (about three times the memory): the index keeps one per
 * name in the corpus, and the big names are in thousands of documents. Sorted, so that a document
 * is found by binary search and the list comes out in corpus order.
 */
import { lowerBound } from '../common/binarySearch';

export class DocCounts {
  private readonly pairs: (string | number)[] = [];

  get size(): number {
    return this.pairs.length >> 1;
  }

  /** The pair index of `uri`, or of where it would go (negative: `-1 - index`). */
  private find(uri: string): number {
    const p = this.pairs;
    // Documents mostly come in corpus order: try the end first.
    const n = p.length >> 1;
    if (n === 0 || (p[2 * n - 2] as string) < uri) return -1 - n;
    const i = lowerBound(n, (k) => (p[2 * k] as string) < uri);
    return p[2 * i] === uri ? i : -1 - i;
  }

  get(uri: string): number | undefined {
    const i = this.find(uri);
    return i < 0 ? undefined : (this.pairs[2 * i + 1] as number);
  }

  set(uri: string, count: number): void {
    const i = this.find(uri);
    if (i >= 0) this.pairs[2 * i + 1] = count;
    else if (-1 - i === this.size) this.pairs.push(uri, count);
    else this.pairs.splice(2 * (-1 - i), 0, uri, count);
  }

  delete(uri: string): boolean {
    const i = this.find(uri);
    if (i < 0) return false;
    this.pairs.splice(2 * i, 2);
    return true;
  }

  /** URIs in corpus (sorted) order. */
  *keys(): Generator<string> {
    for (let i = 0; i < this.pairs.length; i += 2) yield this.pairs[i] as string;
  }

  /** Calls `f` with each document and its count, in corpus (sorted) order, without a pair array each. */
  forEach(f: (uri: string, count: number) => void): void {
    for (let i = 0; i < this.pairs.length; i += 2) f(this.pairs[i] as string, this.pairs[i + 1] as number);
  }

  /** [uri, count] in corpus (sorted) order. */
  *[Symbol.iterator](): Generator<[string, number]> {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i] as string, this.pairs[i + 1] as number];
  }
}
