/**
 * A name the gazetteer does not know, typed a place or a body, coordinated with a person by "and" or
 * "or" and with a verb after the pair that only people do ("Putin and Lavov are signalling", "Mandela
 * and Sisulu met"), is a person too: coordinated names share their type, and a place or a body does
 * not say, meet or negotiate alongside a person. Every mention of that name in the document takes the
 * type. Issue 11 ("Lavov" is not a place), written on ung20.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { retyped } from './mention';

/** Capitalised words only (a name as the tagger gives it). */
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*$/u;
/** Between the two names: "and" or "or" alone. */
const CONJUNCTION = /^\s+(?:and|or)\s+$/;
/** After the pair: an auxiliary or none, then a verb whose subject is a person. */
const PERSON_VERB = /^[^\S\n]+(?:(?:are|were|have|had|will|would|can|could|both|also|then)[^\S\n]+)*(?:said|say|says|saying|told|tell|met|meet|meeting|spoke|speak|speaking|signall?(?:ing|ed)|signal|negotiat(?:e|ed|ing)|agreed|agree|discussed|discuss|talked|talk|talking|promised|pledged|declared|insisted|argued|announced|expressed|shook|embraced|exchanged|wrote|urged|warned)\b/u;

/** The mentions with such names typed as persons. */
export function typeCoordinatedPersons(seg: SegmentedText, mentions: readonly EntityMention[], isKnownName: (name: string) => boolean): EntityMention[] {
  const persons = new Set<string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const other = a.type === 'person' ? b : b.type === 'person' ? a : undefined;
    if (!other || (other.type !== 'place' && other.type !== 'organization')) continue;
    if (!NAME.test(other.text) || isKnownName(other.text)) continue;
    if (!CONJUNCTION.test(seg.text.slice(a.end, b.start)) || !PERSON_VERB.test(seg.text.slice(b.end, b.end + 40))) continue;
    persons.add(other.text);
  }
  return persons.size ? mentions.map((m) => (m.type !== 'person' && persons.has(m.text) ? retyped(m, 'person') : m)) : [...mentions];
}
