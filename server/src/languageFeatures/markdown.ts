/**
 * Article text is untrusted: everything taken from it goes through `escapeMarkdown`
 * before it reaches a hover, so it can never carry markdown, HTML, links or
 * `command:` URIs. Only links built here by the server may be live.
 */

/** Escapes every character markdown or HTML could give meaning to, and collapses line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // CommonMark lets any ASCII punctuation be backslash-escaped: escape all of it.
    .replace(/[!-\/:-@\[-`{-~]/g, '\\$&');
}

/** A link the server builds to a place in the workspace (never a `command:` URI). */
export function locationLink(label: string, uri: string, line: number, character: number): string {
  return `[${escapeMarkdown(label)}](${uri.replace(/[()\s]/g, encodeURIComponent)}#L${line + 1},${character + 1})`;
}
