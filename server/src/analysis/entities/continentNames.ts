/**
 * "America" where the text means the continent ("the countries of America", "our America", "Africa,
 * Asia and America") is no mention: resolution groups names by their written form, and "America"
 * alone is the United States' (aliases.ts), which these would be counted as. Latin American speeches
 * say "our America" for the continent; a list with two other continents names continents.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';

/** The continent by what comes before it: "our America", "the countries / peoples / continent of America". */
const CONTINENT_BEFORE = /(?:^|[^\p{L}])(?:[Oo]ur\s+|(?:countries|peoples|nations|[Rr]epublics|continent|[Ss]tates)\s+of\s+(?:our\s+)?)$/u;
/** Other continents, the list that tells "America" is one of them. */
const CONTINENTS = new Set(['Africa', 'Asia', 'Europe', 'Oceania', 'Australia', 'Antarctica']);
/** A list's joint between two names (", ", " and ", ", or "). */
const LIST_JOINT = /^\s*(?:,|,?\s+(?:and|or))\s+$/;

/** The mentions without those of "America" the continent. */
export function dropContinentAmerica(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m, i) => m.text !== 'America' || !(CONTINENT_BEFORE.test(seg.text.slice(Math.max(0, m.start - 32), m.start).replace(/United\s+[Ss]tates\s+of\s+$/, '|')) || continentsAround(seg, mentions, i) >= 2));
}

/** How many other continents are listed with the mention at `i` (walking the list both ways). */
function continentsAround(seg: SegmentedText, mentions: readonly EntityMention[], i: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && LIST_JOINT.test(seg.text.slice(mentions[k].end, mentions[k + 1].start)); k--) if (CONTINENTS.has(mentions[k].text)) n++;
  for (let k = i + 1; k < mentions.length && LIST_JOINT.test(seg.text.slice(mentions[k - 1].end, mentions[k].start)); k++) if (CONTINENTS.has(mentions[k].text)) n++;
  return n;
}
