/**
 * Escaping for the webview pages (no vscode here, so the unit tests check it): article text is
 * untrusted, and the page's HTML and its embedded initial state must not let it out.
 */

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON to put inside `<script type="application/json">`: "<" is escaped so no "</script>" or
 * "<!--" in the data can end the element, and U+2028/U+2029 so the text is also valid JavaScript.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
