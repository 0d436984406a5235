/**
 * The codebook on disk: reading, and writing edits so that nothing is ever lost.
 *
 * - Every edit re-reads the file right before writing and applies the operation to that fresh
 *   text, so a hand edit made since the last load is kept.
 * - A malformed file is never overwritten: the edit is refused with the problem's line/column.
 * - Writes are atomic: a temporary file in the same folder, fsync, then rename over the original.
 *   If the file changed on disk while the temporary file was written, the edit is redone on the
 *   new text (compare-and-swap), so a concurrent hand edit cannot be clobbered.
 * - A failure at any step leaves the original file as it was and removes the temporary file.
 *
 * File operations are injectable so tests can make a write or the rename fail.
 */
import * as nodeFs from 'fs';
import * as path from 'path';
import { CodebookOperation, CodebookEditError, EditOutcome, applyCodebookEdit, isJsonPath, newCodebookText } from './edit';

export interface CodebookFs {
  readFile(file: string): Promise<string>;
  /** Creates `file` exclusively, writes `data`, fsyncs and closes it. */
  writeNew(file: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  exists(file: string): Promise<boolean>;
  /** fsync of the folder after the rename (best effort). */
  syncDir(dir: string): Promise<void>;
}

export const nodeCodebookFs: CodebookFs = {
  readFile: (file) => nodeFs.promises.readFile(file, 'utf8').then((t) => t.replace(/^\uFEFF/, '')),
  async writeNew(file, data) {
    const fh = await nodeFs.promises.open(file, 'wx', 0o644);
    try {
      await fh.writeFile(data, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  rename: (from, to) => nodeFs.promises.rename(from, to),
  unlink: (file) => nodeFs.promises.unlink(file),
  exists: (file) => nodeFs.promises.access(file).then(() => true, () => false),
  async syncDir(dir) {
    try {
      const fh = await nodeFs.promises.open(dir, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch {
      // not supported on every platform
    }
  },
};

export interface WriteResult extends EditOutcome {
  readonly path: string;
  readonly written: boolean;
}

/** Writes `data` to `file` atomically (temp file in the same folder + fsync + rename). */
export async function writeFileAtomic(file: string, data: string, fs: CodebookFs = nodeCodebookFs): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fs.writeNew(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fs.syncDir(dir);
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
