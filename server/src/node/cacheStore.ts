/**
 * The disk cache of analyses for warm starts: one file, `analyses.bin`, in the cache folder.
 *
 * Records are keyed by the SHA-1 of the document text; the file as a whole is keyed by the
 * analysis version, the options and the model files (`cacheKey`), so a cache written by
 * another version, with other options or other models is ignored as a whole. A missing,
 * foreign or corrupt file (or record) is a miss, never an exception; the file is written
 * atomically (atomicWrite.ts), so a crash mid-write leaves the old one.
 *
 * Layout: "DLCACHE1\n", u32 header length, header JSON `{key, count}`, then per record:
 * 20-byte SHA-1, u32 payload length, payload (`analysis/cache/codec.ts`).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { AnalysisOptions, DocumentAnalysis } from '../analysis/document';
import { decodeAnalysis, encodeAnalysis } from '../analysis/cache/codec';
import { optionsKey } from '../analysis/corpus/corpus';
import { ANALYSIS_VERSION } from '../analysis/recognizers';
import { writeFileAtomic, writeFileAtomicSync } from './atomicWrite';
import { modelsDir } from './modelFiles';

const MAGIC = 'DLCACHE1\n';
export const CACHE_FILE = 'analyses.bin';

let modelVersionMemo: string | undefined;

/** A digest of the shipped model files (their content), or 'no-models'. */
export function modelVersion(): string {
  if (modelVersionMemo) return modelVersionMemo;
  try {
    const dir = modelsDir();
    const h = createHash('sha1');
    for (const f of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p));
    }
    modelVersionMemo = h.digest('hex').slice(0, 16);
  } catch {
    modelVersionMemo = 'no-models';
  }
  return modelVersionMemo;
}

/** The key a cache file must carry to be used with these options and recognisers. */
export function cacheKey(options: AnalysisOptions, recognizers = 'default'): string {
  return `${ANALYSIS_VERSION}|${recognizers}|${modelVersion()}|${createHash('sha1').update(optionsKey(options)).digest('hex').slice(0, 16)}`;
}

/** The background save encodes for this long between yields (requests are answered in between). */
const ENCODE_SLICE_MS = 10;

export interface CacheLoadReport {
  readonly records: number;
  /** Why the file was not used, if it was not. */
  readonly ignored?: string;
}

export class AnalysisCache {
  /**
   * Records by text hash: encoded, or an analysis made in this process and not encoded yet (it is
   * encoded when the cache is saved, off the indexing: see `saveInBackground`).
   */
  private records = new Map<string, Uint8Array | DocumentAnalysis>();
  /** The background save under way, if any. */
  private saving: Promise<string | undefined> | undefined;
  /** Fast path for warm starts: file path → size, mtime and the content hash seen then. */
  private files = new Map<string, [number, number, string]>();
  private dirty = false;
  lastLoad: CacheLoadReport = { records: 0 };

  constructor(
    readonly dir: string,
    readonly key: string,
  ) {}

  get file(): string {
    return path.join(this.dir, CACHE_FILE);
  }

  get size(): number {
    return this.records.size;
  }

  /** Reads the cache file; never throws (an unusable file just leaves the cache empty). */
  load(): CacheLoadReport {
    this.records.clear();
    this.files.clear();
    let buf: Buffer;
    try {
      buf = fs.readFileSync(this.file);
    } catch (e) {
      return (this.lastLoad = { records: 0, ignored: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no cache yet' : `unreadable: ${(e as Error).message}` });
    }
    try {
      if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return (this.lastLoad = { records: 0, ignored: 'not a Discourse Lens cache' });
      let p = MAGIC.length;
      const hlen = buf.readUInt32LE(p);
      p += 4;
      if (p + hlen > buf.length) return (this.lastLoad = { records: 0, ignored: 'truncated header' });
      const header = JSON.parse(buf.toString('utf8', p, p + hlen)) as { key?: string; count?: number; files?: [string, number, number, string][] };
      p += hlen;
      if (header.key !== this.key) return (this.lastLoad = { records: 0, ignored: `stale (written for ${header.key ?? 'unknown'})` });
      if (Array.isArray(header.files)) {
        for (const f of header.files) if (Array.isArray(f) && typeof f[0] === 'string' && typeof f[3] === 'string') this.files.set(f[0], [Number(f[1]), Number(f[2]), f[3]]);
      }
      while (p + 24 <= buf.length) {
        const hash = buf.toString('hex', p, p + 20);
        const len = buf.readUInt32LE(p + 20);
        p += 24;
        if (p + len > buf.length) break; // truncated tail: keep what is whole
        this.records.set(hash, buf.subarray(p, p + len));
        p += len + ((4 - (len % 4)) % 4);
      }
      return (this.lastLoad = { records: this.records.size });
    } catch (e) {
      this.records.clear();
      return (this.lastLoad = { records: 0, ignored: `corrupt: ${(e as Error).message}` });
    }
  }

  /**
   * The content hash recorded for a file of this size and modification time, if its record
   * is here: lets a warm start skip hashing (the caller verifies it later, see `scanFiles`).
   */
  hashForFile(file: string, size: number, mtimeMs: number): string | undefined {
    const f = this.files.get(file);
    return f && f[0] === size && f[1] === mtimeMs && this.records.has(f[2]) ? f[2] : undefined;
  }

  noteFile(file: string, size: number, mtimeMs: number, hash: string): void {
    const f = this.files.get(file);
    if (f && f[0] === size && f[1] === mtimeMs && f[2] === hash) return;
    this.files.set(file, [size, mtimeMs, hash]);
    this.dirty = true;
  }

  has(hash: string): boolean {
    return this.records.has(hash);
  }

  /** The cached analysis of a text, or undefined (a corrupt record is dropped). */
  get(text: string, hash: string): DocumentAnalysis | undefined {
    let bytes = this.records.get(hash);
    if (!bytes) return undefined;
    // Each document gets its own decoded analysis, also of a text analysed in this process.
    if (!(bytes instanceof Uint8Array)) this.records.set(hash, (bytes = encodeAnalysis(bytes)));
    try {
      return decodeAnalysis(bytes, text, hash);
    } catch {
      this.records.delete(hash);
      this.dirty = true;
      return undefined;
    }
  }

  /** Stores an encoded record (from a worker) or an analysis (encoded when saved). */
  put(hash: string, record: Uint8Array | DocumentAnalysis): void {
    this.records.set(hash, record);
    this.dirty = true;
  }

  /** Drops records whose hash is not in `live` (documents gone or edited). */
  retain(live: ReadonlySet<string>): void {
    for (const h of [...this.records.keys()]) if (!live.has(h)) {
      this.records.delete(h);
      this.dirty = true;
    }
  }

  /** Writes the cache atomically if anything changed. Returns an error message or undefined. */
  save(force = false): string | undefined {
    if (!this.dirty && !force) return undefined;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      writeFileAtomicSync(this.file, this.serialize());
      this.dirty = false;
      return undefined;
    } catch (e) {
      return this.saveError(e);
    }
  }

  /**
   * `save` without holding the thread: the analyses made in this process are encoded a slice at a
   * time, then the file is written asynchronously. One save at a time; a put meanwhile leaves the
   * cache dirty for the next. Returns an error message or undefined.
   */
  saveInBackground(): Promise<string | undefined> {
    const previous = this.saving ?? Promise.resolve(undefined);
    const run = previous.then(async () => {
      await new Promise((r) => setImmediate(r));
      if (!this.dirty) return undefined;
      let last = performance.now();
      for (const [hash, entry] of this.records) {
        if (entry instanceof Uint8Array) continue;
        this.records.set(hash, encodeAnalysis(entry));
        if (performance.now() - last > ENCODE_SLICE_MS) {
          await new Promise((r) => setImmediate(r));
          last = performance.now();
        }
      }
      try {
        await fs.promises.mkdir(this.dir, { recursive: true });
        // In parts (records are never changed in place): writeFileAtomic copies them into small writes.
        const data = this.serialize();
        this.dirty = false;
        await writeFileAtomic(this.file, data);
        return undefined;
      } catch (e) {
        this.dirty = true;
        return this.saveError(e);
      }
    });
    this.saving = run;
    void run.finally(() => {
      if (this.saving === run) this.saving = undefined;
    });
    return run;
  }

  /** Waits for a background save (before a synchronous one, which must not be overwritten by it). */
  async settled(): Promise<void> {
    while (this.saving) await this.saving;
  }

  private saveError(e: unknown): string {
    return `could not write the analysis cache ${this.file}: ${(e as Error).message}`;
  }

  /** The file's bytes, in parts (encoding the analyses not encoded yet). */
  private serialize(): Uint8Array[] {
    // Records start at offsets that are multiples of 4, so they decode without copying.
    const files = [...this.files].filter(([, f]) => this.records.has(f[2])).map(([p, f]) => [p, ...f]);
    let headerJson = JSON.stringify({ key: this.key, count: this.records.size, files });
    while ((MAGIC.length + 4 + Buffer.byteLength(headerJson)) % 4) headerJson += ' ';
    const header = Buffer.from(headerJson, 'utf8');
    const parts: Uint8Array[] = [Buffer.from(MAGIC, 'latin1')];
    const hl = Buffer.alloc(4);
    hl.writeUInt32LE(header.length);
    parts.push(hl, header);
    for (const [hash, entry] of this.records) {
      let bytes = entry;
      if (!(bytes instanceof Uint8Array)) this.records.set(hash, (bytes = encodeAnalysis(bytes)));
      const h = Buffer.alloc(24);
      h.write(hash, 0, 20, 'hex');
      h.writeUInt32LE(bytes.length, 20);
      parts.push(h, bytes);
      if (bytes.length % 4) parts.push(Buffer.alloc(4 - (bytes.length % 4)));
    }
    return parts;
  }
}
