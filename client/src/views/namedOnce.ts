/**
 * The Entities view lists a type's names the corpus mentions once apart, after the others: a name
 * read once has no second mention to confirm it, and the precision audits on UN speeches found
 * about 2 in 3 of them right against 6 in 7 of the names repeated (seeds 181, 213, 243, 271 in
 * docs/audits). The codebook's entities stay with the others; a type whose names are all named once
 * (a handful of articles) stays one list.
 */
import type { EntityRecord } from '../../../server/src/protocol';

/** A type's entities as the view lists them: `shown` first, then the folder of `once` (empty when not apart). */
export function splitNamedOnce(records: readonly EntityRecord[]): { shown: EntityRecord[]; once: EntityRecord[] } {
  const once = records.filter((e) => e.mentions === 1 && !e.declared);
  if (once.length === 0 || once.length === records.length) return { shown: [...records], once: [] };
  return { shown: records.filter((e) => e.mentions !== 1 || e.declared), once };
}
