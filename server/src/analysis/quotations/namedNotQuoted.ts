/**
 * Quoted words that name something rather than quote anyone: a title in title case (a seminar on
 * “The Interrelationship between Disarmament Problems and Development”), a theme ("the theme of the
 * sixty-first session “Implementing a global partnership for development”": reporting.ts's
 * TITLE_BEFORE), labels in a list (“dual decisions”, alleged “zero options”, “interim solutions” or
 * “global ceilings”), a coinage ("what we call in Africa today “the spirit of Rabat”"), a concept
 * ("the policy of “ethnic cleansing”") and a word mentioned ("We say “yes” to peace"). Seen among the
 * wrong quotations of the seed-131 audit and on ung20.
 */
import { REPORTING_VERBS } from './reporting';
import { wordsIn } from './clauses';

/** Small words a title keeps in lower case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'nor', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'into', 'between', 'among', 'through', 'towards',
  'toward', 'against', 'under', 'its', 'their', 'our', 'as', 'via', 'vs', 'de', 'la', 'le', 'et', 'du', 'des',
]);
/** Longest title taken (words): a longer quotation in capitals is a headline or a transcript's shouting, not a title. */
const MAX_TITLE_WORDS = 16;
/** Longest label of a quoted list (words). */
const MAX_LABEL_WORDS = 4;
/** Between two labels of a list: a comma, "and" or "or", and at most one lower-case word ("alleged"). */
const LIST_GAP = /^\s*[,;]?\s*(?:(?:and|or|nor)\s+)?(?:(\p{Ll}[\p{Ll}\-]*)\s+)?$/u;
/** "what we call in Africa today ‘…’", "what I would term ‘…’": the speaker's own name for something, a few words after the verb. */
const WHAT_WE_CALL = /\bwhat\s+(?:I|we)\s+(?:\w+\s+)?(?:call|term|name|dub)(?:\s+[\p{L}\-]+){0,4}\s*[,:]?\s*$/iu;
/** "the repugnant policy of “ethnic cleansing”", "the concept of “the common heritage of mankind”": a concept named. */
const CONCEPT_OF = /\b(?:policy|policies|concept|notion|doctrine|principle|idea|theory|philosophy|slogan)\s+of\s+(?:(?:the|a|an)\s+)?$/i;
/** Longest coinage after "what we call", or concept's name (words). */
const MAX_COINAGE_WORDS = 6;
/** Words mentioned as words, not said: "We say “yes” to peace", "we say “No” to the Bantustan" (not an answer: "“No”, we were told"). */
const MENTIONED_WORD = /^["“‘']\s*(?:yes|no)\s*["”’']$/i;
const SAY_BEFORE = /\bsa(?:y|ys|id|ying)\s*$/i;
const TO_AFTER = /^\s*to\b/i;

/** A title in title case: at least two capitalised words, every word capitalised but small ones. */
export function isTitleCase(inner: string): boolean {
  const words = inner.match(/\p{L}[\p{L}\p{N}'’\-]*/gu) ?? [];
  if (words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(words[0] ?? '') || /[.!?]\s*\S/u.test(inner)) return false;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w));
}

/** Is the quoted span `i` of `spans` one of two or more short labels in a row ("dual decisions", alleged "zero options")? */
function isListedLabel(text: string, spans: readonly { start: number; end: number }[], i: number): boolean {
  const short = (k: number) => k >= 0 && k < spans.length && wordsIn(text, spans[k].start + 1, spans[k].end - 1).length <= MAX_LABEL_WORDS;
  const joined = (a: number, b: number) => {
    const m = LIST_GAP.exec(text.slice(spans[a].end, spans[b].start));
    return !!m && !(m[1] && REPORTING_VERBS.has(m[1]));
  };
  return short(i) && ((short(i - 1) && joined(i - 1, i)) || (short(i + 1) && joined(i, i + 1)));
}

/** Does the quoted span `i` name something (a title, a label, a coinage, a word) rather than quote anyone? */
export function namesNotQuotes(text: string, spans: readonly { start: number; end: number }[], i: number): boolean {
  const { start, end } = spans[i];
  const inner = text.slice(start + 1, end - 1);
  const mentioned = MENTIONED_WORD.test(text.slice(start, end)) && (SAY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || TO_AFTER.test(text.slice(end, end + 10)));
  if (mentioned || isTitleCase(inner) || isListedLabel(text, spans, i)) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  return wordsIn(text, start + 1, end - 1).length <= MAX_COINAGE_WORDS && (WHAT_WE_CALL.test(before) || CONCEPT_OF.test(before));
}
