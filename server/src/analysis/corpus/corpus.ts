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
  /** Bumped when the options change what an analysis contains (see `optionsKey`). */
  private optionsEpoch = 0;
  /** The options epoch each document was analysed under: older ones are re-analysed even if their text is the same. */
  private readonly epochOf = new Map<string, number>();
  /** The options epoch at `beginUpdate`, for the result `commit` puts in. */
  private readonly pendingEpoch = new Map<string, number>();

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

  /**
   * Changes the options. Returns true if analyses change with them: every document is then out of
   * date (`isUpToDate`), and the caller re-analyses them (the same texts).
   */
  setOptions(options: AnalysisOptions): boolean {
    const changed = optionsKey(options) !== optionsKey(this.options);
    this.options = options;
    if (changed) this.optionsEpoch++;
    return changed;
  }

  /** Whether a document's analysis is of this text (`hash`) under the current options. */
  isUpToDate(uri: string, hash: string): boolean {
    return this.index.get(uri)?.hash === hash && this.epochOf.get(uri) === this.optionsEpoch;
  }

  private setAnalysis(uri: string, analysis: DocumentAnalysis, epoch = this.optionsEpoch): void {
    this.index.set(uri, analysis);
    this.epochOf.set(uri, epoch);
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
    return this.setOptions({ ...this.options, codebookTerms: terms.length ? terms : undefined, ignore: ignore.size ? ignore : undefined });
  }

  /** Analyses a document's text and puts it in the index, unless the same text is there already. */
  update(uri: string, text: string): DocumentAnalysis {
    const current = this.index.get(uri);
    if (current && current.text === text && this.epochOf.get(uri) === this.optionsEpoch) return current;
    this.versions.set(uri, ++this.versionCounter);
    this.pendingEpoch.delete(uri);
    const analysis = analyzeDocument(text, this.options, this.recognizers);
    this.setAnalysis(uri, analysis);
    return analysis;
  }

  /**
   * Marks the start of an update of `uri` and returns its version: results of older
   * versions are refused by `commit`, so a newer edit abandons stale work.
   */
  beginUpdate(uri: string): number {
    const v = ++this.versionCounter;
    this.versions.set(uri, v);
    this.pendingEpoch.set(uri, this.optionsEpoch);
    return v;
  }

  isCurrent(uri: string, version: number): boolean {
    return this.versions.get(uri) === version;
  }

  /** Puts an analysis (from a worker or the cache) in the index if its version is still current. */
  commit(uri: string, version: number, analysis: DocumentAnalysis): boolean {
    if (!this.isCurrent(uri, version)) return false;
    this.setAnalysis(uri, analysis, this.pendingEpoch.get(uri));
    this.pendingEpoch.delete(uri);
    return true;
  }

  /** Puts a ready analysis in the index (cold scan results, cache hits). */
  put(uri: string, analysis: DocumentAnalysis): void {
    this.setAnalysis(uri, analysis);
  }

  remove(uri: string): boolean {
    this.versions.set(uri, ++this.versionCounter);
    this.epochOf.delete(uri);
    this.pendingEpoch.delete(uri);
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
