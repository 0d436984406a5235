/** Status bar item: corpus size, entities and terms, and a spinner while the server indexes. */
import * as vscode from 'vscode';
import type { CorpusStats } from '../../server/src/protocol';
import { EditorCommand } from '../../server/src/protocol';
import { Lens, config } from './lens';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('discourseLens.status', vscode.StatusBarAlignment.Left, 10);
  private timer: NodeJS.Timeout | undefined;
  private last: CorpusStats | undefined;
  private readonly sub: vscode.Disposable;

  constructor(private readonly lens: Lens) {
    this.item.name = 'Discourse Lens';
    this.item.command = EditorCommand.showOutput;
    this.sub = lens.onDidChangeCorpus(() => void this.refresh());
    this.tick();
  }

  get stats(): CorpusStats | undefined {
    return this.last;
  }

  private tick(): void {
    // Poll fast while indexing, slowly otherwise (the corpus-changed notification covers the rest).
    this.timer = setTimeout(async () => {
      await this.refresh();
      this.tick();
    }, this.last?.indexing === false ? 5000 : 1000);
  }

  async refresh(): Promise<void> {
    if (!config().get<boolean>('statusBar.enabled', true)) {
      this.item.hide();
      return;
    }
    try {
      const s = await this.lens.stats();
      // The views' welcome text says "indexing" instead of "no entities" while this is set.
      if (s.indexing !== this.last?.indexing) void vscode.commands.executeCommand('setContext', 'discourseLens.indexing', s.indexing);
      this.last = s;
      const n = (x: number | undefined) => (x ?? 0).toLocaleString();
      this.item.text = `${s.indexing ? '$(sync~spin)' : '$(book)'} ${n(s.documents)} ${s.documents === 1 ? 'article' : 'articles'}`;
      const md = new vscode.MarkdownString(undefined, true);
      md.appendMarkdown(`**Discourse Lens**${s.indexing ? ' — indexing…' : ''}\n\n`);
      md.appendText(`${n(s.documents)} articles, ${n(s.words)} words\n`);
      md.appendText(s.entities === null || s.terms === null ? 'entities and terms: counted when indexing ends' : `${n(s.entities)} entities, ${n(s.terms)} terms`);
      if (s.skipped) md.appendText(`\n${s.skipped} skipped (see the output)`);
      md.appendMarkdown('\n\n[Overview](command:discourseLens.showOverview) · [Rescan](command:discourseLens.rescan) · [Output](command:discourseLens.showOutput)');
      md.isTrusted = { enabledCommands: [EditorCommand.showOverview, EditorCommand.rescan, EditorCommand.showOutput] };
      this.item.tooltip = md;
      this.item.accessibilityInformation = { label: `Discourse Lens: ${s.documents} articles${s.indexing ? ', indexing' : ''}` };
      this.item.show();
    } catch {
      // The server is starting or restarting; the next tick will tell.
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.item.dispose();
  }
}
