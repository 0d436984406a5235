/**
 * Titles, names and reviews: quoted words that name a film, a book or a nickname are not scare
 * quotes, and a critic's praise of a film ("critically-acclaimed film Dirty Pretty Things") is
 * not flag-waving or loaded language.
 */
import type { DocContext } from './features';
import type { ScareQuote } from './scareQuotes';

/** Lower-case words inside a title or name in title case ("Hands of Stone", "On the Waterfront"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'de', 'la', 'le', 'du', 'des', 'del', 'von', 'van', 'is', 'as']);

/** Words after which quoted words are a title or a name: "the film ‘…’", "nicknamed ‘…’". */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'book', 'books', 'novel', 'novels', 'song', 'songs', 'album', 'single', 'play', 'opera', 'musical', 'series', 'show',
  'programme', 'program', 'documentary', 'poem', 'painting', 'operation', 'codenamed', 'code-named', 'nicknamed', 'known', 'titled', 'entitled',
  'named', 'prize', 'award', 'magazine', 'newspaper', 'column', 'exhibition', 'hit', 'sitcom', 'drama', 'comedy', 'thriller', 'game', 'video',
]);

/**
 * Quoted words that name something rather than keep a word at a distance: a title or name in
 * title case ("Hands of Stone", "The Crying Game", ‘Macho’; a headline in capitals), or words
 * after "the film", "nicknamed" and the like. Not scare quotes.
 */
export function isNameOrTitle(text: string, q: Pick<ScareQuote, 'start' | 'inner'>): boolean {
  const words = q.inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length && /^[\p{Lu}\p{N}]/u.test(words[0]) && words.every((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()))) return true;
  const before = /([\p{L}-]+)[\s,]*$/u.exec(text.slice(Math.max(0, q.start - 30), q.start));
  return !!before && TITLE_NOUNS.has(before[1].toLowerCase());
}

/** Words of reviews and of titles' surroundings: a tagger span holding one is about a work, not rhetoric. */
const REVIEW_WORDS: ReadonlySet<string> = new Set([
  'acclaimed', 'critically-acclaimed', 'award-winning', 'best-selling', 'bestselling', 'bestseller', 'box-office', 'blockbuster', 'starring', 'starred',
  'directed', 'director', 'screenplay', 'cast', 'critics', 'reviewers', 'oscar', 'oscars', 'bafta', 'grammy', 'emmy', 'nominated', 'nomination', 'premiere',
  'premiered', 'sequel', 'soundtrack', 'chart', 'charts', 'box', 'office', 'audiences', 'actor', 'actress', 'actors', 'performances', 'performance',
]);

/** A tagger span (tokens `[a, b)`) that names or praises a work: it holds a review word or a title noun. */
export function isTitleOrReview(d: DocContext, a: number, b: number): boolean {
  const toks = d.seg.tokens;
  for (let k = a; k < b; k++) {
    if (toks.kind(k) === 'punct') continue;
    const w = toks.text(k).toLowerCase();
    if (REVIEW_WORDS.has(w) || TITLE_NOUNS.has(w)) return true;
  }
  return false;
}
