/**
 * The two in-process measures, through the most stable entry point (`analyzeDocument`, what a
 * worker runs per file): single-thread analysis throughput after a warm-up, the analysis of a long
 * article after an edit, and compromise's entity extraction on the same kind of text, for the
 * throughput ratio.
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { analyzeDocument } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { MB, Speech, takeMB } from './corpora';
import { percentile } from './measure';

// The measures analyse in this process, with the shipped models.
installShippedModels();

function texts(speeches: readonly Speech[]): { texts: string[]; bytes: number } {
  const out = speeches.map((s) => fs.readFileSync(s.file, 'utf8'));
  return { texts: out, bytes: speeches.reduce((n, s) => n + s.bytes, 0) };
}

/** Analyses `warmup` (not timed), then `measured`: MB/s of the latter, one thread. */
export function singleThreadMBps(warmup: readonly Speech[], measured: readonly Speech[]): number {
  for (const t of texts(warmup).texts) analyzeDocument(t, { sensitivity: 'precise' }, defaultRecognizers);
  const m = texts(measured);
  const t0 = performance.now();
  for (const t of m.texts) analyzeDocument(t, { sensitivity: 'precise' }, defaultRecognizers);
  return m.bytes / MB / ((performance.now() - t0) / 1000);
}

type Nlp = (t: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };

/** compromise's people, places and organisations on the speeches (after a small warm-up): MB/s. */
export function compromiseMBps(order: readonly Speech[], mb: number): number {
  // Loaded only here (not bundled): it is the comparison, not the product.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as Nlp;
  const run = (t: string) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  };
  const [warm, ...rest] = order;
  run(fs.readFileSync(warm.file, 'utf8'));
  const m = texts(takeMB(rest, mb));
  const t0 = performance.now();
  for (const t of m.texts) run(t);
  return m.bytes / MB / ((performance.now() - t0) / 1000);
}

/**
 * The per-document part of re-analysis after an edit: `analyzeDocument` of a long article, each
 * time with one more word inserted, after 5 such analyses; the median ms of `times`.
 */
export function articleAnalysisMs(text: string, times: number): number {
  const ms: number[] = [];
  for (let k = 0; k < 5 + times; k++) {
    const at = text.indexOf(' the ', 2000 + k * 613);
    const edited = `${text.slice(0, at)} w${k}${text.slice(at)}`;
    const t0 = performance.now();
    analyzeDocument(edited, { sensitivity: 'precise' }, defaultRecognizers);
    if (k >= 5) ms.push(performance.now() - t0);
  }
  return percentile(ms, 50);
}
