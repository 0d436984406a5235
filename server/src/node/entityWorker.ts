/**
 * One worker thread that runs the entity tagger (the default recognisers') for a scan whose calling
 * thread does the rest of each analysis (`beginAnalyses`/`finishAnalyses` in analysis/document.ts):
 * the language server's indexing and the command line's scan from 1 MB of text. Whole analyses in a
 * pool of workers beside the main thread (the command line's --jobs) compile the whole analysis and
 * load every model in each isolate: V8's optimising compiler took 18% of the server's CPU indexing
 * 38 MB of speeches so, on 2 cores. The tagger is about half of an analysis; here each isolate
 * compiles its own half, and no analysis is encoded in one thread and decoded in another. The calling thread, which does the rest,
 * was still the slower one (38 MB of speeches: 17.8 s of CPU against the worker's 13), so the worker
 * also finds a batch's rhetoric markers when asked (scan.ts asks while the worker lately waited longer: `Pace`).
 * Texts go in batches, with the caller's segmentation of them when it has one (segmentsWire.ts: the
 * worker does not segment them again); answers come back in order. If the worker cannot start, stops,
 * stops answering (`stallMs`) or answers garbage, the caller tags in-process (`entities` resolves to
 * undefined entries); so does it a text the worker failed on, which is logged (and finds the markers
 * the worker did not). After the command line's scan of 1-16 MB it also resolves the corpus's entities
 * (`resolve`, scan.ts `resolveBeside`), asking the calling thread for the lower-case counts, while that
 * thread computes the key terms; if it fails, the index resolves in-process.
 */
import { MessageChannel, type Worker } from 'worker_threads';
import type { ResolutionInput } from '../analysis/corpus/derived/entityResolution';
import type { AnalysisOptions } from '../analysis/document';
import type { SegmentedText } from '../analysis/text/structure';
import type { EntityMention, RhetoricMarker } from '../analysis/types';
import { SegmentsSender } from './segmentsWire';
import { type EntitiesRequest, type EntitiesResponse, type LowerCaseAnswer, type ResolveRequest, type ResolveResponse, toWire } from './workerMain';
import { type WorkerScript, startWorker, workerScript } from './workerPool';

/**
 * How long the worker may take over its oldest request before it is taken for hung (then stopped,
 * and every text still waiting tagged in-process): a fixed time for its start (the model loads in
 * about 0.5 s) and a time per character far slower than the tagger on a loaded machine (it tags
 * about 1-2 MB/s; this allows 50 KB/s), so that only a worker that stopped answering reaches it.
 */
const STALL_MS = 30_000;
const STALL_MS_PER_CHAR = 1 / 50;

/** A text's mentions, or undefined: the caller tags it itself (the worker failed on it, or is gone). */
export type FoundEntities = readonly (EntityMention[] | undefined)[];

/** What the worker found of a batch: the mentions, and the rhetoric markers if asked (undefined entries: the caller's to find). */
export interface Found {
  readonly entities: FoundEntities;
  readonly markers?: readonly (RhetoricMarker[] | undefined)[];
}

export interface EntityWorkerOptions {
  /** The worker's script (default: the bundled one, `workerScript()`). */
  readonly script?: WorkerScript;
  /** Time the worker may take over its oldest request before it is stopped (default STALL_MS, and more per character). */
  readonly stallMs?: number;
}

interface Request {
  /** Characters the worker reads for it (its time bound). */
  readonly chars: number;
  /** Takes the worker's answer; false if it is none to this request (garbage). */
  take(res: unknown): boolean;
  /** The worker is gone: the request is the caller's to do. */
  drop(): void;
}

/** A resolution the worker made (`resolve`), with the misspellings if asked. */
export type Resolved = Extract<ResolveResponse, { resolved: unknown }>;

export class EntityWorker {
  private worker: Worker | undefined;
  /** The requests sent, oldest first (the worker answers in order). */
  private readonly waiting: Request[] = [];
  /** Stops the worker if the oldest request is not answered in time. */
  private stallTimer: NodeJS.Timeout | undefined;
  private readonly stallMs: number | undefined;
  /** The options the worker has for markers, and their number (sent again only when they change). */
  private markerOptions: { readonly options: AnalysisOptions; readonly id: number } | undefined;
  /** What the worker has of this thread's vocabularies (for the segmentations sent with the texts). */
  private readonly segments = new SegmentsSender();
  /** Whether the worker said it could not use the segmentations sent (logged once). */
  private segmentsRefused = false;
  /** Why the worker is not available, if it is not. */
  failure?: string;

  constructor(
    private readonly log: (m: string) => void = () => {},
    options: EntityWorkerOptions = {},
  ) {
    this.stallMs = options.stallMs;
    const script = options.script ?? workerScript();
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
    worker.on('message', (res: unknown) => {
      if (worker !== this.worker) return; // stopped meanwhile: its requests went to the caller
      const next = this.waiting.shift();
      if (!this.waiting.length) worker.unref();
      this.watch();
      if (!next) return;
      if (!next.take(res)) {
        // Not an answer to this request: nothing it says can be trusted, nor what it would say next.
        this.stop('it answered garbage');
        next.drop();
      }
    });
    worker.on('error', (e) => this.stop(e.message));
    worker.on('exit', (code) => this.stop(`exit code ${code}`));
  }

  get available(): boolean {
    return !!this.worker;
  }

  /** Milliseconds the worker waited for requests after its first, as it reported them with its answers. */
  idleMs = 0;

  /** The entity mentions of each text (undefined entries: tag them in-process); `names` (files) only for the log. */
  async entities(texts: readonly string[], names?: readonly string[]): Promise<FoundEntities> {
    return (await this.tag(texts, names)).entities;
  }

  /**
   * The entity mentions of each text, and with `markersWith` their rhetoric markers too, found with
   * those options (undefined entries, or no markers: the caller's to find); `names` (files) only for
   * the log; `segs`, the texts' segmentations (`segment` of each), spare the worker making them again.
   */
  tag(texts: readonly string[], names?: readonly string[], markersWith?: AnalysisOptions, segs?: readonly SegmentedText[]): Promise<Found> {
    const worker = this.worker;
    if (!worker) return Promise.resolve({ entities: new Array(texts.length).fill(undefined) });
    let markers: EntitiesRequest['markers'];
    if (markersWith) {
      const sent = this.markerOptions;
      if (sent?.options === markersWith) markers = { optionsId: sent.id };
      else {
        this.markerOptions = { options: markersWith, id: (sent?.id ?? 0) + 1 };
        markers = { optionsId: this.markerOptions.id, options: toWire(markersWith) };
      }
    }
    return new Promise((resolve) => {
      const take = (answer: unknown): boolean => {
        const res = answer as EntitiesResponse;
        if (!answers(res, texts.length)) return false;
        this.idleMs += res.idleMs ?? 0;
        if (res.segmentsError && !this.segmentsRefused) {
          this.segmentsRefused = true;
          this.log(`Discourse Lens: the entity worker segments the texts again (${res.segmentsError})`);
        }
        const own = <T>(what: string, r: T[] | { readonly error: string }, i: number): T[] | undefined => {
          if (Array.isArray(r)) return r;
          this.log(`Discourse Lens: the entity worker failed on ${names?.[i] ?? `text ${i + 1} of a batch`} (${what} in-process): ${r.error}`);
          return undefined;
        };
        resolve({ entities: res.entities.map((r, i) => own('tagged', r, i)), markers: res.markers?.map((r, i) => own('markers found', r, i)) });
        return true;
      };
      this.waiting.push({ chars: texts.reduce((n, t) => n + t.length, 0), take, drop: () => resolve({ entities: new Array(texts.length).fill(undefined) }) });
      worker.ref();
      const packed = segs && this.segments.pack(segs);
      worker.postMessage({ entityTexts: texts, markers, segments: packed?.wire } satisfies EntitiesRequest, packed?.transfer);
      if (this.waiting.length === 1) this.watch();
    });
  }

  /**
   * Entity resolution of `input` (CorpusIndex.resolutionInput) in the worker, with the misspellings
   * if asked, while this thread does other work: the worker asks `lowerCaseUses` of this thread (the
   * counts read the texts, which are here) and waits for the answer, which comes when this thread is
   * free. Undefined if the worker is gone, fails or answers garbage: the caller resolves in-process.
   */
  resolve(input: ResolutionInput, misspellings: boolean, lowerCaseUses: (asked: ReadonlyMap<string, number>) => Map<string, number>): Promise<Resolved | undefined> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(undefined);
    const { port1, port2 } = new MessageChannel();
    const answered = new SharedArrayBuffer(4);
    const flag = new Int32Array(answered);
    port1.on('message', (asked: unknown) => {
      if (worker !== this.worker) return;
      if (!(asked instanceof Map) || ![...asked].every(([w, n]) => typeof w === 'string' && typeof n === 'number')) return this.stop('it asked garbage');
      let answer: LowerCaseAnswer;
      try {
        answer = lowerCaseUses(asked);
      } catch (e) {
        answer = { error: (e as Error).message };
      }
      if (worker !== this.worker) return; // closed meanwhile: terminated, it waits for nothing
      port1.postMessage(answer);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      // The worker waited for this thread (busy with its own step): its time runs from its answer.
      this.watch();
    });
    return new Promise((resolve) => {
      const done = (r: Resolved | undefined): void => {
        port1.close();
        resolve(r);
      };
      const take = (answer: unknown): boolean => {
        const res = answer as ResolveResponse;
        if (typeof (res as { error?: unknown })?.error === 'string') {
          this.log(`Discourse Lens: the entity worker failed to resolve the entities (resolving in-process): ${(res as { error: string }).error}`);
          done(undefined);
          return true;
        }
        if (!isResolved(res, misspellings)) return false;
        done(res);
        return true;
      };
      this.waiting.push({ chars: input.forms.reduce((n, f) => n + f.text.length, 0), take, drop: () => done(undefined) });
      worker.ref();
      worker.postMessage({ resolve: input, misspellings, port: port2, answered } satisfies ResolveRequest, [port2]);
      if (this.waiting.length === 1) this.watch();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.release('closed');
    await worker?.terminate().catch(() => 0);
  }

  /** Times the oldest request (again, after an answer). */
  private watch(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    const oldest = this.waiting[0];
    if (!oldest) return;
    const ms = this.stallMs ?? STALL_MS + STALL_MS_PER_CHAR * oldest.chars;
    // Timers run before the worker's messages in Node's event loop: after this thread was busy past
    // the bound, an answer already sent is read first (setImmediate), and only then is it judged.
    this.stallTimer = setTimeout(() => setImmediate(() => this.waiting[0] === oldest && this.stop(`no answer in ${Math.round(ms / 1000)} s`)), ms);
    this.stallTimer.unref();
  }

  /** The worker failed: it goes, and every text waiting on it is the caller's to tag. */
  private stop(why: string): void {
    const worker = this.worker;
    if (!worker) return;
    this.log(`Discourse Lens: entity worker stopped (${why}); tagging in-process`);
    this.release(why);
    void worker.terminate().catch(() => 0);
  }

  private release(why: string): void {
    this.worker = undefined;
    this.failure ??= why;
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    for (const w of this.waiting.splice(0)) w.drop();
  }
}

/** Whether `res` has the shape of an answer for `n` texts: mentions (or an error) for each, and markers likewise if any. */
function answers(res: EntitiesResponse, n: number): boolean {
  const each = (a: unknown) => Array.isArray(a) && a.length === n && a.every((r) => Array.isArray(r) || typeof (r as { error?: unknown })?.error === 'string');
  return typeof res === 'object' && res !== null && each(res.entities) && (res.markers === undefined || each(res.markers));
}

/** Whether `res` has the shape of a resolution: records, the Map and Sets of ResolvedForms, and the misspellings if asked. */
function isResolved(res: ResolveResponse, misspellings: boolean): res is Resolved {
  if (typeof res !== 'object' || res === null || !('resolved' in res)) return false;
  const r = res.resolved;
  const record = (e: unknown): boolean => {
    const x = e as Record<string, unknown>;
    return typeof x === 'object' && x !== null && typeof x.id === 'string' && typeof x.name === 'string' && typeof x.type === 'string' && Array.isArray(x.aliases) && typeof x.mentions === 'number' && typeof x.documents === 'number' && typeof x.declared === 'boolean';
  };
  return typeof r === 'object' && r !== null && Array.isArray(r.records) && r.records.every(record) && r.bySurface instanceof Map && r.hiddenByCount instanceof Set && r.weakAtOne instanceof Set
    && (misspellings ? Array.isArray(res.misspellings) : res.misspellings === undefined);
}
