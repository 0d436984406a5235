/**
 * FNV-1a, 32 bit: the one string hash of the analysis (word lists, vocabularies, lexicons, feature
 * hashing, n-gram keys). Cached analyses and shipped models store these hashes, so the constants
 * and the step never change.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** One step: the hash so far (int32) with one more unit (code unit, byte, class) mixed in. */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

/** FNV-1a over the UTF-16 code units s[start, end) (unsigned), continuing from `seed`. */
export function fnvRange(s: string, start: number, end: number, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a over bytes b[from, to) (unsigned). */
export function fnvBytes(b: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], FNV_PRIME);
  return h >>> 0;
}
