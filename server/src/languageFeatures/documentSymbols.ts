/** Document symbols: the article's structure (headline, byline, date) and its paragraphs. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { rangeOf } from './positions';

const PARAGRAPH_NAME_LENGTH = 60;

export function provideDocumentSymbols(index: CorpusIndex, uri: string): DocumentSymbol[] {
  const doc = index.get(uri);
  if (!doc) return [];
  const src = { owner: doc, text: doc.text };
  const symbol = (name: string, detail: string, kind: SymbolKind, start: number, end: number): DocumentSymbol => {
    const range = rangeOf(src, start, end);
    return { name: name.trim() || detail, detail, kind, range, selectionRange: range };
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

function paragraphName(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= PARAGRAPH_NAME_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', PARAGRAPH_NAME_LENGTH);
  return `${flat.slice(0, cut > 20 ? cut : PARAGRAPH_NAME_LENGTH)}…`;
}
