/**
 * A name right after a personal honorific ("Mr. Vorster", "Mrs. Chamorro", "Ms. Aung San Suu Kyi",
 * "Dr. Mahathir") is a person's, whatever type the tagger gave it: the tagger typed "Mr. Benites" a
 * group and "Mr. Arnoldo Alemán Lacayo" a body on ung20. Only the honorifics that stand before a
 * person alone: "President" or "King" also open a country's or a body's name ("President Kennedy
 * Airport" aside, "the King Fahd Foundation").
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { retyped } from './mention';

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Messrs|Mme|Mmes|Dr)\.?\s+`;
const HONORIFIC_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${HONORIFIC}$`, 'u');
const HONORIFIC_OPENING = new RegExp(`^${HONORIFIC}\\p{Lu}`, 'u');

/** Is the name written with a personal honorific ("Mr. Baali")? Then it is a person's, whatever else it looks like. */
export function opensWithHonorific(name: string): boolean {
  return HONORIFIC_OPENING.test(name);
}

/** The mentions, those right after a personal honorific typed persons. */
export function typeHonorificPersons(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => (m.type !== 'person' && HONORIFIC_BEFORE.test(seg.text.slice(Math.max(0, m.start - 10), m.start)) ? retyped(m, 'person') : m));
}
