/**
 * One worker thread that runs the entity tagger (the default recognisers') for a scan whose calling
 * thread does the rest of each analysis (`beginAnalyses`/`finishAnalyses` in analysis/document.ts):
 * the language server's indexing and the command line's scan from 1 MB of text. Whole analyses in a
 * pool of workers beside the main thread (the command line's --jobs) compile the whole analysis and
 * load every model in each isolate: V8's optimising compiler took 18% of the server's CPU indexing
 * 38 MB of speeches so, on 2 cores. The tagger is about half of an analysis; here each isolate
 * compiles its own half, and no analysis is encoded in one thread and decoded in another. The calling thread, which does the rest,
 * was still the slower one (38 MB of speeches: 17.8 s of CPU against the worker's 13), so the worker
 * also finds a batch's rhetoric markers when asked (scan.ts asks while the worker waited longer in all).
 * Texts go in batches, with the caller's segmentation of them when it has one (segmentsWire.ts: the
 * worker does not segment them again); answers come back in order. If the worker cannot start, stops,
 * stops answering (`stallMs`) or answers garbage, the caller tags in-process (`entities` resolves to
 * undefined entries); so does it a text the worker failed on, which is logged (and finds the markers
 * the worker did not).
 */
import type { Worker } from 'worker_threads';
import type { AnalysisOptions } from '../analysis/document';
import type { SegmentedText } from '../analysis/text/structure';
import type { EntityMention, RhetoricMarker } from '../analysis/types';
import { SegmentsSender } from './segmentsWire';
import { type EntitiesRequest, type EntitiesResponse, toWire } from './workerMain';
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
  readonly texts: readonly string[];
  /** Names of the texts for the log (files). */
  readonly names?: readonly string[];
  resolve(found: Found): void;
}

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
    worker.on('message', (res: EntitiesResponse) => {
      if (worker !== this.worker) return; // stopped meanwhile: its texts went to the caller
      const next = this.waiting.shift();
      if (!this.waiting.length) worker.unref();
      this.watch();
      if (!next) return;
      if (!answers(res, next.texts.length)) {
        // Not an answer to this request: nothing it says can be trusted, nor what it would say next.
        this.stop('it answered garbage');
        next.resolve({ entities: new Array(next.texts.length).fill(undefined) });
        return;
      }
      this.idleMs += res.idleMs ?? 0;
      if (res.segmentsError && !this.segmentsRefused) {
        this.segmentsRefused = true;
        this.log(`Discourse Lens: the entity worker segments the texts again (${res.segmentsError})`);
      }
      const own = <T>(what: string, r: T[] | { readonly error: string }, i: number): T[] | undefined => {
        if (Array.isArray(r)) return r;
        this.log(`Discourse Lens: the entity worker failed on ${next.names?.[i] ?? `text ${i + 1} of a batch`} (${what} in-process): ${r.error}`);
        return undefined;
      };
      next.resolve({ entities: res.entities.map((r, i) => own('tagged', r, i)), markers: res.markers?.map((r, i) => own('markers found', r, i)) });
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
      this.waiting.push({ texts, names, resolve });
      worker.ref();
      const packed = segs && this.segments.pack(segs);
      worker.postMessage({ entityTexts: texts, markers, segments: packed?.wire } satisfies EntitiesRequest, packed?.transfer);
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
    const ms = this.stallMs ?? STALL_MS + STALL_MS_PER_CHAR * oldest.texts.reduce((n, t) => n + t.length, 0);
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
    for (const w of this.waiting.splice(0)) w.resolve({ entities: new Array(w.texts.length).fill(undefined) });
  }
}

/** Whether `res` has the shape of an answer for `n` texts: mentions (or an error) for each, and markers likewise if any. */
function answers(res: EntitiesResponse, n: number): boolean {
  const each = (a: unknown) => Array.isArray(a) && a.length === n && a.every((r) => Array.isArray(r) || typeof (r as { error?: unknown })?.error === 'string');
  return typeof res === 'object' && res !== null && each(res.entities) && (res.markers === undefined || each(res.markers));
}
