/**
 * The one way the analyst's files (codebook, codings, exports) and the analysis cache are
 * written: a temporary file in the same folder, written and fsynced, renamed over the target,
 * then the folder fsynced where the platform allows it. A reader sees the old file or the new
 * one, never a part; on any failure the target is untouched and the temporary file is removed.
 *
 * The file operations are injectable so tests can make a write or the rename fail.
 */
import * as nodeFs from 'fs';
import * as path from 'path';

export type FileData = string | Uint8Array | readonly Uint8Array[];

export interface AtomicWriteFs {
  /** Creates `file` exclusively, writes `data`, fsyncs and closes it. */
  writeNew(file: string, data: FileData): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** fsync of the folder after the rename (best effort). */
  syncDir(dir: string): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  async writeNew(file, data) {
    const fh = await nodeFs.promises.open(file, 'wx', 0o644);
    try {
      for (const chunk of coalesced(parts(data))) await fh.writeFile(chunk);
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  rename: (from, to) => nodeFs.promises.rename(from, to),
  unlink: (file) => nodeFs.promises.unlink(file),
  async syncDir(dir) {
    try {
      const fh = await nodeFs.promises.open(dir, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch {
      // not supported on every platform (Windows cannot open a folder)
    }
  },
};

/** A temporary name beside `file`: same folder (so the rename is atomic), hidden, unique. */
function tempPath(file: string): string {
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
}

function parts(data: FileData): readonly (string | Uint8Array)[] {
  return typeof data === 'string' || data instanceof Uint8Array ? [data] : (data as readonly Uint8Array[]);
}

/** Bytes copied into one write from consecutive small parts. */
const WRITE_CHUNK_BYTES = 1 << 20;

/**
 * The parts, small consecutive ones copied together into writes of up to `WRITE_CHUNK_BYTES`, each
 * made just before it is written: an analysis cache is thousands of small records, and one await per
 * record is slow, while copying them all into one buffer first held the whole file twice (121 MB of
 * records on 38 MB of speeches).
 */
function* coalesced(all: readonly (string | Uint8Array)[]): Generator<string | Uint8Array> {
  let batch: Uint8Array[] = [];
  let bytes = 0;
  for (const part of all) {
    if (typeof part === 'string' || part.length >= WRITE_CHUNK_BYTES) {
      if (batch.length) yield Buffer.concat(batch, bytes);
      batch = [];
      bytes = 0;
      yield part;
      continue;
    }
    if (bytes + part.length > WRITE_CHUNK_BYTES) {
      yield Buffer.concat(batch, bytes);
      batch = [];
      bytes = 0;
    }
    batch.push(part);
    bytes += part.length;
  }
  if (batch.length) yield Buffer.concat(batch, bytes);
}

/** Writes `data` to `file` atomically. The folder must exist. */
export async function writeFileAtomic(file: string, data: FileData, fs: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const tmp = tempPath(file);
  try {
    await fs.writeNew(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fs.syncDir(path.dirname(file));
}

/** writeFileAtomic for the places that must finish before returning (the cache saved at exit). */
export function writeFileAtomicSync(file: string, data: FileData): void {
  const tmp = tempPath(file);
  try {
    const fd = nodeFs.openSync(tmp, 'wx', 0o644);
    try {
      for (const part of parts(data)) nodeFs.writeFileSync(fd, part);
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
    nodeFs.renameSync(tmp, file);
  } catch (e) {
    try {
      nodeFs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw e;
  }
  try {
    const fd = nodeFs.openSync(path.dirname(file), 'r');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  } catch {
    // not supported on every platform
  }
}
