/**
 * One worker thread that runs the entity tagger (the default recognisers') for a scan whose calling
 * thread does the rest of each analysis (`beginAnalyses`/`finishAnalyses` in analysis/document.ts):
 * the language server's indexing of a big corpus. Whole analyses in a pool of workers beside the
 * main thread (as the command line scans) compile the whole analysis and load every model in each
 * isolate: V8's optimising compiler took 18% of the server's CPU indexing 38 MB of speeches so, on
 * 2 cores. The tagger is about half of an analysis; here each isolate compiles its own half, and no
 * analysis is encoded in one thread and decoded in another. Texts go in batches; answers come back in
 * order. If the worker cannot start or stops, the caller tags in-process (`entities` resolves to
 * undefined entries).
 */
import type { Worker } from 'worker_threads';
import type { EntityMention } from '../analysis/types';
import type { EntitiesRequest, EntitiesResponse } from './workerMain';
import { IN_PROCESS_MAX_BYTES, startWorker, workerScript } from './workerPool';

/**
 * Below this much text to analyse the server indexes in one thread. On 2,455 short articles (5 MB)
 * the entity worker took 4% and 35% more CPU (two calls of 4 and 3 alternating pairs on a loaded
 * machine: its start, its model, its own tokenizer pass and compiles) for no shorter indexing, and
 * V8's compiler threads keep much of the other core busy there; on 38 MB of speeches it took 7-12%
 * less CPU than whole analyses in a worker beside the main thread (two calls of 2 pairs).
 */
export const ENTITY_WORKER_MIN_BYTES = IN_PROCESS_MAX_BYTES;

/** A text's mentions, or undefined: the caller tags it itself (the worker failed on it, or is gone). */
export type FoundEntities = readonly (EntityMention[] | undefined)[];

export class EntityWorker {
  private worker: Worker | undefined;
  /** The requests sent, oldest first (the worker answers in order). */
  private readonly waiting: { readonly count: number; resolve(found: FoundEntities): void }[] = [];
  /** Why the worker is not available, if it is not. */
  failure?: string;

  constructor(private readonly log: (m: string) => void = () => {}) {
    const script = workerScript();
    if (!script) {
      this.failure = 'worker script not found';
      return;
    }
    try {
      this.worker = startWorker(script);
    } catch (e) {
      this.failure = `could not start a worker: ${(e as Error).message}`;
      return;
    }
    const worker = this.worker;
    worker.unref();
    worker.on('message', (res: EntitiesResponse) => {
      const next = this.waiting.shift();
      if (!this.waiting.length) worker.unref();
      next?.resolve(res.entities.map((r) => (Array.isArray(r) ? r : undefined)));
    });
    const stopped = (why: string) => {
      if (!this.worker) return;
      this.worker = undefined;
      this.failure ??= why;
      this.log(`Discourse Lens: entity worker stopped (${why}); tagging in-process`);
      for (const w of this.waiting.splice(0)) w.resolve(new Array(w.count).fill(undefined));
    };
    worker.on('error', (e) => stopped(e.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
  }

  get available(): boolean {
    return !!this.worker;
  }

  /** The entity mentions of each text (undefined entries: tag them in-process). */
  entities(texts: readonly string[]): Promise<FoundEntities> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(new Array(texts.length).fill(undefined));
    return new Promise((resolve) => {
      this.waiting.push({ count: texts.length, resolve });
      worker.ref();
      worker.postMessage({ entityTexts: texts } satisfies EntitiesRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failure ??= 'closed';
    for (const w of this.waiting.splice(0)) w.resolve(new Array(w.count).fill(undefined));
    await worker?.terminate().catch(() => 0);
  }
}
