/**
 * What the language server needs around the corpus: the entity worker for a big initial scan,
 * the disk cache for warm starts, and debouncing of edits to open documents.
 *
 * - Cache folder: `initializationOptions.cacheDir` (the client passes its storage folder),
 *   else a folder under the system temp dir keyed by the workspace folders.
 * - Edits: `schedule(uri, run)` runs `run(uri)` after `EDIT_DEBOUNCE_MS` of quiet for that
 *   document; a newer edit replaces the pending one (stale work is never started), and
 *   `flush()` runs whatever is pending (before a request, so answers match the text).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../analysis/corpus/corpus';
import { AnalysisCache, CACHE_FILE, cacheKey } from './cacheStore';
import { EntityWorker } from './entityWorker';
import { ScanItem, ScanOptions, ScanReport, resolveBeside, scanFiles } from './scan';
import { textAmount, workersBesideMainThread } from './workerPool';

export const EDIT_DEBOUNCE_MS = 150;
/** Below this many files the entity worker is not worth starting. */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * How the server indexes `files`, of which `misses` are not in the cache: in one thread below
 * SHARED_WORKER_MIN_BYTES of text to analyse (or with no spare core); from IN_PROCESS_MAX_BYTES with
 * the entity tagger in a worker; between, with a worker that only tags (`markersHere`: this thread
 * finds the rhetoric markers, so each isolate compiles only its half), as the command line scans
 * (cli/main.ts), if half a core or more was idle since the last look (`idleCores`). That worker takes CPU of its
 * own (its start, model, compiles and tokenizer pass) to take work off this thread: 2,455 short
 * articles (5 MB), 5 alternating whole-process pairs on a machine whose sessions kept both cores
 * busy (load 8.5-11): this thread's CPU 2.34-2.45 s against 3.49-4.04, the process's 1.19 times,
 * and the indexing 1.23 times as long (0.94-1.43): each session's threads share one share of the
 * cores there. With an idle core the worker's time overlaps this thread's (the command line: 0.90 of
 * the time, quiet machine). With the worker for a big corpus, long texts go in batches (`BIG_BATCHES`).
 */
export function indexingThreads(files: readonly string[], misses: number, spareCores = workersBesideMainThread(), idle = idleCores()): { entityWorker: boolean; markersHere: boolean; longBatches: boolean } {
  const text = misses >= MIN_FILES_FOR_WORKERS && spareCores > 0 ? textAmount(files, misses / files.length) : 'little';
  const entityWorker = text === 'big' || (text === 'some' && idle >= MIN_IDLE_CORES);
  const markersHere = entityWorker && text === 'some';
  return { entityWorker, markersHere, longBatches: entityWorker && !markersHere };
}

/**
 * Idle cores from which a second thread is worth it. Measured from this process's start: on an idle
 * machine its own start keeps one core busy and leaves the other mostly idle; when other work keeps
 * both busy, little is idle. (The 1-minute load average lags: a burst just before, such as the
 * editor's own start, would hide an idle core for a minute.)
 */
const MIN_IDLE_CORES = 0.5;

/** The processors' times when last looked at (`idleCores`), first at this module's load. */
let lastLook = os.cpus();

/** Cores idle on average since the last call (the first: since this module loaded). */
export function idleCores(): number {
  const now = os.cpus();
  const idle = coresIdleBetween(lastLook, now);
  lastLook = now;
  return idle;
}

/**
 * Cores idle on average between two readings of the processors' times (os.cpus()); with under
 * MIN_LOOK_MS of processor time between them (the times count in ticks of 10 ms), from the 1-minute
 * load average instead.
 */
export function coresIdleBetween(before: readonly os.CpuInfo[], after: readonly os.CpuInfo[]): number {
  let idle = 0;
  let total = 0;
  after.forEach((cpu, i) => {
    const was = before[i]?.times;
    if (!was) return;
    const t = cpu.times;
    idle += t.idle - was.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq - (was.user + was.nice + was.sys + was.idle + was.irq);
  });
  if (total < MIN_LOOK_MS) return Math.max(0, after.length - os.loadavg()[0]);
  return (idle / total) * after.length;
}
const MIN_LOOK_MS = 100;

/**
 * How the server scans a big corpus (the entity worker beside this thread for every batch): long
 * texts a few together, as the command line does (scan.ts LONG_BATCH_CHARS: each model's tables
 * stay in the processor's caches across a batch, and a batch is one message each way, not one per
 * speech), in batches of 64 KB rather than 160 (a batch holds this thread, and requests wait,
 * longer); with this thread then often the faster, half the text begun ahead (AHEAD_MAX_CHARS),
 * which it holds while it waits. Indexing 38 MB of speeches (loaded machine, 5-10), against one
 * speech per batch: 0.72 (0.65-0.99) of the time and 1.08 (0.95-1.09) of the memory after it (8.6-9.7x
 * the corpus), 3 alternating pairs; the process's CPU about 0.9 (0.84-0.98), 4 rounds; with 160 KB
 * batches and 1 MB ahead the same CPU but 1.14 (1.09-1.18) of the peak memory.
 */
const BIG_BATCHES = { batchLongTexts: true, longBatchChars: 64 * 1024, aheadMaxChars: 512 * 1024 } as const;

export class ServerAnalysis {
  private cacheDir: string | undefined;
  private cache: AnalysisCache | undefined;
  private lastScanWorkers = 0;
  /** The entity worker started before the first scan (`startWorkerEarly`), until a scan takes or closes it. */
  private earlyWorker: EntityWorker | undefined;
  /** The worker a scan kept for the entity resolution after it (`resolveBeside`), then until `releaseWorker`. */
  private resolver: EntityWorker | undefined;
  private spent: EntityWorker | undefined;
  /** The background hash verification of the last scan (see `scanFiles`' `trustFileTimes`). */
  verifying: Promise<number> = Promise.resolve(0);
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; run: (uri: string) => void }>();

  constructor(private readonly log: (message: string) => void) {}

  configure(cacheDir: unknown, folders: readonly string[]): void {
    if (typeof cacheDir === 'string' && cacheDir) this.cacheDir = cacheDir;
    else {
      const key = createHash('sha1').update(folders.join('\n')).digest('hex').slice(0, 12);
      this.cacheDir = path.join(os.tmpdir(), 'discourse-lens-cache', key);
    }
  }

  /**
   * Starts the entity worker now when the first scan will likely want it (no cache file yet, a spare
   * core, idle): its isolate, bundle and model (~0.3-0.5 s before its first answer) then load while this
   * thread answers the client's handshake and lists the workspace. A scan that does not need it closes
   * it. Whether a worker waits for the first scan now.
   */
  startWorkerEarly(idle = idleCores()): boolean {
    if (!this.earlyWorker && this.cacheDir && workersBesideMainThread() > 0 && idle >= MIN_IDLE_CORES && !fs.existsSync(path.join(this.cacheDir, CACHE_FILE))) this.earlyWorker = new EntityWorker(this.log);
    return !!this.earlyWorker?.available;
  }

  /** Worker threads the last scan used (the worker closes when a scan ends). */
  get workers(): number {
    return this.lastScanWorkers;
  }

  private cacheFor(corpus: Corpus): AnalysisCache | undefined {
    if (!this.cacheDir) return undefined;
    const key = cacheKey(corpus.analysisOptions);
    if (!this.cache || this.cache.key !== key || this.cache.dir !== this.cacheDir) {
      this.cache = new AnalysisCache(this.cacheDir, key);
      const r = this.cache.load();
      if (r.ignored && r.ignored !== 'no cache yet') this.log(`Discourse Lens: analysis cache ignored (${r.ignored}); rebuilding it`);
    }
    return this.cache;
  }

  /** Scans files with the entity worker and the cache (the caller saves the cache afterwards: `saveCache`). */
  async scan(corpus: Corpus, items: readonly ScanItem[], options: Omit<ScanOptions, 'pool' | 'cache' | 'entityWorker'>): Promise<ScanReport> {
    // A worker an earlier scan kept (that scan was superseded, or the client was never quiet since).
    this.releaseWorker();
    const cache = this.cacheFor(corpus);
    const misses = cache ? Math.max(0, items.length - cache.size) : items.length;
    // A cold scan of some text: the entity tagger in a worker, the rest of each analysis in this thread.
    const early = this.earlyWorker;
    // A worker started early was started with a core idle: what it keeps busy since is its own start.
    const threads = indexingThreads(items.map((i) => i.file), misses, undefined, early?.available ? MIN_IDLE_CORES : idleCores());
    this.earlyWorker = undefined;
    if (early && !threads.entityWorker) void early.close();
    const entityWorker = threads.entityWorker ? (early?.available ? early : new EntityWorker(this.log)) : undefined;
    if (entityWorker && !entityWorker.available) this.log(`Discourse Lens: tagging entities in-process (${entityWorker.failure})`);
    this.lastScanWorkers = entityWorker?.available ? 1 : 0;
    // A big corpus's analyses are kept encoded, as the cache stores them: a full analysis holds its
    // structures as objects, about 1.5 times the text more. A smaller corpus's stay objects: the memory
    // is little there, and the index is ready sooner.
    const markersHere = !!entityWorker && threads.markersHere;
    let report: ScanReport;
    let kept = false;
    try {
      // A big corpus: its long texts in batches, as the command line scans them (`BIG_BATCHES`).
      const batches = entityWorker && threads.longBatches ? BIG_BATCHES : {};
      report = await scanFiles(corpus, items, { ...options, entityWorker, cache, trustFileTimes: true, markersHere, keepAnalyses: !entityWorker || markersHere, ...batches });
      // Below IN_PROCESS_MAX_BYTES the worker stays for the entity resolution at the end (`resolveBeside`).
      kept = markersHere && !!entityWorker?.available && !options.token?.isCancellationRequested;
      if (kept) this.resolver = entityWorker;
    } finally {
      // The worker is only for cold scans: let it go once the corpus is in, and its isolate's memory
      // before the tables after the scan take theirs.
      if (!kept) await entityWorker?.close();
    }
    // Files taken on size and mtime are hashed afterwards, in slices; a changed one is re-analysed.
    this.verifying = report.verify().then(
      (n) => {
        if (n) this.log(`Discourse Lens: ${n} cached analyses were stale (same size and time, other text); re-analysed`);
        return n;
      },
      (e) => {
        this.log(`Discourse Lens: cache verification failed: ${(e as Error).message}`);
        return 0;
      },
    );
    if (cache && !options.token?.isCancellationRequested) cache.retain(new Set(corpus.index.uris().map((u) => corpus.index.get(u)!.hash)));
    return report;
  }

  /**
   * Starts the entity resolution of the corpus as it is now in the worker the last scan kept (one
   * below IN_PROCESS_MAX_BYTES): this thread prepares the other tables meanwhile, and answers the
   * worker's questions when it yields (scan.ts `resolveBeside`). The index takes the worker's
   * grouping and misspellings on its next query if nothing changed since. Undefined without such a
   * worker (the index resolves when asked).
   */
  resolveBeside(corpus: Corpus): Promise<boolean> | undefined {
    const worker = this.resolver;
    this.resolver = undefined;
    if (!worker) return undefined;
    // Closed by `releaseWorker`, not here: the end of its isolate takes a core from the requests that
    // come as indexing ends.
    this.spent = worker;
    return resolveBeside(corpus, worker, () => undefined, true).catch((e) => {
      this.log(`Discourse Lens: entity resolution in the worker failed: ${(e as Error).message}`);
      return false;
    });
  }

  /** Closes the worker the last scan kept, if any (the caller picks the moment: when the client is quiet). */
  releaseWorker(): void {
    void this.resolver?.close();
    void this.spent?.close();
    this.resolver = this.spent = undefined;
  }

  /**
   * Writes the cache in the background, a slice of encoding at a time (the caller picks the moment:
   * after the indexing progress, when the client is quiet; the analyses made in this process are
   * encoded then, not while the analyst waits for the index or for an answer).
   */
  saveCache(): void {
    void this.cache?.saveInBackground().then((e) => e && this.log(`Discourse Lens: ${e}`));
  }

  schedule(uri: string, run: (uri: string) => void): void {
    const prev = this.pending.get(uri);
    if (prev) clearTimeout(prev.timer);
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      run(uri);
    }, EDIT_DEBOUNCE_MS);
    this.pending.set(uri, { timer, run });
  }

  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (p) clearTimeout(p.timer);
    this.pending.delete(uri);
  }

  /** Runs every pending analysis now. */
  flush(): void {
    if (!this.pending.size) return;
    const all = [...this.pending];
    this.pending.clear();
    for (const [uri, p] of all) {
      clearTimeout(p.timer);
      p.run(uri);
    }
  }

  async dispose(corpus?: Corpus): Promise<void> {
    void this.earlyWorker?.close();
    this.earlyWorker = undefined;
    this.releaseWorker();
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    if (corpus && this.cache) {
      await this.cache.settled();
      this.cache.save();
    }
  }
}
