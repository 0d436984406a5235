/** The command line's commands and flags. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Corpus } from '../analysis/corpus/corpus';
import { defaultRecognizers } from '../analysis/recognizers';
import { Sensitivity } from '../analysis/types';
import { DEFAULT_FILTER, findArticles, readArticle } from '../node/files';

const USAGE = `Usage: discourse-lens scan PATH... --json [--sensitivity precise|balanced|exploratory]
       discourse-lens scan PATH... --csv`;

export async function runCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'scan') {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const paths: string[] = [];
  let sensitivity: Sensitivity = 'precise';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json' || a === '--csv') continue;
    if (a === '--sensitivity') {
      const v = rest[++i];
      if (v !== 'precise' && v !== 'balanced' && v !== 'exploratory') {
        err.write(`discourse-lens: --sensitivity must be precise, balanced or exploratory\n`);
        return 2;
      }
      sensitivity = v;
    } else if (a.startsWith('-')) {
      err.write(`discourse-lens: unknown flag ${a}\n${USAGE}\n`);
      return 2;
    } else paths.push(a);
  }
  if (!paths.length) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const corpus = new Corpus({ sensitivity }, defaultRecognizers);
  let failed = false;
  for (const p of paths) {
    let files: string[];
    try {
      files = (await fs.stat(p)).isDirectory() ? (await findArticles(p, DEFAULT_FILTER)).map((f) => path.join(p, path.relative(p, f))) : [p];
    } catch (e) {
      err.write(`discourse-lens: ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed = true;
      continue;
    }
    for (const f of files) {
      const r = await readArticle(f);
      if (!r.ok) {
        err.write(`discourse-lens: skipped ${f}: ${r.reason}\n`);
        continue;
      }
      for (const w of r.warnings) err.write(`discourse-lens: ${f}: ${w}\n`);
      corpus.update(f, r.text);
    }
  }
  const documents = corpus.index.uris().map((p) => {
    const d = corpus.index.get(p)!;
    return {
      path: p,
      entities: d.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, entity: e.text })),
      terms: d.markers.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'rhetoric', category: m.category, term: m.term })),
    };
  });
  out.write(`${JSON.stringify({ documents, entities: [], terms: [] })}\n`);
  return failed ? 1 : 0;
}
