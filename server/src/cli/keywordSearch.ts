/**
 * The key terms of `scan --json`'s documents, searched in the worker threads. Finding them means
 * tokenising every document again, most of the output step on a big corpus; the workers (idle once
 * the scan is done) do it while this thread resolves the entities and writes the documents.
 */
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import type { NgramOccurrence } from '../analysis/corpus/keyterms';
import type { IndexItem } from '../analysis/corpus/model';
import { spanEnd, spanStart } from '../analysis/corpus/spans';
import type { WorkerPool } from '../node/workerPool';

/** A document's key-term occurrences, as `CorpusIndex.keywordsIn` gives them. */
export type KeywordsOf = (uri: string) => Promise<readonly IndexItem[]>;

/** Starts the search of every document of the index (key terms computed first); ask each once. */
export function searchKeywords(index: CorpusIndex, pool: WorkerPool): KeywordsOf {
  const searches = new Map<string, Promise<Int32Array>>();
  for (const uri of index.uris()) {
    const s = index.keywordSearch(uri);
    if (!s) continue;
    const entities = new Int32Array(2 * s.entities.length);
    for (let k = 0; k < s.entities.length; k++) {
      entities[2 * k] = spanStart(s.entities, k);
      entities[2 * k + 1] = spanEnd(s.entities, k);
    }
    const search = pool.searchNgrams(s.text, entities, Int32Array.from(s.wanted));
    search.catch(() => undefined); // a failed search is done in this thread when asked for
    searches.set(uri, search);
  }
  return async (uri) => {
    const search = searches.get(uri);
    if (!search) return index.keywordsIn(uri);
    searches.delete(uri);
    let occurrences: Int32Array;
    try {
      occurrences = await search;
    } catch {
      return index.keywordsIn(uri);
    }
    const found: NgramOccurrence[] = [];
    for (let k = 0; k < occurrences.length; k += 4) found.push({ hash: occurrences[k], start: occurrences[k + 1], end: occurrences[k + 2], n: occurrences[k + 3] });
    return index.keywordsFound(found);
  };
}
