/**
 * Document symbols: the article as it reads, in text order and properly nested (the Outline,
 * breadcrumbs and sticky scroll rely on it): headline, standfirst, byline, date, then each
 * paragraph; inside each, its entity mentions, rhetoric markers and key terms. The grouped view of
 * a document's entities and terms is the code lens (and the Entities and Terms views): groups of
 * mentions spread over the text would span it and overlap its paragraphs.
 */
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import { FeatureContext, categoryInfo } from './context';
import { documentItems } from './corpusQueries';
import { rangeOf } from './positions';
import { shownMarks } from './shownMarks';

const PARAGRAPH_NAME_LENGTH = 60;
/** A rhetoric mark's entry that is also a key term's occurrence says so after its category ("Name calling · key term"). */
export const KEY_TERM_TOO = 'key term';

/** A paragraph's kind: VS Code draws Module, Namespace, Package and Object with the same `{}` icon. */
export const PARAGRAPH_KIND = SymbolKind.Module;
const ENTITY_KIND: Record<string, SymbolKind> = { person: SymbolKind.Class, place: SymbolKind.Field, organization: SymbolKind.Struct, group: SymbolKind.Enum, date: SymbolKind.Event, event: SymbolKind.Event };

/** An entity type's symbol kind (Outline, Go to Symbol): none drawn like a paragraph. */
export function entitySymbolKind(type: string): SymbolKind {
  return ENTITY_KIND[type] ?? SymbolKind.Variable;
}

export function provideDocumentSymbols(ctx: FeatureContext, uri: string): DocumentSymbol[] {
  const doc = ctx.index.get(uri);
  if (!doc) return [];
  const src = { owner: doc, text: doc.text };
  const symbol = (name: string, detail: string, kind: SymbolKind, start: number, end: number): DocumentSymbol => {
    const range = rangeOf(src, start, end);
    return { name: name.replace(/\s+/g, ' ').trim() || detail, detail, kind, range, selectionRange: range };
  };
  const blocks: DocumentSymbol[] = [];
  const { headline, standfirst, byline, date } = doc.article;
  const structural = new Set<number>();
  const block = (s: DocumentSymbol, start: number) => {
    blocks.push(s);
    structural.add(start);
  };
  if (headline) block(symbol(doc.text.slice(headline.start, headline.end), 'headline', SymbolKind.File, headline.start, headline.end), headline.start);
  if (standfirst) block(symbol(doc.text.slice(standfirst.start, standfirst.end), 'standfirst', SymbolKind.String, standfirst.start, standfirst.end), standfirst.start);
  if (byline) block(symbol(byline.author, 'byline', SymbolKind.Constructor, byline.start, byline.end), byline.start);
  if (date) block(symbol(date.value, 'date', SymbolKind.Event, date.start, date.end), date.start);
  doc.paragraphs.forEach((p, i) => {
    if (structural.has(p.start)) return;
    blocks.push(symbol(paragraphName(doc.text.slice(p.start, Math.min(p.end, p.start + PARAGRAPH_NAME_LENGTH * 2))), `paragraph ${i + 1}`, PARAGRAPH_KIND, p.start, p.end));
  });

  const { entities, terms } = documentItems(ctx.index, uri, ctx.q);
  const items: DocumentSymbol[] = [];
  for (const e of entities) {
    // The written form only when it reads differently: not for a line break or a curly apostrophe (“Republic of⏎Côte d’Ivoire”).
    const written = e.text.replace(/\s+/g, ' ');
    const differs = written.replace(/’/g, "'") !== e.name.replace(/’/g, "'");
    items.push(symbol(e.name, differs ? `${e.type}: “${written}”` : e.type, entitySymbolKind(e.type), e.start, e.end));
  }
  // The rhetoric marks the Problems panel shows; a key term on a mark's words is that mark's entry, not a second one ("imperialist").
  const marks = shownMarks(ctx, uri);
  const keyed = new Map<(typeof marks)[number], string>();
  for (const t of terms) {
    if (t.kind !== 'keyword') continue;
    const mark = marks.find((m) => m.start < t.end && t.start < m.end && !keyed.has(m));
    if (mark) keyed.set(mark, t.label);
    else items.push(symbol(t.label, 'key term', SymbolKind.Constant, t.start, t.end));
  }
  for (const t of marks) {
    const detail = categoryInfo(ctx.codebook, t.category).label;
    const key = keyed.get(t);
    items.push(symbol(t.label, key === undefined ? detail : `${detail} · ${key.toLowerCase() === t.label.toLowerCase() ? KEY_TERM_TOO : `${KEY_TERM_TOO} “${key}”`}`, SymbolKind.String, t.start, t.end));
  }
  return nestSymbols(blocks, items);
}

/**
 * Puts each of `more` into the innermost symbol whose range contains it (else at the top level),
 * keeping every level in text order: a properly nested tree whatever order they come in.
 */
export function nestSymbols(symbols: readonly DocumentSymbol[], more: readonly DocumentSymbol[]): DocumentSymbol[] {
  const top = symbols.map(copy).sort(byStart);
  for (const s of [...more].sort(byStart)) insert(top, copy(s));
  return top;
}

function copy(s: DocumentSymbol): DocumentSymbol {
  return { ...s, ...(s.children ? { children: s.children.map(copy) } : {}) };
}

function insert(level: DocumentSymbol[], s: DocumentSymbol): void {
  const parent = level.find((p) => contains(p.range, s.range));
  if (parent) return insert((parent.children ??= []), s);
  let at = level.length;
  while (at > 0 && byStart(level[at - 1], s) > 0) at--;
  level.splice(at, 0, s);
}

function contains(outer: Range, inner: Range): boolean {
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || b.range.end.line - a.range.end.line || b.range.end.character - a.range.end.character;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function paragraphName(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= PARAGRAPH_NAME_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', PARAGRAPH_NAME_LENGTH);
  return `${flat.slice(0, cut > 20 ? cut : PARAGRAPH_NAME_LENGTH)}…`;
}
