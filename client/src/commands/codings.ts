/**
 * Manual coding in the editor: code the selection (a quick pick of the codebook's categories with
 * search and "New code…"), code with the active ("sticky") code in one keystroke, remove or change
 * the coding at the cursor, add a memo, go to the next/previous coding; codings decorated in their
 * code's colour; the Codings view (views/codingsTree.ts) and its coder filter; coding a concordance line. Thin: the server reads, anchors
 * and writes the codings (discourseLens/*Coding requests) and the codebook (codebookEdit).
 */
import * as vscode from 'vscode';
import { AddCodingRequest, AllCodingsRequest, CategoryInfo, categoryId, CodingInfo, DocumentCodingsRequest, EditorCommand, FindInCodingsRequest, RemoveCodingRequest, UpdateCodingRequest } from '../../../server/src/protocol';
import { Lens, errorMessage, isArticleDocument, revealLocation } from '../lens';
import { CodingsTree } from '../views/codingsTree';

const NEW_CODE = '$(add) New code…';

/** A passage to code (the concordance's lines): the document and range; the code is picked when not given. */
export interface CodePassageArgs {
  readonly uri: string;
  readonly range: vscode.Range;
  readonly code?: string;
}

export function registerCodings(lens: Lens, state: vscode.Memento): vscode.Disposable[] {
  const send = lens.client;
  let activeCode: string | undefined = state.get<string>('discourseLens.activeCode');
  const changed = new vscode.EventEmitter<void>();
  const codingsOf = (doc: vscode.TextDocument) => send.sendRequest(DocumentCodingsRequest, { uri: doc.uri.toString() });

  /** A code from the quick pick (creating a category in the codebook for "New code…"). */
  const pickCode = async (title: string): Promise<string | undefined> => {
    const cats: readonly CategoryInfo[] = await lens.categories();
    const items: (vscode.QuickPickItem & { id?: string })[] = [{ label: NEW_CODE, alwaysShow: true }, ...cats.map((c) => ({ label: c.label, description: c.id === activeCode ? `${c.id} (active)` : c.id, id: c.id }))];
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Search the codes', matchOnDescription: true });
    if (!picked) return undefined;
    if (picked.id) return picked.id;
    const label = (await vscode.window.showInputBox({ title: 'New code', prompt: 'The code’s name (added to the codebook as a category)' }))?.trim();
    if (!label) return undefined;
    const existing = cats.find((c) => c.label.toLowerCase() === label.toLowerCase() || c.id === label);
    if (existing) return existing.id; // never a duplicate code
    const id = categoryId(label, 'code');
    const r = await lens.codebookEdit({ op: 'addCategory', id, label });
    if (!r.applied && r.message) void vscode.window.showWarningMessage(`Discourse Lens: ${r.message}`);
    return id;
  };

  /** Codes [start, end) of a document; the code becomes the active one. */
  const codePassage = async (uri: string, start: number, end: number, codeId: string) => {
    try {
      const added = await send.sendRequest(AddCodingRequest, { uri, start, end, code: codeId });
      activeCode = codeId;
      await state.update('discourseLens.activeCode', codeId);
      changed.fire();
      return added;
    } catch (e) {
      void vscode.window.showErrorMessage(`Discourse Lens: ${errorMessage(e)}`);
      return undefined;
    }
  };

  const code = async (editor: vscode.TextEditor | undefined, codeId: string | undefined) => {
    if (!editor || !codeId) return undefined;
    const doc = editor.document;
    const sel = editor.selection;
    if (sel.isEmpty) {
      void vscode.window.showInformationMessage('Discourse Lens: select the passage to code.');
      return undefined;
    }
    return codePassage(doc.uri.toString(), doc.offsetAt(sel.start), doc.offsetAt(sel.end), codeId);
  };

  /** The coding under the cursor (the innermost one when several overlap). */
  const atCursor = async (editor: vscode.TextEditor | undefined): Promise<CodingInfo | undefined> => {
    if (!editor) return undefined;
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = (await codingsOf(editor.document)).filter((c) => !c.orphaned && c.start <= offset && offset <= c.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    if (!here.length) void vscode.window.showInformationMessage('Discourse Lens: no coding at the cursor.');
    return here[0];
  };

  const go = async (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const list = (await codingsOf(editor.document)).filter((c) => !c.orphaned);
    const next = direction > 0 ? list.find((c) => c.start > offset) ?? list[0] : [...list].reverse().find((c) => c.start < offset) ?? list[list.length - 1];
    if (!next) return;
    const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const decorations = new CodingDecorations(lens, codingsOf);
  const tree = new CodingsTree(lens);
  const view = vscode.window.createTreeView('discourseLens.codings', { treeDataProvider: tree, showCollapseAll: true });
  changed.event(() => {
    void decorations.refresh();
    tree.refresh();
  });
  lens.onDidChangeCorpus(() => changed.fire());

  return [
    changed,
    decorations,
    view,
    vscode.commands.registerCommand(EditorCommand.filterCodingsByCoder, async (coder?: string | null) => {
      if (coder === undefined) {
        const coders = [...new Set((await send.sendRequest(AllCodingsRequest, null)).map((x) => x.coding.coder))].sort();
        const ALL = 'All coders';
        const picked = await vscode.window.showQuickPick([ALL, ...coders], { title: 'Show the codings of', placeHolder: tree.coder ?? ALL });
        if (picked === undefined) return tree.coder;
        coder = picked === ALL ? null : picked;
      }
      tree.coder = coder ?? undefined;
      view.description = tree.coder ? `coder: ${tree.coder}` : undefined;
      return tree.coder;
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void decorations.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) decorations.schedule();
    }),
    vscode.commands.registerCommand(EditorCommand.codeSelection, async () => code(vscode.window.activeTextEditor, await pickCode('Code the selection'))),
    vscode.commands.registerCommand(EditorCommand.codeWithActiveCode, async () => code(vscode.window.activeTextEditor, activeCode ?? (await pickCode('Code the selection (this becomes the active code)')))),
    vscode.commands.registerCommand(EditorCommand.removeCoding, async () => {
      const c = await atCursor(vscode.window.activeTextEditor);
      if (c && (await send.sendRequest(RemoveCodingRequest, { id: c.id }))) changed.fire();
    }),
    vscode.commands.registerCommand(EditorCommand.changeCoding, async () => {
      const c = await atCursor(vscode.window.activeTextEditor);
      const codeId = c && (await pickCode(`Change the code of “${c.text.slice(0, 40)}”`));
      if (c && codeId && (await send.sendRequest(UpdateCodingRequest, { id: c.id, code: codeId }))) changed.fire();
    }),
    vscode.commands.registerCommand(EditorCommand.addCodingMemo, async () => {
      const c = await atCursor(vscode.window.activeTextEditor);
      if (!c) return;
      const memo = await vscode.window.showInputBox({ title: `Memo on “${c.text.slice(0, 40)}”`, value: c.memo ?? '', prompt: 'Empty removes the memo' });
      if (memo !== undefined && (await send.sendRequest(UpdateCodingRequest, { id: c.id, memo }))) changed.fire();
    }),
    vscode.commands.registerCommand(EditorCommand.revealCoding, async (uri: string, start: number, end: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      await revealLocation(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
    }),
    vscode.commands.registerCommand(EditorCommand.codeConcordanceLine, async (args?: CodePassageArgs) => {
      if (!args?.uri || !args.range) return undefined;
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Discourse Lens writes no codings in an untrusted workspace.');
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      const passage = doc.getText(args.range).replace(/\s+/g, ' ');
      const codeId = args.code ?? (await pickCode(`Code “${passage.slice(0, 40)}” (${vscode.workspace.asRelativePath(doc.uri)})`));
      return codeId ? codePassage(doc.uri.toString(), doc.offsetAt(args.range.start), doc.offsetAt(args.range.end), codeId) : undefined;
    }),
    // Given a query (another command, a test), it answers with the codings and prompts nothing.
    vscode.commands.registerCommand(EditorCommand.findInCodings, async (given?: string) => {
      let query = given;
      query ??= await vscode.window.showInputBox({ title: 'Find in codings', prompt: 'Text of the coded passages or of their memos, or a code' });
      if (!query?.trim()) return undefined;
      const found = await send.sendRequest(FindInCodingsRequest, { query });
      if (given !== undefined) return found;
      if (!found.length) {
        void vscode.window.showInformationMessage(`Discourse Lens: no coding holds “${query}”.`);
        return found;
      }
      const picked = await vscode.window.showQuickPick(
        found.map((x) => ({ label: x.coding.text.replace(/\s+/g, ' ').slice(0, 100), description: `${x.coding.code} · ${x.coding.coder}`, detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(x.uri))}${x.coding.memo ? ` · ✎ ${x.coding.memo.replace(/\s+/g, ' ').slice(0, 80)}` : ''}`, x })),
        { title: `${found.length} coding${found.length === 1 ? '' : 's'} with “${query}”`, matchOnDescription: true, matchOnDetail: true },
      );
      if (picked) await vscode.commands.executeCommand(EditorCommand.revealCoding, picked.x.uri, picked.x.coding.start, picked.x.coding.end);
      return found;
    }),
    vscode.commands.registerCommand(EditorCommand.nextCoding, () => go(1)),
    vscode.commands.registerCommand(EditorCommand.previousCoding, () => go(-1)),
  ];
}

/** Each live coding of the active editor, underlined in its code's colour (overlaps stay visible). */
class CodingDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly lens: Lens,
    private readonly codingsOf: (doc: vscode.TextDocument) => Thenable<CodingInfo[]>,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticleDocument(editor.document)) return;
    const [codings, cats] = await Promise.all([this.codingsOf(editor.document), this.lens.categories()]);
    const colour = new Map(cats.map((c) => [c.id, c.color]));
    const byColour = new Map<string, vscode.DecorationOptions[]>();
    for (const c of codings) {
      if (c.orphaned) continue;
      const col = colour.get(c.code) ?? '#8e7cc3';
      let list = byColour.get(col);
      if (!list) byColour.set(col, (list = []));
      list.push({ range: new vscode.Range(editor.document.positionAt(c.start), editor.document.positionAt(c.end)) });
    }
    for (const [col, type] of this.types) if (!byColour.has(col)) editor.setDecorations(type, []);
    for (const [col, list] of byColour) {
      let type = this.types.get(col);
      if (!type) this.types.set(col, (type = vscode.window.createTextEditorDecorationType({ backgroundColor: `${col.slice(0, 7)}22`, borderStyle: 'none none solid none', borderWidth: '2px', borderColor: col.slice(0, 7) })));
      editor.setDecorations(type, list);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.types.values()) t.dispose();
  }
}
