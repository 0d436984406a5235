/**
 * The codebook as the index's tables read it: the analyst's declarations and the ignore list,
 * normalised once. A new filter per codebook, so derived data can tell codebooks apart by identity.
 */
import { normalizeWord } from '../document';
import { phraseHash } from './keyterms';
import type { CodebookInput } from './model';

export class CodebookFilter {
  /** Ignored words and names, normalised. */
  readonly ignore: ReadonlySet<string>;
  /** Ignored words and phrases as n-gram hashes (key terms). */
  readonly ignoreHashes: ReadonlySet<number>;

  constructor(readonly input: CodebookInput) {
    this.ignore = new Set(input.ignore.map((w) => normalizeWord(w.trim())));
    this.ignoreHashes = new Set(input.ignore.filter((w) => w.trim()).map((w) => phraseHash(w)));
  }

  isIgnoredName(text: string): boolean {
    return this.ignore.size > 0 && this.ignore.has(normalizeWord(text));
  }

  /** A rhetoric term is left out by its word or by its whole category. */
  isIgnoredTerm(label: string, category: string): boolean {
    return this.ignore.size > 0 && (this.ignore.has(label.toLowerCase()) || this.ignore.has(category));
  }
}

export const NO_CODEBOOK = new CodebookFilter({ entities: [], terms: [], ignore: [] });
