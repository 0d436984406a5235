/**
 * Word types: every distinct token text gets a small integer id when it is tokenised.
 *
 * The analysers keep per-type memos (a word's lemma, hashes, lexicon entries, shape, counter):
 * keyed by id they are plain arrays, so a token costs one string-hash lookup (here, in the
 * tokenizer) instead of one per analyser.
 *
 * A vocabulary only grows. To bound memory in a long session, `currentVocabulary` starts a new
 * one between documents once the old one is large; a segmented text keeps a reference to the
 * vocabulary its ids belong to, and a memo keyed by another vocabulary starts over, so a stale
 * id can never read another word's entry.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The id of a token text, added when new. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** The text of an id. */
  text(id: number): string {
    return this.texts[id];
  }

  get size(): number {
    return this.texts.length;
  }
}

/** Size above which the next document starts a new vocabulary (about 20 MB of strings and ids). */
export const VOCABULARY_MAX = 250_000;

let current = new Vocabulary();

/** The vocabulary for the next document (a fresh one once the current one has grown past `max`). */
export function currentVocabulary(max = VOCABULARY_MAX): Vocabulary {
  if (current.size > max) current = new Vocabulary();
  return current;
}

/**
 * A memo of per-type values, indexed by the ids of one vocabulary. `table(vocabulary, key)` returns
 * the values for that vocabulary, emptied when the vocabulary (or the optional `key`, e.g. the model
 * the values were computed with) differs from the previous call's, and long enough for every id the
 * vocabulary has given out (filled with `undefined`: a dense array, never a sparse one).
 */
export class TypeMemo<T> {
  private values: (T | undefined)[] = [];
  private vocabulary: Vocabulary | undefined;
  private key: unknown;

  table(vocabulary: Vocabulary, key?: unknown): (T | undefined)[] {
    if (vocabulary !== this.vocabulary || key !== this.key) {
      this.values = [];
      this.vocabulary = vocabulary;
      this.key = key;
    }
    const values = this.values;
    while (values.length < vocabulary.size) values.push(undefined);
    return values;
  }
}
