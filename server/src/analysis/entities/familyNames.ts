/**
 * A one-word name the tagger typed a place or a body, that the gazetteer does not know (but as a
 * given name), is a person's where the corpus writes the word mostly as persons' family name ("the
 * Brahimi report", "the Somoza dictatorship", "the Fahd plan"): the tagger types the word from its
 * one mention's context, the corpus's full names say what it names (resolve.ts settles the groups).
 */
import type { EntityType } from '../types';
import type { SurfaceForm } from './resolve';
import { isAllCaps } from './nameText';
import { groupKeyOf, nameKey } from './nameForms';

/** Persons' mentions that name a word as a family name (a full name's last word, a ruler's name) must be at least this many. */
const FAMILY_NAME_EVIDENCE = 2;

/** What the rule reads of a group of forms. */
export interface FamilyNameGroup {
  readonly key: string;
  /** The word of a one-word name written with a title (such a group is a person's already). */
  readonly word?: string;
  readonly declared?: unknown;
  readonly settled?: EntityType;
  readonly bare: ReadonlyMap<string, number>;
}

/** The one-word groups of `groups` whose word the corpus's full names use mostly as persons' family name. */
export function familyNameGroups<G extends FamilyNameGroup>(forms: readonly SurfaceForm[], groups: readonly G[], typeOf: (g: G) => EntityType | undefined,
  isKnownName: (name: string) => boolean, isGivenName?: (word: string) => boolean): G[] {
  // Per word: mentions of persons' full names ending with it (or of a ruler's name, "King Fahd"), and of places'
  // and bodies' names ending with it ("East Timor"). A hyphenated last word ends none ("Ban Ki-moon" is no "Moon").
  const uses = new Map<string, { person: number; other: number }>();
  for (const f of forms) {
    if (f.type !== 'person' && f.type !== 'place' && f.type !== 'organization') continue;
    const { bare, word, ruler } = groupKeyOf(f.text, f.type);
    const last = ruler ? word! : bare.includes(' ') ? nameKey(bare.slice(bare.lastIndexOf(' ') + 1)) : undefined;
    if (last === undefined || last.includes(' ')) continue;
    let u = uses.get(last);
    if (!u) uses.set(last, (u = { person: 0, other: 0 }));
    if (f.type === 'person') u.person += f.count;
    else u.other += f.count;
  }
  return groups.filter((g) => {
    const t = typeOf(g);
    if (g.key.includes(' ') || g.word !== undefined || g.declared || g.settled || (t !== 'place' && t !== 'organization')) return false;
    const bare = [...g.bare.keys()][0] ?? '';
    // A known name, but a given name a ruler is named by ("the Fahd plan"): the gazetteer's place or body ("Lusaka", "Kant") stays.
    if (isAllCaps(bare) || (isKnownName(bare) && !isGivenName?.(bare))) return false;
    const u = uses.get(g.key);
    return !!u && u.person >= FAMILY_NAME_EVIDENCE && u.person > u.other;
  });
}
