/**
 * The corpus: every analysed document by URI, and the queries that span documents.
 * The one place where per-document results are kept and replaced when a document changes.
 */
import { DocumentAnalysis, normalizeWord } from '../document';

export interface WordFrequency {
  readonly word: string;
  readonly total: number;
  /** Documents that contain the word, most occurrences first. */
  readonly documents: readonly { readonly uri: string; readonly count: number }[];
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();

  set(uri: string, analysis: DocumentAnalysis): void {
    this.docs.set(uri, analysis);
  }

  delete(uri: string): boolean {
    return this.docs.delete(uri);
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get size(): number {
    return this.docs.size;
  }

  /** URIs in corpus order (sorted), the order navigation follows. */
  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  entries(): IterableIterator<[string, DocumentAnalysis]> {
    return this.docs.entries();
  }

  wordFrequency(word: string): WordFrequency {
    const key = normalizeWord(word);
    const documents: { uri: string; count: number }[] = [];
    let total = 0;
    for (const [uri, doc] of this.docs) {
      const count = doc.wordCounts.get(key);
      if (count) {
        documents.push({ uri, count });
        total += count;
      }
    }
    documents.sort((a, b) => b.count - a.count || (a.uri < b.uri ? -1 : 1));
    return { word: key, total, documents };
  }

  /** A human title for a document: its headline, else its file name. */
  title(uri: string): string {
    const doc = this.docs.get(uri);
    const h = doc?.article.headline;
    if (doc && h) return doc.text.slice(h.start, h.end);
    return fileName(uri);
  }
}

export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
