/**
 * The type a name's own words give it, over the type the tagger gave its mentions. The tagger
 * types each mention from its context; a few name shapes say what they name whatever the context:
 * - the long form of a country ("Republic of Estonia", "Kingdom of Spain", "Hellenic Republic",
 *   "State of Kuwait") is a place, like the short name; in speeches and official prose it is
 *   the usual form, and typed as an organisation it splits one country over two types;
 * - so is a union of republics ("Union of Soviet Socialist Republics"), though "Union" heads bodies, a
 *   people's federation ("Swiss Federation"), though "Federation" heads bodies ("International Federation of ..."),
 *   and federated or united States ("Federated States of Micronesia", 48 mentions of ung20 typed a body);
 * - a land's or a water's feature "of" a place is a place ("Horn of Africa", 79 mentions of ung20 typed a body,
 *   "Strait of Hormuz", "Isthmus of Panama"), as is a city, a town, a port or a rock "of" one ("the City of New York",
 *   "the Rock of Gibraltar", typed bodies in the seed-883 audit);
 * - a name headed by a body's noun ("South West Africa People's Organization", "Contadora Group")
 *   is an organisation, though its acronym's mentions ("SWAPO", beside "Namibia") were tagged as a place's;
 * - a one-word follower of a person or doctrine ("Sandinist", "Somozist", "Marxist", "Zionist")
 *   is a group, not a place.
 */
import type { EntityType } from '../types';
import { BODY_HEADS, headOf, isNameHead } from './nameHeadWords';

/** Head nouns of a country's long form; "State" only with "of ..." ("Islamic State" is an organisation). */
const POLITY_HEAD = /^((?:\p{Lu}[\p{L}'’-]*\s+)*)(?:Republics?|Kingdom|Principality|Sultanate|Emirate|Grand Duchy)(?:\s+of\s+.+)?$/u;
const UNION_OF_REPUBLICS = /^Union\s+of\s+(?:\p{Lu}[\p{L}-]*\s+)+Republics$/u;
const STATE_OF = /^(?:\p{Lu}[\p{L}'’-]*\s+)*State\s+of\s+(?:the\s+)?\p{Lu}/u;
/** "Federated States of", "United States of" a place. */
const STATES_OF = /^(?:Federated|United)\s+States\s+of\s+\p{Lu}/u;
/** A feature of land or water "of" a place. */
const FEATURE_OF = /^(?:Horn|Gulf|Bay|Straits?|Isthmus|Cape|Sea|Lake|Islands?|Peninsula|Coast|Mount|Valley|Basin|Rock|City|Town|Port)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}[\p{L}'’-]*)$/u;
/** A people's federation ("Swiss Federation", "Yugoslav Federation", "Russian Federation"): a country, not a body's federation ("International Federation"). */
const PEOPLES_FEDERATION = /^\p{Lu}\p{Ll}+(?:an|ese|ish|iss|av)\s+(?:Federation|Confederation)$/u;
/** A single word ending in "-ist(s)" ("Sandinist", "Maoists"), not "-eist" ("Feist", "Geist"). */
const FOLLOWER = /^\p{Lu}\p{L}+[^e\W]ists?$/u;

/** The type `name` (a bare name, as written) has by its shape, or undefined to keep the tagged type. */
export function typeFromShape(name: string, tagged: EntityType | undefined): EntityType | undefined {
  if (tagged === 'organization' || tagged === 'place' || tagged === 'person') {
    const polity = POLITY_HEAD.exec(name);
    if (polity) return 'place';
    if (STATE_OF.test(name) || UNION_OF_REPUBLICS.test(name) || PEOPLES_FEDERATION.test(name) || STATES_OF.test(name)) return 'place';
    // Not a body named after it ("Horn of Africa Conference").
    const feature = FEATURE_OF.exec(name);
    if (feature && !isNameHead(feature[1])) return 'place';
  }
  if ((tagged === 'place' || tagged === 'person') && /\s/.test(name) && BODY_HEADS.has(headOf(name))) return 'organization';
  if ((tagged === 'place' || tagged === 'organization') && FOLLOWER.test(name)) return 'group';
  return undefined;
}
