/**
 * The language server: wiring only. Document sync (documentSync.ts) keeps the corpus current,
 * the configuration (configuration.ts) holds settings and trust, the codebook host keeps the
 * codebook, and the requests (requests.ts) go to the language service (languageFeatures/index.ts).
 */
import { fileURLToPath } from 'url';
import { Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';
import { Codebook, codebookInput } from '../analysis/codebook/codebook';
import { SEMANTIC_TOKENS_LEGEND, createLanguageService } from '../languageFeatures';
import { InitializationOptions, ServerCommand, TrustChangedNotification } from '../protocol';
import { CodebookHost } from './codebookHost';
import { CodingsHost } from './codingsHost';
import { Configuration } from './configuration';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DocumentSync, EditsBeforeRequests } from './documentSync';
import { registerRequests } from './requests';


export function startServer(connection: Connection, beforeRequests: EditsBeforeRequests): void {
  const config = new Configuration(connection);
  let folders: string[] = [];
  let hasWorkspaceFolders = false;
  let canWatchFiles = false;
  const clientCommands = new Set<string>();
  const log = {
    info: (m: string) => connection.console.info(m),
    warn: (m: string) => connection.console.warn(m),
    error: (m: string) => connection.console.error(m),
  };

  const codebookHost: CodebookHost = new CodebookHost({
    folders: () => folders,
    setting: () => config.settings.codebook,
    trusted: () => config.trusted,
    // The one path for a codebook: the corpus takes it and says whether the documents need re-analysis.
    applied: (cb: Codebook) => (sync.corpus.setCodebook(codebookInput(cb)) ? sync.reanalyzeAll() : sync.analysisChanged()),
    sendDiagnostics: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    showError: (m) => void connection.window.showErrorMessage(m),
    log,
  });
  const sync: DocumentSync = new DocumentSync({
    connection,
    config,
    log,
    folders: () => folders,
    changed: (uri) => diagnostics.changed(uri),
    opened: (uri) => diagnostics.opened(uri),
    closed: (uri) => diagnostics.closed(uri),
    isCodebookUri: (uri) => codebookHost.isCodebookUri(uri),
    codebookChanged: () => codebookHost.scheduleReload(),
    showsViews: () => clientCommands.size > 0,
    prepareViews: () => void service.provideTerms(),
  });
  const service = createLanguageService({ corpus: sync.corpus, codebook: codebookHost, log, clientCommands });
  const diagnostics = new DiagnosticsPublisher({
    compute: (uri) => [...service.provideDiagnostics(uri, config.settings.diagnostics), ...codingsHost.diagnostics(uri)],
    send: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    isOpen: (uri) => !!sync.openDoc(uri),
    openUris: () => sync.openUris(),
    corpusUris: () => sync.corpus.index.uris(),
    indexing: () => sync.indexing,
  });
  const codingsHost = new CodingsHost({
    folders: () => folders,
    setting: () => ({ folder: config.settings.codingsFolder, coder: config.settings.coder }),
    trusted: () => config.trusted,
    textOf: (uri) => sync.openDoc(uri)?.getText() ?? sync.corpus.index.get(uri)?.text,
    changed: () => diagnostics.changed(),
    log,
  });
  const loadCodings = () => codingsHost.load().catch((e) => log.error(`Codings load failed: ${(e as Error).stack ?? e}`));
  const loadCodebook = (force = false) => codebookHost.load(force).catch((e) => log.error(`Codebook load failed: ${(e as Error).stack ?? e}`));

  connection.onInitialize((params): InitializeResult => {
    config.canPull = !!params.capabilities.workspace?.configuration;
    config.codeActionLiterals = !!params.capabilities.textDocument?.codeAction?.codeActionLiteralSupport;
    hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const init = params.initializationOptions as InitializationOptions | undefined;
    config.trusted = init?.trusted !== false;
    if (init?.settings) config.settings = config.read(init.settings);
    if (Array.isArray(init?.clientCommands)) for (const c of init.clientCommands) if (typeof c === 'string') clientCommands.add(c);
    sync.engine.configure(init?.cacheDir, folders);
    if (folders.length) sync.engine.startWorkerEarly();
    sync.corpus.setOptions({ sensitivity: config.settings.sensitivity });
    sync.corpus.index.setKeyTermOptions(config.settings.keyTerms);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.codebook'] },
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        executeCommandProvider: { commands: Object.values(ServerCommand) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'discourse-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        folders = folders.filter((f) => !removed.has(f)).concat(e.added.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
        void loadCodebook().then(() => sync.rescan());
        void loadCodings();
      });
    }
    if (config.canPull) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'discourseLens' });
      await config.refresh();
    }
    if (canWatchFiles && config.trusted) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/codebook.{yaml,yml,json}' }] }).then(undefined, () => undefined);
    }
    await loadCodebook();
    await loadCodings(); // untrusted too: read-only, shown (writes are refused)
    void sync.rescan();
  });

  // The user trusted the workspace (or trust was revoked): read, or stop using, the workspace's codebook.
  connection.onNotification(TrustChangedNotification, async (p) => {
    if (!!p?.trusted === config.trusted) return;
    config.trusted = !!p?.trusted;
    if (config.canPull) await config.refresh();
    if (config.trusted) {
      await loadCodebook(true);
      await loadCodings();
    } else codebookHost.forget();
    void sync.rescan();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const previousCodebook = config.settings.codebook;
    const settings = await config.refresh((change.settings as { discourseLens?: unknown })?.discourseLens);
    // Other analysis options: the open documents are analysed again here, the others by the rescan
    // (which no longer takes a document of the same text as up to date).
    const reanalyse = sync.corpus.setOptions({ ...sync.corpus.analysisOptions, sensitivity: settings.sensitivity });
    sync.corpus.index.setKeyTermOptions(settings.keyTerms);
    if (settings.codebook !== previousCodebook) await loadCodebook(true);
    await loadCodings();
    if (reanalyse) sync.reanalyzeOpen();
    void sync.rescan();
  });

  connection.onShutdown(async () => {
    await sync.dispose();
    codebookHost.dispose();
    codingsHost.dispose();
    diagnostics.dispose();
  });

  registerRequests(connection, { service, sync, config, codebookHost, codingsHost, diagnostics, folders: () => folders, loadCodebook });
  sync.listen(connection, beforeRequests);
  connection.listen();
}
