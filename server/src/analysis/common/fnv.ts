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

/**
 * FNV-1a over the UTF-8 encoding of `s` (what `fnvBytes` gives for `new TextEncoder().encode(s)`,
 * a lone surrogate as U+FFFD too), without encoding it first: corpus tables hash every distinct
 * word of every document analysed in this thread, and an encoder call per word cost more than the hash.
 */
export function fnvUtf8(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 63)), FNV_PRIME);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        h = Math.imul(h ^ (0xf0 | (cp >> 18)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((cp >> 12) & 63)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((cp >> 6) & 63)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | (cp & 63)), FNV_PRIME);
        continue;
      }
      c = 0xfffd; // a lone surrogate, as TextEncoder writes it
    }
    h = Math.imul(h ^ (0xe0 | (c >> 12)), FNV_PRIME);
    h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), FNV_PRIME);
    h = Math.imul(h ^ (0x80 | (c & 63)), FNV_PRIME);
  }
  return h >>> 0;
}
