/**
 * The analysts' codings in the language features: orphaned codings as diagnostics, the codings
 * under the cursor in the hover (code, coder, memo, and how many other passages carry the code),
 * codings as document symbols (the Outline), and "find in codings". The codings come re-anchored
 * from the server's codings host; coded text and memos are untrusted and escaped.
 */
import { Diagnostic, DiagnosticSeverity, DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { AnchoredCoding, CodeProfile } from '../analysis/codings';
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

/** What the hover says of a code beyond the passage: its profile across the corpus (analysis/codings/codeProfile.ts). */
export interface CodeHoverInfo {
  readonly profile: CodeProfile;
  readonly codeLabel: (code: string) => string;
  readonly entityLabel: (id: string) => string;
}

const SHOWN = 5;
const listed = <T>(items: readonly T[], text: (x: T) => string) =>
  items.slice(0, SHOWN).map(text).join(', ') + (items.length > SHOWN ? `, and ${items.length - SHOWN} more` : '');

/**
 * Markdown for the live codings that cover `offset` (empty when none): code, coder, memo, and
 * for each code how many other passages carry it, in which articles, and what its passages meet
 * (other codes and entities, overlapping or in the same sentence).
 */
export function codingsHoverMarkdown(codings: readonly AnchoredCoding[], offset: number, label: (code: string) => string, infoOf: (code: string) => CodeHoverInfo): string {
  const here = codings.filter((c) => !c.orphaned && c.start <= offset && offset < c.end);
  if (!here.length) return '';
  const lines = here.map((c) => {
    const { profile, codeLabel, entityLabel } = infoOf(c.code);
    const others = profile.passages - 1;
    const memo = c.memo ? `\n\n  *Memo:* ${escapeMarkdown(quote(c.memo, 400))}` : '';
    const articles = profile.perArticle.length ? `\n\n  *In ${profile.perArticle.length} article${profile.perArticle.length === 1 ? '' : 's'}:* ${escapeMarkdown(listed(profile.perArticle, (a) => `${a.source} (${a.passages})`))}` : '';
    const withCodes = profile.codes.length ? `\n\n  *With the codes:* ${escapeMarkdown(listed(profile.codes, (k) => `${codeLabel(k.code)} (${k.passages})`))}` : '';
    const withEntities = profile.entities.length ? `\n\n  *With the entities:* ${escapeMarkdown(listed(profile.entities, (e) => `${entityLabel(e.id)} (${e.passages})`))}` : '';
    return `- **${escapeMarkdown(label(c.code))}** coded by ${escapeMarkdown(c.coder)}: “${escapeMarkdown(quote(c.exact))}” (${others} other passage${others === 1 ? '' : 's'} with this code)${memo}${articles}${withCodes}${withEntities}`;
  });
  return `**Codings**\n\n${lines.join('\n')}\n\n*Co-occurrence: passages of the code that overlap, or share a sentence with, another code's passage or an entity's mention (counted in passages of the code).*`;
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
