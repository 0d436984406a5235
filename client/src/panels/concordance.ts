/**
 * Concordance (keyword in context) in a webview panel: one line per mention, sortable by the left
 * or right context, each line a link to its place. The extension sorts (the webview only renders
 * what it is sent, with textContent), and opens locations when the page posts `open`.
 */
import * as vscode from 'vscode';
import { Lens, config, errorMessage, revealLocation } from '../lens';
import type { ConcordanceHostMessage, ConcordancePageMessage, ConcordancePageState } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { KwicLine, KwicSort, sortKwic } from './concordanceSort';
import { escapeHtml } from './escape';
import { openPagePanel } from './html';
import type { CodePassageArgs } from '../commands/codings';

export interface ConcordanceArgs {
  /** Entity or term id. */
  readonly id?: string;
  /** A phrase (or id) to search for. */
  readonly query?: string;
  readonly term?: string;
  readonly sort?: KwicSort;
}

export type ConcordanceState = ConcordancePageState;

export class ConcordancePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: ConcordanceState | undefined;
  /** The editor group the articles were in when the concordance opened: its lines open there. */
  private articleColumn: vscode.ViewColumn | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly lens: Lens,
    private readonly extensionUri: vscode.Uri,
  ) {}

  current(): ConcordanceState | undefined {
    return this.state;
  }

  async show(query: string, sort: KwicSort = config().get<KwicSort>('concordance.sort', 'document')): Promise<ConcordanceState | undefined> {
    let result;
    try {
      result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Discourse Lens: concordance' }, () =>
        this.lens.concordance({ query, width: config().get<number>('concordance.width', 60), limit: config().get<number>('concordance.limit', 1000) }),
      );
    } catch (e) {
      void vscode.window.showErrorMessage(`Discourse Lens: concordance failed: ${errorMessage(e)}`);
      return undefined;
    }
    const lines: KwicLine[] = result.lines.map((l) => ({
      uri: l.uri,
      title: l.title,
      left: l.left,
      text: l.text,
      right: l.right,
      start: l.start,
      line: l.range.start.line,
      character: l.range.start.character,
      endLine: l.range.end.line,
      endCharacter: l.range.end.character,
    }));
    this.state = { query: result.query, label: result.label || query, sort, lines: sortKwic(lines, sort) };
    await this.reveal();
    void this.post();
    return this.state;
  }

  sort(by: KwicSort): ConcordanceState | undefined {
    if (!this.state) return undefined;
    this.state = { ...this.state, sort: by, lines: sortKwic(this.state.lines, by) };
    void this.post();
    return this.state;
  }

  private async reveal(): Promise<void> {
    const title = `Concordance: ${this.state?.label ?? ''}`;
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, true);
      return;
    }
    // Concordance lines are wide and few at a time: a group of its own below the article, as wide
    // as the editors (beside it, half as wide, titles and contexts were cut to a few letters).
    // Lines then open in the article's group, not over the concordance.
    this.articleColumn = vscode.window.activeTextEditor?.viewColumn;
    await vscode.commands.executeCommand('workbench.action.newGroupBelow');
    this.panel = openPagePanel(this.extensionUri, { viewType: 'discourseLens.concordance', title, column: { viewColumn: vscode.ViewColumn.Active, preserveFocus: true } }, {
      title: 'Concordance',
      script: 'out/concordance.js',
      body: `<header><h1 id="title">${escapeHtml(this.state?.label ?? '')}</h1>
<div class="toolbar" role="toolbar">
  <span id="count"></span>
  <button data-sort="left" title="Sort by the words left of the keyword, nearest first">Sort by left</button>
  <button data-sort="right" title="Sort by the words right of the keyword">Sort by right</button>
  <button data-sort="document" title="Corpus order">By article</button>
</div></header>
<main><table id="kwic" class="kwic"><colgroup><col class="doc"><col class="left"><col class="kw" id="kw-col"><col class="right"><col class="act"></colgroup><tbody></tbody></table><p id="empty" hidden>No occurrences.</p></main>`,
      state: this.state,
    });
    this.panel.webview.onDidReceiveMessage((m: ConcordancePageMessage) => this.receive(m), undefined, this.disposables);
    this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
  }

  private post(): Thenable<boolean> | undefined {
    return this.panel?.webview.postMessage({ type: 'data', state: this.state } satisfies ConcordanceHostMessage);
  }

  private async receive(m: ConcordancePageMessage): Promise<void> {
    if (m.type === 'ready') void this.post();
    else if (m.type === 'sort' && ['left', 'right', 'document'].includes(m.by)) this.sort(m.by);
    else if (m.type === 'code' && this.state && Number.isInteger(m.index)) {
      const l = this.state.lines[m.index];
      if (l) await vscode.commands.executeCommand(EditorCommand.codeConcordanceLine, { uri: l.uri, range: new vscode.Range(l.line, l.character, l.endLine, l.endCharacter) } satisfies CodePassageArgs);
    } else if (m.type === 'open' && this.state && Number.isInteger(m.index)) {
      const l = this.state.lines[m.index];
      if (l) await revealLocation(vscode.Uri.parse(l.uri), new vscode.Range(l.line, l.character, l.endLine, l.endCharacter), false, this.articleColumn);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerConcordance(lens: Lens, panel: ConcordancePanel): vscode.Disposable[] {
  return [
    panel,
    vscode.commands.registerCommand(EditorCommand.showConcordance, async (args?: ConcordanceArgs) => {
      let query = args?.id ?? args?.query ?? args?.term;
      if (!query) {
        const editor = vscode.window.activeTextEditor;
        if (editor) {
          const item = await lens.itemAt(editor.document.uri, editor.selection.active).catch(() => null);
          if (item && item.kind !== 'word') query = item.id;
          else {
            const sel = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
            const initial = sel ? editor.document.getText(sel) : item?.label;
            query = await vscode.window.showInputBox({ title: 'Concordance', prompt: 'Word or phrase (whole words, any case)', value: initial ?? '' });
          }
        } else {
          query = await vscode.window.showInputBox({ title: 'Concordance', prompt: 'Word or phrase (whole words, any case)' });
        }
      }
      if (!query?.trim()) return undefined;
      return panel.show(query.trim(), args?.sort);
    }),
    vscode.commands.registerCommand(EditorCommand.sortConcordance, async (by?: KwicSort) => {
      by ??= (await vscode.window.showQuickPick(['left', 'right', 'document'] as KwicSort[], { title: 'Sort the concordance by' })) as KwicSort | undefined;
      return by ? panel.sort(by) : undefined;
    }),
  ];
}
