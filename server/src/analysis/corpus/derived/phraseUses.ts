/**
 * How often a corpus writes a phrase of two to four words in each of the cases asked ("light
 * weapons", "Light Weapons", "Western power"): the evidence entity resolution asks for before it
 * shows a title-case phrase that the corpus otherwise writes as a common noun phrase (see
 * entities/resolve.ts, `commonWordEntities`). Words count when one run of white space parts them
 * (a line break included); the case must match as asked.
 *
 * One pass over the texts serves every phrase: each text's words are read once and each run of two
 * to four of them looked up. Searching each phrase's text with indexOf in every document holding its
 * longest word cost 30 s on the 23 MB of ung20 ("conference", "international" are in every speech).
 */
import type { DocumentStore } from '../documentStore';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_WORDS = 4;

/** Uses of each phrase (as written, words one space apart), each counted up to its `enough`. */
export function phraseUses(store: DocumentStore, asked: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  // By the phrase's words in lower case: the forms asked of it.
  const byKey = new Map<string, string[]>();
  const firstWords = new Set<string>();
  for (const phrase of asked.keys()) {
    counts.set(phrase, 0);
    const key = phrase.toLowerCase();
    const list = byKey.get(key);
    if (list) list.push(phrase);
    else byKey.set(key, [phrase]);
    firstWords.add(key.slice(0, key.indexOf(' ')));
  }
  if (!byKey.size) return counts;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const d of store.all.values()) {
    const text = d.text;
    words.length = starts.length = ends.length = 0;
    for (const m of text.matchAll(WORD)) {
      words.push(m[0]);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    for (let i = 0; i < words.length; i++) {
      let key = words[i].toLowerCase();
      if (!firstWords.has(key)) continue;
      let written = words[i];
      for (let j = i + 1; j < words.length && j < i + MAX_WORDS; j++) {
        // Only white space between the words: "Arms, Light" is no phrase "arms light".
        if (!/^\s+$/.test(text.slice(ends[j - 1], starts[j]))) break;
        key += ` ${words[j].toLowerCase()}`;
        written += ` ${words[j]}`;
        const forms = byKey.get(key);
        if (!forms) continue;
        for (const f of forms) if (f === written && counts.get(f)! < asked.get(f)!) counts.set(f, counts.get(f)! + 1);
      }
    }
  }
  return counts;
}
