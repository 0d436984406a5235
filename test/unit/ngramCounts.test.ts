/** The corpus-wide n-gram counts: adds, removals and edits against a plain Map, with the table growing and keys moving back on removal. */
import * as assert from 'assert';
import type { DocumentAnalysis } from '../../server/src/analysis/document';
import { NgramCounts, distinctEstimate } from '../../server/src/analysis/corpus/tables/ngramCounts';

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
}

type Doc = Pick<DocumentAnalysis, 'ngrams' | 'wordCount'>;

describe('NgramCounts', () => {
  it('counts documents and occurrences per hash as a Map does, through adds, removals and edits', () => {
    const rnd = random(7);
    const doc = (): Doc => {
      const hs = new Set<number>();
      const n = 1 + Math.floor(rnd() * 300);
      // Few distinct keys: long probe runs, so removals must move keys back.
      while (hs.size < n) hs.add(Math.floor(rnd() * 5000) - 2500);
      const hashes = Int32Array.from([...hs].sort((a, b) => a - b));
      return { wordCount: 100, ngrams: { hashes, paragraphs: Int32Array.from(hashes, () => 1), counts: Int32Array.from(hashes, () => 1 + Math.floor(rnd() * 3)), paragraphCount: 5 } };
    };
    const counts = new NgramCounts();
    const model = new Map<number, { df: number; occurrences: number }>();
    const apply = (d: Doc, sign: 1 | -1) => {
      for (let i = 0; i < d.ngrams.hashes.length; i++) {
        const h = d.ngrams.hashes[i];
        const m = model.get(h) ?? { df: 0, occurrences: 0 };
        m.df += sign;
        m.occurrences += sign * d.ngrams.counts[i];
        if (m.df) model.set(h, m);
        else model.delete(h);
      }
    };
    const docs: Doc[] = [];
    for (let step = 0; step < 1500; step++) {
      const r = rnd();
      if (r < 0.5 || docs.length < 3) {
        const d = doc();
        docs.push(d);
        counts.contribute(d as DocumentAnalysis, 1);
        apply(d, 1);
      } else if (r < 0.8) {
        const [d] = docs.splice(Math.floor(rnd() * docs.length), 1);
        counts.contribute(d as DocumentAnalysis, -1);
        apply(d, -1);
      } else {
        const k = Math.floor(rnd() * docs.length);
        const after = doc();
        counts.diff(docs[k] as DocumentAnalysis, after as DocumentAnalysis);
        apply(docs[k], -1);
        apply(after, 1);
        docs[k] = after;
      }
      if (step % 50) continue;
      for (let h = -2600; h < 2600; h++) {
        const m = model.get(h);
        assert.strictEqual(counts.documentFrequency(h), m?.df ?? 0, `documents of ${h} at step ${step}`);
        assert.strictEqual(counts.sharedOccurrences(h), m && m.df >= 2 ? m.occurrences : -1, `occurrences of ${h} at step ${step}`);
      }
    }
    assert.strictEqual(counts.totalWords, 100 * docs.length);
  });

  it('adds many documents at once in a table sized for their distinct n-grams, as one by one', () => {
    const rnd = random(11);
    // Hashes over the whole 32-bit range, as n-gram hashes are (xorshift: the generator's low bits cycle), many shared between documents.
    let x = 2463534242;
    const hash = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x | 0);
    const pool = Int32Array.from({ length: 60000 }, hash);
    const docs: Doc[] = [];
    for (let k = 0; k < 400; k++) {
      const hs = new Set<number>();
      const n = 50 + Math.floor(rnd() * 500);
      while (hs.size < n) hs.add(rnd() < 0.7 ? pool[Math.floor(rnd() * rnd() * pool.length)] : hash());
      const hashes = Int32Array.from([...hs].sort((a, b) => a - b));
      docs.push({ wordCount: 10 + k, ngrams: { hashes, paragraphs: Int32Array.from(hashes, () => 1), counts: Int32Array.from(hashes, () => 1 + Math.floor(rnd() * 4)), paragraphCount: 3 } });
    }
    const distinct = new Set(docs.flatMap((d) => [...d.ngrams.hashes])).size;
    const estimate = distinctEstimate(docs as DocumentAnalysis[]);
    // Never above the count (a table one doubling too large), and close below it.
    assert.ok(estimate <= distinct && estimate >= 0.97 * distinct, `estimate ${estimate} of ${distinct} distinct`);
    assert.strictEqual(distinctEstimate([]), 0);
    const all = new NgramCounts();
    all.contributeAll(docs as DocumentAnalysis[]);
    // At most 3/4 full, and no more slots than that needs with the estimate's margin (not the next power of two).
    const slots = (all as unknown as { capacity: number }).capacity;
    assert.ok(slots >= (4 / 3) * distinct && slots <= 1.4 * distinct, `${slots} slots for ${distinct} n-grams`);
    const one = new NgramCounts();
    for (const d of docs) one.contribute(d as DocumentAnalysis, 1);
    assert.strictEqual(all.totalWords, one.totalWords);
    for (const d of docs) for (const h of d.ngrams.hashes) {
      assert.strictEqual(all.documentFrequency(h), one.documentFrequency(h), `documents of ${h}`);
      assert.strictEqual(all.sharedOccurrences(h), one.sharedOccurrences(h), `occurrences of ${h}`);
    }
  });

  it('keeps counts too big to pack (thousands of documents, millions of occurrences) exact, and packs them again when they fall', () => {
    const doc = (hashes: number[], each: number[]): Doc => ({ wordCount: 10, ngrams: { hashes: Int32Array.from(hashes), paragraphs: Int32Array.from(hashes, () => 1), counts: Int32Array.from(each), paragraphCount: 1 } });
    const counts = new NgramCounts();
    // 5 in every document (past 2047 of them); 9 in two documents with 2^21 occurrences between them (past 2^20).
    const docs = Array.from({ length: 2100 }, (_, i) => doc(i < 2 ? [5, 9, 1000 + i] : [5, 1000 + i], i < 2 ? [3, 2 ** 20, 1] : [3, 1]));
    docs.forEach((d) => counts.contribute(d as DocumentAnalysis, 1));
    assert.strictEqual(counts.documentFrequency(5), 2100);
    assert.strictEqual(counts.sharedOccurrences(5), 6300);
    assert.strictEqual(counts.documentFrequency(9), 2);
    assert.strictEqual(counts.sharedOccurrences(9), 2 ** 21);
    assert.strictEqual(counts.sharedOccurrences(1000), -1);
    // An edit of a big one, then removals down to a packed size and to nothing.
    counts.diff(docs[0] as DocumentAnalysis, doc([5, 9, 1000], [4, 2 ** 20 + 1, 1]) as DocumentAnalysis);
    assert.strictEqual(counts.sharedOccurrences(5), 6301);
    assert.strictEqual(counts.sharedOccurrences(9), 2 ** 21 + 1);
    counts.contribute(docs[1] as DocumentAnalysis, -1);
    assert.strictEqual(counts.documentFrequency(9), 1);
    assert.strictEqual(counts.sharedOccurrences(9), -1);
    docs.slice(2, 100).forEach((d) => counts.contribute(d as DocumentAnalysis, -1));
    assert.strictEqual(counts.documentFrequency(5), 2001);
    assert.strictEqual(counts.sharedOccurrences(5), 6301 - 3 - 98 * 3);
    for (const [h, df] of [[5, 2001], [9, 1], [1000, 1], [1001, 0], [1002, 0], [1100, 1]]) assert.strictEqual(counts.documentFrequency(h), df, `documents of ${h}`);
  });
});
