/**
 * The analysts' codings in the language server: every coder's file of the codings folder
 * (`discourseLens.codingsFolder`, relative to the first workspace folder), kept in memory and
 * re-read when a file changes on disk; re-anchored in each document's current text when asked
 * (so they follow edits); new codings written as the workspace's coder (`discourseLens.coder`,
 * default the OS user), through CodingsStore (lock, re-read, atomic write). In an untrusted
 * workspace the codings are read and shown; the requests that write them refuse (requests.ts).
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { AnchoredCoding, Coding, CodeProfile, ProfileArticle, anchorCoding, codeProfile, newCoding } from '../analysis/codings';
import { CodingOperation, CodingsStore, defaultCoder } from '../node/codingsStore';
import { codingsFolderOf, readAllCodings, sourceOf } from '../node/codingsWorkspace';
import type { Diagnostic } from 'vscode-languageserver';
import { codingDiagnostics } from '../languageFeatures/codings';
import type { CodingInfo } from '../protocol';

export interface CodingsHostOptions {
  folders(): readonly string[];
  setting(): { readonly folder: string; readonly coder: string };
  /** Untrusted: codings are read (never written) and only from a folder inside the workspace. */
  trusted(): boolean;
  /** The document's current text (open or indexed). */
  textOf(uri: string): string | undefined;
  changed(): void;
  log: { warn(m: string): void; error(m: string): void };
}

export class CodingsHost {
  private store: CodingsStore | undefined;
  private codings: Coding[] = [];
  /** By coding id, the coder whose file holds it (see readAllCodings). */
  private fileCoder = new Map<string, string>();
  private unwatch: (() => void) | undefined;
  /** Bumped whenever the codings are re-read: a cached anchoring of an older generation is stale. */
  private generation = 0;
  /**
   * By source (document), its codings anchored in one version of its text: every request (hover,
   * decorations, diagnostics, the Codings view) asks again, and re-anchoring is an LCS at worst.
   */
  private anchored = new Map<string, { generation: number; text: string; codings: AnchoredCoding[] }>();

  constructor(private readonly o: CodingsHostOptions) {}

  get workspace(): string | undefined {
    return this.o.folders()[0];
  }

  get coder(): string {
    return this.o.setting().coder || defaultCoder();
  }

  /** (Re)opens the codings folder of the current settings and reads it; watches it for outside changes. */
  async load(): Promise<void> {
    this.unwatch?.();
    this.unwatch = undefined;
    const ws = this.workspace;
    if (!ws) {
      this.store = undefined;
      this.codings = [];
      this.generation++;
      this.anchored.clear();
      return;
    }
    this.store = new CodingsStore(this.folderOf(ws));
    await this.reread();
    this.unwatch = this.store.watch(() => void this.reread().then(() => this.o.changed()));
  }

  /**
   * The codings folder of the settings; in an untrusted workspace only one inside the workspace
   * folder (the workspace's settings must not point the server at files elsewhere), else the default.
   */
  private folderOf(ws: string): string {
    const folder = codingsFolderOf(ws, this.o.setting().folder);
    if (this.o.trusted()) return folder;
    const rel = path.relative(path.resolve(ws), folder);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      this.o.log.warn(`Codings: the workspace is not trusted: reading ${codingsFolderOf(ws)} instead of ${folder}, which is outside the workspace folder.`);
      return codingsFolderOf(ws);
    }
    return folder;
  }

  private async reread(): Promise<void> {
    if (!this.store) return;
    try {
      const { codings, problems, fileCoder } = await readAllCodings(this.store);
      this.codings = codings;
      this.fileCoder = fileCoder;
      this.generation++;
      this.anchored.clear();
      for (const p of problems) this.o.log.warn(`Codings: ${p}`);
    } catch (e) {
      this.o.log.error(`Codings: cannot read ${this.store.folder}: ${(e as Error).message}`);
    }
  }

  /** The document's current text (open or indexed). */
  textOf(uri: string): string | undefined {
    return this.o.textOf(uri);
  }

  /** Orphaned codings of a document as diagnostics. */
  diagnostics(uri: string): Diagnostic[] {
    const text = this.o.textOf(uri);
    return text === undefined ? [] : codingDiagnostics({ owner: { text }, text }, this.codingsOf(uri));
  }

  private sourceOfUri(uri: string): string | undefined {
    const ws = this.workspace;
    if (!ws || !uri.startsWith('file:')) return undefined;
    const source = sourceOf(ws, fileURLToPath(uri));
    return source.startsWith('../') || path.isAbsolute(source) ? undefined : source;
  }

  /** The codings of a document, re-anchored in its current text, by start. */
  codingsOf(uri: string): AnchoredCoding[] {
    const source = this.sourceOfUri(uri);
    const text = this.o.textOf(uri);
    if (source === undefined || text === undefined) return [];
    return this.anchoredIn(source, text);
  }

  /** The codings of `source` anchored in `text`, from the cache when neither changed since. */
  private anchoredIn(source: string, text: string): AnchoredCoding[] {
    const cached = this.anchored.get(source);
    if (cached && cached.generation === this.generation && cached.text === text) return cached.codings;
    const codings = this.bySource()
      .get(source)
      ?.map((c) => anchorCoding(c, text))
      .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)) ?? [];
    this.anchored.set(source, { generation: this.generation, text, codings });
    return codings;
  }

  private sources: { generation: number; map: Map<string, Coding[]> } | undefined;
  /** The codings by source (rebuilt after each re-read). */
  private bySource(): Map<string, Coding[]> {
    if (this.sources?.generation === this.generation) return this.sources.map;
    const map = new Map<string, Coding[]>();
    for (const c of this.codings) {
      let list = map.get(c.source);
      if (!list) map.set(c.source, (list = []));
      list.push(c);
    }
    this.sources = { generation: this.generation, map };
    return map;
  }

  async add(uri: string, start: number, end: number, code: string, memo?: string): Promise<AnchoredCoding> {
    const source = this.sourceOfUri(uri);
    const text = this.o.textOf(uri);
    if (!this.store || source === undefined || text === undefined) throw new Error('Only a document of the workspace folder can be coded.');
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) throw new Error('Select the passage to code.');
    if (!code.trim()) throw new Error('A coding needs a code.');
    const coding = newCoding({ source, text, start, end, code: code.trim(), coder: this.coder, memo });
    await this.store.change(coding.coder, [{ op: 'put', coding }]);
    await this.reread();
    this.o.changed();
    return { ...coding, orphaned: false };
  }

  /** Changes a coding's code and/or memo (an empty memo removes it); undefined when there is no such coding. */
  async update(id: string, change: { readonly code?: string; readonly memo?: string }): Promise<AnchoredCoding | undefined> {
    const c = this.codings.find((x) => x.id === id);
    if (!c || !this.store) return undefined;
    if (change.code !== undefined && !change.code.trim()) throw new Error('A coding needs a code.');
    const { memo: _old, ...rest } = c;
    const memo = change.memo === undefined ? c.memo : change.memo.trim();
    const coding = { ...rest, code: change.code?.trim() ?? c.code, ...(memo ? { memo } : {}), modified: new Date().toISOString() };
    await this.changeFileOf(c, [{ op: 'put', coding }]);
    const uri = this.uriOf(c.source);
    const text = uri && this.o.textOf(uri);
    return text === undefined || text === '' ? { ...coding, orphaned: false } : anchorCoding(coding, text);
  }

  /**
   * Where `code` is used across the corpus and what its passages co-occur with (codes, and the
   * entities `analysisOf` gives for each document: overlapping or in the same sentence).
   */
  profile(code: string, analysisOf: (uri: string) => Omit<ProfileArticle, 'source' | 'codings'> | undefined): CodeProfile {
    const articles: ProfileArticle[] = [];
    for (const [source, list] of this.bySource()) {
      if (!list.some((c) => c.code === code)) continue;
      const uri = this.uriOf(source);
      const text = uri && this.o.textOf(uri);
      const analysis = uri && analysisOf(uri);
      if (text === undefined || !analysis) continue;
      articles.push({ source, codings: this.anchoredIn(source, text), ...analysis });
    }
    return codeProfile(code, articles);
  }

  /** Every coding with its document's URI, re-anchored where the document's text is known. */
  all(): { uri: string; coding: AnchoredCoding; text?: string }[] {
    const out: { uri: string; coding: AnchoredCoding; text?: string }[] = [];
    for (const [source, list] of this.bySource()) {
      const uri = this.uriOf(source);
      if (!uri) continue;
      const text = this.o.textOf(uri);
      const codings = text === undefined ? list.map((c) => ({ ...c, orphaned: false })) : this.anchoredIn(source, text);
      for (const coding of codings) out.push({ uri, coding, text });
    }
    return out;
  }

  /** The URI of a coding's `source` (relative to the workspace folder). */
  uriOf(source: string): string | undefined {
    const ws = this.workspace;
    return ws ? pathToFileURL(path.join(ws, source)).toString() : undefined;
  }

  async remove(id: string): Promise<boolean> {
    const c = this.codings.find((x) => x.id === id);
    if (!c || !this.store) return false;
    await this.changeFileOf(c, [{ op: 'remove', id }]);
    return true;
  }

  /** Changes the file that holds `c` (its coder's, or the one it was read from), then re-reads the folder. */
  private async changeFileOf(c: Coding, ops: readonly CodingOperation[]): Promise<void> {
    await this.store!.change(this.fileCoder.get(c.id) ?? c.coder, ops);
    await this.reread();
    this.o.changed();
  }

  dispose(): void {
    this.unwatch?.();
  }
}

export function codingInfo(c: AnchoredCoding): CodingInfo {
  return { id: c.id, start: c.start, end: c.end, text: c.exact, code: c.code, coder: c.coder, ...(c.memo ? { memo: c.memo } : {}), orphaned: c.orphaned };
}
