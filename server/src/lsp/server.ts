/**
 * The language server: a thin adapter between LSP and the analysis core.
 * It keeps the corpus current (open documents from the editor, the rest from disk
 * through file watching) and routes each request to its language feature.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  Connection,
  DidChangeConfigurationNotification,
  FileChangeType,
  InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../analysis/corpus/corpus';
import { defaultRecognizers } from '../analysis/recognizers';
import { provideDocumentSymbols } from '../languageFeatures/documentSymbols';
import { provideHover } from '../languageFeatures/hover';
import { fileMatcher, findArticles, readArticle } from '../node/files';
import { DEFAULT_SETTINGS, Settings, parseSettings } from './settings';

/** Files analysed between yields to the event loop, so requests are answered during a scan. */
const FILES_PER_SLICE = 8;

export const STATS_REQUEST = 'discourseLens/stats';
export const RESCAN_REQUEST = 'discourseLens/rescan';

export interface CorpusStats {
  readonly documents: number;
  readonly words: number;
  readonly characters: number;
  readonly indexing: boolean;
  readonly skipped: number;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let corpus = new Corpus({ sensitivity: settings.sensitivity }, defaultRecognizers);
  let hasConfiguration = false;
  let hasWorkspaceFolders = false;
  let indexing = false;
  let scanGeneration = 0;
  const skipped = new Map<string, string>();
  const log = {
    info: (m: string) => connection.console.info(m),
    warn: (m: string) => connection.console.warn(m),
    error: (m: string) => connection.console.error(m),
  };

  /** Runs a handler so that a bug in one request is logged, not fatal. */
  const guarded = <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R) => (...args: A): R => {
    try {
      return fn(...args);
    } catch (e) {
      log.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };

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
      corpus.update(uri, text);
    } catch (e) {
      log.error(`Could not analyse ${uri}: ${(e as Error).stack ?? e}`);
    }
  };

  const loadFromDisk = async (uri: string): Promise<void> => {
    if (documents.get(uri)) return; // the editor's copy wins
    const result = await readArticle(fileURLToPath(uri), settings.maxFileBytes);
    if (documents.get(uri)) return;
    if (!result.ok) {
      skipped.set(uri, result.reason);
      corpus.remove(uri);
      log.warn(`Skipped ${fileURLToPath(uri)}: ${result.reason}`);
      return;
    }
    skipped.delete(uri);
    for (const w of result.warnings) log.warn(`${fileURLToPath(uri)}: ${w}`);
    analyzeText(uri, result.text);
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
      for (const uri of corpus.index.uris()) if (!wanted.has(uri) && !documents.get(uri)) corpus.remove(uri);
      for (let i = 0; i < files.length; i++) {
        if (generation !== scanGeneration) return; // a newer scan took over
        await loadFromDisk(pathToFileURL(files[i]).toString());
        if ((i + 1) % FILES_PER_SLICE === 0 || i + 1 === files.length) {
          progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1} of ${files.length} articles`);
          await new Promise((r) => setImmediate(r));
        }
      }
      log.info(`Indexed ${corpus.index.size} articles in ${Date.now() - started} ms (${skipped.size} skipped)`);
    } finally {
      if (generation === scanGeneration) indexing = false;
      progress.done();
    }
  };

  const rescan = (): Promise<void> => {
    return scanWorkspace().catch((e) => log.error(`Indexing failed: ${(e as Error).stack ?? e}`));
  };

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    hasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) settings = parseSettings(init.settings);
    corpus = new Corpus({ sensitivity: settings.sensitivity }, defaultRecognizers);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: true,
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
        void rescan();
      });
    }
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'discourseLens' });
      settings = parseSettings(await connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined));
    }
    void rescan();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const raw = hasConfiguration ? await connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined) : (change.settings as { discourseLens?: unknown })?.discourseLens;
    settings = parseSettings(raw);
    corpus.setOptions({ ...corpus.analysisOptions, sensitivity: settings.sensitivity });
    void rescan();
  });

  documents.onDidChangeContent((e) => {
    if (isArticle(e.document.uri, e.document.languageId)) analyzeText(e.document.uri, e.document.getText());
  });

  documents.onDidClose((e) => {
    // Back to the copy on disk (or out of the corpus if it is not an article on disk).
    const uri = e.document.uri;
    if (uri.startsWith('file:') && isArticle(uri)) void loadFromDisk(uri);
    else corpus.remove(uri);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      if (!change.uri.startsWith('file:')) continue;
      if (change.type === FileChangeType.Deleted) {
        if (!documents.get(change.uri)) corpus.remove(change.uri);
        skipped.delete(change.uri);
      } else if (isArticle(change.uri)) {
        await loadFromDisk(change.uri);
      }
    }
  });

  connection.onHover(guarded('hover', null, (p) => provideHover(corpus.index, p.textDocument.uri, p.position)));
  connection.onDocumentSymbol(guarded('documentSymbol', [], (p) => provideDocumentSymbols(corpus.index, p.textDocument.uri)));

  connection.onRequest(STATS_REQUEST, (): CorpusStats => {
    let words = 0;
    let characters = 0;
    for (const [, doc] of corpus.index.entries()) {
      words += doc.wordCount;
      characters += doc.text.length;
    }
    return { documents: corpus.index.size, words, characters, indexing, skipped: skipped.size };
  });
  connection.onRequest(RESCAN_REQUEST, async () => {
    await rescan();
    return { documents: corpus.index.size, skipped: skipped.size };
  });

  documents.listen(connection);
  connection.listen();
}
