/**
 * Which documents may contain a word: a Bloom filter per document, stored transposed (one bitset
 * over the documents per filter bit), so a lookup ANDs two rows instead of asking every document.
 * No false negatives; a few percent of false positives, which the caller checks exactly
 * (`wordCountIn`). Built on the first word-frequency query, then kept up to date by the index.
 */
import type { DocumentAnalysis } from '../document';
import { forEachWordHash } from '../cache/codec';

/** Filter bits (rows); two per word. ~500 distinct words a document: ~5 % false positives. */
const BITS = 4096;
const MASK = BITS - 1;

export class WordBloom {
  /** Uint32 words per row (32 documents each). */
  private width = 0;
  private rows = new Uint32Array(0);
  private readonly ordinalOf = new Map<string, number>();
  private readonly uriOf: (string | undefined)[] = [];
  private readonly free: number[] = [];

  static build(docs: Iterable<[string, DocumentAnalysis]>): WordBloom {
    const b = new WordBloom();
    for (const [uri, d] of docs) b.put(uri, d);
    return b;
  }

  /** Adds or replaces a document. */
  put(uri: string, d: DocumentAnalysis): void {
    let o = this.ordinalOf.get(uri);
    if (o === undefined) {
      o = this.free.pop() ?? this.uriOf.length;
      this.ordinalOf.set(uri, o);
      this.uriOf[o] = uri;
      this.ensure(o);
    } else this.clear(o);
    const wi = o >> 5;
    const bit = 1 << (o & 31);
    const rows = this.rows;
    const width = this.width;
    forEachWordHash(d, (h) => {
      rows[(h & MASK) * width + wi] |= bit;
      rows[((h >>> 16) & MASK) * width + wi] |= bit;
    });
  }

  remove(uri: string): void {
    const o = this.ordinalOf.get(uri);
    if (o === undefined) return;
    this.clear(o);
    this.ordinalOf.delete(uri);
    this.uriOf[o] = undefined;
    this.free.push(o);
  }

  /** URIs of the documents that may contain a word of this hash (`wordHashOf`): all that do. */
  candidates(h: number): string[] {
    const out: string[] = [];
    const rows = this.rows;
    const a = (h & MASK) * this.width;
    const b = ((h >>> 16) & MASK) * this.width;
    for (let i = 0; i < this.width; i++) {
      let x = rows[a + i] & rows[b + i];
      while (x) {
        const t = x & -x;
        out.push(this.uriOf[i * 32 + 31 - Math.clz32(t)]!);
        x ^= t;
      }
    }
    return out;
  }

  private ensure(o: number): void {
    const need = (o >> 5) + 1;
    if (need <= this.width) return;
    const width = Math.max(need, this.width * 2, 8);
    const rows = new Uint32Array(BITS * width);
    for (let r = 0; r < BITS; r++) rows.set(this.rows.subarray(r * this.width, (r + 1) * this.width), r * width);
    this.rows = rows;
    this.width = width;
  }

  private clear(o: number): void {
    const wi = o >> 5;
    const keep = ~(1 << (o & 31));
    for (let r = 0; r < BITS; r++) this.rows[r * this.width + wi] &= keep;
  }
}
