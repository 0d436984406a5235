/**
 * The Discourse Lens client: starts the language server and wires VS Code to it.
 * Analysis lives in the server; the features live in commands/, decorations/, views/ and panels/.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ClientCommand, CorpusChangedNotification, CorpusStats, EditorCommand, InitializationOptions } from '../../server/src/protocol';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/node/serverEnvironment';
import { registerCodebookCommands } from './commands/codebook';
import { registerCodings } from './commands/codings';
import { AgreementPanel, registerAgreement } from './panels/agreement';
import { registerExport } from './commands/export';
import { registerNavigation } from './commands/navigation';
import { Highlighter, registerHighlightCommands } from './decorations/highlights';
import { HighlightState } from './decorations/state';
import { Lens } from './lens';
import { StatusItem } from './status';
import { isTrusted, watchTrust } from './trust';
import { registerTrees } from './views/trees';
import { ConcordancePanel, registerConcordance } from './panels/concordance';
import { OverviewPanel, registerOverview } from './panels/overview';

export type { CorpusStats };

let client: LanguageClient | undefined;

/** What `activate` returns, for tests and other extensions. */
export interface DiscourseLensApi {
  readonly client: LanguageClient;
  readonly lens: Lens;
  stats(): Promise<CorpusStats>;
  readonly highlights: { readonly state: HighlightState; readonly highlighter: Highlighter };
  readonly concordance: ConcordancePanel;
  readonly overview: OverviewPanel;
  readonly agreement: AgreementPanel;
}

export async function activate(context: vscode.ExtensionContext): Promise<DiscourseLensApi> {
  const output = vscode.window.createOutputChannel('Discourse Lens', { log: true });
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const env = { ...process.env, ...serverEnvironment(process.env) };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'article' },
      { scheme: 'untitled', language: 'article' },
    ],
    synchronize: {
      configurationSection: 'discourseLens',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,article}'), vscode.workspace.createFileSystemWatcher('**/codebook.{yaml,yml,json}')],
    },
    outputChannel: output,
    // cacheDir: where the server keeps analyses for warm starts (per workspace, else global);
    // clientCommands: the commands this client runs for the server's code lenses and code actions.
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('discourseLens'),
      trusted: isTrusted(),
      cacheDir: (context.storageUri ?? context.globalStorageUri).fsPath,
      clientCommands: Object.values(ClientCommand),
    } satisfies InitializationOptions,
  };
  client = new LanguageClient('discourseLens', 'Discourse Lens', serverOptions, clientOptions);
  const lens = new Lens(client, output);
  client.onNotification(CorpusChangedNotification, () => lens.fireCorpusChanged());

  const state = new HighlightState(context.workspaceState);
  const highlighter = new Highlighter(lens, state);
  const concordance = new ConcordancePanel(lens, context.extensionUri);
  const overview = new OverviewPanel(lens, context.extensionUri);
  const agreement = new AgreementPanel(lens, context.extensionUri);
  const status = new StatusItem(lens);
  const trees = registerTrees(lens);

  context.subscriptions.push(
    output,
    lens,
    state,
    highlighter,
    status,
    watchTrust(client, output),
    ...trees.disposables,
    ...registerNavigation(lens),
    ...registerCodebookCommands(lens),
    ...registerCodings(lens, context.workspaceState),
    ...registerExport(lens),
    ...registerHighlightCommands(state, highlighter),
    ...registerConcordance(lens, concordance),
    ...registerOverview(overview),
    ...registerAgreement(agreement),
    vscode.commands.registerCommand(EditorCommand.rescan, async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Discourse Lens: rescanning the corpus…' },
        () => lens.rescan(),
      );
      output.info(`rescanned: ${result.documents} articles, ${result.skipped} skipped`);
      void status.refresh();
      lens.fireCorpusChanged();
      return result;
    }),
    vscode.commands.registerCommand(EditorCommand.showOutput, () => output.show(true)),
  );

  await client.start();
  void status.refresh();
  return { client, lens, stats: lens.stats, highlights: { state, highlighter }, concordance, overview, agreement };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
