/**
 * The codings folder on disk (`codings/<coder>.jsonl`, setting `discourseLens.codingsFolder`):
 * reading every coder's file, and changing one coder's file without ever losing a line.
 *
 * A change is a list of operations (add or replace by id, remove by id), never a whole file:
 * under a lock file (`.<coder>.jsonl.lock`, created exclusively, so other processes wait) the
 * file is re-read, the operations are applied to what is on disk now, and the result is written
 * atomically (temporary file + rename). A line another process or a hand edit added since this
 * process last read the file is therefore kept; a broken line is written back as it was. If the
 * file changes while the new text is prepared (a writer that takes no lock), the change is redone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Coding, ParsedCodingsFile, coderFileName, parseCodingsFile, serializeCodingsFile } from '../analysis/codings';
import { writeFileAtomic } from './atomicWrite';

export const DEFAULT_CODINGS_FOLDER = 'codings';

/** The coder's name when the setting is empty: the OS user name. */
export function defaultCoder(): string {
  try {
    return os.userInfo().username || 'coder';
  } catch {
    return process.env.USER || process.env.USERNAME || 'coder';
  }
}

export type CodingOperation = { readonly op: 'put'; readonly coding: Coding } | { readonly op: 'remove'; readonly id: string };

export interface CoderFile extends ParsedCodingsFile {
  readonly coder: string;
  readonly file: string;
}

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 20;
const MAX_ATTEMPTS = 5;

export class CodingsStore {
  /** In-process queue per file: this process's own writes never race each other. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly folder: string) {}

  fileOf(coder: string): string {
    return path.join(this.folder, coderFileName(coder));
  }

  /** Every coder's file in the folder (none when the folder does not exist). */
  async readAll(): Promise<CoderFile[]> {
    let names: string[];
    try {
      names = (await fs.promises.readdir(this.folder)).filter((n) => n.endsWith('.jsonl') && !n.startsWith('.')).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: CoderFile[] = [];
    for (const n of names) {
      const file = path.join(this.folder, n);
      const coder = n.slice(0, -'.jsonl'.length);
      const text = await readOrEmpty(file);
      out.push({ coder, file, ...parseCodingsFile(text, coder) });
    }
    return out;
  }

  async read(coder: string): Promise<CoderFile> {
    const file = this.fileOf(coder);
    return { coder, file, ...parseCodingsFile(await readOrEmpty(file), coder) };
  }

  /** Applies the operations to the coder's file as it is on disk now; returns the codings written. */
  change(coder: string, ops: readonly CodingOperation[]): Promise<Coding[]> {
    const file = this.fileOf(coder);
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.changeLocked(file, coder, ops));
    this.queues.set(file, next);
    void next.finally(() => {
      if (this.queues.get(file) === next) this.queues.delete(file);
    }).catch(() => undefined);
    return next;
  }

  private async changeLocked(file: string, coder: string, ops: readonly CodingOperation[]): Promise<Coding[]> {
    await fs.promises.mkdir(this.folder, { recursive: true });
    const release = await lock(`${path.join(this.folder, '.' + path.basename(file))}.lock`);
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const before = await readOrEmpty(file);
        const parsed = parseCodingsFile(before, coder);
        const byId = new Map(parsed.codings.map((c) => [c.id, c]));
        for (const o of ops) {
          if (o.op === 'put') byId.set(o.coding.id, o.coding);
          else byId.delete(o.id);
        }
        const codings = [...byId.values()];
        const text = serializeCodingsFile(codings, parsed.brokenLines);
        if (text === before) return codings;
        if ((await readOrEmpty(file)) !== before) continue; // changed underneath: redo on the new text
        await writeFileAtomic(file, text);
        return codings;
      }
      throw new Error(`${file} kept changing while the codings were being written; try again.`);
    } finally {
      await release();
    }
  }

  /**
   * Calls `onChange` (debounced) when a codings file changes on disk, by this or another
   * process. Returns a function that stops watching.
   */
  watch(onChange: () => void, delayMs = 100): () => void {
    let timer: NodeJS.Timeout | undefined;
    let watcher: fs.FSWatcher | undefined;
    const fire = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(onChange, delayMs);
    };
    const start = () => {
      try {
        watcher = fs.watch(this.folder, (_event, name) => {
          if (!name || String(name).endsWith('.jsonl')) fire();
        });
        watcher.on('error', () => undefined);
      } catch {
        // The folder does not exist yet: watch its parent until it appears.
        try {
          const parent = fs.watch(path.dirname(this.folder), (_event, name) => {
            if (String(name) === path.basename(this.folder) && fs.existsSync(this.folder)) {
              parent.close();
              start();
              fire();
            }
          });
          parent.on('error', () => undefined);
          watcher = parent;
        } catch {
          // nothing to watch
        }
      }
    };
    start();
    return () => {
      if (timer) clearTimeout(timer);
      watcher?.close();
    };
  }
}

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

/** An exclusive lock file shared by every process; a lock older than LOCK_STALE_MS is taken over. */
async function lock(lockFile: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      const fh = await fs.promises.open(lockFile, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => fs.promises.unlink(lockFile).catch(() => undefined);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        const st = await fs.promises.stat(lockFile);
        if (Date.now() - st.mtimeMs > LOCK_STALE_MS) {
          await fs.promises.unlink(lockFile).catch(() => undefined);
          continue;
        }
      } catch {
        continue; // released meanwhile
      }
      await new Promise((r) => setTimeout(r, LOCK_WAIT_MS));
    }
  }
}
