/**
 * Cold and warm analysis of many files: read and decode them, take what the disk cache has,
 * analyse the rest on the worker pool (both cores) or in-process, and put everything in the
 * corpus. Shared by the language server, the command line and the benchmark.
 */
import { decodeAnalysis, encodeAnalysis } from '../analysis/cache/codec';
import { type BegunAnalyses, type DocumentAnalysis, SHORT_TEXT_CHARS, analyzeDocument, analyzeDocuments, beginAnalyses, contentHash, finishAnalyses } from '../analysis/document';
import { Corpus, CancellationLike } from '../analysis/corpus/corpus';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';
import { DEFAULT_MAX_FILE_BYTES } from '../analysis/text/decode';
import { type SegmentedText, segment } from '../analysis/text/structure';
import { AnalysisCache } from './cacheStore';
import type { EntityWorker, Found } from './entityWorker';
import { readArticleSync } from './files';
import { performance } from 'perf_hooks';
import { WorkerPool, analyzeWithFallback } from './workerPool';

export interface ScanItem {
  /** Key in the corpus (a URI in the server, the path as given in the command line). */
  readonly uri: string;
  readonly file: string;
}

export interface ScanOptions {
  readonly pool?: WorkerPool;
  /**
   * The calling thread analyses too while the pool has a full backlog (a command line with one
   * worker per spare core), instead of waiting idle for the workers.
   */
  readonly mainThreadToo?: boolean;
  readonly cache?: AnalysisCache;
  /**
   * Tags entities of the texts this thread analyses (without `pool`, or beside it when it is
   * saturated) while this thread does the other steps: both cores for a corpus too small for `pool`.
   */
  readonly entityWorker?: EntityWorker;
  /**
   * Work of this thread's own while the entity worker tags the batches ahead (the language server
   * builds the corpus tables): called before this thread waits for the worker's entities, which it
   * otherwise does idle.
   */
  whileTagging?(): void;
  /**
   * With the entity worker: this thread finds every batch's rhetoric markers, and the worker only
   * tags, whichever waits (see analyseBatch): for a corpus so small that the worker's compiling the
   * rhetoric model's code too would cost more than it saves.
   */
  readonly markersHere?: boolean;
  /**
   * Keep this thread's analyses as they are, not encoded and decoded as a cache record (the cache
   * encodes them when it is saved): for a scan without workers that someone waits for (the language
   * server's indexing), where the round trip was 6% of the analysis time of 600 short articles.
   */
  readonly keepAnalyses?: boolean;
  /**
   * Long texts analysed together too (up to BATCH_DOCUMENTS texts, LONG_BATCH_CHARS in all), not one
   * by one: for a scan no request waits on (the command line), as a batch holds this thread longer;
   * the language server's scan of a big corpus, in smaller batches (`longBatchChars`).
   */
  readonly batchLongTexts?: boolean;
  /** With `batchLongTexts`: the characters of a batch of long texts (default LONG_BATCH_CHARS). */
  readonly longBatchChars?: number;
  /** With the entity worker: the text this thread may begin beyond its answers (default AHEAD_MAX_CHARS). */
  readonly aheadMaxChars?: number;
  readonly maxBytes?: number;
  readonly token?: CancellationLike;
  /**
   * Take a file whose size and mtime match the cache's record without hashing it first (warm
   * starts); the caller must run `report.verify()` afterwards (e.g. when idle).
   */
  readonly trustFileTimes?: boolean;
  /** Skip a file (e.g. an open editor has a newer copy): checked before putting its result. */
  readonly skip?: (uri: string) => boolean;
  onSkipped?(item: ScanItem, reason: string): void;
  onWarning?(item: ScanItem, warning: string): void;
  onError?(item: ScanItem, error: unknown): void;
  /** A file's analysis (fresh or cached) went into the corpus. */
  onAnalysed?(item: ScanItem): void;
  /** Files done (read, skipped or analysed) of all; none once the scan is cancelled. */
  onProgress?(done: number, total: number): void;
}

export interface ScanReport {
  readonly analysed: number;
  readonly fromCache: number;
  readonly skipped: number;
  readonly failed: number;
  readonly bytes: number;
  /**
   * With `trustFileTimes`: hashes the documents that were taken from the cache on the strength
   * of their size and mtime, re-analyses any whose text does not match; the number re-analysed.
   */
  verify(): Promise<number>;
  /** With the entity worker: milliseconds this thread waited for it, and it for this thread (after its first batch). */
  readonly waited?: { readonly thisThread: number; readonly worker: number };
}

const YIELD_EVERY_MS = 10;
/** Short texts this thread analyses together (`analyzeDocuments`): at most so many, of so many characters in all (~30 ms). */
const BATCH_DOCUMENTS = 16;
const BATCH_CHARS = 32 * 1024;
/**
 * With `batchLongTexts`: speeches of 20 KB on average took 4% less CPU in batches of 4 and 7-11% less
 * in batches of 8 than one by one (120 UN speeches in-process, warm, 3 alternating rounds): each
 * model's tables stay in the processor's caches across the batch (see `analyzeDocuments`).
 */
const LONG_BATCH_CHARS = 160 * 1024;

/**
 * Batches handed to the entity worker and not answered beyond which this thread, had it not more to
 * begin, would wait for the worker: the worker always has the next batch queued while this thread
 * does its own part of the last.
 */
const TAGGING_AHEAD = 2;

/**
 * Text this thread may have begun (read, segmented, markers found) and sent to the entity worker
 * beyond the batches it answered: instead of waiting for the worker's start (its isolate, models and
 * first batch: ~1.1 s on 38 MB of speeches, while this thread's part of a batch is 3-5 ms), or
 * whenever it is behind, this thread begins the next batches, and finishes each as its answer comes.
 * A begun batch holds ~4 bytes per character besides its text (beginAnalyses of 1.8 MB of speeches),
 * and the worker's queue a copy of its texts: the language server's peak on 38 MB of speeches was
 * 348 MiB with 1 MB here, 373 with 2 MB, 368-414 with 4 MB, 408 with 8 MB (one to three runs each,
 * loaded machine), against 336-339 waiting after 2 batches.
 */
const AHEAD_MAX_CHARS = 1024 * 1024;

/**
 * Which of the entity worker and the calling thread has lately waited for the other (the slower one
 * sets the pace): from each thread's total waits as they grow, the waits of the last batches count,
 * fading over PACE_BATCHES batches (to 1/e), as the pace changes during a scan. (The worker's first
 * batches run cold, so it was the slower at first and this thread after: on 38 MB of speeches, totals
 * since the start, with this thread's time beginning batches ahead counted as a wait, kept all but
 * 30-115 of 2,108 batches' markers here while the worker waited 9.5-14.7 s for this thread and this
 * thread 0.1-0.4 s for it, loaded machine. Beginning ahead is a buffer of batches whose sizes vary,
 * not a wait: the worker waited meanwhile.)
 */
export class Pace {
  private idle = 0;
  private waited = 0;
  private idleTotal = 0;
  private waitedTotal = 0;

  /** The totals now: milliseconds the worker waited for this thread, and this thread for the worker. */
  note(workerIdleMs: number, waitedMs: number): void {
    const fade = 1 - 1 / PACE_BATCHES;
    this.idle = this.idle * fade + workerIdleMs - this.idleTotal;
    this.waited = this.waited * fade + waitedMs - this.waitedTotal;
    this.idleTotal = workerIdleMs;
    this.waitedTotal = waitedMs;
  }

  /** Whether the worker lately waited longer for this thread than this thread for it (none yet: no). */
  get workerAhead(): boolean {
    return this.idle > this.waited;
  }
}
const PACE_BATCHES = 32;

/**
 * Batches waiting for the worker's answer from which this thread finds the next batch's markers
 * itself, however the pace: the worker given the markers whenever it lately waited became the slower
 * at times, and this thread then waited at AHEAD_MAX_CHARS, holding the batches begun up to it (38 MB
 * of speeches, language server, loaded machine: peak memory 1.06 of before in the median of 12
 * alternating pairs). With a bound of 2, it kept most markers here (this thread's CPU 0.99 of before,
 * 4 pairs); with 8 (~150 KB of speeches), 0.92 and peak memory 0.98 (3 pairs).
 */
export const MARKERS_BACKLOG = 8;

/** A text read and waiting to be analysed in this thread. */
interface Pending {
  readonly item: ScanItem;
  readonly text: string;
  readonly hash: string;
  readonly version: number;
}

export async function scanFiles(corpus: Corpus, items: readonly ScanItem[], o: ScanOptions = {}): Promise<ScanReport> {
  const recognizers = corpus.analysisRecognizers;
  const name = recognizers === defaultRecognizers ? 'default' : recognizers === noRecognizers ? 'none' : undefined;
  const pool = name && o.pool?.available ? o.pool : undefined;
  let analysed = 0;
  let fromCache = 0;
  let skipped = 0;
  let failed = 0;
  let bytes = 0;
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  const finish = () => {
    done++;
    // Not once cancelled: the caller moved on (the server's newer scan may have ended already, and a
    // late report would say the corpus is being indexed again); the entity worker's batches still come.
    if (!o.token?.isCancellationRequested) o.onProgress?.(done, items.length);
  };
  const unverified: { item: ScanItem; hash: string }[] = [];
  let next = 0;
  let lastYield = performance.now();
  // With workers, the entity worker (a big corpus) or a cache, this thread's analyses are kept encoded
  // as the workers' come (and as the cache stores them), unless `keepAnalyses`: a full analysis holds its text and structures as
  // objects, about 1.5 times the text more (300 UNGDC speeches, 5.5 MB: heap and buffers 66 -> 58
  // MB), for an encoding and decoding of 2-3% of the analysis time on speeches (6% on short
  // articles), which the cache would spend when saved anyway.
  const compact = !o.keepAnalyses && !!(o.pool || o.cache || o.entityWorker);
  /** An analysis (or its failure) goes into the corpus, unless cancelled or skipped meanwhile. */
  const settle = (item: ScanItem, version: number, result: () => { analysis: DocumentAnalysis; record?: Uint8Array }): void => {
    try {
      const { analysis, record } = result();
      if (o.token?.isCancellationRequested || o.skip?.(item.uri)) return;
      if (corpus.commit(item.uri, version, analysis)) {
        analysed++;
        o.cache?.put(analysis.hash, record ?? analysis);
        o.onAnalysed?.(item);
      }
    } catch (e) {
      failed++;
      o.onError?.(item, e);
    } finally {
      finish();
    }
  };
  let batch: Pending[] = [];
  let batchChars = 0;
  // If one of a batch's analyses fails, they are made again one by one, so that only that one is reported.
  const settleBatch = (run: readonly Pending[], analyses: readonly DocumentAnalysis[] | undefined): void =>
    run.forEach((p, i) => settle(p.item, p.version, () => inProcess(p.text, corpus, p.hash, compact, analyses?.[i])));
  const tagger = name === 'default' && o.entityWorker?.available ? o.entityWorker : undefined;
  /** Batches whose entities the entity worker tags, oldest first, with this thread's part done. */
  const tagging: { run: Pending[]; begun?: BegunAnalyses; found: Promise<Found>; chars: number; answered: boolean }[] = [];
  /** Characters of the batches in `tagging`. */
  let aheadChars = 0;
  const aheadMax = o.aheadMaxChars ?? AHEAD_MAX_CHARS;
  /** Milliseconds this thread waited for the entity worker's answers. */
  let waitedMs = 0;
  const pace = new Pace();
  const analyseBatch = (): void => {
    const run = batch;
    batch = [];
    batchChars = 0;
    const texts = run.map((p) => p.text);
    if (tagger) {
      // The slower of the two threads sets the pace: the worker finds this batch's rhetoric markers
      // too while it has lately waited for this thread longer than this thread for it, and has fewer
      // than MARKERS_BACKLOG batches to answer.
      pace.note(tagger.idleMs, waitedMs);
      const markersThere = !o.markersHere && pace.workerAhead && tagging.filter((t) => !t.answered).length < MARKERS_BACKLOG;
      // Segmented here first and sent along: the worker tags this segmentation instead of making its own.
      let segs: SegmentedText[] | undefined;
      try {
        segs = texts.map((text) => segment(text));
      } catch {
        // the worker segments them, and they are made again one by one in finishTagged
      }
      const found = tagger.tag(texts, run.map((p) => p.item.file), markersThere ? corpus.analysisOptions : undefined, segs);
      let begun: BegunAnalyses | undefined;
      try {
        if (segs) begun = beginAnalyses(texts, corpus.analysisOptions, corpus.analysisRecognizers, markersThere, segs);
      } catch {
        // made again one by one in finishTagged
      }
      const sent = { run, begun, found, chars: texts.reduce((n, t) => n + t.length, 0), answered: false };
      void found.then(() => (sent.answered = true));
      tagging.push(sent);
      aheadChars += sent.chars;
      return;
    }
    let analyses: DocumentAnalysis[] | undefined;
    try {
      analyses = analyzeDocuments(texts, corpus.analysisOptions, corpus.analysisRecognizers, run.map((p) => p.hash));
    } catch {
      // see settleBatch
    }
    settleBatch(run, analyses);
  };
  const finishTagged = async (): Promise<void> => {
    const { run, begun, found, chars } = tagging.shift()!;
    aheadChars -= chars;
    o.whileTagging?.();
    const asked = performance.now();
    const { entities, markers } = await found;
    waitedMs += performance.now() - asked;
    let analyses: DocumentAnalysis[] | undefined;
    try {
      if (begun) analyses = finishAnalyses(begun, entities, run.map((p) => p.hash), markers);
    } catch {
      // see settleBatch
    }
    settleBatch(run, analyses);
  };
  const readOne = async (): Promise<void> => {
    while (next < items.length) {
      if (o.token?.isCancellationRequested) return;
      // Synchronous reads are several times faster for many small files; yield every few
      // milliseconds so that requests are still answered during a scan.
      if (performance.now() - lastYield > YIELD_EVERY_MS) {
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
        if (o.token?.isCancellationRequested) return;
      }
      const item = items[next++];
      const st = { size: -1, mtimeMs: -1 };
      const r = readArticleSync(item.file, o.maxBytes ?? DEFAULT_MAX_FILE_BYTES, st);
      if (!r.ok) {
        skipped++;
        o.onSkipped?.(item, r.reason);
        finish();
        continue;
      }
      for (const w of r.warnings) o.onWarning?.(item, w);
      if (o.skip?.(item.uri)) {
        finish();
        continue;
      }
      const text = r.text;
      bytes += text.length;
      // Same size and mtime as when cached: trust the recorded hash now, verify it later.
      const known = o.trustFileTimes ? o.cache?.hashForFile(item.file, st.size, st.mtimeMs) : undefined;
      const hash = known ?? contentHash(text);
      if (known) unverified.push({ item, hash });
      else o.cache?.noteFile(item.file, st.size, st.mtimeMs, hash);
      if (corpus.isUpToDate(item.uri, hash)) {
        o.onAnalysed?.(item);
        finish();
        continue;
      }
      const cached = o.cache?.get(text, hash);
      if (cached) {
        corpus.put(item.uri, cached);
        fromCache++;
        o.onAnalysed?.(item);
        finish();
        continue;
      }
      const version = corpus.beginUpdate(item.uri);
      const viaPool = pool && !(o.mainThreadToo && pool.saturated) ? pool : undefined;
      if (!viaPool) {
        // In this thread: short texts together, a long one alone (unless `batchLongTexts`).
        const alone = text.length > SHORT_TEXT_CHARS && !o.batchLongTexts;
        if (alone && !tagger) settle(item, version, () => inProcess(text, corpus, hash, compact));
        else {
          if (alone && batch.length) analyseBatch();
          batch.push({ item, text, hash, version });
          batchChars += text.length;
          if (batch.length >= BATCH_DOCUMENTS || batchChars >= (o.batchLongTexts ? (o.longBatchChars ?? LONG_BATCH_CHARS) : BATCH_CHARS) || alone) analyseBatch();
          // Answers come as messages: those already here are read before this thread begins beyond TAGGING_AHEAD.
          if (tagging.length > TAGGING_AHEAD && !tagging[0].answered) await new Promise((r) => setImmediate(r));
          while (tagging.length && (tagging[0].answered || aheadChars > aheadMax)) await finishTagged();
        }
        continue;
      }
      const job = analyzeWithFallback(viaPool, text, corpus.analysisOptions, recognizers, name, hash).then(
        (r) => settle(item, version, () => r),
        (e) => settle(item, version, () => {
          throw e;
        }),
      );
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      // Keep the queue short enough that memory holds only a few pending texts per worker.
      while (!o.mainThreadToo && pool?.saturated && inFlight.size) await Promise.race(inFlight);
    }
  };
  await readOne();
  if (batch.length) {
    if (o.token?.isCancellationRequested) batch.splice(0).forEach(() => finish());
    else analyseBatch();
  }
  while (tagging.length) await finishTagged();
  await Promise.all([...inFlight]);
  const verify = async (): Promise<number> => {
    // Documents taken on the strength of size and mtime: hash them now; re-analyse a mismatch.
    let mismatches = 0;
    let last = performance.now();
    for (const { item, hash } of unverified.splice(0)) {
      if (performance.now() - last > YIELD_EVERY_MS) {
        await new Promise((r) => setImmediate(r));
        last = performance.now();
      }
      const d = corpus.index.get(item.uri);
      if (!d || d.hash !== hash) continue; // replaced meanwhile
      if (contentHash(d.text) === hash) continue;
      mismatches++;
      o.cache?.noteFile(item.file, -1, -1, ''); // forget the stale size/mtime record
      corpus.put(item.uri, analyzeDocument(d.text, corpus.analysisOptions, corpus.analysisRecognizers));
    }
    return mismatches;
  };
  if (!o.trustFileTimes) await verify();
  return { analysed, fromCache, skipped, failed, bytes, verify, waited: tagger && { thisThread: waitedMs, worker: tagger.idleMs } };
}

/** An analysis in this thread (`done` if already made), kept encoded when `compact` (see scanFiles). */
function inProcess(text: string, corpus: Corpus, hash: string, compact: boolean, done?: DocumentAnalysis): { analysis: DocumentAnalysis; record?: Uint8Array } {
  // A long in-process scan leaves room for requests in between: scanFiles yields every few milliseconds.
  const analysis = done ?? analyzeDocument(text, corpus.analysisOptions, corpus.analysisRecognizers, hash);
  if (!compact) return { analysis };
  const record = encodeAnalysis(analysis);
  return { analysis: decodeAnalysis(record, text, hash), record };
}

/**
 * The corpus steps after a scan on both threads: entity resolution in the entity worker (its own
 * models' name checks are those of the default recognisers) while this thread does `meanwhile` (the
 * key terms), then answers the lower-case counts resolution asks of it (they read the texts, which
 * are here), and the index takes the worker's resolution on its next query. Whether the worker
 * resolved; if not (other recognisers, no worker, a failure), the index resolves when asked.
 */
export async function resolveBeside(corpus: Corpus, worker: EntityWorker, meanwhile: () => void, misspellings = false): Promise<boolean> {
  if (!worker.available || corpus.analysisRecognizers !== defaultRecognizers) {
    meanwhile();
    return false;
  }
  const input = corpus.index.resolutionInput();
  const found = worker.resolve(input, misspellings, (asked) => corpus.index.lowerCaseUses(asked));
  meanwhile();
  const r = await found;
  if (r) corpus.index.offerResolution(input, r.resolved, r.misspellings);
  return !!r;
}
