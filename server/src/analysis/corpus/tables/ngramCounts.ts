/**
 * Corpus-wide n-gram counts for key terms: per n-gram hash, the documents and the paragraphs that
 * hold it, and the corpus's paragraph total. Kept current by adding and subtracting one document's
 * n-gram table (an edit applies only the difference between its old and new tables).
 *
 * Counts live in two typed arrays indexed by a slot per hash (a Map of objects would cost several
 * times the memory on a big corpus); the slots of vanished n-grams are reused.
 */
import type { DocumentAnalysis } from '../../document';

export class NgramCounts {
  private readonly slotOf = new Map<number, number>();
  private df = new Int32Array(1024);
  private paras = new Int32Array(1024);
  private readonly freeSlots: number[] = [];
  private nextSlot = 0;
  /** Paragraphs in the corpus (of documents with an n-gram table). */
  totalParagraphs = 0;

  /** Documents holding an n-gram (0 if none). */
  documentFrequency(h: number): number {
    const slot = this.slotOf.get(h);
    return slot === undefined ? 0 : this.df[slot];
  }

  /** Paragraphs holding an n-gram over the corpus, if at least two documents hold it; else -1. */
  sharedParagraphs(h: number): number {
    const slot = this.slotOf.get(h);
    return slot === undefined || this.df[slot] < 2 ? -1 : this.paras[slot];
  }

  /** Adds (sign 1) or subtracts (sign -1) a document's n-gram table. */
  contribute(d: DocumentAnalysis, sign: 1 | -1): void {
    const t = d.ngrams;
    if (!t) return;
    this.totalParagraphs += sign * t.paragraphCount;
    for (let i = 0; i < t.hashes.length; i++) this.bump(t.hashes[i], sign, sign * t.paragraphs[i]);
  }

  /** Applies the difference between two n-gram tables of one document (both sorted by hash). */
  diff(before: DocumentAnalysis, after: DocumentAnalysis): void {
    const a = before.ngrams;
    const b = after.ngrams;
    this.totalParagraphs += b.paragraphCount - a.paragraphCount;
    let i = 0;
    let j = 0;
    while (i < a.hashes.length || j < b.hashes.length) {
      const ha = i < a.hashes.length ? a.hashes[i] : Infinity;
      const hb = j < b.hashes.length ? b.hashes[j] : Infinity;
      if (ha === hb) {
        const dp = b.paragraphs[j] - a.paragraphs[i];
        if (dp) this.bump(ha, 0, dp);
        i++;
        j++;
      } else if (ha < hb) {
        this.bump(ha, -1, -a.paragraphs[i]);
        i++;
      } else {
        this.bump(hb, 1, b.paragraphs[j]);
        j++;
      }
    }
  }

  private bump(h: number, ddf: number, dparas: number): void {
    let slot = this.slotOf.get(h);
    if (slot === undefined) {
      if (ddf <= 0) return;
      slot = this.allocSlot();
      this.slotOf.set(h, slot);
    }
    this.df[slot] += ddf;
    this.paras[slot] += dparas;
    if (this.df[slot] <= 0) {
      this.slotOf.delete(h);
      this.df[slot] = 0;
      this.paras[slot] = 0;
      this.freeSlots.push(slot);
    }
  }

  private allocSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    if (this.nextSlot >= this.df.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.df = grow(this.df);
      this.paras = grow(this.paras);
    }
    return this.nextSlot++;
  }
}
