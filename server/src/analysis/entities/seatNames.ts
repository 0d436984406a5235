/**
 * A city the tagger typed a body where it stands for the government that sits there ("the regime in
 * Tel Aviv", "the Tel Aviv authorities", "the rulers of Tel Aviv", "Pretoria and Tel Aviv") is a
 * place, as the tagger types Pretoria and Washington in the same sentences: the gazetteer knows Tel
 * Aviv as a club's town too, and speeches named the Israeli government by its city 29 times on ung20.
 * Only in those frames, and before its country ("NICE, France"): in news a town alone is as often its
 * club ("Bolton beat Chelsea", "at Grace Road, Leicestershire extended their innings").
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { retyped } from './mention';
import { spaced } from './nameText';

/** A government's word before the city ("the regime in", "the rulers of"), or a locative ("in", "from"). */
const SEAT_BEFORE = /(?:^|[^\p{L}])(?:(?:regimes?|rulers|leaders|authorities|officials|[Gg]overnments?)\s+(?:of|in)|in|from)\s+$/u;
/** A government's word after the city ("the Tel Aviv authorities"). */
const SEAT_AFTER = /^[^\S\n]+(?:authorities|leaders|rulers|regime|officials|decree)\b/;
/** "and" or "or" between two names ("Pretoria and Tel Aviv", "Washington or Tel Aviv"); a comma alone is as often an address ("at Grace Road, Leicestershire"). */
const AND_OR = /^,?\s+(?:and|or)\s+$/;

/** The mentions, cities typed bodies in a government's frame or before their country typed places. */
export function typeSeatNames(seg: SegmentedText, mentions: readonly EntityMention[], knownType: (name: string) => string | undefined, isCountry: (name: string) => boolean): EntityMention[] {
  return mentions.map((m, i) => {
    if (m.type !== 'organization' || knownType(spaced(m.text)) !== 'place') return m;
    // Not a piece of a longer name ("Tel Aviv University").
    if (/^[^\S\n]*\p{Lu}/u.test(seg.text.slice(m.end, m.end + 3))) return m;
    const listed = (o: EntityMention | undefined, gap: string): boolean => !!o && o.type === 'place' && AND_OR.test(gap);
    const next = mentions[i + 1];
    const seat = SEAT_BEFORE.test(seg.text.slice(Math.max(0, m.start - 24), m.start)) || SEAT_AFTER.test(seg.text.slice(m.end, m.end + 16))
      || listed(mentions[i - 1], seg.text.slice(mentions[i - 1]?.end ?? 0, m.start)) || listed(next, seg.text.slice(m.end, next?.start ?? m.end))
      // A city before its country ("NICE, France"): a dateline's or an address's place.
      || (!!next && /^,[^\S\n]*$/.test(seg.text.slice(m.end, next.start)) && !!isCountry(next.text));
    return seat ? retyped(m, 'place') : m;
  });
}
