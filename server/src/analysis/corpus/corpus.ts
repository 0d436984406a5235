/**
 * The analysed corpus as the server and the command line use it: documents go in as
 * text, analyses come out in the index. Holds the options and recognisers in one place.
 *
 * An edit re-analyses only the edited document (`update`); the index then adjusts its
 * corpus tables by that document's contribution, and corpus-level data (entity clusters,
 * key terms) is recomputed lazily on the next query. `updateIfCurrent` lets the caller
 * abandon stale work: a newer version of the document makes the older result be dropped.
 */
import { AnalysisOptions, DocumentAnalysis, Recognizers, analyzeDocument } from '../document';
import type { CodebookTerm } from '../types';
import { CorpusIndex } from './corpusIndex';
import type { CodebookInput } from './model';

/** A cancellation check (LSP tokens and version checks both fit). */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

export class Corpus {
  readonly index = new CorpusIndex();
  /** Latest version number handed out per URI (see `beginUpdate`). */
  private readonly versions = new Map<string, number>();
  private versionCounter = 0;

  constructor(
    private options: AnalysisOptions,
    private readonly recognizers: Recognizers,
  ) {
    this.index.names = recognizers.names;
  }

  get analysisOptions(): AnalysisOptions {
    return this.options;
  }

  get analysisRecognizers(): Recognizers {
    return this.recognizers;
  }

  /** Changes the options; the caller re-analyses what it needs to. */
  setOptions(options: AnalysisOptions): void {
    this.options = options;
  }

  /**
   * The codebook: declared entities go to the index (resolution), codebook terms and the
   * ignore list to the analysis options. Returns true if documents must be re-analysed
   * (the markers depend on the codebook terms and the ignore list) (the caller does it).
   */
  setCodebook(input: CodebookInput): boolean {
    this.index.setCodebook(input);
    const terms: readonly CodebookTerm[] = input.terms;
    const ignore = new Set(input.ignore.map((w) => w.trim().toLowerCase()).filter(Boolean));
    const before = optionsKey(this.options);
    this.options = { ...this.options, codebookTerms: terms.length ? terms : undefined, ignore: ignore.size ? ignore : undefined };
    return optionsKey(this.options) !== before;
  }

  /** Analyses a document's text and puts it in the index, unless the same text is there already. */
  update(uri: string, text: string): DocumentAnalysis {
    const current = this.index.get(uri);
    if (current && current.text === text) return current;
    this.versions.set(uri, ++this.versionCounter);
    const analysis = analyzeDocument(text, this.options, this.recognizers);
    this.index.set(uri, analysis);
    return analysis;
  }

  /**
   * Marks the start of an update of `uri` and returns its version: results of older
   * versions are refused by `commit`, so a newer edit abandons stale work.
   */
  beginUpdate(uri: string): number {
    const v = ++this.versionCounter;
    this.versions.set(uri, v);
    return v;
  }

  isCurrent(uri: string, version: number): boolean {
    return this.versions.get(uri) === version;
  }

  /** Puts an analysis (from a worker or the cache) in the index if its version is still current. */
  commit(uri: string, version: number, analysis: DocumentAnalysis): boolean {
    if (!this.isCurrent(uri, version)) return false;
    this.index.set(uri, analysis);
    return true;
  }

  /** Puts a ready analysis in the index (cold scan results, cache hits). */
  put(uri: string, analysis: DocumentAnalysis): void {
    this.index.set(uri, analysis);
  }

  remove(uri: string): boolean {
    this.versions.set(uri, ++this.versionCounter);
    return this.index.delete(uri);
  }
}

/** A stable string for the options that change analysis output (part of cache keys). */
export function optionsKey(o: AnalysisOptions): string {
  return JSON.stringify({
    s: o.sensitivity,
    t: (o.codebookTerms ?? []).map((t) => [t.term, t.category, [...(t.variants ?? [])]]),
    i: [...(o.ignore ?? [])].sort(),
  });
}
