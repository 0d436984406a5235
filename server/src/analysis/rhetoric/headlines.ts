/**
 * A title standing alone: a headline line ("Film review: Dirty Pretty Things", "GOLF - BRITISH MASTERS
 * FINAL SCORES.") names a story or a table; the tagger's marks on it were wrong in issue 11's checklist
 * (row 27). A line that ends as a sentence does ("Defend Ukraine independence!") is no headline; a
 * line in capitals is one even with a full stop (news wires end their headlines so).
 */
import type { DocContext } from './features';
import { lowerBound } from '../common/binarySearch';

/** Longest headline: a line longer than this is a paragraph. */
const MAX_HEADLINE_CHARS = 90;
const MAX_HEADLINE_WORDS = 12;
/** Share of a headline's words in capitals or capitalised (small words aside): "Film review: Dirty Pretty Things" has 4 of 5. */
const MIN_CAPITALISED = 0.6;
const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'is', 'as', 'vs', 'v']);
const SENTENCE_END = /[.!?…]["'”’)\]»]*$/;
const EXCLAIMED = /[!?]["'”’)\]»]*$/;

/** Whether token `a` lies on a headline line (a paragraph of its own that is short, in title case or capitals, with no sentence end). */
export function isOnHeadline(d: DocContext, a: number): boolean {
  const { paragraphs, text, tokens } = d.seg;
  const at = tokens.starts[a];
  const i = lowerBound(paragraphs.length, (k) => paragraphs[k].end <= at);
  // Most candidates lie in a paragraph far longer than a headline: answered before any copy of its text.
  if (i >= paragraphs.length || paragraphs[i].start > at || paragraphs[i].end - paragraphs[i].start > MAX_HEADLINE_CHARS) return false;
  const line = text.slice(paragraphs[i].start, paragraphs[i].end);
  const inCapitals = !/\p{Ll}/u.test(line);
  if (line.length > MAX_HEADLINE_CHARS || /[\r\n]/.test(line) || (inCapitals ? EXCLAIMED : SENTENCE_END).test(line)) return false;
  const words = line.split(/[\s:–—-]+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised >= MIN_CAPITALISED * words.length;
}

/** A mark on a headline that holds no word of the lexicon (the lexicon's loaded words stay marked there). */
export function isHeadlineOnly(d: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (d.lex[k]) return false;
  return isOnHeadline(d, a);
}
