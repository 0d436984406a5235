/**
 * The analysts' codings in the language features: orphaned codings as diagnostics, the codings
 * under the cursor in the hover (code, coder, memo, and how many other passages carry the code),
 * codings as document symbols (the Outline), and "find in codings". The codings come re-anchored
 * from the server's codings host; coded text and memos are untrusted and escaped.
 */
import { Diagnostic, DiagnosticSeverity, DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { AnchoredCoding } from '../analysis/codings';
import { escapeMarkdown } from './markdown';
import { PositionSource, rangeOf } from './positions';

export const ORPHANED_CODING = 'orphaned-coding';

const quote = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function codingDiagnostics(src: PositionSource, codings: readonly AnchoredCoding[]): Diagnostic[] {
  return codings
    .filter((c) => c.orphaned)
    .map((c) => ({
      range: rangeOf(src, c.start, c.start),
      severity: DiagnosticSeverity.Warning,
      source: 'discourse-lens',
      code: ORPHANED_CODING,
      message: `${c.coder}'s coding "${quote(c.exact)}" (${c.code}) is no longer in the text: it is kept in the codings file; recode the passage or remove the coding.`,
    }));
}

/**
 * Markdown for the live codings that cover `offset` (empty when none). `othersWithCode(code)`:
 * how many passages of the corpus carry the code in all.
 */
export function codingsHoverMarkdown(codings: readonly AnchoredCoding[], offset: number, label: (code: string) => string, passagesWithCode: (code: string) => number): string {
  const here = codings.filter((c) => !c.orphaned && c.start <= offset && offset < c.end);
  if (!here.length) return '';
  const lines = here.map((c) => {
    const others = passagesWithCode(c.code) - 1;
    const memo = c.memo ? `\n\n  *Memo:* ${escapeMarkdown(quote(c.memo, 400))}` : '';
    return `- **${escapeMarkdown(label(c.code))}** coded by ${escapeMarkdown(c.coder)}: “${escapeMarkdown(quote(c.exact))}” (${others} other passage${others === 1 ? '' : 's'} with this code)${memo}`;
  });
  return `**Codings**\n\n${lines.join('\n')}`;
}

export function codingSymbols(src: PositionSource, codings: readonly AnchoredCoding[], label: (code: string) => string): DocumentSymbol[] {
  return codings
    .filter((c) => !c.orphaned)
    .map((c) => {
      const range = rangeOf(src, c.start, c.end);
      return { name: `${label(c.code)}: ${quote(c.exact.replace(/\s+/g, ' '), 60)}`, detail: c.coder, kind: SymbolKind.Key, range, selectionRange: range };
    });
}

/** Codings whose coded text or memo contains `query` (case-insensitive). */
export function findInCodings<C extends AnchoredCoding>(codings: readonly C[], query: string): C[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return codings.filter((c) => c.exact.toLowerCase().includes(q) || (c.memo ?? '').toLowerCase().includes(q) || c.code.toLowerCase() === q);
}
