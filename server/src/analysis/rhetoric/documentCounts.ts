/**
 * What buildContext (features.ts) counts over a whole document: each token's lemma frequency and
 * repeated pairs (DocContext.docFreq), and the rate window around each token (DocContext.wmax).
 */
import { HashTable } from '../common/hashTable';
import { hashCombine } from '../learning';

/**
 * A dense index per lemma hash (DocContext.lh), in the order first seen: a document counts its
 * lemmas in an array (lemmaCounts) by it, not in a hash table. A function of the hash alone, so
 * never reset (it grows with the lemmas of every text analysed, as the vocabulary does).
 */
const lemmaIndex = new HashTable();
let lemmaCounts = new Int32Array(1024);

/** The dense index of a lemma hash (see lemmaIndex). */
export function lemmaIndexOf(lh: number): number {
  let index = lemmaIndex.get(lh);
  if (index === undefined) lemmaIndex.set(lh, (index = lemmaIndex.size));
  return index;
}

/** Counts of pair hashes in a document, and each token's slot in them (reused between documents). */
const pairCounter = new HashTable();
let slots = new Int32Array(1024);

/**
 * docFreq[i]: occurrences of token i's lemma in the document (capped at 9), plus 10 when the pair
 * (i-1, i) occurs twice or more; 0 for numbers and punctuation (shape 3 or more), which count in
 * neither. `lemmas` holds each token's lemmaIndexOf(lh[i]).
 */
export function documentFrequencies(shape: Int8Array, lh: Int32Array, lemmas: Int32Array, n: number, docFreq: Int8Array): void {
  // Counts per lemma (by its dense index: an array, no hash table) and per pair hash; a pair's
  // slot remembered per token (no second lookup). Room for every pair up front: the slots must not
  // move while they are remembered. The arrays are grown by growDocumentCounts.
  const counts = lemmaCounts;
  const pc = pairCounter;
  pc.reset(n);
  pc.reserve(n);
  const pslot = slots.subarray(0, n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (shape[i] >= 3) continue;
    counts[lemmas[i]]++;
    if (i > 0 && shape[i - 1] < 3) pslot[i] = pc.increment(hashCombine(lh[i - 1], lh[i]) | 0);
  }
  for (let i = 0; i < n; i++) {
    if (shape[i] >= 3) continue;
    const w = Math.min(9, counts[lemmas[i]]);
    const pf = pslot[i] >= 0 ? Math.min(9, pc.valueAt(pslot[i])) : 0;
    docFreq[i] = (pf >= 2 ? 1 : 0) * 10 + w;
  }
  // The counts start at zero for the next document.
  for (let i = 0; i < n; i++) counts[lemmas[i]] = 0;
}

/** The maximum of the three rates before each token (see windowMax), grown as needed. */
let beforeMax = new Float32Array(1024);

/**
 * Grows the scratch of documentFrequencies and windowMax for a document of `n` tokens whose lemmas
 * are all indexed (lemmaIndexOf). Apart from them: code first run late (for a longer text) in a hot
 * loop's function made V8 throw its optimised code away and compile it again.
 */
export function growDocumentCounts(n: number): void {
  if (lemmaCounts.length < lemmaIndex.size) {
    const grown = new Int32Array(2 * lemmaIndex.size);
    grown.set(lemmaCounts);
    lemmaCounts = grown;
  }
  if (slots.length < n) slots = new Int32Array(2 * n);
  if (beforeMax.length < n + 4) beforeMax = new Float32Array(2 * n + 4);
}

/**
 * wmax[i] = the maximum of rate[i-3..i+3] without rate[i], -1 when none: of the three rates before
 * i (before[i]) and the three after it, which are the three before i + 4. A rolling maximum of three
 * makes it three comparisons a token where each token read its six neighbours (rates are never NaN).
 */
export function windowMax(rate: Float32Array, wmax: Float32Array, n: number): void {
  const before = beforeMax;
  // The rates of the tokens 1, 2 and 3 before i (-1 before the text's start and past its end).
  let r1 = -1;
  let r2 = -1;
  let r3 = -1;
  for (let i = 0; i < n + 4; i++) {
    const m = r1 > r2 ? r1 : r2;
    before[i] = m > r3 ? m : r3;
    r3 = r2;
    r2 = r1;
    r1 = i < n ? rate[i] : -1;
  }
  for (let i = 0; i < n; i++) {
    const a = before[i];
    const b = before[i + 4];
    wmax[i] = a > b ? a : b;
  }
}
