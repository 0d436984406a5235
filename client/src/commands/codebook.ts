/**
 * Codebook commands: add note, add to codebook, mark as alias, ignore term, open the codebook.
 * The same operations as the server's code actions (which call these commands with arguments);
 * called without arguments they work on the item under the cursor and prompt for the rest.
 * Every edit goes through the server's CodebookEditRequest, which keeps comments and writes atomically.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { AddNoteArgs, categoryId, ClientCommand, CodebookEdit, CodebookEditResult, EditorCommand, ItemAt, ShowItemsArgs } from '../../../server/src/protocol';
import { Lens, errorMessage, folderConfig, toLocation, toPosition } from '../lens';

export const CODEBOOK_TEMPLATE = `# Discourse Lens codebook
#
# Your declarations for this corpus. Discourse Lens reads this file when it changes, and its
# commands (Add Note, Add to Codebook, Mark as Alias, Ignore Term) edit it keeping your comments.
#
# categories: your own rhetoric categories, with a colour for the highlights.
#   - id: threat
#     label: Threat
#     color: "#d62728"
#     description: Words that present the other side as a danger.
#
# terms: words and phrases to mark, each in a category (built-in or yours).
#   - term: junta
#     category: name-calling
#     variants: [juntas]
#     note: Delegitimises the government.
#
# entities: names, their type (person, place, organization, group, date, event) and aliases.
#   - name: Vladimir Putin
#     type: person
#     aliases: [Putin, President Putin]
#     note: Russian president.
#
# ignore: words and names never marked.
#   - Reuters
`;

const DEFAULT_CODEBOOK = 'codebook.yaml';

/** Absolute path of the codebook of the first workspace folder (setting `discourseLens.codebook`). */
export function codebookPath(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  if (!folder) return undefined;
  // The same resolution as the server's: the setting, else an existing codebook.{yaml,yml,json}.
  const rel = (folderConfig().get<string>('codebook', DEFAULT_CODEBOOK) || DEFAULT_CODEBOOK).trim();
  if (path.isAbsolute(rel)) return rel;
  const configured = path.join(folder.uri.fsPath, rel);
  if (rel !== DEFAULT_CODEBOOK || fs.existsSync(configured)) return configured;
  for (const name of ['codebook.yaml', 'codebook.yml', 'codebook.json']) {
    const f = path.join(folder.uri.fsPath, name);
    if (fs.existsSync(f)) return f;
  }
  return configured;
}

/** Creates the codebook from the template if it does not exist. Never overwrites: exclusive create. */
export async function ensureCodebook(file: string): Promise<boolean> {
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, CODEBOOK_TEMPLATE, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Discourse Lens writes nothing in an untrusted workspace. Trust the workspace to edit the codebook.');
  return false;
}

/** The item under the cursor of the active article editor. */
async function itemUnderCursor(lens: Lens): Promise<{ item?: ItemAt; selected?: string }> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return {};
  const selected = editor.selection.isEmpty ? undefined : editor.document.getText(editor.selection).trim() || undefined;
  const item = (await lens.itemAt(editor.document.uri, editor.selection.active).catch(() => null)) ?? undefined;
  return { item, selected };
}

function wordUnderCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u);
  return range ? editor.document.getText(range) : undefined;
}

/**
 * The text a command acts on: the one it was given, else what the user types in a box offering the
 * selection, the item under the cursor (if `offerItem` takes it) or the word there; undefined when
 * the box is left empty.
 */
async function givenOrAsked(lens: Lens, given: string | undefined, box: { title: string; prompt: string }, offerItem: (item: ItemAt) => boolean = () => true): Promise<string | undefined> {
  if (given) return given;
  const { item, selected } = await itemUnderCursor(lens);
  const offered = selected ?? (item && offerItem(item) ? item.label : undefined) ?? wordUnderCursor();
  const typed = await vscode.window.showInputBox({ ...box, value: offered ?? '' });
  return typed?.trim() ? typed : undefined;
}

async function apply(lens: Lens, edits: CodebookEdit[]): Promise<CodebookEditResult | undefined> {
  let result: CodebookEditResult | undefined;
  try {
    for (const edit of edits) {
      result = await lens.codebookEdit(edit);
      lens.log.info(`codebook ${edit.op}: ${result.applied ? 'applied' : 'unchanged'}${result.message ? ` (${result.message})` : ''} → ${result.path}`);
    }
  } catch (e) {
    lens.log.error(`codebook edit failed: ${errorMessage(e)}`);
    void vscode.window.showErrorMessage(`Discourse Lens: ${errorMessage(e)}`);
    return undefined;
  }
  if (result?.message) void vscode.window.setStatusBarMessage(`Discourse Lens: ${result.message}`, 4000);
  return result;
}

export interface AddNoteCommandArgs extends Partial<AddNoteArgs> {
  /** An entity or term id instead of kind + name. */
  readonly id?: string;
  /** The new note: given, nothing is prompted. */
  readonly value?: string;
}
export interface AddToCodebookArgs {
  readonly term?: string;
  readonly category?: string;
  /** Label (and colour) when `category` is new. */
  readonly categoryLabel?: string;
  readonly color?: string;
}
export interface MarkAliasArgs {
  readonly alias?: string;
  /** Entity names to choose from (from the server's code action). */
  readonly candidates?: readonly string[];
  /** The entity: given, nothing is prompted. */
  readonly entity?: string;
}
export interface IgnoreArgs {
  readonly term?: string;
}

const NEW_CATEGORY = '$(add) New category…';

export function registerCodebookCommands(lens: Lens): vscode.Disposable[] {
  const addNote = async (args?: AddNoteCommandArgs) => {
    if (!requireTrust()) return undefined;
    let kind = args?.kind;
    let name = args?.name;
    let category = args?.category;
    const type = args?.type;
    if ((!kind || !name) && args?.id) {
      const id = args.id;
      if (id.startsWith('entity:')) {
        const e = (await lens.entities()).find((x) => x.id === id);
        kind = 'entity';
        name = e?.name;
      } else {
        const t = (await lens.terms()).find((x) => x.id === id);
        kind = 'term';
        name = t?.label;
        category ??= t?.category;
      }
    }
    if (!kind || !name) {
      const { item } = await itemUnderCursor(lens);
      if (!item || item.kind === 'word') {
        void vscode.window.showInformationMessage('Discourse Lens: put the cursor on an entity or a term to add a note.');
        return undefined;
      }
      kind = item.kind === 'entity' ? 'entity' : 'term';
      name = item.label;
      if (item.kind === 'rhetoric' && item.id.startsWith('term:')) category ??= item.id.split(':')[1];
    }
    const note =
      args?.value ??
      (await vscode.window.showInputBox({
        title: `Note on ${kind} “${name}”`,
        prompt: 'Saved in the codebook; an empty note removes it.',
        value: args?.note ?? '',
      }));
    if (note === undefined) return undefined;
    return apply(lens, [{ op: 'setNote', target: { kind, name, ...(category ? { category } : {}), ...(type ? { type } : {}) }, note }]);
  };

  const addToCodebook = async (args?: AddToCodebookArgs) => {
    if (!requireTrust()) return undefined;
    const asked = await givenOrAsked(lens, args?.term, { title: 'Add to the codebook', prompt: 'Term or phrase' }, (item) => item.kind !== 'entity');
    if (!asked) return undefined;
    const term = asked.trim();
    let category = args?.category;
    let newCategory: { id: string; label: string; color?: string } | undefined;
    if (!category) {
      const categories = await lens.categories().catch(() => []);
      const pick = await vscode.window.showQuickPick(
        [
          ...categories.map((c) => ({ label: c.label, description: c.id, detail: c.description, id: c.id })),
          { label: NEW_CATEGORY, id: '' },
        ],
        { title: `Category of “${term}”`, matchOnDescription: true },
      );
      if (!pick) return undefined;
      if (pick.id) category = pick.id;
      else {
        const label = await vscode.window.showInputBox({ title: 'New category', prompt: 'Label, e.g. "Threat"' });
        if (!label?.trim()) return undefined;
        category = slug(label);
        newCategory = { id: category, label: label.trim() };
      }
    } else if (args?.categoryLabel) {
      newCategory = { id: category, label: args.categoryLabel, color: args.color };
    }
    const edits: CodebookEdit[] = [];
    if (newCategory) edits.push({ op: 'addCategory', ...newCategory });
    edits.push({ op: 'addTerm', term, category });
    return apply(lens, edits);
  };

  const markAlias = async (args?: MarkAliasArgs) => {
    if (!requireTrust()) return undefined;
    const alias = await givenOrAsked(lens, args?.alias, { title: 'Mark as alias', prompt: 'The name that is an alias' });
    if (!alias) return undefined;
    let entity = args?.entity;
    if (!entity) {
      const entities = await lens.entities().catch(() => []);
      const candidates = new Set(args?.candidates ?? []);
      const items = [...entities]
        .filter((e) => e.name !== alias)
        .sort((a, b) => Number(candidates.has(b.name)) - Number(candidates.has(a.name)) || b.mentions - a.mentions)
        .map((e) => ({ label: e.name, description: `${e.type} · ${e.mentions} mentions`, detail: e.aliases.length > 1 ? e.aliases.join(', ') : undefined }));
      for (const c of candidates) if (!items.some((i) => i.label === c)) items.unshift({ label: c, description: 'suggested', detail: undefined });
      const pick = await vscode.window.showQuickPick(items, { title: `“${alias}” is another name of…`, matchOnDetail: true });
      if (!pick) return undefined;
      entity = pick.label;
    }
    return apply(lens, [{ op: 'addAlias', entity, alias: alias.trim() }]);
  };

  const ignoreTerm = async (args?: IgnoreArgs) => {
    if (!requireTrust()) return undefined;
    const term = await givenOrAsked(lens, args?.term, { title: 'Ignore', prompt: 'Word or name never to mark' });
    if (!term) return undefined;
    return apply(lens, [{ op: 'ignore', term: term.trim() }]);
  };

  const openCodebook = async () => {
    const file = codebookPath();
    if (!file) {
      void vscode.window.showInformationMessage('Discourse Lens: open a folder to have a codebook.');
      return undefined;
    }
    if (!fs.existsSync(file)) {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showInformationMessage('Discourse Lens: this untrusted workspace has no codebook, and none is created until you trust it.');
        return undefined;
      }
      if (await ensureCodebook(file)) lens.log.info(`created the codebook ${file}`);
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc, { preview: false });
    return file;
  };

  const showLocations = async (args?: ShowItemsArgs) => {
    if (!args) return;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      vscode.Uri.parse(args.uri),
      toPosition(args.position),
      args.locations.map(toLocation),
    );
  };

  return [
    vscode.commands.registerCommand(ClientCommand.addNote, addNote),
    vscode.commands.registerCommand(ClientCommand.addToCodebook, addToCodebook),
    vscode.commands.registerCommand(ClientCommand.markAlias, markAlias),
    vscode.commands.registerCommand(EditorCommand.ignoreTerm, ignoreTerm),
    vscode.commands.registerCommand(EditorCommand.openCodebook, openCodebook),
    vscode.commands.registerCommand(ClientCommand.showEntities, showLocations),
    vscode.commands.registerCommand(ClientCommand.showTerms, showLocations),
  ];
}

export function slug(label: string): string {
  return categoryId(label);
}
