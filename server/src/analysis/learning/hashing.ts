/** Feature hashing: FNV-1a and murmur-style combining, and the per-position feature buffer. */

// ---------------------------------------------------------------- hashing

import { FNV_OFFSET, fnvRange } from '../common/fnv';

/** FNV-1a 32-bit over UTF-16 code units (unsigned result). */
export function hashString(s: string, seed = FNV_OFFSET): number {
  return fnvRange(s, 0, s.length, seed);
}

/** FNV-1a over a substring, no allocation. */
export const hashSubstring = fnvRange;

/** Mixes two 32-bit values into a well-distributed hash (murmur3 finaliser style). */
export function hashCombine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a small integer (e.g. a template id or a tag index). */
export function hashInt(n: number): number {
  return hashCombine(n, 0x27d4eb2d);
}

/** Growable buffer of feature hashes for one position. Reuse one instance: no per-token churn. */
export class FeatureBuffer {
  ids: Int32Array;
  length = 0;
  constructor(capacity = 128) {
    this.ids = new Int32Array(capacity);
  }
  clear(): void {
    this.length = 0;
  }
  push(hash: number): void {
    if (this.length === this.ids.length) {
      const n = new Int32Array(this.ids.length * 2);
      n.set(this.ids);
      this.ids = n;
    }
    this.ids[this.length++] = hash | 0;
  }
  // The hashes below are computed here and stored, not returned: a 32-bit hash returned from a call
  // the compiler does not inline is boxed as a heap number, and feature extractors make dozens of
  // calls. So hashCombine's arithmetic is written out in each, with no call inside (a unit test
  // checks that they agree with hashCombine).
  /** Pushes hashCombine(a, b). */
  pushCombined(a: number, b: number): void {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.push(h ^ (h >>> 16));
  }
  /** Pushes hashCombine(hashCombine(a, b), c). */
  pushCombined3(a: number, b: number, c: number): void {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul((h ^ (h >>> 16)) ^ 0x9e3779b9, 0x85ebca6b) ^ c;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.push(h ^ (h >>> 16));
  }
  /** Pushes hashCombine(a, hashCombine(b, c)). */
  pushNested(a: number, b: number, c: number): void {
    let g = Math.imul(b ^ 0x9e3779b9, 0x85ebca6b) ^ c;
    g = Math.imul(g ^ (g >>> 16), 0x85ebca6b);
    g = Math.imul(g ^ (g >>> 13), 0xc2b2ae35);
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ (g ^ (g >>> 16));
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.push(h ^ (h >>> 16));
  }
  /** Appends ids[from, to) of another array (e.g. a per-position feature cache). */
  pushRange(ids: Int32Array, from: number, to: number): void {
    const k = to - from;
    if (this.length + k > this.ids.length) {
      const n = new Int32Array(Math.max(this.ids.length * 2, this.length + k));
      n.set(this.ids);
      this.ids = n;
    }
    this.ids.set(ids.subarray(from, to), this.length);
    this.length += k;
  }
}

/**
 * Pushes the features of position `i` of `seq` into `out`. `history[k]` for k < i holds the tag
 * indices already assigned to earlier positions (greedy decoding).
 */
export type FeatureExtractor<S> = (seq: S, i: number, history: Int32Array, out: FeatureBuffer) => void;

/** Returns a tag index to force at position i, or -1 to score it. */
export type FixedTag<S> = (seq: S, i: number) => number;
