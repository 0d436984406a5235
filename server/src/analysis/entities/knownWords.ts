/**
 * What the shipped entity lexicon knows about single words and names: given names, known names,
 * words of the training text, ordinary lower-case words (used by aliases and misspellings).
 */
import * as lexicon from './lexicon';
import { shippedNerLexicon } from './tagger';
import type { EntityType } from '../types';
import { lazy } from '../common/lazy';
import { memoizeByString } from '../common/stringMemo';

const {
  GAZ_CITY, GAZ_COUNTRY, GAZ_CTXLOC, GAZ_CTXPER, GAZ_DEMONYM, GAZ_FIRST, GAZ_GEOCITY, GAZ_GRP, GAZ_LOC, GAZ_MISC, GAZ_NEWSGRP, GAZ_NEWSLOC, GAZ_NEWSMISC, GAZ_NEWSORG, GAZ_NEWSPER,
  GAZ_ORG, GAZ_ORGLEX, GAZ_PER, GAZ_PERSON, GAZ_REGION, GAZ_TITLE, extendKey, lowerHash,
} = lexicon;

/** Is `word` a common given name in the shipped gazetteer ("John", "Maria"; see resolve.ts)? */
export function isGivenName(word: string): boolean {
  const m = shippedNerLexicon().gaz.get(lowerHash(word.replace(/[’ʼ]/g, "'").trim())) ?? 0;
  return (m & GAZ_FIRST) !== 0;
}

/**
 * Is `name` a known name in the shipped gazetteer (places, people, organisations, first names,
 * surnames)? Used to avoid flagging real names as misspellings of one another.
 */
export function isKnownName(name: string): boolean {
  return (gazetteerMask(name) & ~NOT_NAME_BITS) !== 0;
}

const NOT_NAME_BITS = GAZ_TITLE | GAZ_MISC | GAZ_NEWSMISC | GAZ_CTXLOC | GAZ_CTXPER;

/**
 * Is `name` a known name by more than the training text's label of one word as a body? The news
 * of the training text labels a club or a piece by one common word ("United", "Army",
 * "Authority", "Nature"), which says nothing of the word where a speech writes it.
 */
export function isKnownBeyondTrainingBody(name: string): boolean {
  const m = gazetteerMask(name) & ~NOT_NAME_BITS;
  return m !== 0 && (/\s/.test(name.trim()) || m !== GAZ_ORG);
}

const PLACE_BITS = GAZ_COUNTRY | GAZ_LOC | GAZ_CITY | GAZ_REGION | GAZ_NEWSLOC;
const ORG_BITS = GAZ_ORG | GAZ_ORGLEX | GAZ_NEWSORG;

/** The type the gazetteer gives a known name: a country or a place, an organisation; undefined otherwise. */
export function knownNameType(name: string): EntityType | undefined {
  const m = gazetteerMask(name);
  if (m & GAZ_COUNTRY) return 'place';
  if (m & ORG_BITS && !(m & PLACE_BITS)) return 'organization';
  if (m & PLACE_BITS) return 'place';
  return undefined;
}

/** Is `name` a country or a historical state in the gazetteer ("Moldova", "Soviet Union"), not only a city or a region? */
export function isKnownCountry(name: string): boolean {
  return (gazetteerMask(name) & (GAZ_COUNTRY | GAZ_NEWSLOC)) !== 0;
}

/** Is `name` a place in the gazetteer, GeoNames' cities included ("Salisbury", "Fukuyama")? */
export function isKnownPlaceName(name: string): boolean {
  return (gazetteerMask(name) & (PLACE_BITS | GAZ_GEOCITY)) !== 0;
}

/** Is `name` a place in the gazetteer (GeoNames' cities included) that it knows as no body ("Tel Aviv", "Bishkek"; not "Barcelona", a club)? */
export function isKnownPlaceNotBody(name: string): boolean {
  const m = gazetteerMask(name);
  return (m & (PLACE_BITS | GAZ_GEOCITY)) !== 0 && (m & ORG_BITS) === 0;
}

/** Is `name` a person's name in the gazetteer, as a whole ("Salisbury" of Lord Salisbury; not "Diego Garcia")? */
export function isKnownPersonName(name: string): boolean {
  return (gazetteerMask(name) & (GAZ_PER | GAZ_PERSON | GAZ_NEWSPER | GAZ_CTXPER)) !== 0;
}

/** The gazetteer's bits for a name as written (its words hashed as the tagger's lexicon keys them). */
function gazetteerMask(name: string): number {
  return gazetteerFacts(name) & ~OPENS_KNOWN_NAME;
}

/** A fact kept beside the gazetteer's bits (GAZ_*, below bit 22): the name opens a longer known name. */
const OPENS_KNOWN_NAME = 1 << 30;

/**
 * The gazetteer's bits for a name, and OPENS_KNOWN_NAME when it opens a longer known name: one
 * memo (the shipped lexicon never changes) for both questions, which the rules ask of the same
 * names in turn; one lookup of the name's string, not one per question and one more for its key.
 */
const gazetteerFacts = memoizeByString((name: string): number => {
  const key = plainGazetteerKey(name);
  if (key === undefined) return 0;
  const lex = shippedNerLexicon();
  const extra = extraNames();
  const mask = (lex.gaz.get(key) ?? 0) | (extra.names.get(key) ?? 0);
  return lex.gazPrefix.has(key) || extra.prefixes.has(key) ? mask | OPENS_KNOWN_NAME : mask;
});

/**
 * Names UN speeches use that the shipped gazetteer (modern country lists, GeoNames cities) lacks,
 * read by the rules only (the tagger's own features stay as trained): the name Saint Kitts and
 * Nevis had when it joined the United Nations in 1983, and the disputed State of Jammu and Kashmir,
 * which the tagger splits at "and" ("[Saint Christopher] and [Nevis]", "[Jammu] and [Kashmir]");
 * the names of States in the speeches of their years that no modern list holds (Democratic
 * Kampuchea, Upper Volta, Dahomey, Ceylon, Zaire, Democratic Yemen, Rhodesia; Byelorussia, a Member as the
 * Byelorussian SSR; the Jamahiriya, Libya's name of 1977-2011 written alone), which the tagger
 * takes for bodies where they act ("aggression against Kampuchea"); and the disputed territories
 * the speeches name by a form the lists lack (Nagorny Karabakh, the island of Diego Garcia); and Laos, which the lists
 * hold only by its long form (the Lao People's Democratic Republic).
 */
const EXTRA_NAMES: readonly (readonly [string, number])[] = [
  ['Saint Christopher and Nevis', GAZ_COUNTRY],
  ['Saint Christopher-Nevis', GAZ_COUNTRY],
  ['Jammu and Kashmir', GAZ_REGION],
  ['Kampuchea', GAZ_COUNTRY],
  ['Democratic Kampuchea', GAZ_COUNTRY],
  ["People's Republic of Kampuchea", GAZ_COUNTRY],
  ['Upper Volta', GAZ_COUNTRY],
  ['Dahomey', GAZ_COUNTRY],
  ['Ceylon', GAZ_COUNTRY],
  ['Zaire', GAZ_COUNTRY],
  ['Democratic Yemen', GAZ_COUNTRY],
  ['Rhodesia', GAZ_COUNTRY],
  ['Byelorussia', GAZ_COUNTRY],
  ['Belorussia', GAZ_COUNTRY],
  ['Jamahiriya', GAZ_COUNTRY],
  ['Nagorny Karabakh', GAZ_REGION],
  ['Nagorny-Karabakh', GAZ_REGION],
  ['Nagorno Karabakh', GAZ_REGION],
  ['Karabakh', GAZ_REGION],
  ['Diego Garcia', GAZ_REGION],
  ['Laos', GAZ_COUNTRY],
];

/** The extra names' keys and the keys of their opening words. */
const extraNames = lazy(() => {
  const names = new Map<number, number>();
  const prefixes = new Set<number>();
  for (const [name, mask] of EXTRA_NAMES) {
    const words = name.split(' ');
    let h = lowerHash(words[0]);
    for (let k = 1; k < words.length; k++) {
      prefixes.add(h);
      h = extendKey(h, words[k]);
    }
    names.set(h, mask);
  }
  return { names, prefixes };
});

/**
 * Is `name` the opening words of a longer known name ("Saint Vincent" of "Saint Vincent and the
 * Grenadines")? A search for a known name goes on only while this holds.
 */
export function isKnownNamePrefix(name: string): boolean {
  return (gazetteerFacts(name) & OPENS_KNOWN_NAME) !== 0;
}

/** "St." and "St" open a saint's name, which the gazetteer writes in full ("St. Vincent and the Grenadines", "St Kitts and Nevis"). */
const SAINT_ABBREVIATIONS = new Set(['St.', 'St']);

/** The lexicon's key of a name: its words lower-cased and joined by one space, a saint's abbreviation written out. */
function plainGazetteerKey(name: string): number | undefined {
  // A scan's "l" for the capital "I" after an elided particle ("Cote d'lvoire") is the name's own "I".
  const words = name.replace(/[’ʼ]/g, "'").replace(/\b([dl])'l(?=[b-df-hj-km-np-tv-z])/g, "$1'I").trim().split(/\s+/);
  if (!words[0]) return undefined;
  const word = (k: number): string => (SAINT_ABBREVIATIONS.has(words[k]) ? 'Saint' : words[k]);
  let h = lowerHash(word(0));
  for (let k = 1; k < words.length; k++) h = extendKey(h, word(k));
  return h;
}

/** Does the tagger's training text contain `word` (in any case)? Typing slips are rarely in it. */
export function isAttestedWord(word: string): boolean {
  return shippedNerLexicon().lc.get(lowerHash(word.replace(/[’ʼ]/g, "'").trim())) !== undefined;
}

/**
 * Is `word` an ordinary lower-case word of English (mostly lower-case in the training text, or a
 * dictionary word: "band", "state", "sevens")? Such a word is never flagged as a misspelling.
 */
export const isOrdinaryWord = memoizeByString((word: string): boolean => {
  const lex = shippedNerLexicon();
  const w = word.replace(/[’ʼ]/g, "'").trim();
  const ordinary = (x: string): boolean => {
    const c = lex.lc.get(lowerHash(x)) ?? lexicon.LC_UNSEEN;
    return c === lexicon.LC_ALWAYS_LOWER || c === lexicon.LC_MOSTLY_LOWER || c === lexicon.LC_DICT;
  };
  return ordinary(w) || (/s$/i.test(w) && ordinary(w.slice(0, -1))) || (/ies$/i.test(w) && ordinary(`${w.slice(0, -3)}y`));
});

/** Is `word` labelled "miscellaneous" in the tagger's training text: nationalities ("British", "Polish"), religions, events? */
export function isKnownMiscWord(word: string): boolean {
  return (gazetteerMask(word) & GAZ_MISC) !== 0;
}

/** Is `word` a people's word in the gazetteer, a demonym or a nationality ("Cypriot", "Khmer", "Papua New Guinean")? */
export function isKnownPeopleWord(word: string): boolean {
  return (gazetteerMask(word) & (GAZ_DEMONYM | GAZ_NEWSGRP | GAZ_GRP)) !== 0;
}
