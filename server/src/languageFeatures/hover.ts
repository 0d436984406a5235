/** Hover: how often the word under the cursor occurs here and across the corpus, and where. */
import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { wordAt } from '../analysis/document';
import { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { escapeMarkdown } from './markdown';
import { offsetAt, rangeOf } from './positions';

/** How many other articles a hover names before it summarises the rest. */
const MAX_NAMED_DOCUMENTS = 8;

export function provideHover(index: CorpusIndex, uri: string, position: Position): Hover | null {
  const doc = index.get(uri);
  if (!doc) return null;
  const src = { owner: doc, text: doc.text };
  const range = wordAt(doc.text, offsetAt(src, position));
  if (!range) return null;
  const word = doc.text.slice(range.start, range.end);
  const freq = index.wordFrequency(word);
  const here = freq.documents.find((d) => d.uri === uri)?.count ?? 0;
  const others = freq.documents.filter((d) => d.uri !== uri);
  const lines = [
    `**${escapeMarkdown(word)}**: ${times(here)} in this article; ${times(freq.total)} in the corpus, in ${articles(others.length)} other ${others.length === 1 ? 'article' : 'articles'}${others.length ? ':' : '.'}`,
  ];
  for (const d of others.slice(0, MAX_NAMED_DOCUMENTS)) lines.push(`- ${escapeMarkdown(index.title(d.uri))} (${times(d.count)})`);
  if (others.length > MAX_NAMED_DOCUMENTS) lines.push(`- and ${others.length - MAX_NAMED_DOCUMENTS} more`);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: rangeOf(src, range.start, range.end),
  };
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function articles(n: number): string {
  return String(n);
}
