/**
 * A person's name of several words that the gazetteer knows as a place, and as no body, is a place:
 * the tagger reads Cambodian provinces and battlefields ("Svay Rieng", "Prey Veng", "Siem Reap",
 * "Dien Bien Phu") as persons' names (issue 11, ung20). Not a name the gazetteer knows as a person's,
 * nor one opening with a given name or a title ("Prince Albert" is a town too).
 * Bodies stay as the tagger typed them: retyping "the Bishkek group" or "the Aswan dam" the same way
 * costs news its clubs named by their towns (CoNLL-2003 valid end to end 0.9333 -> 0.9305).
 */
import { titleRunAt } from './titleRuns';
import type { EntityMention } from '../types';
import { retyped } from './mention';

/** What the rule asks of the gazetteer. */
export interface PlaceNames {
  isPlaceNotBody(name: string): boolean;
  isPersonName(name: string): boolean;
  isGivenName(word: string): boolean;
}

/** The mentions, persons' names that are the gazetteer's places typed places. */
export function typeKnownPlaces(mentions: readonly EntityMention[], names: PlaceNames): EntityMention[] {
  return mentions.map((m) => (isKnownPlace(m, names) ? retyped(m, 'place') : m));
}

function isKnownPlace(m: EntityMention, names: PlaceNames): boolean {
  if (m.type !== 'person') return false;
  const name = m.text.replace(/\s+/g, ' ');
  const words = name.split(' ');
  if (words.length === 1 || !/\p{Ll}/u.test(name) || names.isPersonName(name) || names.isGivenName(words[0]) || titleRunAt(words.map((w) => w.toLowerCase()), 0) > 0) return false;
  return names.isPlaceNotBody(name);
}
