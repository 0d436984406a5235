/** The worker side of the pool: one request in, one encoded analysis (or an error) out. */
import type { MessagePort } from 'worker_threads';
import { encodeAnalysis } from '../analysis/cache/codec';
import { AnalysisOptions, analyzeDocument } from '../analysis/document';
import { defaultRecognizers, noRecognizers } from '../analysis/recognizers';

export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
  readonly options: { sensitivity: AnalysisOptions['sensitivity']; codebookTerms?: AnalysisOptions['codebookTerms']; ignore?: string[] };
  readonly recognizers: 'default' | 'none';
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly hash: string; readonly record: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly error: string };

export function runWorker(port: Pick<MessagePort, 'on' | 'postMessage'>): void {
  port.on('message', (req: WorkerRequest) => {
    try {
      const options: AnalysisOptions = { sensitivity: req.options.sensitivity, codebookTerms: req.options.codebookTerms, ignore: req.options.ignore ? new Set(req.options.ignore) : undefined };
      const a = analyzeDocument(req.text, options, req.recognizers === 'none' ? noRecognizers : defaultRecognizers);
      const record = encodeAnalysis(a);
      const res: WorkerResponse = { id: req.id, ok: true, hash: a.hash, record };
      port.postMessage(res, [record.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ id: req.id, ok: false, error: (e as Error).stack ?? String(e) } satisfies WorkerResponse);
    }
  });
}
