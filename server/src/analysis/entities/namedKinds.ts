/**
 * Types that a name's own words settle, whatever the tagger voted (issue 11, written on ung20):
 * - a sea's, a strait's or an island's name "of" a place ("Straits of Hormuz", "Comorian Island of
 *   Mayotte", "Principalities of Monaco", "Gulf of Aden") is a place, never a body;
 * - a people named in the plural ("Afghans", "Papua New Guineans", "Saudi Arabians"), whose
 *   singular the gazetteer knows as a people's word or that a known place's name ending in "a" makes
 *   with "ns", is a group, never a body: "Papua New Guineans are best placed to resolve the conflict";
 * - a people's words ending on a people's plural ("Soviet Jews", "Bosnian Serbs") are a group, never a place nor a body;
 * - a country's one-word name the tagger typed a people ("the peoples of Cambodia and Laos": 103 of
 *   ung20's 117 "Laos") is a place;
 * - a name of two words or more each opening with the Arabic article ("Al-Quds Al-Sharif", Jerusalem: 15 mentions
 *   of ung20 typed a person, with "Sharif" and "Quds" as its aliases) is no person's, whose name opens with a given
 *   name ("Saud Al-Faisal"): a place.
 */
import type { EntityMention } from '../types';
import { retyped } from './mention';
import { spaced } from './nameText';

/** A geographic noun "of" a capitalised name, nothing after it. */
const PLACE_OF = /^(?:\p{Lu}[\p{L}-]+\s+)?(?:Islands?|Isles?|Straits?|Gulf|Bay|Cape|Sea|Principalit(?:y|ies))\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?$/u;
/** Words that each open with the Arabic article, two or more ("Al-Quds Al-Sharif", "al-Haram al-Sharif"). */
const ARTICLE_WORDS = /^(?:(?:[Aa](?:[dlnrstz]|sh|th)|[Ee]l)-\p{L}[\p{L}'’]*(?: |$)){2,}$/u;
/** A plural ending on a people's word ("Afghans", "Guineans"). */
const PLURAL = /(?<=\p{Ll})s$/u;
/** The ending that makes a people's word of a place's name ending in "a" ("Papua New Guine|ans", "Saudi Arabi|ans"). */
const PEOPLE_OF_PLACE = /(?<=a)ns$/;

/** The mentions with the types their words settle. */
export function typeByNameWords(mentions: readonly EntityMention[], isPeopleWord: (word: string) => boolean, isPlaceName: (name: string) => boolean,
  isCountry: (name: string) => boolean): EntityMention[] {
  return mentions.map((m) => {
    const type = m.type === 'group' ? (/^\p{Lu}\p{Ll}+$/u.test(m.text) && isCountry(m.text) ? 'place' : undefined) : typeOfWords(m, isPeopleWord, isPlaceName);
    return type && type !== m.type ? retyped(m, type) : m;
  });
}

function typeOfWords(m: EntityMention, isPeopleWord: (word: string) => boolean, isPlaceName: (name: string) => boolean): EntityMention['type'] | undefined {
  if (m.type !== 'organization' && m.type !== 'person' && m.type !== 'place') return undefined;
  const name = spaced(m.text);
  // A people's words ending on a people's plural ("tens of thousands of Soviet Jews", "the Bosnian Serbs"): a group.
  if (m.type !== 'person' && PLURAL.test(name) && name.includes(' ') && name.split(' ').every((w) => isPeopleWord(w))) return 'group';
  if (m.type === 'place') return undefined;
  if (m.type === 'person' && ARTICLE_WORDS.test(name)) return 'place';
  // The name has single spaces: PLACE_OF's "\s+of\s+" is " of ".
  if (name.includes(' of ') && PLACE_OF.test(name)) return 'place';
  if (m.type === 'organization' && PLURAL.test(name) && (isPeopleWord(name.slice(0, -1)) || (PEOPLE_OF_PLACE.test(name) && isPlaceName(name.replace(PEOPLE_OF_PLACE, ''))))) return 'group';
  return undefined;
}
