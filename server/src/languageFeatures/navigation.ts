/**
 * Jumping between mentions: references (every mention across the corpus), definition (the
 * codebook entry, else the first mention), document highlights (mentions in this article),
 * and rename of an entity (its canonical name in the codebook; articles are never edited).
 * On a word that is no entity or term, references and highlights follow the word itself.
 */
import type { CancellationLike } from '../analysis/corpus/corpus';
import type { CodebookEdit } from '../protocol';
import { DocumentHighlight, DocumentHighlightKind, Location, Position, Range } from 'vscode-languageserver-types';
import { wordAt } from '../analysis/document';
import { findEntity, findTerm } from '../analysis/codebook/codebook';
import type { Mention } from '../analysis/corpus/model';
import { FeatureContext } from './context';
import { ItemHit } from './corpusQueries';
import { offsetAt, rangeOf } from './positions';

export interface Target {
  /** An entity or term id, or the word itself. */
  readonly id: string;
  readonly item?: ItemHit;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function targetAt(ctx: FeatureContext, uri: string, position: Position): Target | undefined {
  const doc = ctx.index.get(uri);
  if (!doc) return undefined;
  const offset = offsetAt({ owner: doc, text: doc.text }, position);
  const item = ctx.q.itemAt(uri, offset);
  if (item) return { id: item.id, item, start: item.start, end: item.end, text: doc.text.slice(item.start, item.end) };
  const w = wordAt(doc.text, offset);
  if (!w) return undefined;
  const text = doc.text.slice(w.start, w.end);
  return { id: text, start: w.start, end: w.end, text };
}

export function mentionLocation(ctx: FeatureContext, m: Mention): Location | undefined {
  const doc = ctx.index.get(m.uri);
  if (!doc) return undefined;
  return { uri: m.uri, range: rangeOf({ owner: doc, text: doc.text }, m.start, m.end) };
}

export function provideReferences(ctx: FeatureContext, uri: string, position: Position, token?: CancellationLike): Location[] {
  const t = targetAt(ctx, uri, position);
  if (!t) return [];
  const out: Location[] = [];
  for (const m of ctx.q.mentionsOf(t.id)) {
    if (token?.isCancellationRequested) return [];
    const l = mentionLocation(ctx, m);
    if (l) out.push(l);
  }
  return out;
}

export function provideDocumentHighlights(ctx: FeatureContext, uri: string, position: Position): DocumentHighlight[] {
  const t = targetAt(ctx, uri, position);
  const doc = ctx.index.get(uri);
  if (!t || !doc) return [];
  const src = { owner: doc, text: doc.text };
  return ctx.q.mentionsOf(t.id).inDocument(uri).map((m) => ({ range: rangeOf(src, m.start, m.end), kind: DocumentHighlightKind.Text }));
}

export function provideDefinition(ctx: FeatureContext, uri: string, position: Position): Location[] {
  const t = targetAt(ctx, uri, position);
  if (!t) return [];
  const entry = codebookEntryRange(ctx, t);
  if (entry) return [entry];
  if (!t.item) return [];
  const first = ctx.q.mentionsOf(t.id).at(0);
  const loc = first && mentionLocation(ctx, first);
  return loc ? [loc] : [];
}

/** The codebook entry of an entity (by any of its names) or term, as a location in the codebook file. */
export function codebookEntryRange(ctx: FeatureContext, t: Target): Location | undefined {
  if (!ctx.codebookUri || ctx.codebookText === undefined) return undefined;
  let span: { start: number; end: number } | undefined;
  if (t.item?.kind === 'entity') {
    const e = ctx.q.entity(t.id);
    const names = e ? [e.name, ...e.aliases] : [t.text];
    for (const n of names) if (!span) span = findEntity(ctx.codebook, n)?.span;
  } else if (t.item) {
    const term = ctx.q.term(t.id);
    span = findTerm(ctx.codebook, term?.label ?? t.text)?.span ?? findTerm(ctx.codebook, t.text)?.span;
  } else {
    span = findEntity(ctx.codebook, t.text)?.span ?? findTerm(ctx.codebook, t.text)?.span;
  }
  if (!span) return undefined;
  const src = { owner: codebookOwner(ctx.codebookText), text: ctx.codebookText };
  // The entry's first line: where "- name: ..." is.
  const range = rangeOf(src, span.start, span.start);
  return { uri: ctx.codebookUri, range: { start: range.start, end: { line: range.start.line, character: range.start.character + lineLength(ctx.codebookText, span.start) } } };
}

let lastOwner: { text: string; owner: object } | undefined;
function codebookOwner(text: string): object {
  if (lastOwner?.text !== text) lastOwner = { text, owner: {} };
  return lastOwner.owner;
}

function lineLength(text: string, offset: number): number {
  const nl = text.slice(offset).search(/\r?\n/);
  return nl < 0 ? text.length - offset : nl;
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

/** Rename applies to entities only: their canonical name in the codebook. */
export function prepareRename(ctx: FeatureContext, uri: string, position: Position): PrepareRenameResult {
  const t = targetAt(ctx, uri, position);
  const doc = ctx.index.get(uri);
  if (!t || !doc) return { error: 'Nothing to rename here.' };
  if (t.item?.kind !== 'entity') {
    const declared = findEntity(ctx.codebook, t.text);
    if (!declared) return { error: 'Only entities can be renamed (their canonical name in the codebook); article text is never changed.' };
    return { range: rangeOf({ owner: doc, text: doc.text }, t.start, t.end), placeholder: declared.name };
  }
  const e = ctx.q.entity(t.id);
  const declared = e && ([e.name, ...e.aliases].map((n) => findEntity(ctx.codebook, n)).find(Boolean));
  return { range: rangeOf({ owner: doc, text: doc.text }, t.start, t.end), placeholder: declared?.name ?? e?.name ?? t.text };
}

export type RenameOperation = Extract<CodebookEdit, { op: 'renameEntity' }>;

/** The codebook operation a rename means: the entity's canonical name (declared or as the index knows it) → newName. */
export function renameOperation(ctx: FeatureContext, uri: string, position: Position, newName: string): RenameOperation | undefined {
  const t = targetAt(ctx, uri, position);
  if (!t) return undefined;
  if (t.item?.kind === 'entity') {
    const e = ctx.q.entity(t.id);
    const declared = e && ([e.name, ...e.aliases].map((n) => findEntity(ctx.codebook, n)).find(Boolean));
    return { op: 'renameEntity', entity: declared?.name ?? e?.name ?? t.text, newName, type: e?.type };
  }
  const declared = findEntity(ctx.codebook, t.text);
  return declared ? { op: 'renameEntity', entity: declared.name, newName } : undefined;
}
