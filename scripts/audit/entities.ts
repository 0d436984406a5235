/**
 * Precision audit of the entities `scan` shows (the Entities view's rows): draws entities at
 * random with a fixed seed, each with its type, aliases and one mention in context, to judge by
 * hand (is it a real person / place / organisation / group, of that type, with a clean name?).
 *
 *   npx tsx scripts/audit/entities.ts SCAN.json --n 100 --seed 11 [--mentions] [--out FILE.tsv]
 *       SCAN.json is `node server/out/cli.js scan DIR --json`, run from the folder the audit runs in;
 *       --top N lists the N entities with the most mentions instead (the top of the Entities view,
 *       which an analyst reads first)
 *       --mentions draws mentions instead (what the editor marks in the text: frequent names weigh
 *       as often as they are shown), each with the entity it resolves to
 *   npx tsx scripts/audit/audit.ts score FILE.tsv
 *       the share judged right (fill the `right` column with y or n), per type
 *
 * Misspelling warnings are sampled from `check` output with `audit.ts sample CHECK.json --code misspelling`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { drawSample } from './audit';

interface ScanJson {
  documents: { path: string; entities: { start: number; end: number; text: string; type: string; entity: string }[] }[];
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: number; documents: number }[];
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** One TSV row per drawn entity: its first mention in the corpus, in context. */
export function entityRows(scan: ScanJson, n: number, seed: number, read: (path: string) => string, top = false): string[] {
  const first = new Map<string, { path: string; start: number; end: number }>();
  for (const d of scan.documents) for (const m of d.entities) if (!first.has(m.entity)) first.set(m.entity, { path: d.path, start: m.start, end: m.end });
  const rows = ['n\tright\tcode\tseverity\tlocation\tmessage\tcontext'];
  const picked = top ? [...scan.entities].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)).slice(0, n) : drawSample(scan.entities, n, seed);
  picked.forEach((e, i) => {
    const at = first.get(e.id);
    const text = at ? read(at.path) : '';
    const context = at ? `${text.slice(Math.max(0, at.start - 120), at.start)}[[${text.slice(at.start, at.end)}]]${text.slice(at.end, at.end + 80)}` : '';
    const message = `${e.name} (${e.type}; ${e.mentions} mentions in ${e.documents}; aliases: ${e.aliases.slice(0, 5).join(' | ')})`;
    rows.push([i + 1, '', `entity:${e.type}`, '', at ? at.path : '', clean(message), clean(context)].join('\t'));
  });
  return rows;
}

/** A random sample of mentions (fixed seed), each in context with the entity it resolves to. */
export function mentionRows(scan: ScanJson, n: number, seed: number, read: (path: string) => string): string[] {
  const byId = new Map(scan.entities.map((e) => [e.id, e]));
  const all = scan.documents.flatMap((d) => d.entities.map((m) => ({ path: d.path, m })));
  const rows = ['n\tright\tcode\tseverity\tlocation\tmessage\tcontext'];
  drawSample(all, n, seed).forEach(({ path, m }, i) => {
    const text = read(path);
    const e = byId.get(m.entity);
    const context = `${text.slice(Math.max(0, m.start - 100), m.start)}[[${text.slice(m.start, m.end)}]]${text.slice(m.end, m.end + 60)}`;
    rows.push([i + 1, '', `mention:${m.type}`, '', `${path}:${m.start}`, clean(`${m.text} → ${e?.name ?? m.entity} (${m.type})`), clean(context)].join('\t'));
  });
  return rows;
}

function main(): void {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    console.error('usage: entities.ts SCAN.json [--n 100] [--seed 11] [--out FILE.tsv]');
    process.exit(2);
  }
  const scan = JSON.parse(readFileSync(file, 'utf8')) as ScanJson;
  const texts = new Map<string, string>();
  const read = (p: string): string => texts.get(p) ?? (texts.set(p, readFileSync(p, 'utf8').replace(/^\uFEFF/, '')), texts.get(p)!);
  const top = arg('--top');
  const seed = Number(arg('--seed', '11'));
  const rows = process.argv.includes('--mentions')
    ? mentionRows(scan, Number(arg('--n', '100')), seed, read)
    : entityRows(scan, Number(top ?? arg('--n', '100')), seed, read, top !== undefined);
  const out = arg('--out');
  if (out) writeFileSync(out, rows.join('\n') + '\n');
  else console.log(rows.join('\n'));
  const of = process.argv.includes('--mentions') ? `${scan.documents.reduce((a, d) => a + d.entities.length, 0)} mentions` : `${scan.entities.length} entities`;
  console.error(`${rows.length - 1} of ${of}, seed ${arg('--seed', '11')}`);
}

if (require.main === module) main();
