/**
 * A name's forms for grouping (resolve.ts): the bare name as written (titles and a possessive
 * stripped), the comparison key, and the key of a person's one-word name written with a title.
 */
import type { EntityType } from '../types';
import { GIVEN_NAME_TITLES, titleRunAt } from './titleRuns';

/** Ends the key of a one-word name written with a personal title (see `groupKeyOf`): no name's key holds it. */
const TITLED = '\u0001';

function normSpaces(s: string): string {
  // A name broken at a hyphen at a line's end ("Non-\nAligned") is the name written whole.
  return s.replace(/[’ʼ‘`]/g, "'").replace(/(\p{L})-\s+(?=\p{L})/gu, '$1-').replace(/\s+/g, ' ').trim();
}

/** 1 where the words open with an honorific that is a given name too, before two words or more (`GIVEN_NAME_TITLES`). */
function givenNameTitle(lower: readonly string[]): number {
  return lower.length >= 3 && GIVEN_NAME_TITLES.has(lower[0]) ? 1 : 0;
}

/** Removes a trailing possessive and leading titles; returns the bare name as written. */
export function bareName(surface: string, type?: EntityType): string {
  return withoutTitles(surface, type).name;
}

/** The bare name (see `bareName`) and the last title stripped from before it, as written ("King" of "His Majesty King Hussein"). */
function withoutTitles(surface: string, type?: EntityType): { name: string; title?: string } {
  // A possessive whose apostrophe was read in the wrong code page ("Japanâs", "Somaliaís") is a possessive too (not "Luís").
  let s = normSpaces(surface).replace(/'s$|s'$/i, (m) => (m.toLowerCase() === "s'" ? 's' : '')).replace(/(?<=\p{L}{4})[âí]s$/u, '').replace(/^the /i, '');
  let title: string | undefined;
  if (type === undefined || type === 'person') {
    let words = s.split(' ');
    let lower = s.toLowerCase().split(' ');
    for (let run = titleRunAt(lower, 0, words.length - 1) || givenNameTitle(lower); run; run = titleRunAt(lower, 0, words.length - 1) || givenNameTitle(lower)) {
      title = words.slice(0, run).join(' ');
      words = words.slice(run);
      lower = lower.slice(run);
    }
    s = words.join(' ');
  }
  return { name: s, title };
}

/**
 * Rulers' titles, which go with a given name ("King Hussein" of Jordan, "Sultan Qaboos", "Sheikh
 * Zayed"): a one-word name after one is kept with its title, apart from a full name ending with
 * that word ("Saddam Hussein", "Mahathir Mohamed").
 */
const RULER_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'sultan', 'sheikh', 'sheikha', 'emir']);

/**
 * The key a form is grouped by, its bare name's; a person's one-word name written with a title is
 * keyed apart, with `word` the key of the name alone: a ruler's title is part of the name ("King
 * Hussein"); another title ("Mr. Lusaka", "Ambassador Lusaka") marks the person, whom resolution
 * keeps apart where the word alone is mostly a place's or a body's (the city of Lusaka).
 */
export function groupKeyOf(text: string, type: EntityType | undefined): { bare: string; key: string; word?: string; ruler?: string } {
  const { name, title } = withoutTitles(text, type);
  const word = nameKey(name);
  if (type !== 'person' || title === undefined || /\s/.test(name)) return { bare: name, key: word };
  const written = title.split(' ').pop()!;
  const ruler = written.toLowerCase();
  return RULER_TITLES.has(ruler) ? { bare: `${written} ${name}`, key: `${ruler} ${word}`, word, ruler } : { bare: name, key: `${word}${TITLED}`, word };
}

/** Case- and accent-insensitive comparison key (dots in acronyms dropped). */
export function nameKey(name: string): string {
  // British and American spellings of one name are one key: "Organisation of African Unity"; so
  // are a name with and without its accents ("Pérez de Cuéllar", "Perez de Cuellar").
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/\.(?=\S)|\.$/g, '').replace(/-/g, ' ').replace(/isation(s?)\b/g, 'ization$1');
}

/** The ruler's title a form is written with, in lower case ("King Fahd Ibn Abdul Aziz"). */
export function rulerOf(f: { readonly text: string; readonly type?: EntityType }): string | undefined {
  const title = withoutTitles(f.text, f.type).title?.toLowerCase().split(' ').pop();
  return title !== undefined && RULER_TITLES.has(title) ? title : undefined;
}
