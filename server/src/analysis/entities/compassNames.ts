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

/** The mentions without names made only of compass points. */
export function dropCompassNames(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !COMPASS_ONLY.test(m.text));
}
