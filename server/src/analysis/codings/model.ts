/**
 * The analyst's own codings: a passage of an article tagged with a code (a codebook category id)
 * by a coder, optionally with a memo. Offsets are UTF-16 code units into the article's text (the
 * editor's offsets); the quote and its context let a coding find its passage again after edits.
 *
 * On disk each coding is a W3C Web Annotation (see annotation.ts); in memory it is this flat record.
 */

/** Characters of context kept on each side of the quote (TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

export interface Coding {
  /** `urn:uuid:…`: stable across edits, the key that merges concurrent writes. */
  readonly id: string;
  /** The article's path relative to the workspace folder, with forward slashes. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** The coded text, and up to CONTEXT_CHARS characters before and after it. */
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Codebook category id. */
  readonly code: string;
  readonly coder: string;
  readonly memo?: string;
  /** ISO 8601 date-times. */
  readonly created: string;
  readonly modified?: string;
}

/** A coding at its place in the current text. */
export interface AnchoredCoding extends Coding {
  /** Its passage could not be found in the current text: start/end are its last known offsets. */
  readonly orphaned: boolean;
}

/** The quote selector for [start, end) of `text`: the exact text and its context. */
export function quoteAt(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** A fresh coding of [start, end) of `text`. */
export function newCoding(p: { source: string; text: string; start: number; end: number; code: string; coder: string; memo?: string; now?: string; id?: string }): Coding {
  const created = p.now ?? new Date().toISOString();
  return {
    id: p.id ?? newCodingId(),
    source: p.source,
    start: p.start,
    end: p.end,
    ...quoteAt(p.text, p.start, p.end),
    code: p.code,
    coder: p.coder,
    ...(p.memo ? { memo: p.memo } : {}),
    created,
  };
}

export function newCodingId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** Order of the codings file: by source, then start, then end, then id (files that diff and merge well). */
export function compareCodings(a: Coding, b: Coding): number {
  return (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A coder name as a file name: `codings/<coder>.jsonl` (path separators and control characters replaced). */
export function coderFileName(coder: string): string {
  const safe = coder.trim().replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_');
  return `${safe || 'coder'}.jsonl`;
}
