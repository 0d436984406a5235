/**
 * Benchmark of re-anchoring the analysts' codings (issue 13): a whole codings file of a few
 * thousand codings over a few hundred UNGDC speeches, after edits of every kind.
 *
 *   npx tsx scripts/bench/reanchor.ts [--files 300] [--per-file 10] [--seed 13] [--repo DIR] [--rounds 5]
 *
 * Each speech (a seeded selection of ../shared/corpora/ungdc) gets `--per-file` codings of
 * 3–60 words; then the text is edited: a sentence inserted at its start (every coding moves: the
 * exact step), a word inserted inside every third passage (the fuzzy step), every tenth passage
 * deleted (orphaned: the fuzzy step fails after trying every candidate). Prints, in-process:
 * - `anchor`: every coding anchored once in the edited texts (analysis/codings/anchor.ts of
 *   `--repo`, default this repository: give another checkout to compare its anchor.ts), median ms
 *   over `--rounds`, with how many codings each step found;
 * - `host`: the language server's CodingsHost (this repository's) answering `all()` (the Codings
 *   view, agreement) and `codingsOf` for every document (hover, decorations, diagnostics) on the
 *   same document versions: the first request and the next ones (cached per document version).
 * For whole-process A/B figures, time it as a whole process in alternating runs against the same
 * command with `--repo ../main-old` (a checkout of the other version).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { listSpeeches, rng, shuffled } from './corpora';
import { Coding, newCoding, serializeCodingsFile } from '../../server/src/analysis/codings';
import { CodingsHost } from '../../server/src/lsp/codingsHost';

const argv = process.argv.slice(2);
const option = (name: string, d: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : d;
};
const FILES = Number(option('--files', '300'));
const PER_FILE = Number(option('--per-file', '10'));
const SEED = Number(option('--seed', '13'));
const ROUNDS = Number(option('--rounds', '5'));
const REPO = path.resolve(option('--repo', path.join(__dirname, '..', '..')));
const ROOT = path.join(__dirname, '..', '..', '..', 'shared', 'corpora', 'ungdc');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (!fs.existsSync(ROOT)) {
    console.log(`skipped: no UNGDC corpus at ${ROOT}`);
    return;
  }
  const { findAnchor } = (await import(pathToFileURL(path.join(REPO, 'server/src/analysis/codings/anchor.ts')).href)) as typeof import('../../server/src/analysis/codings/anchor');
  const rand = rng(SEED);
  const speeches = shuffled(listSpeeches(ROOT), SEED).slice(0, FILES);
  const codings: Coding[] = [];
  const edited = new Map<string, string>();
  let n = 0;
  for (const s of speeches) {
    const source = `ungdc/${path.basename(s.file)}`;
    const text = fs.readFileSync(s.file, 'utf8');
    const words = [...text.matchAll(/\S+/g)];
    if (words.length < 200) continue;
    const mine: Coding[] = [];
    for (let k = 0; k < PER_FILE; k++) {
      const w = Math.floor(rand() * (words.length - 61));
      const last = words[w + 2 + Math.floor(rand() * 58)];
      const start = words[w].index!;
      mine.push(newCoding({ source, text, start, end: last.index! + last[0].length, code: `code${k % 7}`, coder: k % 2 ? 'alice' : 'bob', now: '2026-01-01T00:00:00.000Z', id: `urn:uuid:bench-${n++}` }));
    }
    // Edits, from the end of the text backwards so earlier offsets stay valid.
    let t = text;
    const byEnd = mine.map((c, i) => ({ c, i })).sort((a, b) => b.c.start - a.c.start);
    for (const { c, i } of byEnd) {
      if (c.end > t.length || t.slice(c.start, c.end) !== c.exact) continue; // overlaps an edit already made
      if (i % 10 === 9) t = t.slice(0, c.start) + t.slice(c.end);
      else if (i % 3 === 0) {
        const mid = t.indexOf(' ', c.start + Math.floor((c.end - c.start) / 2));
        if (mid > 0 && mid < c.end) t = t.slice(0, mid) + ' indeed,' + t.slice(mid);
      }
    }
    edited.set(source, 'Mr. President, allow me first to congratulate you on your election.\n' + t);
    codings.push(...mine);
  }
  const bytes = [...edited.values()].reduce((x, t) => x + t.length, 0);
  console.log(`${edited.size} speeches (${(bytes / 1e6).toFixed(1)} M characters), ${codings.length} codings; anchor.ts of ${REPO}`);

  const methods = new Map<string, number>();
  const times: number[] = [];
  let digest = 0; // of every anchor's offsets: equal for two anchor.ts that place every coding alike
  for (let r = 0; r < ROUNDS; r++) {
    methods.clear();
    digest = 0;
    const t0 = performance.now();
    for (const c of codings) {
      const a = findAnchor(c, edited.get(c.source)!);
      methods.set(a.method, (methods.get(a.method) ?? 0) + 1);
      digest = (digest * 31 + a.start * 7 + a.end) % 1_000_000_007;
    }
    times.push(performance.now() - t0);
  }
  console.log(`anchor: ${median(times).toFixed(0)} ms median of ${ROUNDS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); ${[...methods].map(([m, k]) => `${m} ${k}`).join(', ')}; offsets digest ${digest}`);

  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-reanchor-'));
  try {
    fs.mkdirSync(path.join(ws, 'codings'));
    for (const coder of ['alice', 'bob']) fs.writeFileSync(path.join(ws, 'codings', `${coder}.jsonl`), serializeCodingsFile(codings.filter((c) => c.coder === coder)));
    const uriOf = (source: string) => pathToFileURL(path.join(ws, source)).toString();
    const textByUri = new Map([...edited].map(([s, t]) => [uriOf(s), t]));
    const host = new CodingsHost({
      folders: () => [ws],
      setting: () => ({ folder: 'codings', coder: 'bench' }),
      trusted: () => true,
      textOf: (uri) => textByUri.get(uri),
      changed: () => undefined,
      log: { warn: () => undefined, error: (m) => console.error(m) },
    });
    await host.load();
    const time = (f: () => unknown) => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    const everyDocument = () => {
      for (const uri of textByUri.keys()) host.codingsOf(uri);
    };
    const first = time(() => host.all());
    const next: number[] = [];
    for (let r = 0; r < ROUNDS; r++) next.push(time(() => host.all()));
    const docs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) docs.push(time(everyDocument));
    console.log(`host: all() first ${first.toFixed(0)} ms, then ${median(next).toFixed(2)} ms median; codingsOf every document ${median(docs).toFixed(2)} ms median (same versions)`);
    host.dispose();
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

void main();
