/**
 * Precision audit of the quotations `scan --json` lists ("quotes" with speaker and entity): draws
 * quotations at random with a fixed seed, each in context, to judge by hand whether it is a
 * quotation (`quote` y/n) and, when a speaker is named, whether it is the right one (`speaker` y/n,
 * empty when none is named).
 *
 *   npx tsx scripts/audit/quotes.ts SCAN.json... --n 50 --seed 7 [--out FILE.tsv]
 *       SCAN.json is `node server/out/cli.js scan DIR --json`, run from the folder the audit runs
 *       in; several scans are drawn from as one list
 *   npx tsx scripts/audit/quotes.ts score FILE.tsv
 *       the share of quotations and of named speakers judged right
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { drawSample } from './audit';

interface ScanJson {
  documents: { path: string; quotes: { start: number; end: number; speaker: string | null; entity: string | null }[] }[];
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A long quotation is shown by its first and last 150 characters. */
function shorten(s: string): string {
  return s.length <= 320 ? s : `${s.slice(0, 150)} … ${s.slice(-150)}`;
}

function sample(files: string[], n: number, seed: number): string[] {
  const all = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as ScanJson).documents.flatMap((d) => d.quotes.map((q) => ({ path: d.path, ...q }))));
  const rows = ['n\tquote\tspeaker\tlocation\tnamed speaker\tentity\tcontext'];
  drawSample(all, n, seed).forEach((q, i) => {
    const text = readFileSync(q.path, 'utf8').replace(/^\uFEFF/, ''); // offsets count from after a byte-order mark
    const context = `${text.slice(Math.max(0, q.start - 200), q.start)}[[${shorten(text.slice(q.start, q.end))}]]${text.slice(q.end, q.end + 150)}`;
    rows.push([i + 1, '', '', `${q.path}:${q.start}`, clean(q.speaker ?? ''), q.entity ?? '', clean(context)].join('\t'));
  });
  console.error(`${n} of ${all.length} quotations, seed ${seed}`);
  return rows;
}

function score(file: string): void {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const quotes = rows.filter((r) => r[1]);
  const named = rows.filter((r) => r[2] && r[4]);
  const yes = (rs: string[][], col: number) => rs.filter((r) => r[col].trim().toLowerCase() === 'y').length;
  console.log(`quotations right: ${yes(quotes, 1)} / ${quotes.length}`);
  console.log(`named speakers right: ${yes(named, 2)} / ${named.length} (of quotations judged right: ${yes(named.filter((r) => r[1] === 'y'), 2)} / ${named.filter((r) => r[1] === 'y').length})`);
  console.log(`no speaker named: ${rows.filter((r) => !r[4]).length}`);
}

function main(): void {
  const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  if (args[0] === 'score') return score(args[1]);
  if (!args.length) {
    console.error('usage: quotes.ts SCAN.json... --n 50 --seed 7 [--out FILE.tsv] | quotes.ts score FILE.tsv');
    process.exit(2);
  }
  const rows = sample(args, Number(arg('--n') ?? 50), Number(arg('--seed') ?? 7));
  const out = arg('--out');
  if (out) writeFileSync(out, `${rows.join('\n')}\n`);
  else console.log(rows.join('\n'));
}

main();
