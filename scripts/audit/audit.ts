/**
 * Noise budget and precision audit of the diagnostics `check` prints (what the editor shows at
 * the default settings).
 *
 *   npx tsx scripts/audit/audit.ts noise CHECK.json --dir DIR
 *       diagnostics per 1,000 words by code and severity (words: letter/digit runs of the .txt
 *       files under DIR, the folder that was checked)
 *   npx tsx scripts/audit/audit.ts sample CHECK.json --n 100 --seed 11 [--code CODE] [--out FILE.tsv]
 *       draws diagnostics at random (fixed seed), one a line with its context, to judge by hand:
 *       fill the `right` column with y or n
 *   npx tsx scripts/audit/audit.ts score FILE.tsv
 *       the share judged right, per code
 *
 * CHECK.json is the output of `node server/out/cli.js check PATH... --format json`; run the audit
 * from the folder the check ran in (its paths are relative to it).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../learning/training';
import type { CheckDiagnostic } from '../../server/src/cli/check';

export type { CheckDiagnostic };

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function load(file: string): CheckDiagnostic[] {
  return JSON.parse(readFileSync(file, 'utf8')) as CheckDiagnostic[];
}

function wordsIn(paths: Iterable<string>): number {
  let n = 0;
  for (const p of paths) n += (readFileSync(p, 'utf8').match(WORD_RE) ?? []).length;
  return n;
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(p));
    else if (e.isFile() && /\.(txt|article)$/i.test(e.name) && !e.name.startsWith('.')) out.push(p);
  }
  return out;
}

function noise(files: string[]): void {
  const dir = arg('--dir');
  if (!dir) throw new Error('noise needs --dir DIR (the folder that was checked)');
  for (const f of files) {
    const ds = load(f);
    const paths = textFiles(dir);
    const words = wordsIn(paths);
    const by = new Map<string, number>();
    for (const d of ds) by.set(`${d.code} (${d.severity})`, (by.get(`${d.code} (${d.severity})`) ?? 0) + 1);
    console.log(`${f}: ${paths.length} files, ${words} words, ${ds.length} diagnostics, ${((1000 * ds.length) / words).toFixed(2)} per 1,000 words`);
    for (const [k, n] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(36)} ${String(n).padStart(7)}  ${((1000 * n) / words).toFixed(3)} per 1,000 words`);
  }
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** `n` of the diagnostics at random, the same for the same seed (the first n of a seeded Fisher–Yates shuffle). */
export function drawSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rnd = mulberry32(seed);
  const idx = items.map((_, i) => i);
  const k = Math.min(n, idx.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).map((i) => items[i]);
}

/** Judged rows (`right` is y or n; others are not judged yet): right and judged, per code. */
export function shareRight(rows: readonly { code: string; right: string }[]): Map<string, { right: number; judged: number }> {
  const by = new Map<string, { right: number; judged: number }>();
  for (const r of rows) {
    const v = r.right.trim().toLowerCase();
    if (v !== 'y' && v !== 'n') continue;
    const s = by.get(r.code) ?? { right: 0, judged: 0 };
    s.judged++;
    if (v === 'y') s.right++;
    by.set(r.code, s);
  }
  return by;
}

function sample(file: string): void {
  const code = arg('--code');
  const ds = load(file).filter((d) => !code || d.code === code);
  const n = Number(arg('--n', '100'));
  const seed = Number(arg('--seed', '1'));
  const picked = drawSample(ds, n, seed);
  const k = picked.length;
  const rows = ['n\tright\tcode\tseverity\tlocation\tmessage\tcontext'];
  const texts = new Map<string, string>();
  for (let i = 0; i < k; i++) {
    const d = picked[i];
    let text = texts.get(d.path);
    if (text === undefined) texts.set(d.path, (text = readFileSync(d.path, 'utf8').replace(/^\uFEFF/, '')));
    const context = `${text.slice(Math.max(0, d.start - 160), d.start)}[[${text.slice(d.start, d.end)}]]${text.slice(d.end, d.end + 100)}`;
    rows.push([i + 1, '', d.code, d.severity, `${d.path}:${d.line}:${d.character}`, clean(d.message), clean(context)].join('\t'));
  }
  const out = arg('--out');
  if (out) writeFileSync(out, rows.join('\n') + '\n');
  else console.log(rows.join('\n'));
  console.error(`${k} of ${ds.length} diagnostics, seed ${seed}`);
}

function score(file: string): void {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const by = shareRight(rows.map((r) => ({ right: r[1], code: r[2] })));
  let right = 0;
  let judged = 0;
  for (const s of by.values()) (right += s.right), (judged += s.judged);
  console.log(`${file}: ${right} of ${judged} right (${((100 * right) / Math.max(1, judged)).toFixed(0)}%)`);
  for (const [code, s] of [...by].sort((a, b) => b[1].judged - a[1].judged)) console.log(`  ${code.padEnd(24)} ${s.right}/${s.judged} right (${((100 * s.right) / s.judged).toFixed(0)}%)`);
}

function main(): void {
  const [command, ...files] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  if (command === 'noise') noise(files);
  else if (command === 'sample') sample(files[0]);
  else if (command === 'score') score(files[0]);
  else {
    console.error('usage: audit.ts noise CHECK.json --dir DIR | sample CHECK.json [--n 100] [--seed 1] [--code CODE] [--out FILE.tsv] | score FILE.tsv');
    process.exit(2);
  }
}

if (require.main === module) main();
