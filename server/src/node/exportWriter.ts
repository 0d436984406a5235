/** Writes an export (the server's ExportRequest, the `codings` command's REFI-QDA project). */
import * as fs from 'fs';
import * as path from 'path';
import { ExportInput, exportFiles } from '../analysis/export';
import type { ExportParams, ExportResult } from '../protocol';
import { writeFileAtomic } from './atomicWrite';

/** Writes each file atomically; for csv, `target` is a folder (created if missing). */
export async function writeExport(input: ExportInput, params: ExportParams): Promise<ExportResult> {
  if (params.format !== 'csv' && params.format !== 'json' && params.format !== 'qdpx') throw new Error(`Unknown export format: ${String(params.format)}`);
  if (!path.isAbsolute(params.target)) throw new Error(`The export target must be an absolute path: ${params.target}`);
  const files = exportFiles(params.format, input);
  const written: string[] = [];
  await fs.promises.mkdir(params.format === 'csv' ? params.target : path.dirname(params.target), { recursive: true });
  for (const f of files) {
    const file = f.name ? path.join(params.target, f.name) : params.target;
    await writeFileAtomic(file, f.data);
    written.push(file);
  }
  return { files: written };
}

/** Writes one text export (a .qdc codebook, a codings CSV) atomically to the absolute path `target`. */
export async function writeTextExport(target: string, text: string): Promise<ExportResult> {
  if (!path.isAbsolute(target)) throw new Error(`The export target must be an absolute path: ${target}`);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
  return { files: [target] };
}
