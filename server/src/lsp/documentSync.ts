/**
 * Document sync: keeps the corpus equal to the workspace. Open documents come from the editor
 * (their edits debounced), the rest from disk (the workspace scan with its progress, then watched
 * files). Only this part writes the corpus; requests only read it. Edits waiting on their debounce
 * are applied before the next request is dispatched (`EditsBeforeRequests`), so answers match the text.
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { fileURLToPath, pathToFileURL } from 'url';
import { Connection, FileChangeType, FileEvent, Message, MessageStrategy, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../analysis/corpus/corpus';
import { defaultRecognizers } from '../analysis/recognizers';
import { nerEngine } from '../analysis/entities/tagger';
import { fileMatcher, findArticles, readArticle } from '../node/files';
import type { ScanReport } from '../node/scan';
import { ServerAnalysis } from '../node/serverAnalysis';
import { CorpusChangedNotification } from '../protocol';
import { doneOf } from '../languageFeatures/counts';
import { afterPendingRequests, whenQuiet } from './eventLoop';
import { Configuration } from './configuration';
import { canonicalUri } from './uris';

/**
 * Time between progress reports: each is a message the editor reads; every 8 files was 327 of them
 * on 2,587 short articles, most of them faster than a person can read.
 */
const PROGRESS_EVERY_MS = 100;
/**
 * How long the client must have sent nothing before this thread does the work indexing leaves (the
 * entity tagger that the first analysis of an opened article needs, the cache's encoding and
 * writing, the end of the entity worker kept for the resolution): requests right after indexing
 * (the first hover, the views' lists) and an analyst's edits do not wait behind it. (The cache was saved 1 s after indexing, in slices of 10 ms; on 5 MB
 * of short articles its encoding then ran during the first edits of an article opened meanwhile.)
 */
const QUIET_MS = 300;
/** Delay before views are told the analysis changed. */
const CHANGED_DELAY_MS = 300;

export interface Logger {
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
}

export interface DocumentSyncEnvironment {
  readonly connection: Connection;
  readonly config: Configuration;
  readonly log: Logger;
  /** Workspace folders (file paths). */
  folders(): readonly string[];
  /** The analysis changed (of `uri`, or of the corpus): diagnostics are recomputed. */
  changed(uri?: string): void;
  /** The editor opened or closed a document (before the corpus follows). */
  opened(uri: string): void;
  closed(uri: string): void;
  /** A codebook file changed on disk. */
  isCodebookUri(uri: string): boolean;
  codebookChanged(): void;
  /** Whether the client shows the corpus views (the VS Code client: it sends its commands). */
  showsViews(): boolean;
  /** Builds what the views ask for first (the Terms view's records). */
  prepareViews(): void;
}

export class DocumentSync {
  readonly documents = new TextDocuments(TextDocument);
  readonly corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
  /** Worker pool, disk cache and debounced edits (node/serverAnalysis.ts). */
  readonly engine: ServerAnalysis;
  /** Files left out of the corpus, with why. */
  readonly skipped = new Map<string, string>();
  /** True while a workspace scan runs. */
  indexing = false;
  /** When the client's last message was handled (performance.now(); see EditsBeforeRequests). */
  lastMessageAt = 0;
  private scanGeneration = 0;
  private changedTimer: NodeJS.Timeout | undefined;

  constructor(private readonly env: DocumentSyncEnvironment) {
    this.engine = new ServerAnalysis((m) => env.log.warn(m));
    this.documents.onDidChangeContent((e) => {
      // Debounced: a burst of keystrokes is analysed once; a newer edit replaces the pending one.
      if (this.isArticle(e.document.uri, e.document.languageId)) this.engine.schedule(canonicalUri(e.document.uri), (uri) => {
        const doc = this.openDoc(uri);
        if (doc) this.analyzeText(uri, doc.getText());
      });
    });
    this.documents.onDidOpen((e) => env.opened(canonicalUri(e.document.uri)));
    this.documents.onDidClose((e) => {
      // Back to the copy on disk (or out of the corpus if it is not an article on disk).
      const uri = canonicalUri(e.document.uri);
      env.closed(uri);
      if (uri.startsWith('file:') && this.isArticle(uri)) void this.loadFromDisk(uri);
      else this.removeDocument(uri);
    });
  }

  /** The editor's copy of a document, by canonical URI. */
  openDoc(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.documents.all().find((d) => canonicalUri(d.uri) === uri);
  }

  openUris(): string[] {
    return this.documents.all().map((d) => canonicalUri(d.uri));
  }

  /** Analyses the edits still waiting on their debounce now (see EditsBeforeRequests). */
  applyPendingEdits(): void {
    this.engine.flush();
  }

  isArticle(uri: string, languageId?: string): boolean {
    if (languageId === 'article' || uri.endsWith('.article')) return true;
    if (!uri.startsWith('file:')) return languageId === 'plaintext';
    const file = fileURLToPath(uri);
    const folder = this.env.folders().find((f) => file === f || file.startsWith(f + path.sep));
    const rel = folder ? path.relative(folder, file).split(path.sep).join('/') : path.basename(file);
    return fileMatcher(this.env.config.settings).includes(rel);
  }

  /** The analysis changed: views refresh (debounced) and diagnostics are recomputed. */
  analysisChanged(uri?: string): void {
    if (this.changedTimer) clearTimeout(this.changedTimer);
    this.changedTimer = setTimeout(() => {
      this.changedTimer = undefined;
      void this.env.connection.sendNotification(CorpusChangedNotification);
    }, CHANGED_DELAY_MS);
    this.env.changed(uri);
  }

  private analyzeText(uri: string, text: string): void {
    try {
      const before = this.corpus.index.get(uri);
      const after = this.corpus.update(uri, text);
      if (before !== after) this.analysisChanged(uri);
    } catch (e) {
      this.env.log.error(`Could not analyse ${uri}: ${(e as Error).stack ?? e}`);
    }
  }

  private removeDocument(uri: string): void {
    if (this.corpus.remove(uri)) this.analysisChanged(uri);
  }

  private async loadFromDisk(uri: string): Promise<void> {
    if (this.openDoc(uri)) return; // the editor's copy wins
    const { log, config } = this.env;
    const result = await readArticle(fileURLToPath(uri), config.settings.maxFileBytes);
    if (this.openDoc(uri)) return;
    if (!result.ok) {
      this.skipped.set(uri, result.reason);
      this.removeDocument(uri);
      log.warn(`Skipped ${fileURLToPath(uri)}: ${result.reason}`);
      return;
    }
    this.skipped.delete(uri);
    for (const w of result.warnings) log.warn(`${fileURLToPath(uri)}: ${w}`);
    this.analyzeText(uri, result.text);
  }

  /**
   * Re-analyses every document with the corpus's current options (after `Corpus.setCodebook`
   * said the codebook changes the analysis): the same texts, in-process.
   */
  reanalyzeAll(): void {
    for (const uri of this.corpus.index.uris()) {
      const text = this.corpus.index.get(uri)!.text;
      this.corpus.remove(uri);
      this.analyzeText(uri, text);
    }
    this.analysisChanged();
  }

  /** Re-analyses the editor's documents that are out of date (after the options changed); the scan does the others. */
  reanalyzeOpen(): void {
    for (const doc of this.documents.all()) {
      const uri = canonicalUri(doc.uri);
      if (this.corpus.index.has(uri)) this.analyzeText(uri, doc.getText());
    }
  }

  /** Watched files: codebook changes go to the codebook host, articles are read again or dropped. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    for (const raw of changes) {
      const change = { ...raw, uri: canonicalUri(raw.uri) };
      if (!change.uri.startsWith('file:')) continue;
      if (this.env.isCodebookUri(change.uri)) {
        this.env.codebookChanged();
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        if (!this.openDoc(change.uri)) this.removeDocument(change.uri);
        this.skipped.delete(change.uri);
      } else if (this.isArticle(change.uri)) {
        await this.loadFromDisk(change.uri);
      }
    }
  }

  /** Lists the workspace's articles and analyses them (worker pool, cache), with progress; a newer scan supersedes this one. */
  private async scanWorkspace(): Promise<void> {
    const { connection, config, log } = this.env;
    const { corpus, engine, skipped } = this;
    const generation = ++this.scanGeneration;
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Discourse Lens: indexing corpus', 0, 'finding articles', false);
    const started = Date.now();
    let reportedAt = started;
    this.indexing = true;
    let indexed = false;
    try {
      const settings = config.settings;
      const files: string[] = [];
      for (const folder of this.env.folders()) files.push(...(await findArticles(folder, settings, (p, e) => log.warn(`Cannot list ${p}: ${(e as Error).message}`))));
      const wanted = new Set(files.map((f) => pathToFileURL(f).toString()));
      for (const uri of corpus.index.uris()) if (!wanted.has(uri) && !this.openDoc(uri)) this.removeDocument(uri);
      const superseded = () => generation !== this.scanGeneration;
      // Queries meanwhile answer from derived data of an earlier generation (corpus/derived/servedGeneration.ts).
      corpus.index.setIndexing({ done: 0, total: files.length });
      const report = await engine.scan(corpus, files.map((f) => ({ uri: pathToFileURL(f).toString(), file: f })), {
        maxBytes: settings.maxFileBytes,
        token: { get isCancellationRequested() { return superseded(); } },
        skip: (uri) => !!this.openDoc(uri), // the editor's copy wins
        onSkipped: (item, reason) => {
          skipped.set(item.uri, reason);
          this.removeDocument(item.uri);
          log.warn(`Skipped ${item.file}: ${reason}`);
        },
        onWarning: (item, w) => log.warn(`${item.file}: ${w}`),
        onError: (item, e) => log.error(`Could not analyse ${item.file}: ${(e as Error).stack ?? e}`),
        onProgress: (done, total) => {
          corpus.index.setIndexing({ done, total });
          corpus.index.refreshWhileIndexing();
          const now = Date.now();
          if (now - reportedAt < PROGRESS_EVERY_MS && done !== total) return;
          reportedAt = now;
          progress.report(Math.round((done / total) * 100), doneOf(done, total, 'articles'));
        },
        onAnalysed: (item) => skipped.delete(item.uri),
        // Waiting for the entity worker, this thread contributes the documents so far to the corpus
        // tables (n-grams of key terms and the word filter included), which prepareQueries would
        // otherwise do alone below.
        whileTagging: () => corpus.index.prepareTables(true, true),
      });
      if (superseded()) return; // a newer scan took over
      // Still within the progress: what the first hover would otherwise wait for.
      progress.report(100, 'building the corpus tables');
      // Timed for the log: this part comes after the entity worker's last answer.
      const scanned = Date.now();
      corpus.index.setIndexing(undefined);
      // With the entity worker still up, it resolves the entities while this thread builds the other
      // tables (answering its questions between steps); the resolution step then takes its answer.
      const beside = engine.resolveBeside(corpus);
      // Meanwhile a query answers from the generation it read while indexing (if any), not by resolving the corpus here.
      if (beside) corpus.index.holdWhileResolving(true);
      const [resolution, ...others] = corpus.index.queryPreparations(); // the resolution first
      const steps = beside ? [...others, async () => (await beside, corpus.index.holdWhileResolving(false), resolution())] : [resolution, ...others];
      // Step by step, requests answered in between: a hover then waits for one step, not all of them.
      for (const step of steps) {
        await step();
        await afterPendingRequests();
        if (superseded()) return;
      }
      if (this.env.showsViews()) {
        // Such a client asks for the Terms view's records (its status bar) as soon as indexing
        // ends: built here, or a hover at that moment waits behind them (1.8 s on 38 MB).
        progress.report(100, 'listing the terms for the views');
        this.env.prepareViews();
      }
      indexed = true;
      log.info(`Indexed ${corpus.index.size} articles in ${Date.now() - started} ms (${report.analysed} analysed, ${report.fromCache} from the cache, ${skipped.size} skipped${engine.workers ? `, ${engine.workers} worker threads` : ''}${waited(report)}; the tables after the scan ${Date.now() - scanned} ms)`);
    } finally {
      if (generation === this.scanGeneration) {
        this.indexing = false;
        corpus.index.holdWhileResolving(false);
        corpus.index.setIndexing(undefined);
        this.analysisChanged();
      }
      progress.done();
      if (indexed) {
        // From the end of the progress too: a client asks for things when indexing ends.
        const ended = performance.now();
        void whenQuiet(() => Math.max(this.lastMessageAt, ended), QUIET_MS).then(() => {
          // The entity worker a scan below 16 MB kept for the resolution (a newer scan's is its own).
          if (generation === this.scanGeneration) engine.releaseWorker();
          loadEntityTagger();
          engine.saveCache();
        });
      } else if (generation === this.scanGeneration) engine.releaseWorker();
    }
  }

  rescan(): Promise<void> {
    return this.scanWorkspace().catch((e) => this.env.log.error(`Indexing failed: ${(e as Error).stack ?? e}`));
  }

  listen(connection: Connection, beforeRequests: EditsBeforeRequests): void {
    connection.onDidChangeWatchedFiles(({ changes }) => this.filesChanged(changes));
    this.documents.listen(connection);
    beforeRequests.attach(this);
  }

  async dispose(): Promise<void> {
    await this.engine.dispose(this.corpus);
    if (this.changedTimer) clearTimeout(this.changedTimer);
  }
}

/**
 * The connection's message strategy: before a request is dispatched, document sync applies the
 * edits still waiting on their debounce. LSP messages are handled in the order they came, so a
 * hover sent after a change reads the changed text, while a burst of changes with no request
 * between them is still analysed once; the request handlers themselves only read.
 */
export class EditsBeforeRequests implements MessageStrategy {
  private sync: DocumentSync | undefined;

  attach(sync: DocumentSync): void {
    this.sync = sync;
  }

  handleMessage(message: Message, next: (message: Message) => void | Promise<void>): void | Promise<void> {
    if (Message.isRequest(message)) this.sync?.applyPendingEdits();
    const handled = next(message);
    // When it was handled, not when it came: a request that took 2 s (the first hover on an article
    // just opened) is no quiet time, and the analyst's next keystroke follows its answer.
    if (this.sync) this.sync.lastMessageAt = performance.now();
    return handled;
  }
}

/**
 * Loads the entity tagger's model in this thread (as soon as an article is opened anyway). A scan
 * with the entity worker tags in the worker, so the first article the analyst opens or edits after
 * indexing loaded it: 0.05-0.12 s of opening a 10,000-word article after indexing 5 or 38 MB (CPU
 * profiles, 00cf216); 6-27 ms and 5 MB since the model's tables ship as built (00c0401). A model
 * that fails to load is reported by the analysis that needs it.
 */
function loadEntityTagger(): void {
  try {
    nerEngine();
  } catch {
    // reported by the first analysis
  }
}

/** How long the entity worker and this thread waited for each other (the slower one set the pace). */
function waited(report: ScanReport): string {
  const w = report.waited;
  return w ? `; this thread waited ${Math.round(w.thisThread)} ms for the entity worker, it ${Math.round(w.worker)} ms for this thread` : '';
}
