/**
 * Names that only live inside a fixed expression: "the sword of Damocles", "a Gordian knot", "an
 * Achilles heel", "a Trojan horse", "Pandora's box", "a Herculean task". The expression names no
 * person, place or body of the text (the tagger took Damocles for a place and Gordian for a person),
 * so its name is no mention (issue 11: the audits of seeds 243 and 271 each drew one).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';

/** Each expression: the name, with the words that must stand before or after it. */
const IDIOMS: readonly { name: RegExp; before?: RegExp; after?: RegExp }[] = [
  { name: /^Damocles$/, before: /\bswords?\s+of\s+$/i },
  { name: /^Gordian$/, after: /^\s+knots?\b/i },
  { name: /^Achilles(?:'|’)?$/, after: /^(?:'|’|'s|’s)?\s+heels?\b/i },
  { name: /^Trojan$/, after: /^\s+horses?\b/i },
  { name: /^Pandora$/, after: /^(?:'s|’s)\s+box(?:es)?\b/i },
  { name: /^Herculean$/, after: /^\s+(?:tasks?|efforts?|labou?rs?|work|job|undertaking|challenges?)\b/i },
];

/** What one of the names above opens with: one test of most mentions, not six. */
const IDIOM_OPENING = /^(?:Damocles|Gordian|Achilles|Trojan|Pandora|Herculean)/;

/** The mentions without the names of fixed expressions. */
export function dropIdiomNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !(IDIOM_OPENING.test(m.text) && IDIOMS.some(({ name, before, after }) =>
    name.test(m.text)
    && (!before || before.test(seg.text.slice(Math.max(0, m.start - 20), m.start)))
    && (!after || after.test(seg.text.slice(m.end, m.end + 20))))));
}
