/**
 * The worker side of the pool: a batch of texts in, their encoded analyses (or errors) out; or, for
 * the entity worker (entityWorker.ts), a batch of texts in and their entity mentions out, or a
 * corpus's surface forms in and their entity resolution out (`ResolveRequest`).
 */
import { performance } from 'perf_hooks';
import { type MessagePort, receiveMessageOnPort } from 'worker_threads';
import { encodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, analyzeDocument } from '../analysis/document';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';
import { segment } from '../analysis/text/structure';
import { type ResolutionInput, type ResolvedForms, resolveInput } from '../analysis/corpus/derived/entityResolution';
import type { Misspelling } from '../analysis/entities/resolve';
import type { EntityMention, RhetoricMarker } from '../analysis/types';
import { SegmentsReceiver, type SegmentsWire } from './segmentsWire';

/** Analysis options as they travel to a worker. */
export interface WorkerOptions {
  readonly sensitivity: AnalysisOptions['sensitivity'];
  readonly codebookTerms?: AnalysisOptions['codebookTerms'];
  readonly ignore?: string[];
}

/** Texts analysed with the same options, in one message (small articles: the message costs add up). */
export interface WorkerRequest {
  readonly jobs: readonly { readonly id: number; readonly text: string; readonly recognizers: 'default' | 'none'; readonly hash?: string }[];
  /**
   * The options' number; the options themselves come along only when they are new to this worker,
   * which keeps them (a codebook's compiled terms are cached per options object, not per text).
   */
  readonly optionsId: number;
  readonly options?: WorkerOptions;
}

export type WorkerResult =
  | { readonly id: number; readonly ok: true; readonly hash: string; readonly record: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The results of a request's jobs, in order (records transferred, not copied). */
export interface WorkerResponse {
  readonly results: readonly WorkerResult[];
}

/** Options as they travel (`fromWire` makes them options again in the worker). */
export function toWire(options: AnalysisOptions): WorkerOptions {
  return { sensitivity: options.sensitivity, codebookTerms: options.codebookTerms, ignore: options.ignore ? [...options.ignore] : undefined };
}

function fromWire(o: WorkerOptions): AnalysisOptions {
  return { sensitivity: o.sensitivity, codebookTerms: o.codebookTerms, ignore: o.ignore ? new Set(o.ignore) : undefined };
}

/**
 * Texts whose entity mentions are asked for (the default recognisers' tagger), and with `markers`
 * their rhetoric markers too, found with those options (numbered as in `WorkerRequest`).
 */
export interface EntitiesRequest {
  readonly entityTexts: readonly string[];
  /** The texts' segmentations (segmentsWire.ts); without them, or if they do not fit, the worker segments the texts itself. */
  readonly segments?: SegmentsWire;
  readonly markers?: { readonly optionsId: number; readonly options?: WorkerOptions };
}

/** Each text's mentions, or the error the tagger threw on it; its markers likewise, if asked for. */
export interface EntitiesResponse {
  readonly entities: readonly (EntityMention[] | { readonly error: string })[];
  readonly markers?: readonly (RhetoricMarker[] | { readonly error: string })[];
  /** Milliseconds the worker waited for this request since it answered the last one (0 for the first). */
  readonly idleMs?: number;
  /** Why the segmentations sent did not fit (the worker segmented the texts itself). */
  readonly segmentsError?: string;
}

/**
 * Entity resolution of a corpus's surface forms (entityResolution.ts `resolveInput`) with this
 * worker's name checks (the default recognisers', as the calling thread's). The lower-case counts it
 * reads from the texts are asked of the calling thread, which holds them: the worker posts the words
 * on `port` and waits (`Atomics.wait` on `answered`) until the answer is there, as resolution asks
 * synchronously.
 */
export interface ResolveRequest {
  readonly resolve: ResolutionInput;
  /** Search the misspellings too (they cannot be asked for later: the groups stay here). */
  readonly misspellings: boolean;
  readonly port: MessagePort;
  /** One Int32: the calling thread sets it to 1 once its answer is on `port`. */
  readonly answered: SharedArrayBuffer;
}

/** The resolution, or the error it threw (the calling thread then resolves itself). */
export type ResolveResponse = { readonly resolved: ResolvedForms; readonly misspellings?: Misspelling[] } | { readonly error: string };

/** What the calling thread answers on a ResolveRequest's port: the counts, or why it has none. */
export type LowerCaseAnswer = Map<string, number> | { readonly error: string };

/**
 * How long the worker waits for the calling thread's lower-case counts: it answers once its own
 * step is done (the key terms: seconds at most), and stops the worker long before this if it hangs.
 */
const LOWER_CASE_WAIT_MS = 600_000;

function resolveHere(req: ResolveRequest): ResolveResponse {
  const answered = new Int32Array(req.answered);
  const ask = (asked: ReadonlyMap<string, number>): Map<string, number> => {
    Atomics.store(answered, 0, 0);
    req.port.postMessage(asked);
    if (Atomics.wait(answered, 0, 0, LOWER_CASE_WAIT_MS) === 'timed-out') throw new Error('the lower-case counts did not come');
    const answer = receiveMessageOnPort(req.port)?.message as LowerCaseAnswer | undefined;
    if (!(answer instanceof Map)) throw new Error(`no lower-case counts: ${(answer as { error?: unknown } | undefined)?.error ?? 'nothing'}`);
    return answer;
  };
  try {
    const { resolved, misspellings } = resolveInput(req.resolve, defaultRecognizers.names, ask);
    return { resolved, misspellings: req.misspellings ? misspellings() : undefined };
  } catch (e) {
    return { error: (e as Error).stack ?? String(e) };
  } finally {
    req.port.close();
  }
}

export function runWorker(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  let current: { id: number; options: AnalysisOptions } | undefined;
  const optionsFor = (id: number, wire: WorkerOptions | undefined): AnalysisOptions => {
    if (wire && current?.id !== id) current = { id, options: fromWire(wire) };
    if (!current || current.id !== id) throw new Error(`analysis options ${id} were never sent to this worker`);
    return current.options;
  };
  let answeredAt: number | undefined;
  const segments = new SegmentsReceiver();
  port.on('message', (req: WorkerRequest | EntitiesRequest | ResolveRequest) => {
    if ('resolve' in req) {
      port.postMessage(resolveHere(req) satisfies ResolveResponse);
      answeredAt = performance.now();
      return;
    }
    if ('entityTexts' in req) {
      const idleMs = answeredAt === undefined ? 0 : performance.now() - answeredAt;
      port.postMessage({ ...entitiesAndMarkers(req, optionsFor, segments), idleMs } satisfies EntitiesResponse);
      answeredAt = performance.now();
      return;
    }
    const results: WorkerResult[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const job of req.jobs) {
      try {
        const a = analyzeDocument(job.text, optionsFor(req.optionsId, req.options), job.recognizers === 'none' ? noRecognizers : defaultRecognizers, job.hash);
        const record = encodeAnalysis(a);
        results.push({ id: job.id, ok: true, hash: a.hash, record });
        transfer.push(record.buffer as ArrayBuffer);
      } catch (e) {
        results.push({ id: job.id, ok: false, error: (e as Error).stack ?? String(e) });
      }
    }
    port.postMessage({ results } satisfies WorkerResponse, transfer);
  });
}

/** Each step of each text on its own: one that throws is that text's error, the caller's to redo. */
function entitiesAndMarkers(req: EntitiesRequest, optionsFor: (id: number, wire: WorkerOptions | undefined) => AnalysisOptions, received: SegmentsReceiver): EntitiesResponse {
  let segmentsError: string | undefined;
  let sent: ReturnType<SegmentsReceiver['unpack']> | undefined;
  if (req.segments) {
    try {
      sent = received.unpack(req.entityTexts, req.segments);
    } catch (e) {
      segmentsError = (e as Error).message;
    }
  }
  const segs = sent ?? req.entityTexts.map((text) => attempt(() => segment(text)));
  // The tagger through every text, then the name rules, then the rhetoric model (their tables stay in the caches: entitiesOfAll, analyzeDocuments).
  const { steps } = defaultRecognizers.entities;
  const tagged = segs.map((seg) => ('error' in seg ? seg : attempt(() => steps.tag(seg))));
  const entities = segs.map((seg, i) => {
    const found = tagged[i];
    return 'error' in seg ? seg : 'error' in found ? found : attempt(() => steps.rules(seg, found));
  });
  if (!req.markers) return { entities, segmentsError };
  const { optionsId, options: wire } = req.markers;
  const options = attempt(() => optionsFor(optionsId, wire));
  const markers = segs.map((seg) => ('error' in seg ? seg : 'error' in options ? options : attempt(() => defaultRecognizers.markers(seg, options))));
  return { entities, markers, segmentsError };
}

function attempt<T extends object>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (e) {
    return { error: (e as Error).stack ?? String(e) };
  }
}
