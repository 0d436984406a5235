/**
 * Publishes diagnostics: for open articles as the user types (debounced), and for every
 * article once the whole corpus was asked for. Cross-document findings (misspellings,
 * inconsistent names) depend on the corpus, so a change anywhere recomputes what is shown; only
 * an article whose diagnostics differ from those it was last sent is sent again (after "diagnose
 * corpus", an edit would otherwise send every article's list to the editor).
 */
import { createHash } from 'crypto';
import { Diagnostic } from 'vscode-languageserver';
import { DiagnoseCorpusResult } from '../protocol';
import { afterPendingRequests } from './eventLoop';

/** Delay after typing before diagnostics are recomputed. */
const DELAY_MS = 300;
/** Articles diagnosed between two looks at the requests that came meanwhile (about 0.1 s of UN speeches). */
export const CORPUS_CHUNK = 16;

export interface DiagnosticsEnvironment {
  compute(uri: string): Diagnostic[];
  send(uri: string, diagnostics: Diagnostic[]): void;
  isOpen(uri: string): boolean;
  openUris(): string[];
  corpusUris(): string[];
  /** While the first scan runs, only open articles are diagnosed. */
  indexing(): boolean;
}

export class DiagnosticsPublisher {
  /** Once the whole corpus was diagnosed, diagnostics are kept current for every article. */
  private wholeCorpus = false;
  /** Per article with diagnostics shown: a digest of the list last sent. */
  private readonly published = new Map<string, string>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly env: DiagnosticsEnvironment,
    private readonly delayMs = DELAY_MS,
  ) {}

  /** The analysis changed (of `uri`, or of the corpus): recompute what is shown, soon. */
  changed(uri?: string): void {
    for (const u of this.env.openUris()) this.pending.add(u);
    if (this.wholeCorpus) for (const u of this.env.corpusUris()) this.pending.add(u);
    if (uri) this.pending.add(uri);
    this.schedule();
  }

  opened(uri: string): void {
    this.pending.add(uri);
    this.schedule();
  }

  /** A closed article keeps its diagnostics only when the whole corpus is diagnosed. */
  closed(uri: string): void {
    if (!this.wholeCorpus) this.clear(uri);
  }

  /**
   * Publishes diagnostics for every article and keeps them current from then on (until `token` is
   * cancelled; what was published stays). Requests that came meanwhile are answered every
   * `CORPUS_CHUNK` articles: in one piece, all 6,349 UN speeches kept a hover waiting for minutes.
   */
  async diagnoseCorpus(token?: { readonly isCancellationRequested: boolean }): Promise<DiagnoseCorpusResult> {
    this.wholeCorpus = true;
    const uris = this.env.corpusUris();
    let count = 0;
    for (let i = 0; i < uris.length; i++) {
      if (i > 0 && i % CORPUS_CHUNK === 0) await afterPendingRequests();
      if (token?.isCancellationRequested) break;
      count += this.publish(uris[i]);
    }
    return { documents: uris.length, diagnostics: count };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * After the delay, and after the requests read meanwhile and the answers not yet written: a
   * request that ran past the delay (the hover on an article just opened, which regroups the
   * corpus's names: 1.5 s on 38 MB) had its answer wait behind this article's diagnostics (0.45 s
   * there), as the connection writes answers on an immediate and the timer fired first.
   */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const timer: NodeJS.Timeout = setTimeout(() => void afterPendingRequests().then(() => this.timer === timer && this.flush()), this.delayMs);
    this.timer = timer;
  }

  /** Recomputes what is pending now, instead of after the delay. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      const open = this.env.isOpen(uri);
      if (this.env.indexing() && !open) continue; // after the scan
      if (open || this.wholeCorpus) this.publish(uri);
      else this.clear(uri);
    }
  }

  private publish(uri: string): number {
    const diagnostics = this.env.compute(uri);
    const digest = diagnostics.length ? createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64') : undefined;
    if (digest === this.published.get(uri)) return diagnostics.length;
    if (digest) this.published.set(uri, digest);
    else this.published.delete(uri);
    this.env.send(uri, diagnostics);
    return diagnostics.length;
  }

  private clear(uri: string): void {
    if (this.published.delete(uri)) this.env.send(uri, []);
  }
}
