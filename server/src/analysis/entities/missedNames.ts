/**
 * Names the tagger misses in a transliteration its training text never saw: al-Qaida in its
 * spellings ("Al-Qaida", "Al Qaeda", "al-Qa'idah"; 41 "Al-Qaida" in the UN speeches, none found),
 * an organisation; the mentions it overlaps (a "Qaeda" typed a place) give way to it.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** The spellings: "al" and "Qaida", "Qaeda", "Qa'idah"…, with a hyphen, a space or nothing between. */
const SPELLINGS = /(?<![\p{L}\p{N}])(?:[Aa]l|AL)[-‐‑ ]?(?:Qa['’]?[ei]dah?|QA['’]?[EI]DAH?)(?![\p{L}\p{N}])/gu;

/** The mentions with the missed names added (sorted by start). */
export function addMissedNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  if (!seg.text.includes('Qa') && !seg.text.includes('QA')) return [...mentions];
  for (const hit of seg.text.matchAll(SPELLINGS)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    // A longer name holding it stays as it is ("Al-Qaida Sanctions Committee").
    if (mentions.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end))) continue;
    found.push(mention(start, end, hit[0], 'organization', 0.9));
  }
  if (!found.length) return [...mentions];
  const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && m.end > f.start));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}
