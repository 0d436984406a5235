/**
 * The quoted spans a document's quotations are looked for in: within a paragraph, over the line
 * breaks of hard-wrapped text, and over paragraphs where a transcript opens each paragraph of a
 * long quotation with a quote mark and closes only the last.
 */
import type { SegmentedText } from '../text/structure';
import { QuotedSpan, findQuotedSpans } from '../rhetoric/scareQuotes';
import { lowerBound } from '../common/binarySearch';
import { REPORTING_VERBS } from './reporting';

/** Longest quotation considered (characters inside the quotes). */
const MAX_QUOTE = 4000;

/** Most paragraphs one quotation may run over. */
const MAX_QUOTED_PARAGRAPHS = 12;

/** A paragraph's opening quote mark, after its number ("12.\t“…"), else -1. */
function openingQuoteOf(text: string, p: { start: number; end: number }): number {
  const m = /^(?:\d+\.\s*)?[“"‘']/.exec(text.slice(p.start, Math.min(p.end, p.start + 12)));
  return m ? p.start + m[0].length - 1 : -1;
}

/**
 * The quoted spans of the document, in order: within a paragraph (over the line breaks of
 * hard-wrapped text, which are spaces), and a long quotation over several paragraphs as
 * transcripts write it, each paragraph opening with a quote mark and only the last one closed.
 */
export function quotedSpansOf(seg: SegmentedText): QuotedSpan[] {
  const { text, paragraphs } = seg;
  const out: QuotedSpan[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const spans = findQuotedSpans(text, paragraphs[i].start, paragraphs[i].end, MAX_QUOTE, true);
    const open = openingQuoteOf(text, paragraphs[i]);
    if (open >= 0 && spans[0]?.start !== open) {
      const run = closingParagraph(seg, i);
      if (run) {
        out.push({ start: open, end: run.spans[0].end }, ...run.spans.slice(1));
        i = run.paragraph;
        continue;
      }
    }
    out.push(...spans);
  }
  return out;
}

/** The paragraph that closes a quotation left open by paragraph `i`, every paragraph between opening with a quote mark. */
function closingParagraph(seg: SegmentedText, i: number): { paragraph: number; spans: QuotedSpan[] } | undefined {
  const { text, paragraphs } = seg;
  for (let j = i + 1; j < paragraphs.length && j <= i + MAX_QUOTED_PARAGRAPHS; j++) {
    const open = openingQuoteOf(text, paragraphs[j]);
    if (open < 0) {
      // A poem whose stanzas each open with a quote mark: its lines go on to the one that closes it.
      const lines = verseLines(text, paragraphs[i].start, paragraphs[j].end);
      if (lines < 0) return undefined;
      const close = /[”"’]\s*$/.exec(text.slice(paragraphs[j].start, paragraphs[j].end));
      if (close && lines >= MIN_VERSE_LINES) return { paragraph: j, spans: [{ start: paragraphs[j].start, end: paragraphs[j].start + close.index + 1 }] };
      continue;
    }
    const spans = findQuotedSpans(text, paragraphs[j].start, paragraphs[j].end, MAX_QUOTE, true);
    if (spans[0]?.start === open) return { paragraph: j, spans };
  }
  return undefined;
}

/** Longest line of verse (characters): a poem quoted line by line, stanza by stanza. */
const MAX_VERSE_LINE = 60;
/** Fewest lines of verse. */
const MIN_VERSE_LINES = 3;

/**
 * How many lines of verse `text[from, to)` holds ("“We must not hope to be mowers⏎And to gather the
 * ripe gold ears⏎…⏎A harvest of thorns or of flowers.”"), each short and opening in capitals (hard-wrapped
 * prose goes on in lower case); -1 when a line is not verse.
 */
function verseLines(text: string, from: number, to: number): number {
  const lines = text.slice(from, to).split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l);
  return lines.every((l) => l.length <= MAX_VERSE_LINE && /^[“"‘']?\p{Lu}/u.test(l)) ? lines.length : -1;
}

/** Longest attribution after a quotation that the next paragraph's quotation continues ("…," said Eagles owner Jeffrey Lurie.). */
const MAX_ATTRIBUTION_TAIL = 100;

/**
 * Does the quotation at `start` open its paragraph (after the paragraph's number), right after a
 * paragraph closed by the quotation that ends at `previousEnd` and at most a reference ("[Ibid.,
 * para. 120.]") or its attribution ("…," Cunningham said.)?
 */
export function continuesQuotedParagraph(seg: SegmentedText, previousEnd: number, start: number): boolean {
  const k = lowerBound(seg.paragraphs.length, (i) => seg.paragraphs[i].start <= start) - 1;
  if (k < 1) return false;
  const p = seg.paragraphs[k];
  const before = seg.paragraphs[k - 1];
  if (openingQuoteOf(seg.text, p) !== start || previousEnd <= before.start || previousEnd > before.end) return false;
  const tail = seg.text.slice(previousEnd, before.end);
  if (/^[\s.,;]*(?:[[(][^\])]{0,80}[\])][\s.]*)?$/.test(tail)) return true;
  return tail.length <= MAX_ATTRIBUTION_TAIL && !/[“”"]/.test(tail) && /[.!?]\s*$/.test(tail) && (tail.match(/\p{L}+/gu) ?? []).some((w) => REPORTING_VERBS.has(w));
}

export function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start + 1) + ' '.repeat(s.end - s.start - 2);
    at = s.end - 1;
  }
  return out + text.slice(at);
}

/** Is `offset` inside one of the sorted, disjoint `spans`? */
export function insideQuote(spans: readonly QuotedSpan[], offset: number): boolean {
  const k = lowerBound(spans.length, (i) => spans[i].start < offset) - 1;
  return k >= 0 && spans[k].end > offset;
}
