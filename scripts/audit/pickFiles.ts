/**
 * Copies a random sample of a corpus's .txt files (fixed seed) into a folder, so an audit can be
 * rerun on the same texts:
 *
 *   npx tsx scripts/audit/pickFiles.ts CORPUS_DIR OUT_DIR [--n 300] [--seed 7] [--exclude LIST.txt]...
 *
 * `--exclude` (repeatable) names a list of file names, one a line (an earlier audit's file list):
 * those files are left out before drawing, so a fresh audit never reuses texts already looked at.
 *
 * Files are listed recursively and sorted before drawing, so the draw does not depend on the
 * order the file system returns them in.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { drawSample } from './audit';

function listTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function main(): void {
  const [corpus, out] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  if (!corpus || !out) {
    console.error('usage: pickFiles.ts CORPUS_DIR OUT_DIR [--n 300] [--seed 7] [--exclude LIST.txt]...');
    process.exit(2);
  }
  const opt = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const excluded = new Set<string>();
  process.argv.forEach((a, i) => {
    if (a !== '--exclude') return;
    for (const line of readFileSync(process.argv[i + 1], 'utf8').split('\n')) if (line.trim()) excluded.add(basename(line.trim()));
  });
  const candidates = listTexts(corpus).filter((f) => !excluded.has(basename(f)));
  const picked = drawSample(candidates, opt('--n', 300), opt('--seed', 7));
  mkdirSync(out, { recursive: true });
  for (const f of picked) copyFileSync(f, join(out, basename(f)));
  console.error(`${picked.length} files copied to ${out}`);
}

if (require.main === module) main();
