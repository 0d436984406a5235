/**
 * What the entity rules ask of the lexicon (the tagger's gazetteer and lower-case statistics): the
 * shipped one (recognize.ts) or a test's small one.
 */
import type { EntityType } from '../types';

/** What the rules ask of the lexicon (the tagger's gazetteer and lower-case statistics). */
export interface NameLexicon {
  /** A known name of any type, as written ("Bosnia and Herzegovina"). */
  isKnownName(name: string): boolean;
  /** The type the gazetteer gives a known name, if it gives one of ours. */
  knownType(name: string): EntityType | undefined;
  /** An ordinary lower-case word of English ("law", "trade", "development"). */
  isOrdinaryWord(word: string): boolean;
  /** The opening words of a longer known name ("Saint Vincent"); without it, any words may be. */
  isKnownPrefix?(name: string): boolean;
  /** A country or a historical state the gazetteer knows ("Cyprus", "Yugoslavia"), not a city that names a club; without it, none. */
  isCountry?(name: string): boolean;
  /** A place the gazetteer knows, its cities included ("Salisbury"); without it, none. */
  isPlaceName?(name: string): boolean;
  /** A people's word the gazetteer knows ("Ethiopian", "Khmer"); without it, none. */
  isPeopleWord?(word: string): boolean;
  /** A person's name the gazetteer knows as a whole ("Salisbury"; not "Diego Garcia"); without it, none. */
  isPersonName?(name: string): boolean;
}
