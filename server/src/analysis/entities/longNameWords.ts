/**
 * The words the rules that join long names read (longNames.ts): connectors, heads, regions and
 * plurals of official titles and countries' long forms.
 */
import { POLITY_HEADS, TITLE_HEADS } from './nameHeadWords';

/** Heads a name goes on with after a person plural's "'s" ("People's Republic", "Children's Fund"). */
export const POSSESSIVE_HEADS = new Set([...TITLE_HEADS, 'Republic', 'Union', 'Assembly']);

/** Connectors a title goes on with after its head ("Conference on ...", "Committee of the Whole"). */
export const OPENERS = new Set(['on', 'of', 'for', 'against', 'to']);
/** Connectors inside a title, each followed by a capitalised word. */
export const INNER = new Set(['of', 'the', 'and', 'on', 'for', 'against', 'to', 'or', 'de', 'among']);
/** Regions a title may end with after "in" ("Conference on Security and Co-operation in Europe"). */
export const TITLE_REGIONS = new Set(['Europe', 'Africa', 'Asia', 'Latin America', 'Central America', 'South America', 'the Pacific', 'the Caribbean', 'the Middle East', 'the Mediterranean', 'South-East Asia', 'South East Asia', 'Southeast Asia', 'Central Asia', 'the Indian Ocean', 'the South Atlantic']);
/** The regions with their number of words, in the order above. */
export const TITLE_REGION_WORDS: readonly (readonly [string, number])[] = [...TITLE_REGIONS].map((name) => [name, name.split(' ').length]);
/** Plurals of persons that take "'s" inside a name ("People's Republic", "Children's Fund", "Women's Year"). */
export const PERSON_PLURALS = new Set(['People', 'Peoples', 'Children', 'Women', 'Workers', 'Youth', 'Nations']);
/** Words a known name may hold between capitalised words ("Bosnia and Herzegovina", "Democratic Republic of the Congo"). */
export const NAME_CONNECTORS = new Set(['and', 'of', 'the', "'s", '’s', 'de', 'del', 'da', 'du', 'des']);
/** Country long forms and parties, congresses, fronts and movements "of" a place ("Communist Party of the Soviet Union"). */
export const OF_PLACE_HEADS = new Set([...POLITY_HEADS, 'Party', 'Congress', 'Front', 'Movement']);
/** Words of a country's long form before its head ("Socialist Federal Republic", "Bolivarian Republic", "Hashemite Kingdom"). */
export const POLITY_ADJECTIVES = new Set([
  'Socialist', 'Federal', 'Democratic', 'Islamic', 'Arab', 'Federative', 'Bolivarian', 'Plurinational', 'Cooperative', 'Co-operative',
  'Hashemite', 'Popular', 'Revolutionary', 'Oriental', 'United', 'Sovereign', 'Independent', 'Union',
]);
/** Generic plurals that end a name of the shape "X of Y ..." ("Organization of American States", "League of Arab States"). */
export const NAME_PLURALS = new Set(['States', 'Nations', 'Countries']);
/** A title inside a name ("Organization for Security and Cooperation"), which may end with "in" and a region. */
export const HAS_TITLE = /\b(?:Organi[sz]ation|Conference|Commission|Committee|Council|Programme|Fund)\s+(?:on|for|of)\s/;
/** Heads of the names of missions and forces, which go on with "in" and the place they serve. */
export const IN_PLACE_HEADS = new Set(['Mission', 'Force', 'Operation', 'Office', 'Administration', 'Authority', 'Presence']);
/** Heads of the names of meetings and committees, which go on with "on" and the place they treat ("Conference on Kampuchea"); not a standing body's ("Council", "Assembly"). */
export const ON_PLACE_HEADS = new Set(['Conference', 'Committee', 'Group', 'Summit', 'Meeting', 'Forum', 'Commission', 'Panel', 'Talks', 'Dialogue', 'Consultations']);
/** Words that open a name of their own after "and" ("and the International Red Cross", "and Head of State"). */
export const NAME_OPENERS = new Set(['International', 'World', 'United', 'Common', 'National', 'Head', 'Heads', 'States', 'Nations', 'Countries']);
/** Connectors after which a title goes on ("of the Sea-Bed", "in the Near East", "and Increase"). */
export const TITLE_CONNECTORS_AFTER = new Set(['of', 'on', 'for', 'in', 'and', 'to', 'or']);
/** Heads of programmes, which name a plan of work rather than a body ("Integrated Programme for Commodities"). */
export const PROGRAMME_HEADS = new Set(['Programme', 'Program']);
/** At most this many capitalised words are looked at for a head right after a mention. */
export const HEAD_REACH = 4;
/** At most this many words are looked at beyond a mention for a known name. */
export const KNOWN_REACH = 8;

/**
 * A word of a name: capitalised, or a French or Italian particle elided onto a capitalised word
 * ("d'Ivoire", "l'Ouverture"), whose capital a scan may have read as "l" before a consonant ("d'lvoire").
 */
export const isCapitalised = (w: string): boolean => {
  // ASCII fast path: an upper-case letter is one; any other ASCII character but the particles' first letters is none.
  const c = w ? w.charCodeAt(0) : 0;
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && c !== 100 && c !== 108 && c !== 97) return false;
  // "and", "al", "de" (a particle's letter, no apostrophe after it): no capital either.
  if (c < 128 && !w.includes("'") && !w.includes('’')) return false;
  return /^\p{Lu}/u.test(w) || /^(?:d|l|dell|all)['’](?:\p{Lu}|l[b-df-hj-km-np-tv-z])/u.test(w);
};
/** Connectors that end a title-case name only when the title goes on ("Special Committee Against" apartheid, "Committee On" ...). */
export const OPEN_CONNECTORS = new Set(['Against', 'Of', 'For', 'On', 'To', 'Among', 'And']);
/** The ending of an adjective ("Socialist", "African", "Islamic", "Federal", "Lebanese"): a name does not end on one before a capitalised noun. */
export const ADJECTIVE_ENDING = /(?:ist|ic|al|an|ese|ive|ary)$/;
