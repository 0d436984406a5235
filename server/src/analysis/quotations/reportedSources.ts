/**
 * Sources named in reporting frames the verb search reads wrong or not at all (seed-259 audit of UN
 * speeches): "the Secretary-General states:" (a verb that is also a noun), "his remark that", "…,
 * quoting Pope Paul VI, “…”", "X analysed … and concluded his address as follows;", and "quote a
 * passage which …:" (the passage is what is quoted, not who).
 */
import { QuoteContext, Speaker, Word, clauseBreak, isCapitalised } from './clauses';
import { INTENSIFIERS, MADE, POSSESSED_REPORT_NOUNS, REPORTING_VERBS } from './reporting';
import { speakerEndingAt, speakerFrom } from './speakerPhrases';
import { OWNING, ownerSpeaker } from './sourcesNamed';

/** Reporting verbs whose form is also a common noun ("the United States", "notes verbales", "his remarks"). */
export const NOUN_FORM_VERBS: ReadonlySet<string> = new Set(['states', 'notes', 'observes', 'remarks', 'claims']);

/**
 * After the verb, up to the quote: an aside where it was said ("in his current report", ", on page 70 of his book,"), then "that" or
 * a colon or comma ("The Holy Koran states, “…”"); after "that" a few words of the clause ("further observes that the United Nations “…”").
 */
const ANNOUNCES_AFTER = /^\s*,?\s*(?:(?:in|on|at)\s+[^,;:.!?()]{1,60}?\s*,?\s*)?(?:that(?:\s+[^,;:.!?()]{1,40}?)?\s*[:,]?|[:,])\s*$/u;

/**
 * "the Secretary-General states:", "As the Secretary-General notes in his current report:", "Lefever also states, on
 * page 70 of his book, that:": a noun-form verb after a named subject (or its adverb), announcing the quote at `start`.
 */
export function nounFormVerbSpeaker(ctx: QuoteContext, words: readonly Word[], k: number, from: number, start: number): Speaker | undefined {
  const w = words[k];
  if (!NOUN_FORM_VERBS.has(w.text) || k === 0 || !ANNOUNCES_AFTER.test(ctx.masked.slice(w.end, start))) return undefined;
  const before = words[k - 1];
  // Not "in article IV states" (a part's number), a possessive's noun ("the Secretary-General's remarks:"), nor "verbal notes:".
  if (/^[IVXLC]+$/.test(before.text) || /['’]s?$/.test(before.text) || !(isCapitalised(before) || /^\p{Ll}+ly$/u.test(before.text) || /^(?:also|further|then|again)$/.test(before.lower))) return undefined;
  return speakerEndingAt(ctx, words, k, from);
}

/** "We applauded his remark that “…”", "her view:": the person "his" or "her" stands for, when the antecedent search is sure. */
export function pronounsReport(ctx: QuoteContext, words: readonly Word[], start: number): Speaker | undefined {
  const n = words.length && words[words.length - 1].lower === 'that' ? words.length - 1 : words.length;
  if (n < 2 || !POSSESSED_REPORT_NOUNS.has(words[n - 1].text) || !/^\s*(?:that\s*[:,]?|[:,])\s*$/.test(ctx.masked.slice(words[n - 1].end, start))) return undefined;
  // "his famous remark", "her own words".
  const owner = n > 2 && /^\p{Ll}+$/u.test(words[n - 2].text) && OWNING.has(words[n - 3].lower) ? n - 3 : n - 2;
  const pronoun = OWNING.get(words[owner].lower);
  if (!pronoun) return undefined;
  return ownerSpeaker(ctx, words[owner], pronoun);
}

/** Most words of the one quoted between "quoting" and the quote. */
const QUOTING_WORDS = 8;

/** "As indicated by the President …, quoting Pope Paul VI, “…”": the one quoted, when only a comma or colon follows the name. */
export function quotingRightBefore(ctx: QuoteContext, words: readonly Word[], start: number): Speaker | undefined {
  const n = words.length;
  if (!n || !/^\s*[,:]\s*$/.test(ctx.masked.slice(words[n - 1].end, start))) return undefined;
  for (let i = n - 2; i >= 0 && n - i <= QUOTING_WORDS + 1; i--) {
    if (clauseBreak(ctx.masked, words[i].end, words[i + 1].start)) return undefined;
    if (words[i].lower !== 'quoting' && words[i].lower !== 'citing') continue;
    const sp = speakerFrom(ctx, words, i + 1, start);
    return sp && sp.end >= words[n - 1].end ? sp : undefined;
  }
  return undefined;
}

/**
 * "the Prime Minister analysed the problems … and concluded his address as follows;": a verb after "and" at word `k`
 * shares the subject of the clause's first verb (a past form after the last comma), read before that verb.
 */
export function coordinatedSubject(ctx: QuoteContext, words: readonly Word[], k: number, from: number): Speaker | undefined {
  if (k < 2 || words[k - 1].lower !== 'and') return undefined;
  let a = k - 1;
  while (a > 0 && words[a - 1].start >= from && !clauseBreak(ctx.masked, words[a - 1].end, words[a].start) && !/,/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) a--;
  for (let v = a + 1; v < k - 1; v++) if (/^\p{Ll}{3,}ed$/u.test(words[v].text)) return speakerEndingAt(ctx, words, v, words[a].start);
  return undefined;
}

/** Parts of a text: the object of "quote" that names what is quoted, not who said it ("quote a passage which touches upon"). */
const TEXT_PARTS: ReadonlySet<string> = new Set(['passage', 'passages', 'paragraph', 'paragraphs', 'extract', 'extracts', 'excerpt', 'excerpts', 'line', 'lines', 'sentence', 'text', 'words']);

/** Is the speaker phrase `sp` a part of a text ("a passage", "the following lines")? */
export function namesTextPart(ctx: QuoteContext, sp: Speaker): boolean {
  const last = /([\p{L}]+)\s*$/u.exec(ctx.text.slice(sp.start, sp.end))?.[1].toLowerCase();
  return last !== undefined && TEXT_PARTS.has(last);
}

/** The last words on the line before a comma (at most 4: "said here last year,"), before a quotation set off as a paragraph. */
const WORDS_BEFORE_COMMA = /((?:[\p{L}\-]+[^\S\n\r]+){0,3}[\p{L}\-]+)[^\S\n\r]*,\s*$/u;

/** Is a reporting verb among the last words before the comma that ends at `end` ("said here last year,", "reminded us,")? */
export function reportedBeforeComma(masked: string, end: number): boolean {
  const before = WORDS_BEFORE_COMMA.exec(masked.slice(Math.max(0, end - 60), end))?.[1] ?? '';
  return before.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase()));
}

/** "We agree with the Secretary-General that:", "we share the view of the Secretary-General that": the one agreed with said it. */
const AGREED_WITH = /\b(?:(?:agree|agrees|agreed|concur|concurs|concurred)\s+(?:\p{Ll}+ly\s+)?with|share[sd]?\s+(?:\p{Ll}+\s+)?the\s+(?:\p{Ll}+\s+)?views?\s+(?:of|expressed\s+by))\s+$/u;
/** Most words of the one agreed with. */
const AGREED_WORDS = 8;

export function agreedWith(ctx: QuoteContext, words: readonly Word[], start: number): Speaker | undefined {
  const n = words.length;
  if (n < 3 || words[n - 1].lower !== 'that' || !/^\s*:?\s*$/.test(ctx.masked.slice(words[n - 1].end, start))) return undefined;
  for (let i = n - 3; i >= 0 && n - i <= AGREED_WORDS + 2; i--) {
    if (clauseBreak(ctx.masked, words[i].end, words[i + 1].start)) return undefined;
    if (!AGREED_WITH.test(ctx.masked.slice(Math.max(0, words[i + 1].start - 60), words[i + 1].start))) continue;
    const sp = speakerFrom(ctx, words, i + 1, words[n - 1].start);
    return sp && /^\s*,?\s*$/.test(ctx.masked.slice(sp.end, words[n - 1].start)) ? sp : undefined;
  }
  return undefined;
}

/** Nouns of what someone hopes or fears, said before "expressed by" ("the hope expressed by the Secretary-General … that:"). */
const HOPE_NOUNS: ReadonlySet<string> = new Set(['hope', 'hopes', 'concern', 'concerns', 'fear', 'fears', 'wish', 'idea', 'ideas', 'opinion', 'thought', 'thoughts']);
/** After the one who expressed it, up to the quote: where ("in the introduction to his report on the work of the Organization"), then "that" or a colon. */
const EXPRESSED_AFTER = /^\s*,?\s*(?:(?:in|on|at|during|before)\s+[^,;:.!?()]{1,100}?\s*,?\s*)?(?:that\s*[:,]?|:)\s*$/u;

/**
 * "the view so eloquently expressed by the Secretary-General that:", "the assessment made by the Secretary-General in the introduction to his
 * report … that" (seed-923 audit's sample): a noun of what was said, its participle and "by" the one who said it, announcing the quote.
 */
export function expressedBy(ctx: QuoteContext, words: readonly Word[], start: number): Speaker | undefined {
  for (let i = words.length - 2; i >= 2; i--) {
    if (words[i].lower !== 'by' || !MADE.has(words[i - 1].lower)) continue;
    let n = i - 2;
    while (n > 0 && (/^\p{Ll}+ly$/u.test(words[n].text) || INTENSIFIERS.has(words[n].lower))) n--;
    if (!POSSESSED_REPORT_NOUNS.has(words[n].text) && !HOPE_NOUNS.has(words[n].text)) return undefined;
    const sp = speakerFrom(ctx, words, i + 1, start);
    return sp && EXPRESSED_AFTER.test(ctx.masked.slice(sp.end, start)) ? sp : undefined;
  }
  return undefined;
}
