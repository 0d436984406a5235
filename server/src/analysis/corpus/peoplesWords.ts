/**
 * Peoples' and places' adjectives among key-term labels (keyTermTable.ts): they say whose speech it is
 * or which country, as the entity views do, not what a speech is about.
 */
import { isKnownMiscWord, isKnownPeopleWord, knownNameType } from '../entities/knownWords';

/**
 * A people's or a place's adjective ("Kampuchean", "British", "Latin American", "Turkish Cypriots"):
 * whose speech or which country, as the entity views say, not what a speech is about (on all 6,350 UN
 * speeches "Latin American", "Kampuchean", "Spanish", "British", "Polish" stood among the Terms view's
 * top 30). Every word capitalised, and the last (or its singular) a people's word the entity lexicon
 * knows, a nationality its training text labels with "-ish", "-ese" or "-i" ("Polish", "Yemeni"), or a
 * known country's or region's adjective: its name and a demonym's ending ("Kampuchea|n",
 * "Cypr|us" → "Cypr|iot", "Comor|os" → "Comor|ian"). "Mediterranean", "Islamic", "Western" stay.
 */
export function isPeoplesWord(label: string): boolean {
  const words = label.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const last = words[words.length - 1].split('-').pop()!;
  return [last, last.replace(/s$/, '')].some((w) => w.length > 3 && (isKnownPeopleWord(w) || (NATIONALITY_ENDING.test(w) && isKnownMiscWord(w)) || isCountryAdjective(w)));
}

const NATIONALITY_ENDING = /(?:ish|ese|i)$/;

/** A demonym's ending, and the endings of the place's name it replaces ("Yemen|i", "Cub|a" → "Cub|an", "Ital|y" → "Ital|ian"). */
const PLACE_ADJECTIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['n', ['']],
  ['an', ['', 'a', 'o']],
  ['ian', ['', 'a', 'os', 'e', 'y']],
  ['ean', ['', 'a', 'e', 'ea']],
  ['ese', ['', 'a', 'e']],
  ['iot', ['us']],
  ['i', ['']],
];

/** Whether `word` is a known country's or region's name with a demonym's ending in place of its own (not a city's: "Mal|i"). */
function isCountryAdjective(word: string): boolean {
  for (const [ending, restored] of PLACE_ADJECTIVE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 3 && restored.some((r) => knownNameType(stem + r) === 'place')) return true;
  }
  return false;
}
