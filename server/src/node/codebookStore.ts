/**
 * The codebook on disk: reading, and writing edits so that nothing is ever lost.
 *
 * - Every edit re-reads the file right before writing and applies the operation to that fresh
 *   text, so a hand edit made since the last load is kept.
 * - A malformed file is never overwritten: the edit is refused with the problem's line/column.
 * - Writes are atomic (atomicWrite.ts: a temporary file in the same folder, fsync, rename).
 *   If the file changed on disk while the temporary file was written, the edit is redone on the
 *   new text (compare-and-swap), so a concurrent hand edit cannot be clobbered.
 * - A failure at any step leaves the original file as it was and removes the temporary file.
 *
 * File operations are injectable so tests can make a write or the rename fail.
 */
import * as nodeFs from 'fs';
import { CodebookOperation, CodebookEditError, EditOutcome, applyCodebookEdit, isJsonPath, newCodebookText } from '../analysis/codebook/edit';
import { AtomicWriteFs, nodeAtomicWriteFs, writeFileAtomic } from './atomicWrite';

/** The file operations of an edit: reading, and those of the atomic write (atomicWrite.ts). */
export interface CodebookFs extends AtomicWriteFs {
  readFile(file: string): Promise<string>;
  exists(file: string): Promise<boolean>;
}

export const nodeCodebookFs: CodebookFs = {
  ...nodeAtomicWriteFs,
  readFile: (file) => nodeFs.promises.readFile(file, 'utf8').then((t) => t.replace(/^\uFEFF/, '')),
  exists: (file) => nodeFs.promises.access(file).then(() => true, () => false),
};

export interface WriteResult extends EditOutcome {
  readonly path: string;
  readonly written: boolean;
}

const MAX_ATTEMPTS = 5;

/**
 * Applies an edit to the codebook file: re-read, edit, write atomically, and redo the edit if
 * the file changed underneath. Creates the file when it does not exist. Throws
 * CodebookEditError (malformed file) or the file system's error; the file is then unchanged.
 */
export async function editCodebookFile(file: string, op: CodebookOperation, fs: CodebookFs = nodeCodebookFs): Promise<WriteResult> {
  const json = isJsonPath(file);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const exists = await fs.exists(file);
    const before = exists ? await fs.readFile(file) : newCodebookText(json);
    const outcome = applyCodebookEdit(before, op, json);
    if (!outcome.changed) return { ...outcome, path: file, written: false };
    // Compare-and-swap: the file must still hold what the edit was based on.
    const now = (await fs.exists(file)) ? await fs.readFile(file) : exists ? undefined : newCodebookText(json);
    if (now !== before) continue;
    await writeFileAtomic(file, outcome.text, fs);
    return { ...outcome, path: file, written: true };
  }
  throw new CodebookEditError('The codebook kept changing on disk while the edit was being written; try again.');
}
