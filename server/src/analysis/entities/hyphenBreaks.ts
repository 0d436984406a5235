/**
 * Names broken at a hyphen where scanned or typeset text ended a line ("Non-\nAligned Countries",
 * "Guinea-\nBissau", "Ibero-\nAmerican Summit", "Boutros-\nGhali") or left a space after it ("Non-
 * Aligned Countries"): the tagger marks the words after the break and leaves the first part out.
 * The part before the hyphen joins the name when it is no name of its own ("Non", "Ibero",
 * "Inter", "Pan", "Six") or the whole is a known name ("Guinea-Bissau"); two names paired by the
 * hyphen stay apart ("Iran-\nIraq", "Zagreb-\nBelgrade"). A pair of opposite compass points ("North-South",
 * "East-West" dialogue) is a direction of relations, no place: it is dropped.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';
import { spaceRunStart } from './nameText';
import type { NameLexicon } from './longNames';

/** A capitalised word and a hyphen, then a line break or spaces, right before a name. */
const BROKEN_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}']*)-[^\S\n]*\n?[^\S\n]*$/u;
/** Opposite or equal compass points ("North-South", "East-West", "South-South" co-operation); "North-East" may name a region. */
const COMPASS_PAIR = /^(?:(?:North|South)-(?:North|South)|(?:East|West)-(?:East|West))$/;
/** The first letters COMPASS_PAIR opens with. */
const COMPASS_INITIALS = 'NSEW';

/** The mentions with the first part of a name broken at a hyphen joined in (sorted by start). */
export function joinHyphenBreaks(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const { text } = seg;
  const out: EntityMention[] = [];
  for (const tagged of mentions) {
    let m = tagged;
    // The expression asks for a hyphen before the white space at the name: most names have none.
    const from = Math.max(0, m.start - 40);
    const dash = spaceRunStart(text, m.start, from) - 1;
    const before = dash >= from && text.charCodeAt(dash) === 45 ? BROKEN_BEFORE.exec(text.slice(from, m.start)) : null;
    const hyphen = before ? before[0].indexOf('-', before[0].indexOf(before[1]) + before[1].length - 1) : -1;
    if (before && /\s/.test(before[0].slice(hyphen))) {
      const start = m.start - before[0].length + before[0].indexOf(before[1]);
      const joined = text.slice(start, m.end).replace(/-\s+/, '-');
      if (COMPASS_PAIR.test(joined)) continue;
      const prev = out[out.length - 1];
      // The part before the hyphen ends the previous mention ("Movement of Non" | "Aligned Countries"): one name.
      const ending = prev && prev.end === start + before[1].length ? prev : undefined;
      if ((!prev || prev.end <= start || ending) && (!lex.isKnownName(before[1]) || lex.isKnownName(joined))) {
        const from = ending ? ending.start : start;
        if (ending) out.pop();
        // A longer name ending in the first part keeps its type ("Government of Guinea" | "Bissau": a body).
        const type = ending && ending.start < start ? ending.type : (lex.knownType(joined) ?? m.type);
        m = mention(from, m.end, text.slice(from, m.end), type, m.confidence);
      }
    }
    if (COMPASS_INITIALS.includes(m.text[0]) && COMPASS_PAIR.test(m.text.replace(/-\s+/, '-'))) continue;
    out.push(m);
  }
  return out;
}
