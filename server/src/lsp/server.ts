/**
 * The language server: a thin adapter between LSP and the analysis core.
 * It keeps the corpus current (open documents from the editor, the rest from disk
 * through file watching), keeps the codebook loaded (last good version, live reload,
 * diagnostics on the codebook file) and routes each request to its language feature.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeResult,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Codebook, codebookInput } from '../analysis/codebook/codebook';
import { Corpus } from '../analysis/corpus/corpus';
import { defaultRecognizers } from '../analysis/recognizers';
import { provideCodeActions, ServerCommands } from '../languageFeatures/codeActions';
import { provideCodeLenses } from '../languageFeatures/codeLens';
import { FeatureContext, categories, featureContext } from '../languageFeatures/context';
import { setIndexCodebook } from '../languageFeatures/corpusQueries';
import * as custom from '../languageFeatures/customRequests';
import { computeDiagnostics } from '../languageFeatures/diagnostics';
import { provideDocumentSymbols } from '../languageFeatures/documentSymbols';
import { provideHover } from '../languageFeatures/hover';
import { prepareRename, provideDefinition, provideDocumentHighlights, provideReferences, renameOperation } from '../languageFeatures/navigation';
import { SEMANTIC_TOKENS_LEGEND, provideSemanticTokens } from '../languageFeatures/semanticTokens';
import { provideWorkspaceSymbols } from '../languageFeatures/workspaceSymbols';
import { writeExport } from '../languageFeatures/exportInput';
import { fileMatcher, findArticles, readArticle } from '../node/files';
import { ServerAnalysis } from '../node/serverAnalysis';
import {
  CategoriesRequest,
  CodebookEdit,
  CodebookEditRequest,
  ConcordanceRequest,
  CorpusChangedNotification,
  CorpusStats,
  DiagnoseCorpusRequest,
  DocumentMarkupRequest,
  EntitiesRequest,
  ExportParams,
  ExportRequest,
  ItemAtRequest,
  MentionsRequest,
  NotesRequest,
  QuotationsRequest,
  QuotedSourcesRequest,
  OverviewRequest,
  RescanRequest,
  StatsRequest,
  TrustChangedNotification,
  TrustChangedParams,
  TermsRequest,
} from '../protocol';
import { CodebookHost } from './codebookHost';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DEFAULT_SETTINGS, Settings, parseSettings } from './settings';
import { canonicalUri } from './uris';

/** Files analysed between yields to the event loop, so requests are answered during a scan. */
const FILES_PER_SLICE = 8;
/** Delay before views are told the analysis changed. */
const CHANGED_DELAY_MS = 300;

export const STATS_REQUEST = StatsRequest;
export const RESCAN_REQUEST = RescanRequest;
export type { CorpusStats };

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let corpus = new Corpus({ sensitivity: settings.sensitivity }, defaultRecognizers);
  let hasConfiguration = false;
  let hasWorkspaceFolders = false;
  let canWatchFiles = false;
  let indexing = false;
  let scanGeneration = 0;
  /** False in an untrusted workspace: no codebook is read (no patterns from the workspace) and nothing is written. */
  let trusted = true;
  const skipped = new Map<string, string>();
  const log = {
    info: (m: string) => connection.console.info(m),
    warn: (m: string) => connection.console.warn(m),
    error: (m: string) => connection.console.error(m),
  };

  /** Worker pool, disk cache and debounced edits (node/serverAnalysis.ts). */
  const engine = new ServerAnalysis((m) => log.warn(m));
  // Every request sees the current text: analyses of edits still waiting on the debounce run first.
  /** The editor's copy of a document, by canonical URI. */
  const openDoc = (uri: string): TextDocument | undefined => documents.get(uri) ?? documents.all().find((d) => canonicalUri(d.uri) === uri);

  /** The settings; in an untrusted workspace without the workspace's glob patterns or codebook path. */
  const readSettings = (raw: unknown): Settings => {
    const s = parseSettings(raw);
    return trusted ? s : { ...s, include: DEFAULT_SETTINGS.include, exclude: DEFAULT_SETTINGS.exclude, codebook: DEFAULT_SETTINGS.codebook };
  };

  const ctx = (): FeatureContext => (engine.flush(), featureContext(corpus.index, codebookHost.codebook, codebookHost.uri, codebookHost.text));

  /** Runs a handler so that a bug in one request is logged, not fatal. */
  const guarded = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R) => (...args: A): R => {
    try {
      return fn(...args);
    } catch (e) {
      log.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };

  // ------------------------------------------------------------ change tracking

  let changedTimer: NodeJS.Timeout | undefined;
  const diagnostics = new DiagnosticsPublisher({
    compute: (uri) => (corpus.index.has(uri) ? guarded('diagnostics', [] as ReturnType<typeof computeDiagnostics>, () => computeDiagnostics(ctx(), uri, settings.diagnostics))() : []),
    send: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    isOpen: (uri) => !!openDoc(uri),
    openUris: () => documents.all().map((d) => canonicalUri(d.uri)),
    corpusUris: () => corpus.index.uris(),
    indexing: () => indexing,
  });
  /** The analysis changed: views refresh and diagnostics are recomputed (debounced). */
  const analysisChanged = (uri?: string) => {
    if (changedTimer) clearTimeout(changedTimer);
    changedTimer = setTimeout(() => {
      changedTimer = undefined;
      void connection.sendNotification(CorpusChangedNotification, {});
    }, CHANGED_DELAY_MS);
    diagnostics.changed(uri);
  };

  // ------------------------------------------------------------ corpus

  const isArticle = (uri: string, languageId?: string): boolean => {
    if (languageId === 'article' || uri.endsWith('.article')) return true;
    if (!uri.startsWith('file:')) return languageId === 'plaintext';
    const file = fileURLToPath(uri);
    const folder = folders.find((f) => file === f || file.startsWith(f + path.sep));
    const rel = folder ? path.relative(folder, file).split(path.sep).join('/') : path.basename(file);
    return fileMatcher(settings).includes(rel);
  };

  const analyzeText = (uri: string, text: string) => {
    try {
      const before = corpus.index.get(uri);
      const after = corpus.update(uri, text);
      if (before !== after) analysisChanged(uri);
    } catch (e) {
      log.error(`Could not analyse ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  const removeDocument = (uri: string) => {
    if (corpus.remove(uri)) analysisChanged(uri);
  };

  const loadFromDisk = async (uri: string): Promise<void> => {
    if (openDoc(uri)) return; // the editor's copy wins
    const result = await readArticle(fileURLToPath(uri), settings.maxFileBytes);
    if (openDoc(uri)) return;
    if (!result.ok) {
      skipped.set(uri, result.reason);
      removeDocument(uri);
      log.warn(`Skipped ${fileURLToPath(uri)}: ${result.reason}`);
      return;
    }
    skipped.delete(uri);
    for (const w of result.warnings) log.warn(`${fileURLToPath(uri)}: ${w}`);
    analyzeText(uri, result.text);
  };

  /** Re-analyses every document (after the options changed): same texts, new options. */
  const reanalyzeAll = () => {
    for (const uri of corpus.index.uris()) {
      const text = corpus.index.get(uri)!.text;
      corpus.remove(uri);
      analyzeText(uri, text);
    }
    analysisChanged();
  };

  const scanWorkspace = async (): Promise<void> => {
    const generation = ++scanGeneration;
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Discourse Lens: indexing corpus', 0, 'finding articles', false);
    const started = Date.now();
    indexing = true;
    try {
      const files: string[] = [];
      for (const folder of folders) files.push(...(await findArticles(folder, settings, (p, e) => log.warn(`Cannot list ${p}: ${(e as Error).message}`))));
      const wanted = new Set(files.map((f) => pathToFileURL(f).toString()));
      for (const uri of corpus.index.uris()) if (!wanted.has(uri) && !openDoc(uri)) removeDocument(uri);
      const report = await engine.scan(corpus, files.map((f) => ({ uri: pathToFileURL(f).toString(), file: f })), {
        maxBytes: settings.maxFileBytes,
        token: { get isCancellationRequested() { return generation !== scanGeneration; } },
        skip: (uri) => !!openDoc(uri), // the editor's copy wins
        onSkipped: (item, reason) => {
          skipped.set(item.uri, reason);
          removeDocument(item.uri);
          log.warn(`Skipped ${item.file}: ${reason}`);
        },
        onWarning: (item, w) => log.warn(`${item.file}: ${w}`),
        onError: (item, e) => log.error(`Could not analyse ${item.file}: ${(e as Error).stack ?? e}`),
        onProgress: (done, total) => {
          if (done % FILES_PER_SLICE === 0 || done === total) progress.report(Math.round((done / total) * 100), `${done} of ${total} articles`);
        },
        onAnalysed: (item) => skipped.delete(item.uri),
      });
      if (generation !== scanGeneration) return; // a newer scan took over
      log.info(`Indexed ${corpus.index.size} articles in ${Date.now() - started} ms (${report.analysed} analysed, ${report.fromCache} from the cache, ${skipped.size} skipped${engine.workers ? `, ${engine.workers} worker threads` : ''})`);
    } finally {
      if (generation === scanGeneration) {
        indexing = false;
        analysisChanged();
      }
      progress.done();
    }
  };

  const rescan = (): Promise<void> => {
    return scanWorkspace().catch((e) => log.error(`Indexing failed: ${(e as Error).stack ?? e}`));
  };

  // ------------------------------------------------------------ codebook

  const codebookHost = new CodebookHost({
    folders: () => folders,
    setting: () => settings.codebook,
    trusted: () => trusted,
    applied: (cb: Codebook) => {
      const input = codebookInput(cb);
      setIndexCodebook(corpus.index, input);
      corpus.setOptions({ ...corpus.analysisOptions, codebookTerms: input.terms, ignore: new Set(input.ignore) });
      reanalyzeAll();
    },
    sendDiagnostics: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    showError: (m) => void connection.window.showErrorMessage(m),
    log,
  });
  const loadCodebook = (force = false) => codebookHost.load(force).catch((e) => log.error(`Codebook load failed: ${(e as Error).stack ?? e}`));

  // ------------------------------------------------------------ lifecycle

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const init = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
    trusted = init?.trusted !== false;
    if (init?.settings) settings = readSettings(init.settings);
    engine.configure((params.initializationOptions as { cacheDir?: unknown } | undefined)?.cacheDir, folders);
    corpus = new Corpus({ sensitivity: settings.sensitivity }, defaultRecognizers);
    corpus.index.setKeyTermOptions(settings.keyTerms);
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
        executeCommandProvider: { commands: Object.values(ServerCommands) },
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
        void loadCodebook().then(rescan);
      });
    }
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'discourseLens' });
      settings = readSettings(await connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined));
    }
    if (canWatchFiles && trusted) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/codebook.{yaml,yml,json}' }] }).then(undefined, () => undefined);
    }
    await loadCodebook();
    void rescan();
  });

  // The user trusted the workspace (or trust was revoked): read, or stop using, the workspace's codebook.
  connection.onNotification(TrustChangedNotification, async (p: TrustChangedParams) => {
    if (!!p?.trusted === trusted) return;
    trusted = !!p?.trusted;
    if (hasConfiguration) settings = readSettings(await connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined));
    if (trusted) await loadCodebook(true);
    else codebookHost.forget();
    void rescan();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const raw = hasConfiguration ? await connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined) : (change.settings as { discourseLens?: unknown })?.discourseLens;
    const previousCodebook = settings.codebook;
    settings = readSettings(raw);
    corpus.setOptions({ ...corpus.analysisOptions, sensitivity: settings.sensitivity });
    corpus.index.setKeyTermOptions(settings.keyTerms);
    if (settings.codebook !== previousCodebook) await loadCodebook(true);
    void rescan();
  });

  connection.onShutdown(async () => {
    await engine.dispose(corpus);
    codebookHost.dispose();
    diagnostics.dispose();
    if (changedTimer) clearTimeout(changedTimer);
  });

  documents.onDidChangeContent((e) => {
    // Debounced: a burst of keystrokes is analysed once; a newer edit replaces the pending one.
    if (isArticle(e.document.uri, e.document.languageId)) engine.schedule(canonicalUri(e.document.uri), (uri) => {
      const doc = openDoc(uri);
      if (doc) analyzeText(uri, doc.getText());
    });
  });

  documents.onDidOpen((e) => diagnostics.opened(canonicalUri(e.document.uri)));

  documents.onDidClose((e) => {
    // Back to the copy on disk (or out of the corpus if it is not an article on disk).
    const uri = canonicalUri(e.document.uri);
    diagnostics.closed(uri);
    if (uri.startsWith('file:') && isArticle(uri)) void loadFromDisk(uri);
    else removeDocument(uri);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const raw of changes) {
      const change = { ...raw, uri: canonicalUri(raw.uri) };
      if (!change.uri.startsWith('file:')) continue;
      if (codebookHost.isCodebookUri(change.uri)) {
        codebookHost.scheduleReload();
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        if (!openDoc(change.uri)) removeDocument(change.uri);
        skipped.delete(change.uri);
      } else if (isArticle(change.uri)) {
        await loadFromDisk(change.uri);
      }
    }
  });

  // ------------------------------------------------------------ language features

  connection.onHover(guarded('hover', null, (p) => provideHover(ctx(), canonicalUri(p.textDocument.uri), p.position)));
  connection.onDocumentSymbol(guarded('documentSymbol', [], (p) => provideDocumentSymbols(ctx(), canonicalUri(p.textDocument.uri))));
  connection.onWorkspaceSymbol(guarded('workspaceSymbol', [], (p) => provideWorkspaceSymbols(ctx(), p.query)));
  connection.onReferences(guarded('references', [], (p) => provideReferences(ctx(), canonicalUri(p.textDocument.uri), p.position)));
  connection.onDefinition(guarded('definition', [], (p) => provideDefinition(ctx(), canonicalUri(p.textDocument.uri), p.position)));
  connection.onDocumentHighlight(guarded('documentHighlight', [], (p) => provideDocumentHighlights(ctx(), canonicalUri(p.textDocument.uri), p.position)));
  connection.onCodeAction(guarded('codeAction', [], (p) => provideCodeActions(ctx(), canonicalUri(p.textDocument.uri), p.range, p.context.diagnostics, { canWriteCodebook: trusted })));
  connection.onCodeLens(guarded('codeLens', [], (p) => provideCodeLenses(ctx(), canonicalUri(p.textDocument.uri))));
  connection.languages.semanticTokens.on(guarded('semanticTokens', { data: [] }, (p) => provideSemanticTokens(ctx(), canonicalUri(p.textDocument.uri))));

  connection.onPrepareRename((p) => {
    if (!trusted) throw new ResponseError(0, 'This workspace is not trusted: Discourse Lens does not write the codebook.');
    const r = prepareRename(ctx(), canonicalUri(p.textDocument.uri), p.position);
    if ('error' in r) throw new ResponseError(0, r.error);
    return r;
  });
  connection.onRenameRequest(async (p) => {
    if (!trusted) throw new ResponseError(0, 'This workspace is not trusted: Discourse Lens does not write the codebook.');
    const op = renameOperation(ctx(), canonicalUri(p.textDocument.uri), p.position, p.newName);
    if (!op) throw new ResponseError(0, 'Only entities can be renamed (their canonical name in the codebook); article text is never changed.');
    const result = await codebookHost.edit(op);
    if (!result.applied && result.message && !/already/.test(result.message)) throw new ResponseError(0, result.message);
    // The rename is done in the codebook, written by the server; the articles are not edited.
    return { changes: {} };
  });

  connection.onExecuteCommand(async (p) => {
    const arg = p.arguments?.[0];
    switch (p.command) {
      case ServerCommands.codebookEdit:
        return codebookHost.edit(arg as CodebookEdit);
      case ServerCommands.diagnoseCorpus:
        return diagnostics.diagnoseCorpus();
      case ServerCommands.rescan:
        await rescan();
        return { documents: corpus.index.size, skipped: skipped.size };
      default:
        throw new ResponseError(0, `Unknown command ${p.command}`);
    }
  });

  // ------------------------------------------------------------ custom requests

  connection.onRequest(StatsRequest, (): CorpusStats => {
    let words = 0;
    let characters = 0;
    for (const [uri, doc] of corpus.index.entries()) {
      words += doc.wordCount;
      characters += corpus.index.textLength(uri);
    }
    const c = ctx();
    return { documents: corpus.index.size, words, characters, indexing, skipped: skipped.size, entities: c.q.entities().length, terms: c.q.terms().length };
  });
  connection.onRequest(RescanRequest, async () => {
    await loadCodebook(true);
    await rescan();
    return { documents: corpus.index.size, skipped: skipped.size };
  });
  connection.onRequest(ItemAtRequest, guarded('itemAt', null, (p) => custom.itemAt(ctx(), { ...(p as { uri: string; position: { line: number; character: number } }), uri: canonicalUri((p as { uri: string }).uri) })));
  connection.onRequest(MentionsRequest, guarded('mentions', [], (p: { id: string }) => custom.mentions(ctx(), p.id)));
  connection.onRequest(ConcordanceRequest, guarded('concordance', null, (p) => custom.concordance(ctx(), p as never)));
  connection.onRequest(EntitiesRequest, guarded('entities', [], () => ctx().q.entities()));
  connection.onRequest(TermsRequest, guarded('terms', [], () => ctx().q.terms()));
  connection.onRequest(NotesRequest, guarded('notes', [], () => custom.notes(ctx())));
  connection.onRequest(QuotedSourcesRequest, guarded('quotedSources', [], () => custom.quotedSources(ctx())));
  connection.onRequest(QuotationsRequest, guarded('quotations', [], (p: { id: string }) => custom.quotations(ctx(), p.id)));
  connection.onRequest(OverviewRequest, guarded('overview', null, (p) => custom.overview(ctx(), (p ?? {}) as never)));
  connection.onRequest(CategoriesRequest, guarded('categories', [], () => categories(codebookHost.codebook)));
  connection.onRequest(DocumentMarkupRequest, guarded('documentMarkup', { entities: [], terms: [] }, (p: { uri: string }) => custom.documentMarkup(ctx(), canonicalUri(p.uri))));
  connection.onRequest(CodebookEditRequest, (p) => codebookHost.edit(p as CodebookEdit));
  connection.onRequest(DiagnoseCorpusRequest, () => diagnostics.diagnoseCorpus());
  connection.onRequest(ExportRequest, async (p: ExportParams) => {
    // An export writes files: not in an untrusted workspace.
    if (!trusted) throw new ResponseError(0, 'This workspace is not trusted: Discourse Lens does not write exports.');
    return writeExport(ctx(), p, folders[0] ? path.basename(folders[0]) : undefined);
  });

  documents.listen(connection);
  connection.listen();
}
