/** Co-occurrence: pairs of entities named in the same sentence, counted over the corpus. */
import type { DocumentAnalysis } from '../../document';
import { entitySpans, sentenceSpans } from '../../cache/analysisViews';
import { spanEnd, spanStart } from '../spans';
import type { Cooccurrence } from '../model';

/**
 * Pairs of entities named in the same sentence, most sentences first. `docSids` gives each
 * document's surface row per entity mention, `entityOf` a row's entity id (none: not counted).
 */
export function cooccurringEntities(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  docSids: ReadonlyMap<string, Int32Array>,
  entityOf: (sid: number) => string | undefined,
): Cooccurrence[] {
  const pairs = new Map<string, number>();
  for (const [uri, d] of docs) {
    const ents = entitySpans(d);
    if (ents.length < 2) continue;
    const sids = docSids.get(uri)!;
    const sents = sentenceSpans(d);
    let ei = 0;
    for (let si = 0; si < sents.length; si++) {
      while (ei < ents.length && spanStart(ents, ei) < spanStart(sents, si)) ei++;
      const ids = new Set<string>();
      for (let k = ei; k < ents.length && spanStart(ents, k) < spanEnd(sents, si); k++) {
        const id = entityOf(sids[k]);
        if (id !== undefined) ids.add(id);
      }
      if (ids.size < 2) continue;
      const list = [...ids].sort();
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const list = [...pairs.entries()].map(([k, n]) => {
    const [a, b] = k.split('\u0000');
    return { a, b, sentences: n };
  });
  list.sort((x, y) => y.sentences - x.sentences || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return list;
}
