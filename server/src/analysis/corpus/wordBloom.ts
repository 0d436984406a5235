/**
 * Which documents may contain a word: a Bloom filter per document, stored transposed (one bitset
 * over the documents per filter bit), so a lookup ANDs two rows instead of asking every document.
 * No false negatives; a few percent of false positives, which the caller checks exactly
 * (`wordCountIn`). Built on the first word-frequency query, then kept up to date by the index.
 *
 * The most common English words are in nearly every document, so the filter does not narrow
 * their lookups: for those, a flat table of counts (one Int32Array over the documents per word)
 * is filled in the same pass and kept current, and answers without asking the documents.
 */
import type { DocumentAnalysis } from '../document';
import { forEachWordCount, wordHashOf } from '../cache/analysisViews';

/** Words found in nearly every document of a corpus of English prose: counted in flat tables. */
const COMMON_WORDS = (
  'the of and to a in is that for on was with as it at by be he his from this have are not but had ' +
  'they has were an which said their been its or who will would one all we there more she her also ' +
  'after about you when i our up new out them than other can if into over two what first no only ' +
  'some so him people time could most these us my just years like do those last many year any then ' +
  'while did before because during against under now where between both through even government ' +
  'since told may should being well being how back still according three such very own made ' +
  'state president me your way including'
).split(' ');

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
  /** Common words: index by word hash, the UTF-8 bytes of each, and its counts by document ordinal. */
  private readonly commonIndex = new Map<number, number>();
  private readonly commonWords: string[] = [];
  private readonly commonBytes: Uint8Array[] = [];
  private commonCounts: Int32Array[] = [];

  constructor() {
    const enc = new TextEncoder();
    for (const w of new Set(COMMON_WORDS)) {
      const h = wordHashOf(w);
      if (this.commonIndex.has(h)) continue;
      this.commonIndex.set(h, this.commonWords.length);
      this.commonWords.push(w);
      this.commonBytes.push(enc.encode(w));
      this.commonCounts.push(new Int32Array(0));
    }
  }

  static build(docs: ReadonlyMap<string, DocumentAnalysis>): WordBloom {
    const b = new WordBloom();
    if (docs.size) b.ensure(docs.size - 1);
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
    const common = this.commonIndex;
    forEachWordCount(d, (h, count, bytes, a, b, word) => {
      rows[(h & MASK) * width + wi] |= bit;
      rows[((h >>> 16) & MASK) * width + wi] |= bit;
      const c = common.get(h);
      if (c === undefined) return;
      if (word !== undefined) {
        if (word !== this.commonWords[c]) return;
      } else {
        const cb = this.commonBytes[c];
        if (b - a !== cb.length) return;
        for (let k = 0; k < cb.length; k++) if (bytes![a + k] !== cb[k]) return;
      }
      this.commonCounts[c][o!] = count;
    });
  }

  /**
   * Occurrences of a common word in each document that has it, given to `add`; false (nothing
   * given) if the word is not one of the common words.
   */
  commonCountsOf(word: string, h: number, add: (uri: string, count: number) => void): boolean {
    const c = this.commonIndex.get(h);
    if (c === undefined || this.commonWords[c] !== word) return false;
    const col = this.commonCounts[c];
    const uriOf = this.uriOf;
    for (let o = 0; o < uriOf.length; o++) {
      const n = col[o];
      if (n && uriOf[o] !== undefined) add(uriOf[o]!, n);
    }
    return true;
  }

  remove(uri: string): void {
    const o = this.ordinalOf.get(uri);
    if (o === undefined) return;
    this.clear(o);
    this.ordinalOf.delete(uri);
    this.uriOf[o] = undefined;
    this.free.push(o);
  }

  /**
   * Documents that have a common word (its count table's non-zero entries), or undefined if the word
   * is not one of the common words.
   */
  commonDocumentCount(word: string, h: number): number | undefined {
    const c = this.commonIndex.get(h);
    if (c === undefined || this.commonWords[c] !== word) return undefined;
    const col = this.commonCounts[c];
    let n = 0;
    for (let o = 0; o < this.uriOf.length; o++) if (col[o] && this.uriOf[o] !== undefined) n++;
    return n;
  }

  /** How many documents `candidates(h)` would list, without listing them. */
  candidateCount(h: number): number {
    const rows = this.rows;
    const a = (h & MASK) * this.width;
    const b = ((h >>> 16) & MASK) * this.width;
    let n = 0;
    for (let i = 0; i < this.width; i++) {
      let x = rows[a + i] & rows[b + i];
      // Population count of 32 bits.
      x -= (x >>> 1) & 0x55555555;
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
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
    // Grown by a quarter (each row and count table is copied): a corpus grows a few files at a time.
    const width = Math.max(need, Math.ceil(this.width * 1.25));
    const rows = new Uint32Array(BITS * width);
    for (let r = 0; r < BITS; r++) rows.set(this.rows.subarray(r * this.width, (r + 1) * this.width), r * width);
    this.rows = rows;
    this.width = width;
    this.commonCounts = this.commonCounts.map((col) => {
      const grown = new Int32Array(width * 32);
      grown.set(col);
      return grown;
    });
  }

  private clear(o: number): void {
    for (const col of this.commonCounts) col[o] = 0;
    const wi = o >> 5;
    const keep = ~(1 << (o & 31));
    for (let r = 0; r < BITS; r++) this.rows[r * this.width + wi] &= keep;
  }
}
