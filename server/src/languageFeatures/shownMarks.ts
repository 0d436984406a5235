/**
 * The rhetoric marks of an article that are shown by default: one list, which the Problems panel
 * (and so the `check` command), the highlights, the decorations, the code lens, the Outline and the
 * hover all read, so they never disagree. Left out: the corpus's register (register.ts) and, where
 * naming one's own country is the register, flag-waving that only names it (ownCountry.ts), unless
 * the codebook declares the term; and quoted words that are no scare quote (inside a quotation, a
 * name or a title, a term, a mention, or a phrase the text does not hold at a distance).
 *
 * Each article's list is computed once per index generation, codebook and scare-quote level
 * (`shownMarks`): the Terms view reads every article's, and each feature asked again for its own
 * (the view alone took 1.57 s on 300 speeches, 0.29 s each time after).
 */
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import type { Codebook } from '../analysis/codebook/codebook';
import { Distance, distanceOf, findScareQuotes } from '../analysis/rhetoric/scareQuotes';
import { heldAtDistanceByContext } from '../analysis/rhetoric/scareQuoteEvidence';
import { sentenceSpans } from '../analysis/cache/analysisViews';
import { spanEnd, spanIndexAt, spanStart } from '../analysis/corpus/spans';
import { isNameOrTitle } from '../analysis/rhetoric/titles';
import { quotationAt } from '../analysis/quotations/quotations';
import { termId } from '../analysis/corpus/tables/rhetoricTerms';
import type { FeatureContext } from './context';
import { DocTerm, markerTerms } from './corpusQueries';
import { registerTest } from './register';
import { ownCountryTest } from './ownCountry';

export const SCARE_QUOTE = 'scare-quote';

/** A rhetoric mark shown by default; `id` is its term's (a scare quote only the cue rule found has its own). */
export interface ShownMark {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly category: string;
  readonly label: string;
  /** A marker the rhetoric analysis found (its term's counts and hover), not only the cue rule. */
  readonly analysed: boolean;
  /** A marker inside a quotation: the quoted speaker's words, not the writer's ("" when the quotation names nobody). */
  readonly quotedFrom?: string;
}

/** Who a marker inside a quotation quotes, as its messages name them: undefined where the quotation names nobody or only a pronoun. */
export function quotedSpeakerName(quotedFrom: string): string | undefined {
  return quotedFrom && !/^(?:he|she|they|it|we|i|you|him|her|them)$/i.test(quotedFrom) ? quotedFrom : undefined;
}

/**
 * Every quoted word the analysis or the cue rule finds is hinted above the precise level; at the
 * precise level a phrase, or a word the model did not mark, only where the text marks the distance.
 * The Problems panel's setting when given, else the corpus's sensitivity.
 */
export function allScareQuotesOf(ctx: FeatureContext, setting?: boolean): boolean {
  return setting ?? ctx.sensitivity !== 'precise';
}

/** Whether a rhetoric term occurrence of the article `uri` is shown (for the tests and callers that hold one). */
export function shownMarkerTest(ctx: FeatureContext, uri: string, allScareQuotes?: boolean): (t: DocTerm) => boolean {
  const shown = new Set(shownMarks(ctx, uri, allScareQuotes).map((m) => m.start));
  return (t) => t.kind !== 'rhetoric' || shown.has(t.start);
}

/**
 * The marks of one index generation and codebook, by scare-quote level (cue required or not) and
 * article. What `computeShownMarks` reads: the article's analysis, the index's term records,
 * register and own-country tests (all of one generation: every change of the index bumps it), the
 * codebook of the features (its identity: a reloaded codebook is a new object) and the level.
 */
interface MarksOfGeneration {
  readonly generation: number;
  readonly codebook: Codebook;
  readonly byLevel: readonly [Map<string, readonly ShownMark[]>, Map<string, readonly ShownMark[]>];
}
const cached = new WeakMap<CorpusIndex, MarksOfGeneration>();

/** The article's shown rhetoric marks and scare quotes, in text order (computed once per generation, codebook and level). */
export function shownMarks(ctx: FeatureContext, uri: string, allScareQuotes?: boolean): readonly ShownMark[] {
  const { index, codebook } = ctx;
  let c = cached.get(index);
  if (c?.generation !== index.generation || c.codebook !== codebook) cached.set(index, (c = { generation: index.generation, codebook, byLevel: [new Map(), new Map()] }));
  const cueRequired = !allScareQuotesOf(ctx, allScareQuotes);
  const byUri = c.byLevel[cueRequired ? 1 : 0];
  let marks = byUri.get(uri);
  if (!marks) byUri.set(uri, (marks = computeShownMarks(ctx, uri, allScareQuotes)));
  return marks;
}

/** The article's shown rhetoric marks and scare quotes, in text order, computed afresh. */
export function computeShownMarks(ctx: FeatureContext, uri: string, allScareQuotes?: boolean): ShownMark[] {
  const terms = markerTerms(ctx.index, uri, ctx.q);
  const doc = ctx.index.get(uri);
  if (!doc) return [];
  const isRegister = registerTest(ctx.index);
  const isPlainOwnCountry = ownCountryTest(ctx.index);
  const declared = new Set(ctx.codebook.terms.map((t) => t.term.toLowerCase()));
  // Quoted words inside a quotation are the quoted text's; a name, a title or a term is named, not doubted.
  const distance = (start: number, end: number, inner: string): Distance =>
    quotationAt(doc.quotes, start, end) || isNameOrTitle(doc.text, { start, inner }) ? Distance.None : distanceOf(doc.text, start, end, inner);
  const out: ShownMark[] = [];
  for (const t of terms) {
    if (t.kind !== 'rhetoric') continue;
    const shown = t.category === SCARE_QUOTE ? distance(t.start, t.end, t.text.replace(/^["“‘']|["”’']$/g, '')) !== Distance.None : declared.has(t.label.toLowerCase()) || (!isRegister(t.text) && !isPlainOwnCountry(t.category, t.text));
    if (!shown) continue;
    // Inside a quotation the words are the quoted speaker's: shown, and said to be theirs (the Lavrov sample's ‘disaster’ is Putin's).
    const q = t.category === SCARE_QUOTE ? undefined : quotationAt(doc.quotes, t.start, t.end);
    out.push({ id: t.id, start: t.start, end: t.end, text: t.text, category: t.category, label: t.label, analysed: true, ...(q ? { quotedFrom: q.name ?? q.speaker ?? '' } : {}) });
  }
  // Scare quotes the sensitivity level left out, where the text marks the distance ("the so-called
  // ‘…’", "what has been called ‘…’"). Any single quoted word only above the precise level: of 50
  // such hints drawn from 300 fresh UN speeches 20 kept a word at a distance; the rest named a term,
  // listed values ("‘solidarity’, ‘inclusion’, ‘tolerance’") or played on words ("‘ours’", "‘theirs’").
  // At the precise level a lone common noun whose context holds it at a distance is shown too
  // (scareQuoteEvidence.ts: "peaceful ‘partnership’", loaded language in its sentence).
  const cueRequired = !allScareQuotesOf(ctx, allScareQuotes);
  const lexical = out.filter((m) => m.category !== SCARE_QUOTE);
  // The segmenter's sentence of the quoted word ("Mr." or "U.S." ends none).
  const loadedInSentence = (start: number, end: number): boolean => {
    const sentences = sentenceSpans(doc);
    const k = spanIndexAt(sentences, start + 1);
    if (k < 0) return false;
    const a = spanStart(sentences, k);
    const b = spanEnd(sentences, k);
    return lexical.some((m) => m.start >= a && m.end <= b && (m.end <= start || m.start >= end));
  };
  // The quote's distance asked once: a cue, or a lone word (at the precise level only with evidence in its context).
  const heldAtDistance = (start: number, end: number, inner: string): boolean => {
    const k = distance(start, end, inner);
    return k === Distance.Cue || (k === Distance.LoneWord && (!cueRequired || heldAtDistanceByContext(doc.text, start, end, inner, () => loadedInSentence(start, end))));
  };
  const analysed = new Set(terms.filter((t) => t.category === SCARE_QUOTE).map((t) => t.start));
  let added = false;
  for (const q of findScareQuotes(doc.text)) {
    if (analysed.has(q.start) || !heldAtDistance(q.start, q.end, q.inner)) continue;
    out.push({ id: termId(SCARE_QUOTE, q.inner.toLowerCase()), start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), category: SCARE_QUOTE, label: q.inner, analysed: false });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
  return withoutMarksInScareQuotes(out, declared);
}

/**
 * Words the writer holds at a distance are not the writer's loaded language: inside a shown scare
 * quote (“fake news” in "charged with the “crime” of spreading “fake news”") the scare quote is the
 * one mark, unless the codebook declares the term.
 */
function withoutMarksInScareQuotes(marks: ShownMark[], declared: ReadonlySet<string>): ShownMark[] {
  const quotes = marks.filter((m) => m.category === SCARE_QUOTE);
  if (!quotes.length) return marks;
  return marks.filter((m) => m.category === SCARE_QUOTE || declared.has(m.label.toLowerCase()) || !quotes.some((q) => q.start <= m.start && m.end <= q.end));
}
