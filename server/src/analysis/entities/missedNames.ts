/**
 * Names the tagger misses in a transliteration its training text never saw: al-Qaida in its
 * spellings ("Al-Qaida", "Al Qaeda", "al-Qa'idah"; 41 "Al-Qaida" in the UN speeches, none found),
 * an organisation; and the world wars, events ("the Second World War", "World War I"). The mentions
 * one overlaps (a "Qaeda" typed a place) give way to it.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** The spellings: "al" and "Qaida", "Qaeda", "Qa'idah"…, with a hyphen, a space or nothing between. */
const SPELLINGS = /(?<![\p{L}\p{N}])(?:[Aa]l|AL)[-‐‑ ]?(?:Qa['’]?[ei]dah?|QA['’]?[EI]DAH?)(?![\p{L}\p{N}])/gu;

/** The world wars, which the tagger leaves out as common words (none of the 234 "Second World War" of 1,100 UN speeches found). */
const WORLD_WARS = /(?<![\p{L}\p{N}])(?:(?:First|Second|Third) World War|World War (?:III|II|I|One|Two|Three))(?![\p{L}\p{N}])/gu;

/** The mentions with the missed names added (sorted by start). */
export function addMissedNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  const add = (pattern: RegExp, type: EntityMention['type']): void => {
    for (const hit of seg.text.matchAll(pattern)) {
      const start = hit.index!;
      const end = start + hit[0].length;
      // A longer name holding it stays as it is ("Al-Qaida Sanctions Committee", "Second World War Memorial").
      if (mentions.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end))) continue;
      found.push(mention(start, end, hit[0], type, 0.9));
    }
  };
  if (seg.text.includes('Qa') || seg.text.includes('QA')) add(SPELLINGS, 'organization');
  if (seg.text.includes('World War')) add(WORLD_WARS, 'event');
  if (!found.length) return [...mentions];
  const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && m.end > f.start));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}
