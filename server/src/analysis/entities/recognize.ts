/**
 * The entities of a document as the product shows them: the tagger's mentions, then the rules
 * that read a name's own words (persons' names over their particles, long names joined, Portuguese, Spanish and French bodies' names taken whole, names broken at a hyphen joined, groups named by a number, instruments dropped,
 * events typed, names cut at a comma of their title or by a break joined, pieces of longer titles and bodies' names cut on the left dropped, storms, pairs of countries and names made only of compass points dropped, a lone compass point that is a bloc, a direction or a piece dropped or joined to its name, names a lost comma ran together split (and a place's or a people's word run into a ruler's title and a name), words a scan glued to a name left out, peoples' adjectives typed and joined to a body's name after them, names coordinated with a person before a person's verb typed persons, types
 * that a name's words settle, persons' names that are the gazetteer's places typed places, names after a personal honorific typed persons, a determiner left alone and the names of fixed
 * expressions dropped, sentence-opening common words and numbered documents' labels typed persons dropped, cities standing for their government typed places, "America" the continent dropped, al-Qaida's
 * spellings found, a person's name run over the ruler's or personal title that tells it apart).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { recognizeEntities as tagEntities } from './tagger';
import { isGivenName, isKnownCountry, isKnownName, isKnownNamePrefix, isKnownPeopleWord, isKnownPersonName, isKnownPlaceName, isKnownPlaceNotBody, isOrdinaryWord, knownNameType } from './knownWords';
import { joinLongNames, type NameLexicon } from './longNames';
import { typeByHead } from './nameKinds';
import { joinPlaceForms } from './placeForms';
import { joinHyphenBreaks } from './hyphenBreaks';
import { joinNumberedGroups } from './numberedGroups';
import { joinParticleNames } from './particleNames';
import { dropTitlePieces } from './titlePieces';
import { joinBrokenNames } from './brokenNames';
import { typeByNameWords } from './namedKinds';
import { dropStormNames } from './stormNames';
import { dropLeftCutNames } from './leftCutNames';
import { dropDeterminerNames } from './determinerNames';
import { dropRelationNames } from './relationNames';
import { joinPeopleBodies, typePeopleAdjectives } from './peopleAdjectives';
import { joinCommaNames } from './commaNames';
import { typeCoordinatedPersons } from './coordinatedPersons';
import { dropIdiomNames } from './idiomNames';
import { typeHonorificPersons } from './honorificPersons';
import { typeKnownPlaces } from './knownPlaces';
import { dropCompassNames } from './compassNames';
import { splitRunOnNames } from './runOnNames';
import { trimLowerCaseOpenings } from './lowerCaseOpenings';
import { joinTitledNames } from './titledNames';
import { typeSeatNames } from './seatNames';
import { dropContinentAmerica } from './continentNames';
import { addMissedNames } from './missedNames';
import { joinRomanceNames } from './romanceNames';
import { dropOpeningWords } from './openingWords';

/** The shipped gazetteer's answers for the rules (the rules' tests read it too). */
export const shippedNames: NameLexicon = { isKnownName, isOrdinaryWord, knownType: knownNameType, isKnownPrefix: isKnownNamePrefix, isCountry: isKnownCountry,
  isPlaceName: isKnownPlaceName, isPersonName: isKnownPersonName, isPeopleWord: isKnownPeopleWord };

const relationWords = { isCountry: isKnownCountry, isPeopleWord: isKnownPeopleWord, isPlaceName: isKnownPlaceName };

const placeNames = { isPlaceNotBody: isKnownPlaceNotBody, isPersonName: isKnownPersonName, isGivenName };

const openingWords = { isOrdinaryWord, isGivenName };

/**
 * Named entities of a segmented document (person, place, organization, group, event).
 * `namesInCompounds: false` and `titlesInNames: false` score as CoNLL-2003 annotates (eval:ner): no
 * name inside a hyphenated word, no ruler's or personal title inside a person's name (the product
 * keeps the title that tells "King Hussein" from Saddam Hussein, titledNames.ts).
 */
export function recognizeEntities(seg: SegmentedText, options?: { namesInCompounds?: boolean; titlesInNames?: boolean }): EntityMention[] {
  return applyNameRules(seg, tagEntities(seg, options), options);
}

/** The rules above over the tagger's mentions of `seg` (apart, so that they can be timed without the tagger). */
export function applyNameRules(seg: SegmentedText, tagged: EntityMention[], options?: { titlesInNames?: boolean }): EntityMention[] {
  const joined = joinNumberedGroups(seg, joinRomanceNames(seg, joinLongNames(seg, joinParticleNames(seg, tagged), shippedNames)));
  const typed = typeByHead(seg, joinHyphenBreaks(seg, joinPlaceForms(seg, joined, shippedNames), shippedNames), shippedNames);
  const whole = dropTitlePieces(seg, joinBrokenNames(seg, joinCommaNames(seg, typed), shippedNames), shippedNames);
  const kept = trimLowerCaseOpenings(splitRunOnNames(dropCompassNames(dropRelationNames(dropStormNames(seg, dropLeftCutNames(seg, whole, shippedNames), isKnownPlaceName), relationWords), seg, relationWords), shippedNames, seg), knownNameType);
  const typedByWords = typeHonorificPersons(seg, typeKnownPlaces(seg, typePeopleAdjectives(seg, joinPeopleBodies(seg.text, typeByNameWords(kept, isKnownPeopleWord, isKnownPlaceName, isKnownCountry), isKnownPeopleWord), isKnownPlaceName), placeNames));
  const named = addMissedNames(seg, dropContinentAmerica(seg, typeSeatNames(seg, dropIdiomNames(seg, dropOpeningWords(seg, dropDeterminerNames(typeCoordinatedPersons(seg, typedByWords, isKnownName)), openingWords)), knownNameType, isKnownCountry)));
  return options?.titlesInNames === false ? named : joinTitledNames(seg, named, knownNameType);
}
