/**
 * Document symbols: the article's structure (headline, standfirst, byline, date), then its
 * entities grouped by type (each with its mentions as children), its rhetoric markers and key
 * terms grouped by term, and its paragraphs.
 */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { FeatureContext, categoryInfo } from './context';
import { DocEntity, DocTerm, documentItems } from './corpusQueries';
import { rangeOf } from './positions';

const PARAGRAPH_NAME_LENGTH = 60;

const TYPE_LABEL: Record<string, string> = { person: 'People', place: 'Places', organization: 'Organizations', group: 'Groups', date: 'Dates', event: 'Events' };
const TYPE_KIND: Record<string, SymbolKind> = { person: SymbolKind.Class, place: SymbolKind.Namespace, organization: SymbolKind.Struct, group: SymbolKind.Enum, date: SymbolKind.Event, event: SymbolKind.Event };

export function provideDocumentSymbols(ctx: FeatureContext, uri: string): DocumentSymbol[] {
  const doc = ctx.index.get(uri);
  if (!doc) return [];
  const src = { owner: doc, text: doc.text };
  const symbol = (name: string, detail: string, kind: SymbolKind, start: number, end: number, children?: DocumentSymbol[]): DocumentSymbol => {
    const range = rangeOf(src, start, end);
    return { name: name.replace(/\s+/g, ' ').trim() || detail, detail, kind, range, selectionRange: range, ...(children ? { children } : {}) };
  };
  /** A group spanning its children, selecting its first. */
  const group = (name: string, detail: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol => {
    const start = children.reduce((a, c) => (before(c.range.start, a) ? c.range.start : a), children[0].range.start);
    const end = children.reduce((a, c) => (before(a, c.range.end) ? c.range.end : a), children[0].range.end);
    return { name, detail, kind, range: { start, end }, selectionRange: children[0].selectionRange, children };
  };
  const symbols: DocumentSymbol[] = [];
  const { headline, standfirst, byline, date } = doc.article;
  const structural = new Set<number>();
  if (headline) {
    symbols.push(symbol(doc.text.slice(headline.start, headline.end), 'headline', SymbolKind.File, headline.start, headline.end));
    structural.add(headline.start);
  }
  if (standfirst) {
    symbols.push(symbol(doc.text.slice(standfirst.start, standfirst.end), 'standfirst', SymbolKind.String, standfirst.start, standfirst.end));
    structural.add(standfirst.start);
  }
  if (byline) {
    symbols.push(symbol(byline.author, 'byline', SymbolKind.Constructor, byline.start, byline.end));
    structural.add(byline.start);
  }
  if (date) {
    symbols.push(symbol(date.value, 'date', SymbolKind.Event, date.start, date.end));
    structural.add(date.start);
  }

  const { entities, terms } = documentItems(ctx.index, uri, ctx.q);
  // Entities by type, each with its mentions.
  const byType = new Map<string, Map<string, DocEntity[]>>();
  for (const m of entities) {
    const ofType = byType.get(m.type) ?? new Map<string, DocEntity[]>();
    byType.set(m.type, ofType);
    ofType.set(m.id, [...(ofType.get(m.id) ?? []), m]);
  }
  for (const type of Object.keys(TYPE_LABEL).filter((t) => byType.has(t)).concat([...byType.keys()].filter((t) => !(t in TYPE_LABEL)))) {
    const items = [...byType.get(type)!.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start);
    const children = items.map((ms) => {
      const mentions = ms.map((m, i) => symbol(m.text, `mention ${i + 1}`, SymbolKind.Key, m.start, m.end));
      return { ...group(ms[0].name, `${type}, ${ms.length} ${ms.length === 1 ? 'mention' : 'mentions'}`, TYPE_KIND[type] ?? SymbolKind.Object, mentions) };
    });
    symbols.push(group(TYPE_LABEL[type] ?? type, `${items.length}`, SymbolKind.Package, children));
  }

  // Rhetoric markers and key terms, grouped by term.
  const termGroup = (name: string, list: DocTerm[], kind: SymbolKind) => {
    const byId = new Map<string, DocTerm[]>();
    for (const t of list) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
    const children = [...byId.values()].map((ts) => {
      const mentions = ts.map((t, i) => symbol(t.text, `occurrence ${i + 1}`, SymbolKind.Key, t.start, t.end));
      const cat = categoryInfo(ctx.codebook, ts[0].category);
      return group(ts[0].label, `${ts[0].kind === 'keyword' ? 'key term' : cat.label}, ${ts.length}`, kind, mentions);
    });
    if (children.length) symbols.push(group(name, `${list.length}`, SymbolKind.Package, children));
  };
  termGroup('Rhetoric', terms.filter((t) => t.kind === 'rhetoric'), SymbolKind.String);
  termGroup('Key terms', terms.filter((t) => t.kind === 'keyword'), SymbolKind.Constant);

  const paragraphs: DocumentSymbol[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (structural.has(p.start)) return;
    paragraphs.push(symbol(paragraphName(doc.text.slice(p.start, Math.min(p.end, p.start + PARAGRAPH_NAME_LENGTH * 2))), `paragraph ${i + 1}`, SymbolKind.Module, p.start, p.end));
  });
  if (paragraphs.length) {
    const first = paragraphs[0].range.start;
    const last = paragraphs[paragraphs.length - 1].range.end;
    symbols.push({ name: 'Paragraphs', detail: `${paragraphs.length}`, kind: SymbolKind.Namespace, range: { start: first, end: last }, selectionRange: { start: first, end: first }, children: paragraphs });
  }
  return symbols;
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
