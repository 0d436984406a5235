/**
 * Bytes from disk to article text, refusing what is not text and saying why.
 * Shared by the language server and the command line so both treat bad input alike.
 */
import { stripBom } from './structure';

export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** One decoder for all files (a decode without `stream` starts afresh, also after an error). */
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });

/** Bytes inspected for signs of a binary file. */
const SNIFF_BYTES = 64 * 1024;

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  // UTF-16 with a byte-order mark: decode it rather than call it binary.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: stripBom(new TextDecoder(encoding).decode(bytes)), warnings: [] };
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sniff.length; i++) {
    const b = sniff[i];
    if (b === 0) return { ok: false, reason: `binary file (NUL byte at offset ${i})` };
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (sniff.length > 0 && control / sniff.length > 0.1) return { ok: false, reason: 'binary file (too many control characters)' };
  try {
    return { ok: true, text: stripBom(UTF8_FATAL.decode(bytes)), warnings: [] };
  } catch {
    const text = stripBom(new TextDecoder('utf-8').decode(bytes));
    const bad = firstInvalidUtf8(bytes);
    return { ok: true, text, warnings: [`invalid UTF-8 (first bad byte at offset ${bad}); decoded with replacement characters (U+FFFD)`] };
  }
}

/** The reason given for a file over the size limit, checked before reading it where possible. */
export function tooLarge(size: number, maxBytes: number): DecodeResult {
  return { ok: false, reason: `file is ${mb(size)}, over the limit of ${mb(maxBytes)} (setting discourseLens.maxFileSize)` };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
