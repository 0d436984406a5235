/**
 * The worker side of the pool: a batch of texts in, their encoded analyses (or errors) out; or, for
 * the entity worker (entityWorker.ts), a batch of texts in and their entity mentions out.
 */
import type { MessagePort } from 'worker_threads';
import { encodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, analyzeDocument } from '../analysis/document';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';
import { segment } from '../analysis/text/structure';
import type { EntityMention } from '../analysis/types';

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

/** Texts whose entity mentions alone are asked for (the default recognisers' tagger). */
export interface EntitiesRequest {
  readonly entityTexts: readonly string[];
}

/** Each text's mentions, or the error the tagger threw on it. */
export interface EntitiesResponse {
  readonly entities: readonly (EntityMention[] | { readonly error: string })[];
}

export function runWorker(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  let current: { id: number; options: AnalysisOptions } | undefined;
  port.on('message', (req: WorkerRequest | EntitiesRequest) => {
    if ('entityTexts' in req) {
      port.postMessage({ entities: req.entityTexts.map(entitiesOf) } satisfies EntitiesResponse);
      return;
    }
    if (req.options) {
      const o = req.options;
      current = { id: req.optionsId, options: { sensitivity: o.sensitivity, codebookTerms: o.codebookTerms, ignore: o.ignore ? new Set(o.ignore) : undefined } };
    }
    const results: WorkerResult[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const job of req.jobs) {
      try {
        if (!current || current.id !== req.optionsId) throw new Error(`analysis options ${req.optionsId} were never sent to this worker`);
        const a = analyzeDocument(job.text, current.options, job.recognizers === 'none' ? noRecognizers : defaultRecognizers, job.hash);
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

function entitiesOf(text: string): EntityMention[] | { error: string } {
  try {
    return defaultRecognizers.entities(segment(text));
  } catch (e) {
    return { error: (e as Error).stack ?? String(e) };
  }
}
