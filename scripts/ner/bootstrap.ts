/**
 * Paired document-level bootstrap of two taggers' scores on the same documents:
 * `tsx scripts/ner/bootstrap.ts A.json B.json [--resamples 2000] [--seed 1]`, where each file is the
 * per-document scores written by `npm run train:ner -- --doc-scores FILE` (dev with --holdout,
 * valid.txt otherwise). Prints micro PER/LOC/ORG and ORG F1 of each, and the difference B − A with
 * its 95% interval: documents are resampled with replacement, the same draw for both.
 */
import * as fs from 'node:fs';
import { mulberry32 } from '../learning/training';
import { argValue } from './data';
import { Counts, Scores, micro, prf } from './score';

/** F1 of the summed counts of the documents `idx` for the given types. */
function f1Of(docs: Scores[], idx: ArrayLike<number>, types: string[]): number {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let k = 0; k < idx.length; k++) {
    const m = micro(docs[idx[k]], types);
    c.tp += m.tp;
    c.fp += m.fp;
    c.fn += m.fn;
  }
  return prf(c).f;
}

/** The difference B − A of F1 over `types` on all documents, and its bootstrap 95% interval. */
export function pairedBootstrap(a: Scores[], b: Scores[], types: string[], resamples: number, seed: number): { a: number; b: number; lo: number; hi: number } {
  if (a.length !== b.length) throw new Error(`not the same documents: ${a.length} vs ${b.length}`);
  const n = a.length;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const rand = mulberry32(seed);
  const diffs: number[] = [];
  const idx = new Int32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < n; k++) idx[k] = Math.floor(rand() * n);
    diffs.push(f1Of(b, idx, types) - f1Of(a, idx, types));
  }
  diffs.sort((x, y) => x - y);
  return { a: f1Of(a, all, types), b: f1Of(b, all, types), lo: diffs[Math.floor(0.025 * resamples)], hi: diffs[Math.ceil(0.975 * resamples) - 1] };
}

function main(): void {
  const argv = process.argv.slice(2);
  const files = argv.filter((x, i) => !x.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--')));
  if (files.length !== 2) throw new Error('usage: bootstrap.ts A.json B.json [--resamples N] [--seed S]');
  const [a, b] = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Scores[]);
  const resamples = Number(argValue(argv, '--resamples') ?? 2000);
  const seed = Number(argValue(argv, '--seed') ?? 1);
  for (const [label, types] of [['micro PER/LOC/ORG', ['PER', 'LOC', 'ORG']], ['ORG', ['ORG']]] as const) {
    const r = pairedBootstrap(a, b, [...types], resamples, seed);
    const pt = (x: number) => (100 * x).toFixed(2);
    console.log(`${label.padEnd(18)} A ${r.a.toFixed(4)}  B ${r.b.toFixed(4)}  B−A ${pt(r.b - r.a)} points, 95% [${pt(r.lo)}, ${pt(r.hi)}] (${a.length} documents, ${resamples} resamples)`);
  }
}

if (require.main === module) main();
