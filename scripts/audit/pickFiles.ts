/**
 * Copies a random sample of a corpus's .txt files (fixed seed) into a folder, so an audit can be
 * rerun on the same texts:
 *
 *   npx tsx scripts/audit/pickFiles.ts CORPUS_DIR OUT_DIR [--n 300] [--seed 7]
 *
 * Files are listed recursively and sorted before drawing, so the draw does not depend on the
 * order the file system returns them in.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
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
    console.error('usage: pickFiles.ts CORPUS_DIR OUT_DIR [--n 300] [--seed 7]');
    process.exit(2);
  }
  const opt = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const picked = drawSample(listTexts(corpus), opt('--n', 300), opt('--seed', 7));
  mkdirSync(out, { recursive: true });
  for (const f of picked) copyFileSync(f, join(out, basename(f)));
  console.error(`${picked.length} files copied to ${out}`);
}

if (require.main === module) main();
