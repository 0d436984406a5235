/**
 * The entity records in their order (most mentioned first) through edits: a listed order and the
 * entities whose records changed since, merged when the list is asked for (entityResolution.ts).
 */
import type { EntityRecord } from '../model';

/**
 * The records in their order: a listed order and the entities whose records changed since (those of
 * `byId` are current). Merged when the records are asked for (the views), not on every keystroke: an
 * edit's hover reads `byId` only, and merging the thousands of records of a big corpus each time
 * made an edit cost what the corpus costs.
 */
export interface RecordList {
  /** Most mentioned first, then by id (`byMentions`), as a grouping lists them. */
  readonly listed: readonly EntityRecord[];
  readonly touched: ReadonlySet<string>;
  /** `listed` with the touched records merged in, once asked for. */
  merged?: EntityRecord[];
}

/** The records' order: most mentioned first, then by id (a total order: one sorted list). */
export function byMentions(a: EntityRecord, b: EntityRecord): number {
  return b.mentions - a.mentions || (a.id < b.id ? -1 : 1);
}

/** A record list with nothing touched since it was listed (sorted by `byMentions`). */
export function listed(records: EntityRecord[]): RecordList {
  return { listed: records, touched: new Set(), merged: records };
}

/** `list` with the entities an edit touched: from its merged list if it was merged, else with the earlier edits' entities too. */
export function withTouched(list: RecordList, touched: ReadonlySet<string>): RecordList {
  return list.merged ? { listed: list.merged, touched } : { listed: list.listed, touched: new Set([...list.touched, ...touched]) };
}

/**
 * The records, most mentioned first: the listed records without the touched entities', and those
 * entities' current records (`byId`) merged in. Every list is sorted by `byMentions` (a total order),
 * so merging several edits' entities at once gives the list merging them edit by edit would.
 */
export function recordsOf(list: RecordList, byId: ReadonlyMap<string, EntityRecord>): EntityRecord[] {
  if (list.merged) return list.merged;
  const moved: EntityRecord[] = [];
  for (const id of list.touched) {
    const e = byId.get(id);
    if (e) moved.push(e);
  }
  moved.sort(byMentions);
  const records: EntityRecord[] = [];
  let m = 0;
  for (const e of list.listed) {
    if (list.touched.has(e.id)) continue;
    while (m < moved.length && byMentions(moved[m], e) < 0) records.push(moved[m++]);
    records.push(e);
  }
  while (m < moved.length) records.push(moved[m++]);
  list.merged = records;
  return records;
}
