/** The worker side of the pool: a batch of texts in, their encoded analyses (or errors) out. */
import type { MessagePort } from 'worker_threads';
import { encodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, analyzeDocument } from '../analysis/document';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';
import { ngramOccurrences } from '../analysis/corpus/keyterms';
import { segment } from '../analysis/text/structure';

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

/**
 * N-gram searches (the key terms of `scan --json`'s documents, while the main thread resolves
 * entities): the occurrences of the wanted hashes in each text, as `ngramOccurrences` finds them.
 */
export interface SearchRequest {
  readonly searches: readonly { readonly id: number; readonly text: string; readonly entities: Int32Array; readonly wanted: Int32Array }[];
}

/** Per search, in order: its occurrences as [hash, start, end, n] each (transferred), or an error. */
export interface SearchResponse {
  readonly found: readonly ({ readonly id: number; readonly occurrences: Int32Array } | { readonly id: number; readonly error: string })[];
}

function search(req: SearchRequest): { res: SearchResponse; transfer: ArrayBuffer[] } {
  const found: SearchResponse['found'][number][] = [];
  const transfer: ArrayBuffer[] = [];
  for (const s of req.searches) {
    try {
      const list = ngramOccurrences(segment(s.text), { data: s.entities, offset: 0, stride: 2, length: s.entities.length >> 1 }, new Set(s.wanted));
      const occurrences = new Int32Array(4 * list.length);
      list.forEach((o, k) => occurrences.set([o.hash, o.start, o.end, o.n], 4 * k));
      found.push({ id: s.id, occurrences });
      transfer.push(occurrences.buffer);
    } catch (e) {
      found.push({ id: s.id, error: (e as Error).stack ?? String(e) });
    }
  }
  return { res: { found }, transfer };
}

export function runWorker(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  let current: { id: number; options: AnalysisOptions } | undefined;
  port.on('message', (req: WorkerRequest | SearchRequest) => {
    if ('searches' in req) {
      const { res, transfer } = search(req);
      port.postMessage(res, transfer);
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
