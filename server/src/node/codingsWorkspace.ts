/**
 * The codings of a workspace on disk, for the command line and the server: every coder's file
 * read (problems reported with file and line), and article paths as the codings name them
 * (`source`: relative to the workspace folder, forward slashes).
 */
import * as path from 'path';
import type { Coding } from '../analysis/codings';
import { CodingsStore, DEFAULT_CODINGS_FOLDER } from './codingsStore';

/** The codings' `source` of an article file: its path relative to the workspace, with `/`. */
export function sourceOf(workspace: string, file: string): string {
  return path.relative(path.resolve(workspace), path.resolve(file)).split(path.sep).join('/');
}

/** The codings folder: `folder` (relative to the workspace, or absolute), default `codings`. */
export function codingsFolderOf(workspace: string, folder?: string): string {
  return path.resolve(workspace, folder || DEFAULT_CODINGS_FOLDER);
}

/**
 * Every coder's codings; broken lines as `file:line: message` (they stay in the file).
 * `fileCoder`: by coding id, the coder whose file holds it (the file to change it in, even when
 * the annotation's creator is named otherwise).
 */
export async function readAllCodings(store: CodingsStore): Promise<{ codings: Coding[]; problems: string[]; fileCoder: Map<string, string> }> {
  const codings: Coding[] = [];
  const problems: string[] = [];
  const fileCoder = new Map<string, string>();
  for (const f of await store.readAll()) {
    codings.push(...f.codings);
    for (const c of f.codings) fileCoder.set(c.id, f.coder);
    for (const p of f.problems) problems.push(`${f.file}:${p.line}: ${p.message}`);
  }
  return { codings, problems, fileCoder };
}
