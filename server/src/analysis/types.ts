/**
 * The analysis core's vocabulary. Offsets are UTF-16 code units into the text as
 * the editor holds it (leading BOM removed, line endings kept); `end` is exclusive.
 */

export type EntityType = 'person' | 'place' | 'organization' | 'group' | 'date' | 'event';

/** The three types the entity tagger is measured on (CoNLL PER, LOC, ORG). */
export const CORE_ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

/** A name found in one document. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  /** The name as written, without a trailing possessive ("Putin" for "Putin's"). */
  readonly text: string;
  readonly type: EntityType;
  /** Tagger confidence in [0, 1]. */
  readonly confidence: number;
}

export type Sensitivity = 'precise' | 'balanced' | 'exploratory';

export type MarkerSource = 'lexicon' | 'tagger' | 'codebook' | 'scare-quote';

/** A rhetorical span found in one document. */
export interface RhetoricMarker {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Category id, e.g. `loaded-language`, `name-calling`, or a codebook category id. */
  readonly category: string;
  /** Canonical form of the term (lemma of the lexicon entry, codebook term), used to group mentions. */
  readonly term: string;
  readonly source: MarkerSource;
  /** Confidence in [0, 1]; sensitivity levels are thresholds on it. */
  readonly confidence: number;
}

/** A term the analyst declared in the codebook. */
export interface CodebookTerm {
  readonly term: string;
  readonly category: string;
  readonly variants?: readonly string[];
}

/** An entity the analyst declared in the codebook. */
export interface DeclaredEntity {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases?: readonly string[];
}
