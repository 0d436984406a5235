/**
 * Gathers the export core's input (analysis/export) from the corpus index and the codebook
 * (the language service's `provideExportInput`), and writes an export from it (the server's
 * ExportRequest handler).
 */
import type { CancellationLike } from '../analysis/corpus/corpus';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ExportInput, exportFiles } from '../analysis/export';
import type { ExportParams, ExportResult } from '../protocol';
import { FeatureContext, categories } from './context';
import { notes } from './customRequests';

/** The export core's input; null when `token` is cancelled part-way. */
export function exportInput(ctx: FeatureContext, name?: string, token?: CancellationLike): ExportInput | null {
  const entities = ctx.q.entities();
  const terms = ctx.q.terms();
  const mentions: ExportInput['mentions'][number][] = [];
  for (const id of [...entities.map((e) => e.id), ...terms.map((t) => t.id)]) {
    if (token?.isCancellationRequested) return null;
    ctx.q.mentionsOf(id).visit((uri, start, end, text) => {
      mentions.push({ id, uri, start, end, text });
    });
  }
  const documents = ctx.index.uris().map((uri) => {
    let title = ctx.index.title(uri);
    if (!title) title = uri.startsWith('file:') ? path.basename(fileURLToPath(uri)) : uri;
    return { uri, title, text: ctx.index.get(uri)!.text };
  });
  return {
    name,
    documents,
    entities,
    terms,
    mentions,
    categories: categories(ctx.codebook).map((c) => ({ id: c.id, label: c.label, color: c.color, description: c.description, source: c.source })),
    notes: notes(ctx).map((n) => ({ ...n, id: n.kind === 'category' ? n.id.replace(/^category:/, '') : n.id })),
  };
}

/** Writes the export next to nothing else: for csv, `target` is a folder (created if missing). */
export async function writeExport(input: ExportInput, params: ExportParams): Promise<ExportResult> {
  if (!['csv', 'json', 'qdpx'].includes(params.format)) throw new Error(`Unknown export format: ${String(params.format)}`);
  if (!path.isAbsolute(params.target)) throw new Error(`The export target must be an absolute path: ${params.target}`);
  const files = exportFiles(params.format, input);
  const written: string[] = [];
  if (params.format === 'csv') await fs.promises.mkdir(params.target, { recursive: true });
  else await fs.promises.mkdir(path.dirname(params.target), { recursive: true });
  for (const f of files) {
    const file = f.name ? path.join(params.target, f.name) : params.target;
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.promises.writeFile(tmp, f.data);
    await fs.promises.rename(tmp, file);
    written.push(file);
  }
  return { files: written };
}
