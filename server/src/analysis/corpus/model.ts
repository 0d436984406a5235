/**
 * What the corpus index answers: the records and query results that the language
 * features, the command line and the client views are built on.
 *
 * Ids are stable strings: `entity:<type>:<slug>` for entities, `term:<category>:<lemma>`
 * for rhetoric terms (lexicon, tagger or codebook), `keyword:<phrase>` for mined key terms.
 */
import { EntityType } from '../types';

export interface EntityRecord {
  readonly id: string;
  /** Canonical name: the codebook's name if declared, else the fullest name most used. */
  readonly name: string;
  readonly type: EntityType;
  /** Every surface form seen or declared ("Putin", "Vladimir Putin", "President Putin"). */
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly documents: number;
  /** Declared in the codebook. */
  readonly declared: boolean;
}

export interface Keyness {
  /** Log-likelihood G² on document frequencies, against the rest of the corpus. */
  readonly g2: number;
  /** Hardie's log ratio (binary log of the ratio of relative document frequencies). */
  readonly logRatio: number;
  readonly documentFrequency: number;
  readonly corpusDocuments: number;
}

export interface TermRecord {
  readonly id: string;
  readonly label: string;
  readonly kind: 'rhetoric' | 'keyword';
  /** Category id (rhetoric lexicon category, codebook category, or `keyword`). */
  readonly category: string;
  readonly mentions: number;
  readonly documents: number;
  readonly keyness?: Keyness;
}

export interface Mention {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ConcordanceLine extends Mention {
  readonly left: string;
  readonly right: string;
}

export interface ConcordanceOptions {
  /** Characters of context on each side. */
  readonly width?: number;
  readonly limit?: number;
  /** Leave out lines from this document (hovers show other articles). */
  readonly excludeUri?: string;
}

/** A rare spelling that looks like a frequent entity's name ("Lavov" for "Lavrov"). */
export interface Misspelling {
  readonly surface: string;
  readonly entityId: string;
  readonly canonical: string;
  /** Mentions and documents of the entity it resembles. */
  readonly entityMentions: number;
  readonly entityDocuments: number;
  /** The evidence (0..1) and the typing slip in words (entities/misspellings.ts). */
  readonly confidence: number;
  readonly edit: string;
}

/** An entity or term under an offset. */
export interface IndexItem {
  readonly id: string;
  readonly kind: 'entity' | 'rhetoric' | 'keyword';
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface DocumentCount {
  readonly uri: string;
  readonly count: number;
}

/** Two entities named in the same sentence. */
export interface Cooccurrence {
  readonly a: string;
  readonly b: string;
  readonly sentences: number;
}

/** The analyst's declarations from the codebook, as the analysis needs them. */
export interface CodebookInput {
  readonly entities: readonly import('../types').DeclaredEntity[];
  readonly terms: readonly import('../types').CodebookTerm[];
  /** Words and names to leave out of markers, entities and key terms (lower-cased). */
  readonly ignore: readonly string[];
}
