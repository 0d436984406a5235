/**
 * The workspace's codebook as the server keeps it: found, read, watched and written.
 * A malformed file gets diagnostics on itself while the last good codebook stays in use;
 * writes go through `editCodebookFile` (atomic, re-read first, never over a broken file).
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Codebook, CodebookProblem, EMPTY_CODEBOOK, parseCodebook } from '../analysis/codebook/codebook';
import { CodebookEditError, CodebookOperation } from '../analysis/codebook/edit';
import { editCodebookFile } from '../node/codebookStore';
import { rangeOf } from '../languageFeatures/positions';
import { CodebookEdit, CodebookEditResult } from '../protocol';
import { DEFAULT_SETTINGS } from './settings';

export const CODEBOOK_NAMES = ['codebook.yaml', 'codebook.yml', 'codebook.json'];
const RELOAD_DELAY_MS = 80;
const UNTRUSTED = 'This workspace is not trusted: Discourse Lens does not write the codebook.';

export interface CodebookHostEnvironment {
  /** Workspace folders; the codebook lives in the first. */
  folders(): readonly string[];
  /** The `discourseLens.codebook` setting: a path, relative to the first folder or absolute. */
  setting(): string;
  trusted(): boolean;
  /** A new codebook is in use. */
  applied(codebook: Codebook): void;
  sendDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  showError(message: string): void;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
}

export class CodebookHost {
  codebook: Codebook = EMPTY_CODEBOOK;
  /** Text of the codebook in use, as read from disk. */
  text: string | undefined;
  file: string | undefined;
  private diagnosticsUri: string | undefined;
  private watcher: fs.FSWatcher | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;

  constructor(private readonly env: CodebookHostEnvironment) {}

  get uri(): string | undefined {
    return this.file ? pathToFileURL(this.file).toString() : undefined;
  }

  /** The codebook file: the setting (relative to the first folder), else an existing codebook.{yaml,yml,json}. */
  resolveFile(): string | undefined {
    const setting = this.env.setting();
    const root = this.env.folders()[0];
    if (path.isAbsolute(setting)) return setting;
    if (!root) return undefined;
    const configured = path.join(root, setting);
    if (setting !== DEFAULT_SETTINGS.codebook || fs.existsSync(configured)) return configured;
    for (const name of CODEBOOK_NAMES) if (fs.existsSync(path.join(root, name))) return path.join(root, name);
    return configured;
  }

  isCodebookUri(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = path.resolve(fileURLToPath(uri));
    return (!!this.file && file === path.resolve(this.file)) || CODEBOOK_NAMES.includes(path.basename(file));
  }

  /** Reads the codebook from disk; a malformed one gets diagnostics and the last good one stays in use. */
  async load(force = false): Promise<void> {
    if (!this.env.trusted()) return;
    const file = this.resolveFile();
    if (file !== this.file) this.watch(file);
    this.file = file;
    if (!file) return;
    let text: string | undefined;
    try {
      text = (await fs.promises.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.env.log.warn(`Cannot read the codebook ${file}: ${(e as Error).message}`);
    }
    if (text === undefined) {
      if (this.text !== undefined) this.forget();
      return;
    }
    if (!force && text === this.text) return;
    const parsed = parseCodebook(text);
    this.publishProblems(pathToFileURL(file).toString(), text, parsed.problems);
    if (!parsed.codebook) {
      this.env.log.warn(`The codebook ${file} has errors; still using the last good version.`);
      return;
    }
    this.text = text;
    this.use(parsed.codebook);
    const cb = parsed.codebook;
    this.env.log.info(`Codebook loaded: ${cb.categories.length} categories, ${cb.terms.length} terms, ${cb.entities.length} entities, ${cb.ignore.length} ignored`);
  }

  /** Stops using the workspace's codebook (it is gone, or the workspace is no longer trusted). */
  forget(): void {
    this.text = undefined;
    if (this.diagnosticsUri) this.env.sendDiagnostics(this.diagnosticsUri, []);
    this.use(EMPTY_CODEBOOK);
  }

  /** Reloads soon: file events come in bursts (a write is a temp file and a rename). */
  scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.load().catch((e) => this.env.log.error(`Codebook reload failed: ${(e as Error).stack ?? e}`));
    }, RELOAD_DELAY_MS);
  }

  /** Applies an edit to the file on disk, then reloads it. Never throws: the result says what happened. */
  async edit(op: CodebookEdit | CodebookOperation): Promise<CodebookEditResult> {
    if (!this.env.trusted()) return { applied: false, path: this.file ?? '', message: UNTRUSTED };
    const file = this.file ?? this.resolveFile();
    if (!file) return { applied: false, path: '', message: 'Open a folder to keep a codebook.' };
    if (!op || typeof op !== 'object' || typeof (op as { op?: unknown }).op !== 'string') return { applied: false, path: file, message: 'Not a codebook edit.' };
    try {
      const result = await editCodebookFile(file, op as CodebookOperation);
      if (result.written) {
        this.file = file;
        await this.load();
      }
      return { applied: result.written, path: file, message: result.message };
    } catch (e) {
      const message = e instanceof CodebookEditError ? e.message : `Could not write the codebook ${file}: ${(e as Error).message}. The file was left as it was.`;
      this.env.log.error(message);
      this.env.showError(`Discourse Lens: ${message}`);
      return { applied: false, path: file, message };
    }
  }

  dispose(): void {
    this.watcher?.close();
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
  }

  private use(codebook: Codebook): void {
    this.codebook = codebook;
    this.env.applied(codebook);
  }

  private publishProblems(uri: string, text: string, problems: readonly CodebookProblem[]): void {
    const src = { owner: problems, text };
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: rangeOf(src, p.start, Math.max(p.end, Math.min(p.start + 1, text.length))),
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'discourse-lens',
      code: 'codebook',
      message: `${p.message} (line ${p.line}, column ${p.column})`,
    }));
    if (this.diagnosticsUri && this.diagnosticsUri !== uri) this.env.sendDiagnostics(this.diagnosticsUri, []);
    this.diagnosticsUri = uri;
    this.env.sendDiagnostics(uri, diagnostics);
  }

  /** Watches the codebook's folder: every write replaces the file by a rename. */
  private watch(file: string | undefined): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (!file) return;
    try {
      const base = path.basename(file);
      this.watcher = fs.watch(path.dirname(file), { persistent: false }, (_event, name) => {
        if (!name || String(name) === base) this.scheduleReload();
      });
      this.watcher.on('error', () => undefined);
    } catch (e) {
      this.env.log.warn(`Cannot watch the codebook folder: ${(e as Error).message}`);
    }
  }
}
