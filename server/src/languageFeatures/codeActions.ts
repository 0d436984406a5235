/**
 * Code actions on an article: codebook edits (add a term under a category, mark a name as an
 * alias, ignore a term, add or edit a note) run as server commands that write the codebook;
 * correcting a likely misspelling is a WorkspaceEdit on the article, the only feature that edits
 * article text, and only when the user picks it.
 */
import { CodeAction, CodeActionKind, Command, Diagnostic, Range } from 'vscode-languageserver-types';
import { wordAt } from '../analysis/document';
import { findEntity, findTerm } from '../analysis/codebook/codebook';
import { FeatureContext, categories } from './context';
import { DiagnosticCodes, MisspellingData } from './diagnostics';
import { offsetAt } from './positions';
import { CategoryInfo, ClientCommand, CodebookEdit, ServerCommand } from '../protocol';

export const CODEBOOK_ACTION_KIND = `${CodeActionKind.Refactor}.codebook`;
const MAX_ALIAS_TARGETS = 3;

export interface CodeActionOptions {
  /** False in untrusted workspaces: no codebook writes are offered. */
  readonly canWriteCodebook: boolean;
  /** The client commands (`ClientCommand`) the client executes: actions that prompt through them are offered only then. */
  readonly clientCommands: ReadonlySet<string>;
}

export function provideCodeActions(ctx: FeatureContext, uri: string, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const doc = ctx.index.get(uri);
  if (!doc) return [];
  const src = { owner: doc, text: doc.text };
  const actions: CodeAction[] = [];

  // Misspelling fixes first (preferred).
  for (const d of diagnostics) {
    if (d.code !== DiagnosticCodes.misspelling || d.source !== 'discourse-lens' || !d.data) continue;
    const data = d.data as MisspellingData;
    actions.push({
      title: `Correct ‘${data.surface}’ to ‘${data.canonical}’`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: d.range, newText: data.canonical }] } },
    });
    if (options.canWriteCodebook) {
      const entity = ctx.q.entity(data.entityId);
      if (entity) actions.push(edit(`Keep ‘${data.surface}’: mark it as an alias of ${entity.name}`, { op: 'addAlias', entity: entity.name, alias: data.surface }, CodeActionKind.QuickFix, [d]));
      actions.push(edit(`Ignore ‘${data.surface}’`, { op: 'ignore', term: data.surface }, CodeActionKind.QuickFix, [d]));
    }
  }
  if (!options.canWriteCodebook) return actions;

  // What the actions are about: the selection, else the entity or term, else the word under the cursor.
  const start = offsetAt(src, range.start);
  const end = offsetAt(src, range.end);
  const item = ctx.q.itemAt(uri, start);
  let text: string;
  if (end > start && doc.text.slice(start, end).trim() && !/[\r\n]/.test(doc.text.slice(start, end).trim())) text = doc.text.slice(start, end).trim();
  else if (item) text = doc.text.slice(item.start, item.end);
  else {
    const w = wordAt(doc.text, start);
    if (!w) return actions;
    text = doc.text.slice(w.start, w.end);
  }
  if (!text || text.length > 100) return actions;
  const entity = item?.kind === 'entity' && doc.text.slice(item.start, item.end) === text ? ctx.q.entity(item.id) : undefined;
  const term = item && item.kind !== 'entity' && doc.text.slice(item.start, item.end) === text ? ctx.q.term(item.id) : undefined;
  const termName = term?.label ?? text;

  // Add the term to the codebook. On a name, an alias, ignore or a note is what the analyst wants
  // (a misspelt place offered one entry per category beside its fixes). Elsewhere one entry per
  // likely category, the marker's own and the analyst's own, and the rest through the client's
  // prompt, which lists every category; a client that cannot prompt gets one entry per category.
  const client = (command: string) => options.clientCommands.has(command);
  if (!entity) {
    const existing = findTerm(ctx.codebook, text);
    const prompts = client(ClientCommand.addToCodebook);
    const likely = (c: CategoryInfo) => c.id === term?.category || c.source === 'codebook' || !prompts;
    const offered = categories(ctx.codebook).filter((c) => c.id !== 'scare-quote' && existing?.category !== c.id && likely(c));
    for (const c of offered) actions.push(edit(`Add ‘${text}’ to the codebook as ${c.label}`, { op: 'addTerm', term: text, category: c.id }));
    if (prompts) actions.push({ title: `Add ‘${text}’ to the codebook under ${offered.length ? 'another' : 'a'} category…`, kind: CODEBOOK_ACTION_KIND, command: Command.create('Add to codebook…', ClientCommand.addToCodebook, { term: text }) });
  }

  // Mark as an alias of a known entity: a name or a plain word, not a rhetoric marker or key term;
  // not again an entity the misspelling's "Keep" above makes it an alias of.
  if (!term) {
    const kept = new Set(actions.map((a) => a.command?.arguments?.[0] as CodebookEdit | undefined).flatMap((op) => (op?.op === 'addAlias' && op.alias === text ? [op.entity] : [])));
    const targets = aliasTargets(ctx, text, entity);
    for (const t of targets) if (!kept.has(t)) actions.push(edit(`Mark ‘${text}’ as an alias of ${t}`, { op: 'addAlias', entity: t, alias: text }));
    if (client(ClientCommand.markAlias)) actions.push({ title: `Mark ‘${text}’ as an alias of…`, kind: CODEBOOK_ACTION_KIND, command: Command.create('Mark as alias…', ClientCommand.markAlias, { alias: text, candidates: targets }) });
  }

  // Ignore (unless a misspelling's quick fix above offers it already: the menu listed it twice).
  const ignore = `Ignore ‘${termName}’`;
  if (!actions.some((a) => a.title === ignore)) actions.push(edit(ignore, { op: 'ignore', term: termName }));

  // Notes (typed in a prompt the client shows).
  if (!client(ClientCommand.addNote)) return actions;
  if (entity) {
    const declared = findEntity(ctx.codebook, entity.name) ?? entity.aliases.map((a) => findEntity(ctx.codebook, a)).find(Boolean);
    const name = declared?.name ?? entity.name;
    actions.push(noteAction(name, 'entity', declared?.note, { type: entity.type }));
  } else {
    const declared = findTerm(ctx.codebook, termName);
    actions.push(noteAction(declared?.term ?? termName, 'term', declared?.note, { category: declared?.category ?? term?.category }));
    const asEntity = findEntity(ctx.codebook, text);
    if (asEntity) actions.push(noteAction(asEntity.name, 'entity', asEntity.note, {}));
  }
  return actions;
}

function edit(title: string, op: CodebookEdit, kind: string = CODEBOOK_ACTION_KIND, diagnostics?: Diagnostic[]): CodeAction {
  return { title, kind, diagnostics, command: Command.create(title, ServerCommand.codebookEdit, op) };
}

function noteAction(name: string, kind: 'entity' | 'term', note: string | undefined, extra: { type?: string; category?: string }): CodeAction {
  const title = `${note ? 'Edit the' : 'Add a'} note on ${name}…`;
  return { title, kind: CODEBOOK_ACTION_KIND, command: Command.create(title, ClientCommand.addNote, { kind, name, note: note ?? '', ...extra }) };
}

/**
 * Entities a name may belong to: those sharing a word with it or a letter away, most mentioned
 * first; for a name the text marks, only entities of its type ("Prance", a place, is no alias of
 * the person Vance nor of the organization "Government of Prance").
 */
function aliasTargets(ctx: FeatureContext, text: string, self?: { readonly id: string; readonly type: string }): string[] {
  const words = new Set(text.toLowerCase().split(/\s+/).filter((w) => w.length > 2));
  const t = text.toLowerCase();
  const out: string[] = [];
  for (const e of ctx.q.entities()) {
    if (e.id === self?.id || (self && e.type !== self.type) || out.length >= MAX_ALIAS_TARGETS) continue;
    if (e.name.toLowerCase() === t || e.aliases.some((a) => a.toLowerCase() === t)) continue;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const related = names.some((n) => n.split(/\s+/).some((w) => words.has(w)) || near(n, t));
    if (related) out.push(e.name);
  }
  return out;
}

function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || a.length < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 2 && b.length - i - j <= 2;
}
