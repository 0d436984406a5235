/**
 * Cold and warm analysis of many files: read and decode them, take what the disk cache has,
 * analyse the rest on the worker pool (both cores) or in-process, and put everything in the
 * corpus. Shared by the language server, the command line and the benchmark.
 */
import { contentHash } from '../analysis/document';
import { Corpus, CancellationLike } from '../analysis/corpus/corpus';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';
import { DEFAULT_MAX_FILE_BYTES } from '../analysis/text/decode';
import { AnalysisCache } from './cacheStore';
import { readArticle } from './files';
import { WorkerPool, analyzeWithFallback } from './workerPool';

export interface ScanItem {
  /** Key in the corpus (a URI in the server, the path as given in the command line). */
  readonly uri: string;
  readonly file: string;
}

export interface ScanOptions {
  readonly pool?: WorkerPool;
  readonly cache?: AnalysisCache;
  readonly maxBytes?: number;
  readonly token?: CancellationLike;
  /** Skip a file (e.g. an open editor has a newer copy): checked before putting its result. */
  readonly skip?: (uri: string) => boolean;
  onSkipped?(item: ScanItem, reason: string): void;
  onWarning?(item: ScanItem, warning: string): void;
  onError?(item: ScanItem, error: unknown): void;
  /** A file's analysis (fresh or cached) went into the corpus. */
  onAnalysed?(item: ScanItem): void;
  onProgress?(done: number, total: number): void;
}

export interface ScanReport {
  readonly analysed: number;
  readonly fromCache: number;
  readonly skipped: number;
  readonly failed: number;
  readonly bytes: number;
}

const READ_CONCURRENCY = 16;

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
    o.onProgress?.(done, items.length);
  };
  let next = 0;
  const readOne = async (): Promise<void> => {
    while (next < items.length) {
      if (o.token?.isCancellationRequested) return;
      const item = items[next++];
      const r = await readArticle(item.file, o.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
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
      const hash = contentHash(text);
      const current = corpus.index.get(item.uri);
      if (current && current.hash === hash) {
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
      const job = (async () => {
        try {
          const { analysis, record } = pool
            ? await analyzeWithFallback(pool, text, corpus.analysisOptions, recognizers, name)
            : await inProcess(text, corpus);
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
      })();
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      // Keep the queue short enough that memory holds only a few pending texts per worker.
      while (pool && pool.pending > pool.size * 4 && inFlight.size) await Promise.race(inFlight);
      if (!pool) await job;
    }
  };
  const readers = Array.from({ length: Math.min(READ_CONCURRENCY, Math.max(1, items.length)) }, readOne);
  await Promise.all(readers);
  await Promise.all([...inFlight]);
  return { analysed, fromCache, skipped, failed, bytes };
}

async function inProcess(text: string, corpus: Corpus) {
  // Yield first, so a long in-process scan leaves room for requests in between.
  await new Promise((r) => setImmediate(r));
  return analyzeWithFallback(undefined, text, corpus.analysisOptions, corpus.analysisRecognizers);
}
