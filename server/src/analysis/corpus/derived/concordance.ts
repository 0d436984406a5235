/**
 * Keyword in context: the lines of an entity or term (from its mentions), or of a typed phrase
 * (matched case-insensitively on whole words, any whitespace between its words).
 */
import { normalizeWord } from '../../document';
import { wordCountIn } from '../../cache/analysisViews';
import type { DocumentStore } from '../documentStore';
import type { ConcordanceLine, ConcordanceOptions } from '../model';
import { oneLine, phraseRegExp } from './concordanceText';
import type { Mentions } from './mentions';

const DEFAULT_CONCORDANCE_WIDTH = 60;
const DEFAULT_CONCORDANCE_LIMIT = 500;

/** `isItem`: the id of an entity or term of the corpus (its mentions are listed, not the text searched). */
export function concordance(store: DocumentStore, mentions: Mentions, isItem: (id: string) => boolean, idOrPhrase: string, options: ConcordanceOptions): ConcordanceLine[] {
  const width = options.width ?? DEFAULT_CONCORDANCE_WIDTH;
  const limit = options.limit ?? DEFAULT_CONCORDANCE_LIMIT;
  const out: ConcordanceLine[] = [];
  const push = (uri: string, text: string, start: number, end: number): boolean => {
    if (uri === options.excludeUri) return true;
    out.push({ uri, start, end, text: text.slice(start, end), left: oneLine(text.slice(Math.max(0, start - width), start)), right: oneLine(text.slice(end, end + width)) });
    return out.length < limit;
  };
  if (/^(entity|term|keyword):/.test(idOrPhrase) && isItem(idOrPhrase)) {
    mentions.walk(idOrPhrase, (uri, start, end) => push(uri, store.get(uri)!.text, start, end));
    return out;
  }
  const words = idOrPhrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return out;
  const keys = words.map((w) => normalizeWord(w));
  const re = phraseRegExp(words);
  // Cheap filter: every word of the phrase must be a word of the document (if the words are words).
  const filtered = keys.every((k) => /^[\p{L}\p{N}'’\-.]+$/u.test(k));
  for (const uri of store.sortedUris()) {
    if (uri === options.excludeUri) continue;
    const d = store.get(uri)!;
    if (filtered && !keys.every((k) => wordCountIn(d, k) > 0)) continue;
    const text = d.text;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!push(uri, text, m.index, m.index + m[0].length)) return out;
    }
  }
  return out;
}
