/**
 * The entities of a document as the product shows them: the tagger's mentions, then the rules
 * that read a name's own words (long names joined, instruments dropped, events typed).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { recognizeEntities as tagEntities } from './tagger';
import { isKnownCountry, isKnownName, isKnownNamePrefix, isOrdinaryWord, knownNameType } from './knownWords';
import { joinLongNames, type NameLexicon } from './longNames';
import { typeByHead } from './nameKinds';
import { joinPlaceForms } from './placeForms';

/** The shipped gazetteer's answers for the rules. */
const shippedNames: NameLexicon = { isKnownName, isOrdinaryWord, knownType: knownNameType, isKnownPrefix: isKnownNamePrefix, isCountry: isKnownCountry };

/** Named entities of a segmented document (person, place, organization, group, event). */
export function recognizeEntities(seg: SegmentedText, options?: { namesInCompounds?: boolean }): EntityMention[] {
  return typeByHead(seg, joinPlaceForms(seg, joinLongNames(seg, tagEntities(seg, options), shippedNames), shippedNames), shippedNames);
}
