/**
 * Semantic tokens for entity types and term categories. Own token types (declared in the
 * manifest with standard super types and TextMate scope fallbacks); one token per line piece.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import { FeatureContext } from './context';
import { SCARE_QUOTE, shownMarks } from './shownMarks';
import { documentItems } from './corpusQueries';
import { positionAt } from './positions';

export const TOKEN_TYPES = ['person', 'place', 'organization', 'group', 'date', 'event', 'rhetoric', 'scareQuote', 'keyword'] as const;
export const TOKEN_MODIFIERS = ['declared', 'codebook'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** The LSP encoding of tokens pushed in document order: five numbers each, position relative to the previous token. */
class TokenEncoder {
  private readonly data: number[] = [];
  private line = 0;
  private character = 0;

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    this.data.push(line - this.line, line === this.line ? character - this.character : character, length, type, modifiers);
    this.line = line;
    this.character = character;
  }

  build(): SemanticTokens {
    return { data: this.data };
  }
}

export function provideSemanticTokens(ctx: FeatureContext, uri: string): SemanticTokens {
  const builder = new TokenEncoder();
  const doc = ctx.index.get(uri);
  if (!doc) return builder.build();
  const src = { owner: doc, text: doc.text };
  const declaredTerms = new Set(ctx.codebook.terms.map((t) => t.term.toLowerCase()));
  const spans: { start: number; end: number; type: number; mods: number }[] = [];
  const { entities, terms } = documentItems(ctx.index, uri, ctx.q);
  for (const e of entities) {
    const type = TOKEN_TYPES.indexOf(e.type as (typeof TOKEN_TYPES)[number]);
    const declared = ctx.q.entity(e.id)?.declared;
    spans.push({ start: e.start, end: e.end, type: type < 0 ? 0 : type, mods: declared ? 1 : 0 });
  }
  // Key terms, and the rhetoric marks the Problems panel shows (not the corpus's register, no quoted word that is no scare quote).
  for (const t of shownMarks(ctx, uri)) {
    const type = TOKEN_TYPES.indexOf(t.category === SCARE_QUOTE ? 'scareQuote' : 'rhetoric');
    spans.push({ start: t.start, end: t.end, type, mods: declaredTerms.has(t.label.toLowerCase()) ? 2 : 0 });
  }
  for (const t of terms) if (t.kind === 'keyword') spans.push({ start: t.start, end: t.end, type: TOKEN_TYPES.indexOf('keyword'), mods: declaredTerms.has(t.label.toLowerCase()) ? 2 : 0 });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = 0;
  for (const s of spans) {
    if (s.start < lastEnd) continue; // no overlapping tokens
    lastEnd = s.end;
    // Split at line breaks: a token lives on one line.
    let from = s.start;
    while (from < s.end) {
      const nl = doc.text.slice(from, s.end).search(/[\r\n]/);
      const to = nl < 0 ? s.end : from + nl;
      if (to > from) {
        const p = positionAt(src, from);
        builder.push(p.line, p.character, to - from, s.type, s.mods);
      }
      from = to;
      while (from < s.end && /[\r\n]/.test(doc.text[from])) from++;
    }
  }
  return builder.build();
}
