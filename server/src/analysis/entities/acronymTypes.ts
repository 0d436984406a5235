/**
 * An acronym the tagger typed as a place that the gazetteer does not know as one ("FRETILIN",
 * "FLNKS", "SWAFO", "MONUC" of speeches): a place is seldom written as an acronym of four letters or
 * more, while movements, fronts and missions are; it is an organisation. Known places written so
 * ("USSR", "GUAM") keep the gazetteer's word.
 */
import type { EntityType } from '../types';

const ACRONYM = /^\p{Lu}{4,}$/u;

/** The type of an entity named by an acronym typed as a place (see the module comment); else `type`. */
export function acronymType(name: string, type: EntityType | undefined, isKnownName?: (name: string) => boolean): EntityType | undefined {
  return type === 'place' && ACRONYM.test(name) && isKnownName && !isKnownName(name) ? 'organization' : type;
}
