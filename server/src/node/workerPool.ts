/**
 * A pool of worker threads for cold analysis (one per core, capped). The worker script is
 * `worker.js` next to the bundle (`server/out/worker.js`), or `server/src/worker.ts` when
 * running from source under tsx (loaded with `--import tsx`). If workers cannot start, or
 * one dies, its jobs fall back to the caller (`analyze` rejects with `WorkerUnavailable`,
 * and `analyzeWithFallback` analyses in-process).
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { decodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, DocumentAnalysis, Recognizers, analyzeDocument } from '../analysis/document';
import { type WorkerOptions, type WorkerRequest, type WorkerResponse, toWire } from './workerMain';

export class WorkerUnavailable extends Error {}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly options: { readonly id: number; readonly wire: WorkerOptions };
  readonly recognizers: WorkerRequest['jobs'][number]['recognizers'];
  readonly hash?: string;
  resolve(r: { hash: string; record: Uint8Array }): void;
  reject(e: Error): void;
}

/**
 * A worker takes several queued texts at once, up to these limits: one message each way per batch
 * instead of per text (most articles are a few KB), while large texts still go one by one.
 */
const BATCH_JOBS = 8;
const BATCH_CHARS = 64 * 1024;

interface Slot {
  worker: Worker;
  /** The batch the worker is analysing. */
  busy?: Job[];
  /** The options the worker holds (see WorkerRequest.optionsId). */
  optionsId?: number;
}

export interface WorkerScript {
  readonly file: string;
  readonly execArgv: string[];
  /** The worker's old-generation limit in MB (default WORKER_OLD_SPACE_MB). */
  readonly maxOldSpaceMb?: number;
}

/**
 * The old-generation limit of a worker thread, in MB: far above what its work keeps (the entity
 * worker's heap after a full collection: 27-37 MB while the language server indexes 38 MB of
 * speeches), set because V8 lets a heap grow between full collections by a factor that rises with
 * its limit: under the process's (4 GB here) the entity worker's heap reached 78-95 MB before one,
 * 20% of the server's peak; under 512 MB, 46-48 MB. A worker that reaches it stops (out of memory)
 * and its caller does the work, as when any worker stops.
 */
export const WORKER_OLD_SPACE_MB = 512;

/** Where the worker script is, bundled or from source; undefined if neither exists. */
export function workerScript(): WorkerScript | undefined {
  // Override (the benchmark runs from source but measures the bundled worker, as shipped).
  const env = process.env.DISCOURSE_LENS_WORKER;
  if (env && fs.existsSync(env)) return { file: env, execArgv: [] };
  const candidates = [
    { file: path.join(__dirname, 'worker.js'), execArgv: [] as string[] },
    { file: path.join(__dirname, '..', 'worker.ts'), execArgv: ['--import', 'tsx'] },
    { file: path.join(__dirname, '..', '..', 'out', 'worker.js'), execArgv: [] as string[] },
  ];
  for (const c of candidates) if (fs.existsSync(c.file) && (c.file.endsWith('.js') || __filename.endsWith('.ts'))) return c;
  return undefined;
}

/** Starts a worker thread on the script (throws if it cannot). */
export function startWorker(script: WorkerScript): Worker {
  // From source: register tsx's CommonJS hook inside the worker, then load the entry.
  const resourceLimits = { maxOldGenerationSizeMb: script.maxOldSpaceMb ?? WORKER_OLD_SPACE_MB };
  return script.file.endsWith('.ts')
    ? new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(script.file)});`, { eval: true, resourceLimits })
    : new Worker(script.file, { execArgv: script.execArgv, resourceLimits });
}

export function defaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 8));
}

/**
 * Workers for a scan whose own thread analyses too while they are busy: one per core beside it.
 * Each worker loads its own copy of the models and the calling thread needs them anyway (entity
 * resolution, edits of open documents), so a worker per core would put three analysers on two
 * cores. On 2 cores, 1,100 speeches (25 MB): one worker beside the command line's thread took 13%
 * less time and 16% less CPU than two (4 paired runs); the server measured the same on short articles.
 * One core: no workers.
 */
export function workersBesideMainThread(): number {
  return defaultWorkerCount() - 1;
}

/**
 * Below this much text the command line (without --jobs) and the language server's indexing use the
 * entity worker for tagging only (from SHARED_WORKER_MIN_BYTES; below that, one thread): a worker is
 * an isolate of its own, which loads the models again (about 0.5 s)
 * and runs the analysis interpreted and compiles it again for its first few hundred documents. On
 * 2,587 files of 2 KB (5 MB), one worker beside the main thread: the command line 25% more CPU
 * (3 alternating whole-process pairs; on a quiet machine earlier, 14% more time), the language
 * server's indexing 6% more CPU and 57 MB more memory for the same time on a loaded machine.
 * Measured again with fewer optimising recompiles of the entity rules (issue 10), on a loaded
 * machine: one worker beside the main thread took 31% more CPU and 40% more time on those 5 MB
 * (4 pairs), 25% more CPU and 20% more time on 10 MB of UN speeches (3 pairs).
 * In-process the second core is not idle: V8's own threads (the optimising compiler, concurrent GC)
 * took 3.2 s of the 8.3 s of CPU of `scan --json` on 2,455 files of 2 KB, the main thread 5.2 s (the
 * threads' /proc accounting, loaded machine); compiling on the main thread instead
 * (--no-concurrent-recompilation) added 1.6 s to it. A worker competes with them and compiles it all
 * again: fed ahead so that it seldom waited for the main thread (2 or 8 batches sent before its
 * answers, its short texts analysed together), it still took 30% and 44% more CPU and time (2 and 3
 * pairs, loaded).
 * The entity worker (each isolate compiling only its half: the worker tagging only, the rhetoric
 * markers and the key-term tables in this thread while it waits, no analysis encoded) from 1 MB: on
 * 5 MB of 2 KB articles this thread's CPU fell from 3.4-3.9 to 2.2-2.3 s, but the worker took 2.0 s
 * (its start, 0.15 s, and its own tokenizer pass among it) and the process 18% more CPU; on a
 * machine whose every session shares the cores as one group, that shows as time: 5 pairs 17% slower,
 * 3 pairs each 36%, 1% faster and 13% slower on 2 and 10 MB of short articles and 10 MB of speeches.
 * This thread analysing whole batches while the worker was behind cost 20% more CPU: it loaded the
 * tagger's model and compiled the tagger too.
 * On a quiet machine the same tagging-only worker gains time for its CPU (alternating whole-process
 * pairs against in-process, 7 December): 5 MB of 2 KB articles 7 pairs, time 0.90 (0.87-0.99), CPU
 * 1.20; 10 MB of speeches 4 pairs, time 0.87 (0.83-0.94), CPU 1.17, peak 295 against 247 MiB. An
 * analyst's machine mostly has idle cores, so the command line uses it from 1 MB, and so does the
 * language server's indexing (serverAnalysis.ts `indexingThreads`).
 */
export const IN_PROCESS_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Whether the files hold enough text for worker threads (`minBytes`, by default `IN_PROCESS_MAX_BYTES`), of which the
 * share `toAnalyse` is still to be analysed (the rest is cached). Sizes from the file system;
 * stops once the answer is known.
 */
export function enoughTextForWorkers(files: Iterable<string>, toAnalyse = 1, minBytes = IN_PROCESS_MAX_BYTES): boolean {
  let bytes = 0;
  for (const f of files) {
    bytes += fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes * toAnalyse >= minBytes) return true;
  }
  return false;
}

/**
 * From this much text to analyse, a scan below IN_PROCESS_MAX_BYTES (the command line's, the language
 * server's indexing) tags entities in the entity worker, finding the rhetoric markers in its own
 * thread (scan.ts `markersHere`).
 */
export const SHARED_WORKER_MIN_BYTES = 1024 * 1024;

/** The text of a scan: below SHARED_WORKER_MIN_BYTES, below IN_PROCESS_MAX_BYTES, or more. */
export type TextAmount = 'little' | 'some' | 'big';

/** The text of the files, of which the share `toAnalyse` is still to be analysed (see enoughTextForWorkers). */
export function textAmount(files: readonly string[], toAnalyse = 1): TextAmount {
  if (!enoughTextForWorkers(files, toAnalyse, SHARED_WORKER_MIN_BYTES)) return 'little';
  return enoughTextForWorkers(files, toAnalyse) ? 'big' : 'some';
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private nextOptionsId = 1;
  /** Characters of the texts waiting or being analysed. */
  private pendingChars = 0;
  private readonly optionsSent = new WeakMap<AnalysisOptions, Job['options']>();
  private closed = false;
  /** Set when the pool could not start or lost all its workers. */
  failure?: string;

  constructor(size = defaultWorkerCount(), private readonly log: (m: string) => void = () => {}) {
    const script = workerScript();
    if (!script) {
      this.failure = 'worker script not found';
      return;
    }
    for (let i = 0; i < size; i++) {
      try {
        this.spawn(script);
      } catch (e) {
        this.failure = `could not start a worker: ${(e as Error).message}`;
        break;
      }
    }
  }

  get size(): number {
    return this.slots.length;
  }

  get available(): boolean {
    return !this.closed && this.slots.length > 0;
  }

  private spawn(script: WorkerScript): void {
    const worker = startWorker(script);
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (res: WorkerResponse) => {
      const batch = slot.busy ?? [];
      slot.busy = undefined;
      batch.forEach((job, k) => {
        const r = res.results[k];
        if (r?.ok && r.id === job.id) job.resolve({ hash: r.hash, record: r.record });
        else job.reject(new Error(r && !r.ok ? r.error : 'worker answered out of order'));
      });
      this.pump();
    });
    const die = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (!this.closed) this.log(`Discourse Lens: analysis worker stopped (${why})`);
      for (const job of slot.busy ?? []) job.reject(new WorkerUnavailable(why));
      slot.busy = undefined;
      if (!this.slots.length) {
        this.failure ??= why;
        for (const j of this.queue.splice(0)) j.reject(new WorkerUnavailable(why));
      } else this.pump();
    };
    worker.on('error', (e) => die(e.message));
    worker.on('exit', (code) => die(`exit code ${code}`));
    this.slots.push(slot);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const first = this.queue.shift();
      if (!first) return;
      // The idle workers share what is queued: a batch takes at most its share of the jobs.
      const idle = this.slots.filter((s) => !s.busy).length;
      const share = Math.max(1, Math.min(BATCH_JOBS, Math.ceil((this.queue.length + 1) / idle)));
      const batch = [first];
      let chars = first.text.length;
      for (let next = this.queue[0]; next && batch.length < share && next.options.id === first.options.id && chars + next.text.length <= BATCH_CHARS; next = this.queue[0]) {
        batch.push(this.queue.shift()!);
        chars += next.text.length;
      }
      slot.busy = batch;
      slot.worker.ref();
      const fresh = slot.optionsId !== first.options.id;
      slot.optionsId = first.options.id;
      const req: WorkerRequest = {
        jobs: batch.map((j) => ({ id: j.id, text: j.text, recognizers: j.recognizers, hash: j.hash })),
        optionsId: first.options.id,
        options: fresh ? first.options.wire : undefined,
      };
      slot.worker.postMessage(req);
    }
    if (!this.queue.length) for (const s of this.slots) if (!s.busy) s.worker.unref();
  }

  /** Analyses a text in a worker: the hash and the encoded analysis. */
  analyzeEncoded(text: string, options: AnalysisOptions, recognizers: 'default' | 'none' = 'default', hash?: string): Promise<{ hash: string; record: Uint8Array }> {
    if (!this.available) return Promise.reject(new WorkerUnavailable(this.failure ?? 'pool closed'));
    return new Promise((resolve, reject) => {
      this.pendingChars += text.length;
      const done = () => (this.pendingChars -= text.length);
      this.queue.push({
        id: this.nextId++,
        text,
        options: this.wireOptions(options),
        recognizers,
        hash,
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      this.pump();
    });
  }

  /** Numbers each options object once (the corpus keeps one until its options change). */
  private wireOptions(options: AnalysisOptions): Job['options'] {
    let w = this.optionsSent.get(options);
    if (!w) {
      w = { id: this.nextOptionsId++, wire: toWire(options) };
      this.optionsSent.set(options, w);
    }
    return w;
  }

  /**
   * Enough queued to keep every worker busy with full batches: a caller feeding the pool waits
   * while this holds, so that memory holds only a bounded backlog of texts.
   */
  get saturated(): boolean {
    return this.pending >= 2 * BATCH_JOBS * this.slots.length || this.pendingChars >= 2 * BATCH_CHARS * this.slots.length;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + (s.busy?.length ?? 0), 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new WorkerUnavailable('pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate().catch(() => 0)));
  }
}

/**
 * Analyses a text in the pool if it can, else in-process (also when the worker fails on it:
 * an in-process error is then the caller's to report). Returns the analysis and its record.
 */
export async function analyzeWithFallback(
  pool: WorkerPool | undefined,
  text: string,
  options: AnalysisOptions,
  recognizers: Recognizers,
  recognizerName: 'default' | 'none' = 'default',
  /** The text's contentHash, when the caller has it. */
  textHash?: string,
): Promise<{ analysis: DocumentAnalysis; record?: Uint8Array }> {
  if (pool?.available) {
    try {
      const { hash, record } = await pool.analyzeEncoded(text, options, recognizerName, textHash);
      return { analysis: decodeAnalysis(record, text, hash), record };
    } catch {
      /* fall through to in-process */
    }
  }
  return { analysis: analyzeDocument(text, options, recognizers, textHash) };
}
