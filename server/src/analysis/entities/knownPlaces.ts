/**
 * A person's name of several words that the gazetteer knows as a place, and as no body, is a place:
 * the tagger reads Cambodian provinces and battlefields ("Svay Rieng", "Prey Veng", "Siem Reap",
 * "Dien Bien Phu") as persons' names (issue 11, ung20). Not a name the gazetteer knows as a person's,
 * nor one opening with a given name or a title ("Prince Albert" is a town too), nor one right after a
 * title ("President Velasco Ibarra": a town of Ecuador is named after him).
 * Bodies stay as the tagger typed them: retyping "the Bishkek group" or "the Aswan dam" the same way
 * costs news its clubs named by their towns (CoNLL-2003 valid end to end 0.9333 -> 0.9305).
 */
import { titleRunAt } from './titleRuns';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { retyped } from './mention';
import { spaced } from './nameText';

/** What the rule asks of the gazetteer. */
export interface PlaceNames {
  isPlaceNotBody(name: string): boolean;
  isPersonName(name: string): boolean;
  isGivenName(word: string): boolean;
}

/** The mentions, persons' names that are the gazetteer's places typed places. */
export function typeKnownPlaces(seg: SegmentedText, mentions: readonly EntityMention[], names: PlaceNames): EntityMention[] {
  return mentions.map((m) => (isKnownPlace(seg.text, m, names) ? retyped(m, 'place') : m));
}

/** The word right before a mention, in lower case, without a final dot ("president" of "President Velasco Ibarra"). */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

function isKnownPlace(text: string, m: EntityMention, names: PlaceNames): boolean {
  if (m.type !== 'person') return false;
  const name = spaced(m.text);
  // One word (most persons' mentions) or no lower-case letter: answered before the text is searched.
  if (!name.includes(' ') || !/\p{Ll}/u.test(name)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (before && titleRunAt([before[1].toLowerCase()], 0) > 0) return false;
  const words = name.split(' ');
  if (names.isPersonName(name) || names.isGivenName(words[0]) || titleRunAt(words.map((w) => w.toLowerCase()), 0) > 0) return false;
  return names.isPlaceNotBody(name);
}
