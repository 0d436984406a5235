/** The worker side of the pool: one request in, one encoded analysis (or an error) out. */
import type { MessagePort } from 'worker_threads';
import { encodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, analyzeDocument } from '../analysis/document';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';

/** Analysis options as they travel to a worker. */
export interface WorkerOptions {
  readonly sensitivity: AnalysisOptions['sensitivity'];
  readonly codebookTerms?: AnalysisOptions['codebookTerms'];
  readonly ignore?: string[];
}

export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
  /**
   * The options' number; the options themselves come along only when they are new to this worker,
   * which keeps them (a codebook's compiled terms are cached per options object, not per text).
   */
  readonly optionsId: number;
  readonly options?: WorkerOptions;
  readonly recognizers: 'default' | 'none';
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly hash: string; readonly record: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly error: string };

export function runWorker(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  let current: { id: number; options: AnalysisOptions } | undefined;
  port.on('message', (req: WorkerRequest) => {
    try {
      if (req.options) {
        const o = req.options;
        current = { id: req.optionsId, options: { sensitivity: o.sensitivity, codebookTerms: o.codebookTerms, ignore: o.ignore ? new Set(o.ignore) : undefined } };
      }
      if (!current || current.id !== req.optionsId) throw new Error(`analysis options ${req.optionsId} were never sent to this worker`);
      const a = analyzeDocument(req.text, current.options, req.recognizers === 'none' ? noRecognizers : defaultRecognizers);
      const record = encodeAnalysis(a);
      const res: WorkerResponse = { id: req.id, ok: true, hash: a.hash, record };
      port.postMessage(res, [record.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ id: req.id, ok: false, error: (e as Error).stack ?? String(e) } satisfies WorkerResponse);
    }
  });
}
