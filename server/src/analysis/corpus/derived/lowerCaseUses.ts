/**
 * How often a corpus writes a word in lower case: the evidence entity resolution asks for before it
 * shows a one-word name that is also a common word ("Malnutrition" opening a title, "Persistent"
 * opening a sentence). Word counts fold case, so the documents that hold the word at all come from
 * the word frequencies, and only their texts are read, until enough lower-case uses are found.
 */
import type { DocumentStore } from '../documentStore';
import type { WordFrequencies } from './wordFrequency';

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Lower-case uses of `word` (given in lower case) in the corpus, counted up to `enough`. */
export function lowerCaseUses(words: WordFrequencies, store: DocumentStore, word: string, enough: number): number {
  let n = 0;
  for (const { uri } of words.of(word).documents) {
    const text = store.get(uri)?.text;
    if (!text) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[at + word.length] ?? ' ')) continue;
      if (++n >= enough) return n;
    }
  }
  return n;
}
