/**
 * Corpus-wide n-gram counts for key terms: per n-gram hash, the documents that hold it and its
 * occurrences, and the corpus's word total (the reference of a document's keyness, keyterms.ts). Kept current by adding and subtracting one document's
 * n-gram table (an edit applies only the difference between its old and new tables).
 *
 * One open-addressing table on a typed array (linear probing, at most 3/4 full): per slot its key and
 * its counts packed in one Int32 (0: the slot is free), side by side, not in separate arrays: past the
 * processor's cache (2.9M slots at 60 MB of speeches) a probe cost a cache miss per array. A Map from
 * hash to slot cost about 1.4 times the corpus in memory on a big corpus, and most of the time of
 * adding a document's table. Packed, a slot takes 8 bytes, not 12 (the document count and the
 * occurrences as an Int32 each): the table of 38 MB of speeches (1.45M n-grams in 2M slots) takes 16
 * MB, not 24. The few counts too big to pack (an
 * n-gram in thousands of documents) are in a Map beside it.
 */
import type { DocumentAnalysis } from '../../document';
import { hashInt } from '../../learning/hashing';
import { popcount } from '../../learning/rankIndex';

/** Int32 fields of a slot: key, packed counts. */
const SLOT = 2;
const KEY = 0;
const COUNTS = 1;
/** Packed counts: the document count in the low DF_BITS bits, the occurrences above it; BIG: in `big`. */
const DF_BITS = 11;
const DF_MASK = (1 << DF_BITS) - 1;
const MAX_OCCURRENCES = 2 ** (31 - DF_BITS) - 1;
const BIG = -1;
/**
 * `distinctEstimate` is lowered by 1% and within 0.1% of the count from a million n-grams: a table
 * sized for 3% more is not doubled while the documents are added.
 */
const ESTIMATE_MARGIN = 1.03;

export class NgramCounts {
  private slots = new Int32Array(1024 * SLOT);
  /** Slots in `slots`: any number, not a power of two (see `reserve`). */
  private capacity = 1024;
  private size = 0;
  /** Counts that do not pack (`BIG` in their slot): hash -> [documents, occurrences]. */
  private readonly big = new Map<number, [number, number]>();
  /** Words in the corpus (of documents with an n-gram table). */
  totalWords = 0;

  /** Documents holding an n-gram (0 if none). */
  documentFrequency(h: number): number {
    const c = this.slots[this.find(h) + COUNTS];
    return c === BIG ? this.big.get(h)![0] : c & DF_MASK;
  }

  /** Occurrences of an n-gram over the corpus, if at least two documents hold it; else -1. */
  sharedOccurrences(h: number): number {
    const c = this.slots[this.find(h) + COUNTS];
    if (c === BIG) {
      const [df, n] = this.big.get(h)!;
      return df < 2 ? -1 : n;
    }
    return (c & DF_MASK) < 2 ? -1 : c >>> DF_BITS;
  }

  /** Adds (sign 1) or subtracts (sign -1) a document's n-gram table. */
  contribute(d: DocumentAnalysis, sign: 1 | -1): void {
    const t = d.ngrams;
    if (!t) return;
    this.totalWords += sign * d.wordCount;
    if (sign > 0) this.reserve(this.size + t.hashes.length);
    for (let i = 0; i < t.hashes.length; i++) this.bump(t.hashes[i], sign, sign * t.counts[i]);
  }

  /**
   * Adds every document's n-gram table, in a table sized once for their distinct n-grams
   * (`distinctEstimate`), not doubled as they come: each doubling re-inserted every key, and the
   * table it left (half the new one's size) stayed in memory until a full collection, at the
   * command line's peak (60 MB of speeches: 2.1M n-grams, a 32 MB table after one of 16 MB).
   */
  contributeAll(docs: readonly DocumentAnalysis[]): void {
    this.reserve(this.size + Math.ceil(distinctEstimate(docs) * ESTIMATE_MARGIN));
    for (const d of docs) this.contribute(d, 1);
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

  /** The offset of `h`'s slot in `slots`, or of the empty slot where it would go. */
  private find(h: number): number {
    const slots = this.slots;
    let at = slotOf(h, this.capacity) * SLOT;
    while (slots[at + COUNTS] !== 0 && slots[at + KEY] !== h) {
      at += SLOT;
      if (at === slots.length) at = 0;
    }
    return at;
  }

  private bump(h: number, ddf: number, dn: number): void {
    let at = this.find(h);
    const c = this.slots[at + COUNTS];
    if (c === 0) {
      if (ddf <= 0) return;
      if (4 * (this.size + 1) > 3 * this.capacity) {
        this.reserve(this.size + 1);
        at = this.find(h);
      }
      this.slots[at + KEY] = h;
      this.size++;
    } else if (c === BIG) {
      this.bumpBig(at, h, ddf, dn);
      return;
    }
    this.store(at, h, (c & DF_MASK) + ddf, (c >>> DF_BITS) + dn);
  }

  /** `bump` of counts kept in `big`: packed again once they fit. */
  private bumpBig(at: number, h: number, ddf: number, dn: number): void {
    const [was, wasN] = this.big.get(h)!;
    this.big.delete(h);
    this.store(at, h, was + ddf, wasN + dn);
  }

  /** A slot's new counts: the slot freed, packed, or kept in `big` when they do not pack. */
  private store(at: number, h: number, df: number, n: number): void {
    if (df <= 0) this.remove(at / SLOT);
    else if (df <= DF_MASK && n >= 0 && n <= MAX_OCCURRENCES) this.slots[at + COUNTS] = (n << DF_BITS) | df;
    else {
      this.slots[at + COUNTS] = BIG;
      this.big.set(h, [df, n]);
    }
  }

  /** Empties slot `i`, moving later keys of its probe run back so that every key stays findable. */
  private remove(i: number): void {
    const { slots, capacity } = this;
    this.size--;
    let hole = i;
    // Distance from a slot forward to j, round the end of the table.
    const before = (k: number, j: number): number => (j >= k ? j - k : j - k + capacity);
    for (let j = i + 1 === capacity ? 0 : i + 1; slots[j * SLOT + COUNTS] !== 0; j = j + 1 === capacity ? 0 : j + 1) {
      const home = slotOf(slots[j * SLOT + KEY], capacity);
      // Key j may fill the hole if its home slot is not after the hole in the run up to j.
      if (before(home, j) < before(hole, j)) continue;
      slots.copyWithin(hole * SLOT, j * SLOT, j * SLOT + SLOT);
      hole = j;
    }
    slots[hole * SLOT + COUNTS] = 0;
  }

  /**
   * Room for `n` keys at most 3/4 full: twice the slots as keys come one by one, as many as `n` needs
   * when more come at once (`contributeAll`). A power of two (a mask for the home slot) took up to
   * twice that: 4M slots (32 MB) for the 2.1M n-grams of 60 MB of speeches, now 2.9M (23 MB).
   */
  private reserve(n: number): void {
    if (4 * n <= 3 * this.capacity) return;
    const cap = Math.max(2 * this.capacity, Math.ceil((4 * n) / 3));
    const old = this.slots;
    this.slots = new Int32Array(cap * SLOT);
    this.capacity = cap;
    const slots = this.slots;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + COUNTS] === 0) continue;
      const to = this.find(old[at + KEY]);
      slots[to + KEY] = old[at + KEY];
      slots[to + COUNTS] = old[at + COUNTS];
    }
  }
}

/**
 * The number of distinct n-grams of the documents' tables, by linear counting (Whang et al. 1990): a
 * bitmap with at least as many bits as n-grams listed, one bit set per hash; n distinct hashes leave
 * about m·e^(-n/m) of its m bits clear. The standard error is under 0.1% from a million n-grams: the estimate
 * is lowered by 1%, so that the table it sizes is never one doubling larger than the count needs
 * (at worst the last doubling comes as before).
 */
export function distinctEstimate(docs: readonly DocumentAnalysis[]): number {
  let listed = 0;
  for (const d of docs) listed += d.ngrams?.hashes.length ?? 0;
  if (!listed) return 0;
  let log = 10;
  while (2 ** log < listed) log++;
  const bits = 2 ** log;
  const map = new Uint32Array(bits >>> 5);
  for (const d of docs) {
    const hashes = d.ngrams?.hashes;
    if (!hashes) continue;
    // A full mix (not the table's `slotOf`): the estimate needs the bits uniform whatever the hashes' low bits do.
    for (let i = 0; i < hashes.length; i++) {
      const b = hashInt(hashes[i]) >>> (32 - log);
      map[b >>> 5] |= 1 << (b & 31);
    }
  }
  let clear = 0;
  for (let i = 0; i < map.length; i++) clear += 32 - popcount(map[i]);
  return clear ? Math.floor(0.99 * bits * Math.log(bits / clear)) : listed;
}

/**
 * Home slot of a hash among `capacity`: its bits mixed (n-gram hashes are FNV-1a based, whose low bits
 * cluster), scaled to the capacity: the high bits decide (the double product, rounded, stays below
 * capacity · 2^32: the gap to it, `capacity`, is far above the product's rounding).
 */
function slotOf(h: number, capacity: number): number {
  return Math.floor(((Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0) * capacity) / 0x100000000);
}
