/**
 * The words the rules that join long names read (longNames.ts): connectors, heads, regions and
 * plurals of official titles and countries' long forms.
 */
import { DETERMINER_WORDS, INSTRUMENT_HEADS, isBodyHead, POLITY_HEADS, TITLE_HEADS } from './nameHeadWords';
import type { TokenTable } from '../text/tokens';
import { TypeTable } from '../text/vocabulary';

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

/**
 * The sets above a word type belongs to, as bits (W_*): the rules ask them of the tokens around
 * every mention, and a bit of a per-type record (one array read) costs less than the word's string
 * and a set's lookup of it.
 */
export const W_CAPITALISED = 1 << 0;
export const W_NAME_CONNECTOR = 1 << 1;
export const W_POLITY_HEAD = 1 << 2;
export const W_OPENER = 1 << 3;
export const W_TITLE_HEAD = 1 << 4;
export const W_PROGRAMME_HEAD = 1 << 5;
export const W_PERSON_PLURAL = 1 << 6;
export const W_POSSESSIVE_HEAD = 1 << 7;
export const W_INSTRUMENT_HEAD = 1 << 8;
export const W_BODY_HEAD = 1 << 9;
export const W_DETERMINER = 1 << 10;
export const W_POLITY_ADJECTIVE = 1 << 11;
export const W_IN_PLACE_HEAD = 1 << 12;
export const W_OF_PLACE_HEAD = 1 << 13;
/** Set in every computed record (0: not computed yet). */
const W_KNOWN = 1 << 30;

const WORD_SETS: readonly (readonly [number, ReadonlySet<string>])[] = [
  [W_NAME_CONNECTOR, NAME_CONNECTORS], [W_POLITY_HEAD, POLITY_HEADS], [W_OPENER, OPENERS], [W_TITLE_HEAD, TITLE_HEADS], [W_PROGRAMME_HEAD, PROGRAMME_HEADS],
  [W_PERSON_PLURAL, PERSON_PLURALS], [W_POSSESSIVE_HEAD, POSSESSIVE_HEADS], [W_INSTRUMENT_HEAD, INSTRUMENT_HEADS], [W_DETERMINER, DETERMINER_WORDS],
  [W_POLITY_ADJECTIVE, POLITY_ADJECTIVES], [W_IN_PLACE_HEAD, IN_PLACE_HEADS], [W_OF_PLACE_HEAD, OF_PLACE_HEADS],
];

function factsOfWord(w: string): number {
  let f = W_KNOWN | (isCapitalised(w) ? W_CAPITALISED : 0) | (isBodyHead(w) ? W_BODY_HEAD : 0);
  for (const [bit, words] of WORD_SETS) if (words.has(w)) f |= bit;
  return f;
}

const wordFactsTable = new TypeTable(1);

/**
 * The W_* bits of token `k` of `tokens` (0 outside the tokens' columns, as the sets answer for no
 * word): `(k) => bits of tokens.text(k)`.
 */
export function wordFacts(tokens: TokenTable): (k: number) => number {
  const vocabulary = tokens.vocabulary;
  const facts = wordFactsTable.table(vocabulary);
  const typeIds = tokens.typeIds;
  return (k: number): number => {
    const id = typeIds[k];
    if (id === undefined) return 0;
    const f = facts[id];
    return f !== 0 ? f : (facts[id] = factsOfWord(vocabulary.text(id)));
  };
}
