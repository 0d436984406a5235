/**
 * What the speaker search reads around a quotation: the words of the text (the quotations' insides
 * blanked), where a clause breaks, and the entity mentions at a place.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { lowerBound } from '../common/binarySearch';

/** What the speaker search reads: the text, its quotations blanked, the entity mentions, sentences and quoted spans. */
export interface QuoteContext {
  readonly text: string;
  /** The text with the inside of every quoted span blanked, so words inside quotes attribute nothing. */
  readonly masked: string;
  readonly names: readonly EntityMention[];
  readonly sentences: SegmentedText['sentences'];
  readonly spans: readonly { start: number; end: number }[];
}

/** A word of the text, with its offsets and lower-case form. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

/** A speaker as the text names them, and the entity mention they resolve to. */
export interface Speaker {
  readonly start: number;
  readonly end: number;
  readonly name?: string;
}

/** Longest word the search reads past its end. */
const WORD_ROOM = 100;

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*/gu;

export function wordsIn(s: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  // The search ends a little past `to` (room for the word across it): a text of blanked quotations
  // would otherwise be searched to its end for the next word, each time.
  const bounded = s.slice(0, Math.min(s.length, to + WORD_ROOM));
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(bounded); m && m.index < to; m = WORD_RE.exec(bounded)) {
    let w = m[0];
    while (w.length > 1 && /[.\-'’]$/.test(w)) w = w.slice(0, -1);
    const end = Math.min(m.index + w.length, to);
    out.push({ start: m.index, end, text: s.slice(m.index, end), lower: s.slice(m.index, end).toLowerCase() });
  }
  return out;
}

export function wordCount(text: string, from: number, to: number): number {
  return wordsIn(text, from, to).length;
}

/** Punctuation other than commas and quote marks between two offsets: the clause ends there. */
export function clauseBreak(masked: string, from: number, to: number): boolean {
  return /[.;:!?()\[\]]/.test(masked.slice(from, to));
}

/**
 * A comma or a dash between two offsets: a speaker's phrase ends there ("The Dhammapada—the words of the Buddha—touches",
 * "they"-that is, Mr. Radia-"asked"). A hyphen right after a letter is a broken word ("Secretary- General"), no dash.
 */
export function phraseBreak(masked: string, from: number, to: number): boolean {
  return /[,—–]|[^\p{L}\p{N}]-/u.test(masked.slice(Math.max(0, from - 1), to));
}

export function isCapitalised(w: Word): boolean {
  const c = w.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function mentionEndingAt(ctx: QuoteContext, end: number): EntityMention | undefined {
  const m = mentionWithin(ctx, end - 1, end);
  return m && (m.end === end || m.end === end - 2) ? m : undefined;
}

export function mentionStartingAt(ctx: QuoteContext, start: number): EntityMention | undefined {
  const m = mentionWithin(ctx, start, start + 1);
  return m && m.start === start ? m : undefined;
}

/** The first entity mention overlapping `[from, to)`. */
export function mentionWithin(ctx: QuoteContext, from: number, to: number): EntityMention | undefined {
  const names = ctx.names;
  const k = lowerBound(names.length, (i) => names[i].end <= from);
  return k < names.length && names[k].start < to ? names[k] : undefined;
}
