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
  // Characters that could end or break the link destination are percent-encoded (encodeURIComponent leaves parentheses).
  // A colon after the scheme is encoded too, so no `command:` can appear even inside a file name.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0] ?? '';
  const target = scheme + uri.slice(scheme.length).replace(/[()<>\s\\`\[\]"':]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label)}](${target}#L${line + 1},${character + 1})`;
}
