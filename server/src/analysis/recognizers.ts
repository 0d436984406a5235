/** The recognisers the product runs: the trained entity tagger and the rhetoric markers. */
import { EntityRecognizer, EntitySteps, Recognizers } from './document';
import { isAttestedWord, isGivenName, isKnownBeyondTrainingBody, isKnownName, isOrdinaryWord, recognizeEntities } from './entities';
import { applyNameRules } from './entities/recognize';
import { recognizeEntities as tagEntities } from './entities/tagger';
import type { SegmentedText } from './text/structure';
import type { EntityMention } from './types';
import { findRhetoricMarkers } from './rhetoric';

export const noRecognizers: Recognizers = {
  entities: () => [],
  markers: () => [],
};

/**
 * The shipped recognisers. Models load lazily on first use; a missing or broken model
 * file throws a clear error from the recogniser (the caller logs it per document).
 */
/** The shipped entity recogniser (recognizeEntities), with its steps. */
const shippedEntities: EntityRecognizer & { readonly steps: EntitySteps } = Object.assign((seg: SegmentedText) => recognizeEntities(seg), {
  steps: { tag: (seg: SegmentedText) => tagEntities(seg), rules: (seg: SegmentedText, tagged: EntityMention[]) => applyNameRules(seg, tagged) },
});

export const defaultRecognizers: Recognizers & { readonly entities: typeof shippedEntities } = {
  entities: shippedEntities,
  markers: (seg, options) => findRhetoricMarkers(seg, { sensitivity: options.sensitivity, codebookTerms: options.codebookTerms, ignore: options.ignore }),
  names: { isKnownName, isGivenName, isOrdinaryWord, isAttestedWord, isKnownBeyondTrainingBody },
};

/** Version of everything that changes analysis output, for cache keys (bump on output changes). */
export const ANALYSIS_VERSION = 'dl-analysis-134';
