/**
 * Corpus overview in a webview: term frequency by article, dispersion of a term across articles,
 * entity co-occurrence. Charts are drawn by chart.js, bundled into media/out/overview.js (no CDN);
 * strict CSP; article titles and labels reach the page as data and are set with textContent.
 */
import * as vscode from 'vscode';
import type { Overview, OverviewHostMessage, OverviewPageMessage } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { Lens, config, errorMessage } from '../lens';
import { openPagePanel } from './html';

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private data: Overview | undefined;
  private ids: readonly string[] | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly lens: Lens,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      lens.onDidChangeCorpus(() => {
        if (!this.panel) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.load(), 500);
      }),
    );
  }

  current(): Overview | undefined {
    return this.data;
  }

  async show(ids?: readonly string[]): Promise<Overview | undefined> {
    this.ids = ids;
    this.reveal();
    return this.load();
  }

  private async load(): Promise<Overview | undefined> {
    try {
      const max = config().get<number>('overview.maxItems', 12);
      const data = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Discourse Lens: corpus overview' }, () =>
        this.lens.overview(this.ids ? { ids: this.ids } : {}),
      );
      this.data = { ...data, frequencies: data.frequencies.slice(0, max), dispersion: data.dispersion.slice(0, max) };
    } catch (e) {
      this.lens.log.warn(`overview: ${errorMessage(e)}`);
      void this.panel?.webview.postMessage({ type: 'error', message: errorMessage(e) } satisfies OverviewHostMessage);
      return undefined;
    }
    void this.panel?.webview.postMessage({ type: 'data', data: this.data } satisfies OverviewHostMessage);
    return this.data;
  }

  private reveal(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    this.panel = openPagePanel(this.extensionUri, { viewType: 'discourseLens.overview', title: 'Corpus overview', column: vscode.ViewColumn.Active }, {
      title: 'Corpus overview',
      script: 'out/overview.js',
      body: `<header><h1>Corpus overview</h1><p id="summary" class="muted">Loading…</p><p id="error" class="error" hidden></p></header>
<main class="overview">
<section id="frequency-section"><h2>Term frequency by article</h2><p id="frequency-note" class="muted"></p><div class="chart"><canvas id="frequency" role="img" aria-label="Frequency of the top terms and entities in each article"></canvas></div>
<details><summary>Table</summary><table id="frequency-table" class="data"></table></details></section>
<section id="dispersion-section"><h2>Dispersion <select id="dispersion-item" aria-label="Term to plot"></select></h2><p id="dispersion-note" class="muted"></p><div class="scroll"><div class="chart" id="dispersion-box"><canvas id="dispersion" role="img" aria-label="Where the term occurs in each article that mentions it"></canvas></div></div></section>
<section id="cooccurrence-section"><h2>Entity co-occurrence (same sentence)</h2><div class="chart"><canvas id="cooccurrence" role="img" aria-label="Pairs of entities named in the same sentence"></canvas></div>
<details><summary>Table</summary><table id="cooccurrence-table" class="data"></table></details></section>
<section id="codes-section" hidden><h2>Codes</h2><p class="muted">The analysts' codings: passages per article, and the codes and entities their passages overlap or share a sentence with (in passages of the code).</p><table id="codes-table" class="data"></table></section>
</main>`,
    });
    this.panel.webview.onDidReceiveMessage(
      (m: OverviewPageMessage) => {
        if (m.type === 'ready' && this.data) void this.panel?.webview.postMessage({ type: 'data', data: this.data } satisfies OverviewHostMessage);
        if (m.type === 'openDocument' && typeof m.uri === 'string' && this.data?.documents.some((d) => d.uri === m.uri)) {
          void vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { preview: true });
        }
      },
      undefined,
      this.disposables,
    );
    this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerOverview(panel: OverviewPanel): vscode.Disposable[] {
  return [
    panel,
    vscode.commands.registerCommand(EditorCommand.showOverview, (args?: { ids?: readonly string[] }) => panel.show(args?.ids)),
  ];
}
