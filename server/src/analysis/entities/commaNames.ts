/**
 * A body's name whose title lists its fields with commas, cut by the tagger at the first comma:
 * "the [United Nations Educational], [Scientific and Cultural Organization] (UNESCO)". A name does
 * not end on an adjective ("Educational", "Scientific", "Economic"), so a body's name that does, with a
 * comma and capitalised words after it on the line that end on a body's noun ("Organization"), is
 * one name with them (the tagger's mention of the rest, if any, was a piece of it). Issue 11, written
 * on ung20 (19 mentions of "United Nations Educational" there).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** A last word that reads as an adjective of a field ("Educational", "Scientific", "Technical", "Economic"). */
const ADJECTIVE_END = /\s\p{Lu}\p{Ll}+(?:al|ic)$/u;
/** Words no body's field list ends on: a body's own noun in "-al" or "-ic" ("Tribunal", "Republic"). */
const NOUNS = new Set(['Tribunal', 'Council', 'Republic', 'Capital', 'Journal', 'Hospital', 'Festival', 'Memorial', 'Arsenal', 'Canal', 'International', 'General', 'Pacific', 'Atlantic', 'Baltic', 'Arctic', 'Adriatic', 'Clinic']);

/** After the comma: capitalised words (and "and") on the line, ending on a body's noun ("Scientific and Cultural Organization"). */
const REST = /^,[^\S\n]+(?:(?:\p{Lu}\p{Ll}+|and)[^\S\n]+)*(?:Organi[sz]ation|Commission|Council|Agency|Institute|Centre|Center|Fund|Programme|Union)\b/u;

/** The mentions with names cut at a comma of their title joined. */
export function joinCommaNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const end = m.type === 'organization' ? commaNameEnd(seg.text, m) : undefined;
    if (end === undefined) {
      out.push(m);
      continue;
    }
    // The rest's own mention, if the tagger marked it, is a piece of the name; one that runs past it is not.
    let j = k + 1;
    while (j < mentions.length && mentions[j].start < end && mentions[j].end <= end) j++;
    if (j < mentions.length && mentions[j].start < end) {
      out.push(m);
      continue;
    }
    out.push(mention(m.start, end, seg.text.slice(m.start, end), m.type, m.confidence));
    k = j - 1;
  }
  return out;
}

/** The end of the whole name, if the mention is cut at a comma of its title; else undefined. */
function commaNameEnd(text: string, m: EntityMention): number | undefined {
  const last = ADJECTIVE_END.exec(m.text);
  if (!last || NOUNS.has(last[0].trim())) return undefined;
  const rest = REST.exec(text.slice(m.end, m.end + 120));
  return rest ? m.end + rest[0].length : undefined;
}
