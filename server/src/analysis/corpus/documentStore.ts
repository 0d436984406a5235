/**
 * The analysed documents by URI, and their corpus order (sorted URIs, the order navigation and
 * every corpus-wide list follow). The order and the ranks in it change only when a document comes
 * or goes, not on an edit.
 */
import type { DocumentAnalysis } from '../document';
import { textLength, textSlice } from '../cache/analysisViews';
import { DerivedCache } from './derived/derivedCache';

/** A set of URIs as the index's tables hold them (a Set, a DocCounts). */
export interface UriSet {
  has(uri: string): boolean;
  keys(): IterableIterator<string>;
  readonly size: number;
}

export class DocumentStore {
  private readonly docs = new Map<string, DocumentAnalysis>();
  /** Bumped when a document comes or goes. */
  private membership = 0;
  private readonly membershipClock = { generation: () => this.membership };
  private readonly sorted = new DerivedCache(this.membershipClock, () => [...this.docs.keys()].sort());
  private readonly ranks = new DerivedCache(this.membershipClock, () => {
    const sorted = this.sorted.get();
    const m = new Map<string, number>();
    for (let i = 0; i < sorted.length; i++) m.set(sorted[i], i);
    return m;
  });

  /** The documents, in the order they came (the tables' build order). */
  get all(): ReadonlyMap<string, DocumentAnalysis> {
    return this.docs;
  }

  get size(): number {
    return this.docs.size;
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  set(uri: string, analysis: DocumentAnalysis): void {
    if (!this.docs.has(uri)) this.membership++;
    this.docs.set(uri, analysis);
  }

  delete(uri: string): void {
    if (this.docs.delete(uri)) this.membership++;
  }

  /** URIs in corpus order (the shared array: do not change it). */
  sortedUris(): readonly string[] {
    return this.sorted.get();
  }

  /** Position of each URI in `sortedUris()`. */
  uriRanks(): Map<string, number> {
    return this.ranks.get();
  }

  /** Some documents in corpus order: sorted if few, else filtered from the sorted list (no sort). */
  inCorpusOrder(docs: UriSet): readonly string[] {
    if (docs.size * 16 < this.docs.size) return [...docs.keys()].sort();
    return this.sortedUris().filter((u) => docs.has(u));
  }

  /** Length of a document's text in UTF-16 units (0 if unknown), without decoding a cached text. */
  textLength(uri: string): number {
    const d = this.docs.get(uri);
    return d ? textLength(d) : 0;
  }

  /** A human title for a document: its headline, else its file name. */
  title(uri: string): string {
    const doc = this.docs.get(uri);
    const h = doc?.article.headline;
    if (doc && h) return textSlice(doc, h.start, h.end);
    return fileName(uri);
  }
}

/** The last part of a URI, decoded (a file's name). */
export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
