/**
 * A name made only of compass points names no place: a relation of blocs ("the North South
 * dialogue", "East West relations", "South South co-operation", written without their hyphen) or
 * the piece of a longer name the tagger cut ("the South West | Africa People's Organization",
 * "South-East | and East Asia"). ung20 showed six such places, 42 mentions (issue 11). A compass
 * point with a name ("South-East Asia", "West Africa") and one point alone are other rules' concern.
 */
import type { EntityMention } from '../types';

/** Two compass points or more, joined by a space, a line break or a hyphen, or run together by a scan ("NorthSouth"). */
const COMPASS_ONLY = /^(?:North|South|East|West)(?:(?:\s+|-|)(?:North|South|East|West))+$/;

/** A region's first word alone ("Central" of "Central and South America")... */
const REGION_WORD = /^(?:Central|Eastern|Western|Northern|Southern|North|South|East|West)$/;
/** ...before "and" or "or" and a region's name whose head it shares ("Central and Eastern Europe"): no name of its own. */
const REGION_AFTER = /^[^\S\n]*\n?[^\S\n]*(?:and|or)\s+(?:Central|Eastern|Western|Northern|Southern|North|South|East|West)(?:-\p{L}+)?\s+\p{Lu}/u;

/** The mentions without names made only of compass points, nor a region's first word whose name goes on after "and" ("Central" of "Central and South America"; 54 mentions of ung20). */
export function dropCompassNames(mentions: readonly EntityMention[], text = ''): EntityMention[] {
  return mentions.filter((m) => !COMPASS_ONLY.test(m.text) && !(REGION_WORD.test(m.text) && REGION_AFTER.test(text.slice(m.end, m.end + 40))));
}
