/**
 * The Discourse Lens client: starts the language server and owns what needs the editor.
 * Analysis lives in the server; this file only wires VS Code to it.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export interface CorpusStats {
  readonly documents: number;
  readonly words: number;
  readonly characters: number;
  readonly indexing: boolean;
  readonly skipped: number;
}

/** What `activate` returns, for tests and other extensions. */
export interface DiscourseLensApi {
  readonly client: LanguageClient;
  stats(): Promise<CorpusStats>;
}

export async function activate(context: vscode.ExtensionContext): Promise<DiscourseLensApi> {
  const output = vscode.window.createOutputChannel('Discourse Lens', { log: true });
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    synchronize: {
      configurationSection: 'discourseLens',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,article}'),
    },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('discourseLens') },
  };
  client = new LanguageClient('discourseLens', 'Discourse Lens', serverOptions, clientOptions);

  const stats = () => client!.sendRequest<CorpusStats>('discourseLens/stats');
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.name = 'Discourse Lens';
  status.command = 'discourseLens.showOutput';
  const refreshStatus = async () => {
    try {
      const s = await stats();
      status.text = `$(book) ${s.documents} ${s.documents === 1 ? 'article' : 'articles'}${s.indexing ? ' $(sync~spin)' : ''}`;
      status.tooltip = `Discourse Lens: ${s.documents} articles, ${s.words.toLocaleString()} words${s.skipped ? `, ${s.skipped} skipped (see output)` : ''}`;
      status.show();
    } catch {
      // The server is starting or restarting; the next tick will tell.
    }
  };
  const timer = setInterval(refreshStatus, 2000);

  context.subscriptions.push(
    output,
    status,
    { dispose: () => clearInterval(timer) },
    vscode.commands.registerCommand('discourseLens.rescan', async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Discourse Lens: rescanning corpus' },
        () => client!.sendRequest<{ documents: number; skipped: number }>('discourseLens/rescan'),
      );
      void refreshStatus();
      return result;
    }),
    vscode.commands.registerCommand('discourseLens.showOutput', () => output.show(true)),
  );

  await client.start();
  void refreshStatus();
  return { client, stats };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
