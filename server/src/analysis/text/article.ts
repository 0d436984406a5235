/**
 * The structure of a news article in plain text: headline, standfirst, byline, date.
 *
 * Scraped articles have no markup, so each part is recognised by its shape and its
 * place among the first paragraphs. A part that is not there is simply absent.
 */
import { Range } from './structure';

export interface ArticleStructure {
  readonly headline?: Range;
  /** A second short line under the headline ("Demand Moscow's troops out now"). */
  readonly standfirst?: Range;
  readonly byline?: Range & { readonly author: string };
  readonly date?: Range & { readonly value: string };
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
/** "April 3, 2023", "3 April 2023", "Monday, April 3, 2023", "2023-04-03", "03/04/2023". */
const DATE = new RegExp(
  `^(?:${WEEKDAY}(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}),?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})\\b`,
);
/** "By Roy Landersen", "By Jane Doe and John Roe, Reuters". */
const BYLINE = /^(?:By|BY|by)\s+(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|and|&|de|van|von|da|al|bin))*)/u;

/** Whether the line starts as BYLINE needs ("By", "BY", "by"): the expression is compiled only for such lines. */
function opensLikeByline(line: string): boolean {
  return (line.charCodeAt(0) | 32) === 98 && (line.charCodeAt(1) | 32) === 121;
}

/** How many leading paragraphs may hold a headline, byline or date. */
const HEAD_PARAGRAPHS = 6;
const MAX_HEADLINE = 160;

export function articleStructure(text: string, paragraphs: readonly Range[]): ArticleStructure {
  let headline: Range | undefined;
  let standfirst: Range | undefined;
  let byline: (Range & { author: string }) | undefined;
  let date: (Range & { value: string }) | undefined;
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  for (let i = 0; i < head.length; i++) {
    const p = head[i];
    const line = text.slice(p.start, p.end);
    const by = !byline && line.length <= 120 && opensLikeByline(line) ? BYLINE.exec(line) : null;
    if (by) {
      const author = by[1].replace(/[\s,]+$/, '');
      byline = { start: p.start, end: p.start + by[0].length, author };
      continue;
    }
    const d = !date && line.length <= 60 ? DATE.exec(line) : null;
    if (d) {
      date = { start: p.start, end: p.start + d[0].length, value: d[0] };
      continue;
    }
    if (i === 0 && (isHeadlineShaped(line) || (isNewsHeadline(line) && isDateline(head[1] ? text.slice(head[1].start, head[1].end) : '')))) {
      headline = p;
      continue;
    }
    if (i === 1 && headline && !standfirst && isHeadlineShaped(line) && !hasBlankLineBetween(text, headline, p)) {
      standfirst = p;
      continue;
    }
  }
  return { headline, standfirst, byline, date };
}

/**
 * Short, on one line, and not an ordinary sentence: no final full stop unless it is an ellipsis or
 * the line is in capitals ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN."). The first paragraph of a
 * hard-wrapped speech is no headline, even when it is short or its first sentence runs on.
 */
function isHeadlineShaped(line: string): boolean {
  if (!isNewsHeadline(line)) return false;
  const last = line[line.length - 1];
  if (last === '.' && !line.endsWith('...') && line !== line.toUpperCase()) return false;
  return true;
}

/** Short, on one line, with letters: the shape of a headline whatever its last character. */
function isNewsHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE || /[\r\n]/.test(line)) return false;
  if (line.split(/\s+/).length > 24) return false;
  return hasAsciiLetter(line) || /\p{L}/u.test(line);
}

function hasAsciiLetter(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A news agency's dateline on a line of its own under the headline, after the reporter's name if
 * any: "LONDON 1996-08-30", "Pierre Belec NEW YORK 1996-08-30", "KHASAVYURT, Russia 1996-08-31".
 */
const DATELINE = /^(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}.]*){1,2}\s+)?\p{Lu}[\p{Lu}\p{M} .'’\-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s+\d{4}-\d{2}-\d{2}\s*$/u;

/** The end DATELINE needs, without its Unicode classes: most lines fail here, and DATELINE is compiled only for the others. */
const ENDS_ON_ISO_DATE = /\s\d{4}-\d{2}-\d{2}\s*$/;

function isDateline(line: string): boolean {
  return ENDS_ON_ISO_DATE.test(line) && DATELINE.test(line);
}

function hasBlankLineBetween(text: string, a: Range, b: Range): boolean {
  return /\n[ \t\u00a0]*\r?\n/.test(text.slice(a.end, b.start));
}
