/** Text helpers of the concordance: a typed phrase as a pattern, and context on one line. */

export function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words, case-insensitive, any whitespace between words, either apostrophe. */
export function phraseRegExp(words: readonly string[]): RegExp {
  const body = words.map((w) => escapeRe(w).replace(/['’ʼ]/g, "['’ʼ]")).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}
