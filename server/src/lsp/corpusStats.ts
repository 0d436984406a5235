/**
 * The status bar's figures (`discourseLens/stats`). A client polls them every second while the
 * server indexes, so during indexing they hold only what is already counted: entities and key terms
 * are left out (null), since counting them groups the names and ranks the terms of a corpus still
 * being read, every second, for a number that is wrong until the last article is in.
 */
import type { DiscourseLanguageService } from '../languageFeatures';
import type { CorpusStats } from '../protocol';

export interface StatsSource {
  readonly indexing: boolean;
  readonly skipped: number;
  readonly documents: number;
  /** Each document's word count and text length. */
  texts(): Iterable<{ readonly words: number; readonly characters: number }>;
}

export function corpusStats(source: StatsSource, service: Pick<DiscourseLanguageService, 'provideEntities' | 'provideTerms'>): CorpusStats {
  let words = 0;
  let characters = 0;
  for (const d of source.texts()) {
    words += d.words;
    characters += d.characters;
  }
  const counted = !source.indexing;
  return {
    documents: source.documents,
    words,
    characters,
    indexing: source.indexing,
    skipped: source.skipped,
    entities: counted ? service.provideEntities().length : null,
    terms: counted ? service.provideTerms().length : null,
  };
}
