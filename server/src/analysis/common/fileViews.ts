/**
 * Typed arrays over a file's bytes, for tables shipped as they are in memory (the entity lexicon's
 * and the tagger's paired weights): read without parsing, in place where the bytes are aligned.
 */

/** The files are little-endian; a big-endian machine builds the tables from their sources instead. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `n` int32 at bytes[from..]: a view when aligned, else a copy. */
export function int32sAt(bytes: Uint8Array, from: number, n: number): Int32Array {
  const at = bytes.byteOffset + from;
  return at % 4 === 0 ? new Int32Array(bytes.buffer, at, n) : new Int32Array(bytes.slice(from, from + 4 * n).buffer);
}

/** `n` int16 at bytes[from..]: a view when aligned, else a copy. */
export function int16sAt(bytes: Uint8Array, from: number, n: number): Int16Array {
  const at = bytes.byteOffset + from;
  return at % 2 === 0 ? new Int16Array(bytes.buffer, at, n) : new Int16Array(bytes.slice(from, from + 2 * n).buffer);
}

/** `n` float64 at bytes[from..]: a view when aligned, else a copy. */
export function float64sAt(bytes: Uint8Array, from: number, n: number): Float64Array {
  const at = bytes.byteOffset + from;
  return at % 8 === 0 ? new Float64Array(bytes.buffer, at, n) : new Float64Array(bytes.slice(from, from + 8 * n).buffer);
}
