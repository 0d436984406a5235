/**
 * A people's word the tagger took for a place or a body: "the Cypriot people" typed a place, "the
 * Cypriots" a body, "the Kashmiri people", "a Belizean", "the Zairian authorities". The corpus's own
 * use settles it: it also names the word in the plural ("Cypriots", "Kashmiris", "Belizeans"), and
 * no place or body has a plural, while the plural is no place itself ("the two Koreas", "the
 * Comoros", "Paris" of "Pari"). A name the gazetteer knows (Korea, Lao) and an acronym
 * ("UFOs") or an ordinary word ("Civilisation" / "Civilizations") are left as they are. Singular and plural are then one group, as "Russian" / "Russians"
 * are. Issue 11, written on ung20. A word the gazetteer knows only as the training text's one-word label of a body, that
 * the corpus's mentions type a people's word already, is no such name: "Khmer" (of "Khmer Rouge", and "the Khmer people")
 * and "Khmers" were a body of 81 mentions on ung20; "Springbok" / "Springboks" and "Shell" / "Shells", bodies, stay.
 */
import type { EntityType } from '../types';

/** The gazetteer's answers it needs. */
export interface PeopleWordNames {
  readonly isKnownName?: (name: string) => boolean;
  /** A known name by more than the training text's label of one word as a body; isKnownName where not given. */
  readonly isKnownBeyondTrainingBody?: (name: string) => boolean;
  readonly isOrdinaryWord?: (word: string) => boolean;
}

/** One word, capitalised, no acronym. */
const WORD = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * Is a one-word name (`singular`, as written, of the tagger's type `singularType`) a people's word,
 * given that the corpus names it in the plural with the type `pluralType`?
 */
export function isPeopleByPlural(singular: string, singularType: EntityType | undefined, pluralType: EntityType | undefined, names: PeopleWordNames): boolean {
  const known = singularType === 'group' ? names.isKnownBeyondTrainingBody ?? names.isKnownName : names.isKnownName;
  if (!WORD.test(singular) || known?.(singular) || names.isOrdinaryWord?.(singular.toLowerCase())) return false;
  if (singularType !== 'place' && singularType !== 'organization' && singularType !== 'group') return false;
  return pluralType !== 'place' && !(singularType === 'group' && pluralType === 'group');
}
