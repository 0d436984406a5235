/**
 * Corpus-wide n-gram counts for key terms: per n-gram hash, the documents that hold it and its
 * occurrences, and the corpus's word total (the reference of a document's keyness, keyterms.ts). Kept current by adding and subtracting one document's
 * n-gram table (an edit applies only the difference between its old and new tables).
 *
 * One open-addressing table on typed arrays (linear probing, at most 3/4 full): key, document
 * count and occurrences per slot, a slot in use while its document count is positive. A Map
 * from hash to slot cost about 1.4 times the corpus in memory on a big corpus, and most of the
 * time of adding a document's table.
 */
import type { DocumentAnalysis } from '../../document';

export class NgramCounts {
  private keys = new Int32Array(1024);
  private df = new Int32Array(1024);
  private occurrences = new Int32Array(1024);
  private mask = 1023;
  private size = 0;
  /** Words in the corpus (of documents with an n-gram table). */
  totalWords = 0;

  /** Documents holding an n-gram (0 if none). */
  documentFrequency(h: number): number {
    return this.df[this.find(h)];
  }

  /** Occurrences of an n-gram over the corpus, if at least two documents hold it; else -1. */
  sharedOccurrences(h: number): number {
    const slot = this.find(h);
    return this.df[slot] < 2 ? -1 : this.occurrences[slot];
  }

  /** Adds (sign 1) or subtracts (sign -1) a document's n-gram table. */
  contribute(d: DocumentAnalysis, sign: 1 | -1): void {
    const t = d.ngrams;
    if (!t) return;
    this.totalWords += sign * d.wordCount;
    if (sign > 0) this.reserve(this.size + t.hashes.length);
    for (let i = 0; i < t.hashes.length; i++) this.bump(t.hashes[i], sign, sign * t.counts[i]);
  }

  /** Applies the difference between two n-gram tables of one document (both sorted by hash). */
  diff(before: DocumentAnalysis, after: DocumentAnalysis): void {
    const a = before.ngrams;
    const b = after.ngrams;
    this.totalWords += after.wordCount - before.wordCount;
    let i = 0;
    let j = 0;
    while (i < a.hashes.length || j < b.hashes.length) {
      const ha = i < a.hashes.length ? a.hashes[i] : Infinity;
      const hb = j < b.hashes.length ? b.hashes[j] : Infinity;
      if (ha === hb) {
        const dn = b.counts[j] - a.counts[i];
        if (dn) this.bump(ha, 0, dn);
        i++;
        j++;
      } else if (ha < hb) {
        this.bump(ha, -1, -a.counts[i]);
        i++;
      } else {
        this.bump(hb, 1, b.counts[j]);
        j++;
      }
    }
  }

  /** The slot of `h`, or the empty slot where it would go. */
  private find(h: number): number {
    const { keys, df, mask } = this;
    let i = slotOf(h, mask);
    while (df[i] > 0 && keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  private bump(h: number, ddf: number, dn: number): void {
    let i = this.find(h);
    if (this.df[i] === 0) {
      if (ddf <= 0) return;
      if (4 * (this.size + 1) > 3 * this.keys.length) {
        this.reserve(this.size + 1);
        i = this.find(h);
      }
      this.keys[i] = h;
      this.size++;
    }
    this.df[i] += ddf;
    this.occurrences[i] += dn;
    if (this.df[i] <= 0) this.remove(i);
  }

  /** Empties slot `i`, moving later keys of its probe run back so that every key stays findable. */
  private remove(i: number): void {
    const { keys, df, occurrences, mask } = this;
    this.size--;
    let hole = i;
    for (let j = (i + 1) & mask; df[j] > 0; j = (j + 1) & mask) {
      const home = slotOf(keys[j], mask);
      // Key j may fill the hole if its home slot is not after the hole in the run up to j.
      if (((j - home) & mask) < ((j - hole) & mask)) continue;
      keys[hole] = keys[j];
      df[hole] = df[j];
      occurrences[hole] = occurrences[j];
      hole = j;
    }
    df[hole] = 0;
    occurrences[hole] = 0;
  }

  /** Room for `n` keys at most 3/4 full. */
  private reserve(n: number): void {
    if (4 * n <= 3 * this.keys.length) return;
    let cap = this.keys.length;
    while (4 * n > 3 * cap) cap *= 2;
    const { keys, df, occurrences } = this;
    this.keys = new Int32Array(cap);
    this.df = new Int32Array(cap);
    this.occurrences = new Int32Array(cap);
    this.mask = cap - 1;
    for (let k = 0; k < keys.length; k++) {
      if (df[k] <= 0) continue;
      const i = this.find(keys[k]);
      this.keys[i] = keys[k];
      this.df[i] = df[k];
      this.occurrences[i] = occurrences[k];
    }
  }
}

/** Home slot of a hash: its bits mixed (n-gram hashes are FNV-1a based, whose low bits cluster). */
function slotOf(h: number, mask: number): number {
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0 & mask;
}
