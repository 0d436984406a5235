/** The recognisers the product runs: the trained entity tagger and the rhetoric markers. */
import { Recognizers } from './document';
import { isAttestedWord, isGivenName, isKnownBeyondTrainingBody, isKnownName, isOrdinaryWord, recognizeEntities } from './entities';
import { findRhetoricMarkers } from './rhetoric';

export const noRecognizers: Recognizers = {
  entities: () => [],
  markers: () => [],
};

/**
 * The shipped recognisers. Models load lazily on first use; a missing or broken model
 * file throws a clear error from the recogniser (the caller logs it per document).
 */
export const defaultRecognizers: Recognizers = {
  entities: (seg) => recognizeEntities(seg),
  markers: (seg, options) => findRhetoricMarkers(seg, { sensitivity: options.sensitivity, codebookTerms: options.codebookTerms, ignore: options.ignore }),
  names: { isKnownName, isGivenName, isOrdinaryWord, isAttestedWord, isKnownBeyondTrainingBody },
};

/** Version of everything that changes analysis output, for cache keys (bump on output changes). */
export const ANALYSIS_VERSION = 'dl-analysis-123';
