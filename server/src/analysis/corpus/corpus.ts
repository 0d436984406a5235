/**
 * The analysed corpus as the server and the command line use it: documents go in as
 * text, analyses come out in the index. Holds the options and recognisers in one place.
 */
import { AnalysisOptions, DocumentAnalysis, Recognizers, analyzeDocument } from '../document';
import { CorpusIndex } from './corpusIndex';

export class Corpus {
  readonly index = new CorpusIndex();

  constructor(
    private options: AnalysisOptions,
    private readonly recognizers: Recognizers,
  ) {}

  get analysisOptions(): AnalysisOptions {
    return this.options;
  }

  /** Changes the options; the caller re-analyses what it needs to. */
  setOptions(options: AnalysisOptions): void {
    this.options = options;
  }

  /** Analyses a document's text and puts it in the index, unless the same text is there already. */
  update(uri: string, text: string): DocumentAnalysis {
    const current = this.index.get(uri);
    if (current && current.text === text) return current;
    const analysis = analyzeDocument(text, this.options, this.recognizers);
    this.index.set(uri, analysis);
    return analysis;
  }

  remove(uri: string): boolean {
    return this.index.delete(uri);
  }
}
