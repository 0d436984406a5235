/**
 * Intercoder agreement in a webview: the server's agreement report (every pair of coders, per code
 * and overall: percent agreement, Cohen's κ, Krippendorff's α; the passages where they differ,
 * with their text). Strict CSP; the report reaches the page as data and is rendered with
 * textContent (passages are article text, coder names and codes the analysts'); a passage opens
 * only by its index into the report the extension sent, never by a link from the text.
 */
import * as vscode from 'vscode';
import { AgreementHostMessage, AgreementJson, AgreementPageMessage, AgreementRequest, EditorCommand } from '../../../server/src/protocol';
import { Lens, errorMessage, revealLocation } from '../lens';
import { openPagePanel } from './html';

export class AgreementPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: AgreementJson | undefined;
  private labels: Record<string, string> = {};
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly lens: Lens,
    private readonly extensionUri: vscode.Uri,
  ) {}

  current(): AgreementJson | undefined {
    return this.report;
  }

  async show(): Promise<AgreementJson | undefined> {
    this.reveal();
    return this.load();
  }

  private async load(): Promise<AgreementJson | undefined> {
    try {
      const [report, cats] = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Discourse Lens: intercoder agreement' }, () =>
        Promise.all([this.lens.client.sendRequest(AgreementRequest, {}), this.lens.categories()]),
      );
      this.report = report;
      this.labels = Object.fromEntries(cats.map((c) => [c.id, c.label]));
    } catch (e) {
      void this.panel?.webview.postMessage({ type: 'error', message: errorMessage(e) } satisfies AgreementHostMessage);
      return undefined;
    }
    this.post();
    return this.report;
  }

  private post(): void {
    if (this.report) void this.panel?.webview.postMessage({ type: 'data', report: this.report, labels: this.labels } satisfies AgreementHostMessage);
  }

  private reveal(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    this.panel = openPagePanel(this.extensionUri, { viewType: 'discourseLens.agreement', title: 'Intercoder agreement', column: vscode.ViewColumn.Active }, {
      title: 'Intercoder agreement',
      script: 'out/agreement.js',
      body: `<header><h1>Intercoder agreement</h1>
<div class="toolbar"><span id="summary" class="muted">Loading…</span><button id="refresh" title="Compute the report again">Refresh</button></div>
<p id="error" class="error" hidden></p></header>
<main id="report"></main>`,
    });
    this.panel.webview.onDidReceiveMessage((m: AgreementPageMessage) => this.receive(m), undefined, this.disposables);
    this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
  }

  private async receive(m: AgreementPageMessage): Promise<void> {
    if (m?.type === 'ready') this.post();
    else if (m?.type === 'refresh') await this.load();
    else if (m?.type === 'open' && Number.isInteger(m.pair) && Number.isInteger(m.index) && typeof m.code === 'string') {
      const d = this.report?.pairs[m.pair]?.codes[m.code]?.differences[m.index];
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      // The source comes from a codings file: only a path inside the workspace folder is opened.
      if (!d || !folder || d.source.split('/').some((part) => part === '..' || part === '')) return;
      const uri = vscode.Uri.joinPath(folder, ...d.source.split('/'));
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await revealLocation(uri, new vscode.Range(doc.positionAt(d.start), doc.positionAt(d.end)), false);
      } catch (e) {
        void vscode.window.showErrorMessage(`Discourse Lens: ${errorMessage(e)}`);
      }
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerAgreement(panel: AgreementPanel): vscode.Disposable[] {
  return [panel, vscode.commands.registerCommand(EditorCommand.showAgreement, () => panel.show())];
}
