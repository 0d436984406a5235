/**
 * Quotations and who is quoted. A quoted span (straight or curly, double or single quotes, one
 * or several sentences or paragraphs: quotedSpans.ts) is attributed to a speaker when a reporting
 * verb or "according to" names one nearby: after the quote (“…,” he said / “…”, said the minister),
 * before it in the same sentence (Lavrov said: ‘…’ / he described the plan as ‘desperate’ / saying
 * ‘…’), a possessive (Lavrov’s ‘colossal mistake’), a document (the Charter states: ‘…’:
 * documents.ts), or the attributed quotation just before it (“…,” he said. “…”) or split around
 * its attribution (“…”, says X, “…”). The phrase that names the speaker is read in speakerPhrases.ts; it
 * resolves to an entity mention of the document where it can: the mention itself, or for
 * "he"/"she" the person named as a subject just before, when that is sure (antecedents.ts).
 * Quoted words nobody is said to have said stay what they were: scare quotes, titles, slogans.
 */
import { type SegmentedText, sentenceAt } from '../text/structure';
import type { EntityMention } from '../types';
import { continuesQuotedParagraph, maskSpans, quotedSpansOf } from './quotedSpans';
import { DOCUMENT_VERBS, documentEndingAt } from './documents';
import { namesNotQuotes, namesThingUnattributed } from './namedNotQuoted';
import { MAX_SPEAKER_WORDS, NEAR_SUBJECT_WORDS, nearestSpeaker, possessor, speakerEndingAt, speakerFrom } from './speakerPhrases';
import { lowerBound } from '../common/binarySearch';
import { antecedent } from './antecedents';
import { ownWordsOf, sayingBefore } from './sourcesNamed';
import { NOUN_FORM_VERBS, agreedWith, coordinatedSubject, expressedBy, reportedBeforeComma, namesTextPart, nounFormVerbSpeaker, pronounsReport, quotingRightBefore } from './reportedSources';
import { QuoteContext, Speaker, Word, clauseBreak, isCapitalised, mentionEndingAt, wordCount, wordsIn } from './clauses';
import {
  AUXILIARIES, BETWEEN_SPEAKER_AND_VERB, CLAUSE_CONJUNCTIONS, INTENSIFIERS, MADE, NAMING_VERBS, NOUN_DETERMINERS, OWN_NAMING_BEFORE, PHRASAL_REPORTING_VERBS, POSSESSED_REPORT_NOUNS,
  REPORTING_VERBS, REPORT_NOUNS, SPEAKER_DETERMINERS, SPEAKER_PRONOUNS, SUBJECT_QUOTED, TITLE_BEFORE, TO_VERBS,
} from './reporting';

export interface Quotation {
  /** Offset of the opening quote. */
  readonly start: number;
  /** Offset one past the closing quote. */
  readonly end: number;
  /** The speaker as the text names them ("Sergei Lavrov", "he", "the minister"), when attributed. */
  readonly speaker?: string;
  /** The name the speaker resolves to in this document (an entity mention's text), when it does. */
  readonly name?: string;
}

/** Words the speaker's own word or phrase may have ("I say “the brink of disaster” because"). */
const OWN_WORD_WORDS = 4;
/** The speaker saying a word of their own: "I say", "we say", "I might say", "Can we say" right before the quote. */
const OWN_SAYING_BEFORE = /\b(?:I|[Ww]e)\s+(?:(?:might|would|can|could|must|may)\s+)?say\s*$/;

/** Words a quotation needs to count as one when nobody is named as its speaker (fewer: a scare quote). */
const MIN_UNATTRIBUTED_WORDS = 5;
/** Words of a quoted term: a quotation this short is attributed only near its speaker. */
const MAX_TERM_WORDS = 3;
/** Most words between a term and its speaker or a reporting word before it (ung20: of 18 short quotations attributed further, 14 were wrong). */
const TERM_SPEAKER_REACH = 11;
/** Words between the speaker's own "I" or "we" and a quoted term beyond which the term is theirs, not a quotation. */
const OWN_TERM_REACH = 3;
/** How far after a quote its attribution may start and end (words). */
const AFTER_WORDS = 10;
/** Words between a passive reporting verb and the quote it attributes to its agent. */
const PASSIVE_REACH = 6;
/** Words between the verb of "as was pointed out … by X" and its "by" ("during the celebration of the twenty-fifth anniversary of the Organization"). */
const AS_BY_REACH = 14;
/** How far after a quote its attribution may end (characters). */
const AFTER_CHARS = 200;
/** How far before a quote the words that make it a title are looked for (characters). */
const TITLE_REACH = 90;
/** How far back a clause is searched for a reporting verb (characters). */
const BEFORE_CHARS = 600;

/** Quotations of a document, in order; `entities` sorted by offset. */
export function findQuotations(seg: SegmentedText, entities: readonly EntityMention[]): Quotation[] {
  const text = seg.text;
  const spans = quotedSpansOf(seg);
  if (!spans.length) return [];
  const names = entities.filter((e) => e.type !== 'date' && e.type !== 'event');
  const masked = maskSpans(text, spans);
  const ctx: QuoteContext = { text, masked, names, sentences: seg.sentences, spans };
  const out: Quotation[] = [];
  let previous: { q: Quotation; paragraphEnd: number } | undefined;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i];
    // "the item entitled “…”": a title is named, not quoted.
    if (TITLE_BEFORE.test(text.slice(Math.max(0, start - TITLE_REACH), start)) || namesNotQuotes(text, spans, i)) continue;
    const paragraphEnd = paragraphEndOf(seg.paragraphs, end - 1);
    const after = speakerAfter(ctx, start, end, paragraphEnd);
    let sp = after ?? speakerBefore(ctx, start) ?? possessiveBefore(ctx, start);
    // A term of a few words is someone's only when the text names them close to it ("he described the plan as ‘desperate’"), not
    // a clause away ("they … tried and are still trying to raise “military lessons” to a norm", "in this way they justify the “right to existence”").
    if (sp && !after && wordCount(text, start + 1, end - 1) <= MAX_TERM_WORDS && !attributedNear(ctx, sp, start)) sp = undefined;
    // "Shall we call it “humanicide”?", "what I call ‘clientele-sovereignty’": the speaker's own coinage.
    if (sp && /^(?:i|we)$/i.test(text.slice(sp.start, sp.end)) && wordCount(text, start + 1, end - 1) <= 3 && OWN_NAMING_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "I say “pact” because", "And I say “the brink of disaster” because", "When we say “support our efforts” we mean": a word the speaker weighs, their own.
    if (!after && wordCount(text, start + 1, end - 1) <= OWN_WORD_WORDS && OWN_SAYING_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "as I often say, we will have no more charming “Rastas”": a term in a clause after the speaker's own aside is theirs, not a quotation.
    if (sp && !after && /^(?:i|we)$/i.test(text.slice(sp.start, sp.end)) && wordCount(text, start + 1, end - 1) <= MAX_TERM_WORDS && wordCount(ctx.masked, sp.end, start) > OWN_TERM_REACH && /\bas\s+$/i.test(text.slice(Math.max(0, sp.start - 4), sp.start)) && ctx.masked.slice(sp.end, start).includes(',')) sp = undefined;
    // “…,” he said. “…”: a quotation opening a sentence continues the one before it in the paragraph;
    // a paragraph that is nothing but a quotation continues the one that closed the paragraph before.
    // “For peace”, stressed Leonid Brezhnev, “is life …”: the second half of a quotation split around its attribution.
    if (!sp && previous?.q.speaker && !quotedSubject(ctx, end) && (previous.paragraphEnd === paragraphEnd ? opensSentence(ctx, start) || splitAround(ctx, previous.q, start) : continuesQuotedParagraph(seg, previous.q.end, start))) {
      out.push({ start, end, speaker: previous.q.speaker, ...(previous.q.name ? { name: previous.q.name } : {}) });
      previous = { q: out[out.length - 1], paragraphEnd };
      continue;
    }
    if (sp) {
      const q: Quotation = { start, end, speaker: text.slice(sp.start, sp.end).replace(/\s+/g, ' '), ...(sp.name ? { name: sp.name } : {}) };
      out.push(q);
      previous = { q, paragraphEnd };
    } else if (wordCount(text, start + 1, end - 1) >= MIN_UNATTRIBUTED_WORDS && !namesThingUnattributed(text, spans, i)) {
      out.push({ start, end });
      previous = undefined;
    }
  }
  return out;
}

/** Is the speaker, or a reporting verb or noun, among the words right before `start` ("likening the self-defence forces in Donetsk to ‘…’")? */
function attributedNear(ctx: QuoteContext, sp: Speaker, start: number): boolean {
  const words = wordsIn(ctx.masked, Math.max(sp.end, start - TERM_SPEAKER_REACH * 20), start);
  return words.length <= TERM_SPEAKER_REACH || words.slice(-TERM_SPEAKER_REACH).some((w) => REPORTING_VERBS.has(w.lower) || REPORT_NOUNS.has(w.lower));
}

/** The attributed quotation (if any) that covers `[start, end)`: quoted words someone is said to have said. */
export function attributedQuotationAt(quotes: readonly Quotation[], start: number, end: number): Quotation | undefined {
  const q = quotationAt(quotes, start, end);
  return q?.speaker !== undefined ? q : undefined;
}

/** The quotation (if any) that covers `[start, end)`, attributed or not: words inside it are the quoted text's. */
export function quotationAt(quotes: readonly Quotation[], start: number, end: number): Quotation | undefined {
  const k = lowerBound(quotes.length, (i) => quotes[i].start <= start);
  const q = k > 0 ? quotes[k - 1] : undefined;
  return q && q.end >= end ? q : undefined;
}

/** The range (of sorted, disjoint ranges) that starts last at or before `offset`. */
function rangeAt<R extends { start: number }>(ranges: readonly R[], offset: number): R | undefined {
  const k = lowerBound(ranges.length, (i) => ranges[i].start <= offset);
  return k > 0 ? ranges[k - 1] : undefined;
}

function paragraphEndOf(paragraphs: SegmentedText['paragraphs'], offset: number): number {
  return rangeAt(paragraphs, offset)?.end ?? offset;
}

/** Start of the sentence that holds `offset`, moved back over quotations that a sentence break split. */
function clauseStart(ctx: QuoteContext, offset: number): number {
  let s = sentenceAt(ctx.sentences, offset)?.start ?? 0;
  for (let i = lowerBound(ctx.spans.length, (k) => ctx.spans[k].start < offset) - 1; i >= 0; i--) {
    const q = ctx.spans[i];
    // Spans that end before the reach below cannot move the start (a line of many quotes stays linear).
    if (q.end <= s || q.end < offset - BEFORE_CHARS) break;
    if (q.start < s) s = sentenceAt(ctx.sentences, q.start)?.start ?? 0;
  }
  // A run-on "sentence" (no full stops for pages) is searched only near the quote.
  return Math.max(s, offset - BEFORE_CHARS);
}

/** Longest attribution between the halves of a split quotation (words). */
const SPLIT_ATTRIBUTION_WORDS = 12;

/**
 * “…”, says Mr. Sayegh, “…” / “…”, as was stressed by Comrade Brezhnev, “…”: between the quotation
 * `q` and the one at `start` only its attribution (its speaker, a comma on either side), no clause break.
 */
function splitAround(ctx: QuoteContext, q: Quotation, start: number): boolean {
  const gap = ctx.masked.slice(q.end, start);
  const at = gap.indexOf(q.speaker!);
  if (at < 0 || !/^\s*,/.test(gap) && !/,\s*$/.test(ctx.text.slice(q.end - 3, q.end - 1)) || !/,\s*$/.test(gap)) return false;
  const rest = gap.slice(0, at) + gap.slice(at + q.speaker!.length);
  return !/[.;:!?()\[\]]/.test(rest.replace(/\b\p{Lu}\./gu, '')) && wordCount(gap, 0, gap.length) <= SPLIT_ATTRIBUTION_WORDS;
}

/** "“Looking on and doing nothing” is no longer an option": a quoted subject of its sentence, not a quotation going on. */
function quotedSubject(ctx: QuoteContext, end: number): boolean {
  return AUXILIARIES.has(/^\s+(\p{Ll}+)/u.exec(ctx.text.slice(end, end + 20))?.[1] ?? '');
}

function opensSentence(ctx: QuoteContext, start: number): boolean {
  const before = ctx.text.slice(clauseStart(ctx, start), start);
  return /^[\s(\-–—]*$/.test(before) || /[.!?…]["”’']?\s+$/.test(before);
}

function isVerb(words: readonly Word[], k: number): boolean {
  const w = words[k];
  // "as Churchill put it", "as the President himself expressed it" (seed-923 audit).
  if (w.lower === 'put' || w.lower === 'expressed') return words[k + 1]?.lower === 'it';
  // "as the Secretary-General pointed out": a verb of two words.
  const particle = PHRASAL_REPORTING_VERBS.get(w.lower);
  if (particle) return words[k + 1]?.lower === particle && !(words[k - 1] && SPEAKER_DETERMINERS.has(words[k - 1].lower));
  // "when he states in his report that" (seed-193 audit): a form that is also a noun is a verb after a subject pronoun.
  if (NOUN_FORM_VERBS.has(w.lower)) return PRONOUN_SUBJECTS.has(words[k - 1]?.lower ?? '');
  if (!REPORTING_VERBS.has(w.lower) || w.text[0] !== w.lower[0]) return false;
  // "has continued to play", "promised to act": the verb reports an act, not words.
  if (TO_VERBS.has(w.lower) && words[k + 1]?.lower === 'to') return false;
  // "The old saying is ‘…’": a noun.
  if (w.lower === 'saying' && (words[k + 1]?.lower === 'is' || words[k + 1]?.lower === 'goes')) return false;
  // "According to a wise African saying,", "The people of Guinea-Bissau have a homespun saying:": a noun after its article and adjectives.
  if (w.lower === 'saying' && words.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'a' || x.lower === 'an')) return false;
  const before = words[k - 1]?.lower;
  // "the so- called ‘…’" (a broken "so-called"): doubt, not a report.
  if (before === 'so' && w.lower === 'called') return false;
  // "they spare no praise for", "any call for": a noun.
  if (before !== undefined && NOUN_DETERMINERS.has(before)) return false;
  // "as if saying ‘…’": nobody said it.
  if ((before === 'if' || before === 'though') && words[k - 2]?.lower === 'as') return false;
  // "made a similar call, … and urged": after "a" and an adjective a bare form is a noun (a verb would be "calls", or follow "will").
  if (k > 1 && (words[k - 2].lower === 'a' || words[k - 2].lower === 'an') && !/(?:s|ed|ing)$/.test(w.lower) && /^\p{Ll}+$/u.test(words[k - 1].text) && !BETWEEN_SPEAKER_AND_VERB.has(before!) && !AUXILIARIES.has(before!) && before !== 'to') return false;
  // "issued the resounding call to “…”" (seed-259 audit): after a determiner and a singular word a bare form is a noun (a verb would be "calls").
  if (k > 1 && SPEAKER_DETERMINERS.has(words[k - 2].lower) && isBareForm(w.lower) && /^\p{Ll}+$/u.test(words[k - 1].text) && !before!.endsWith('s') && !BETWEEN_SPEAKER_AND_VERB.has(before!) && !AUXILIARIES.has(before!)) return false;
  // "the unsuitably termed ‘…’": an adverb after a determiner makes the participle an adjective.
  if (before?.endsWith('ly') && k > 1 && SPEAKER_DETERMINERS.has(words[k - 2].lower)) return false;
  // "a call for ‘dialogue’", "the said …": after a determiner the word is a noun.
  return !(before !== undefined && SPEAKER_DETERMINERS.has(before));
}

/** A reporting verb's base form ("call", "warn", "say"), not its past ("said", "told") nor "-s" or "-ing" form. */
function isBareForm(lower: string): boolean {
  return !/(?:s|ing)$/.test(lower) && (REPORTING_VERBS.has(`${lower}ed`) || REPORTING_VERBS.has(`${lower}d`) || REPORTING_VERBS.has(`${lower}s`));
}

/** Subjects that make the next word a verb. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);

/** Words of the verb at word `k` after its first: 1 for "pointed out", else 0. */
function particleAfter(words: readonly Word[], k: number): number {
  return PHRASAL_REPORTING_VERBS.has(words[k].lower) ? 1 : 0;
}

/**
 * "As succinctly pointed out by the Secretary-General in his report …:", "as was stressed from this
 * rostrum last year by General Bokassa:": "as", a reporting verb and its agent, who said what follows.
 */
function asByAgent(ctx: QuoteContext, words: readonly Word[], k: number, limit: number): Speaker | undefined {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (BETWEEN_SPEAKER_AND_VERB.has(words[j].lower) || /^\p{Ll}+ly$/u.test(words[j].text))) j--;
  if (j < 0 || words[j].lower !== 'as' || clauseBreak(ctx.masked, words[j].end, words[k].start)) return undefined;
  return byAgent(ctx, words, k + particleAfter(words, k), limit, AS_BY_REACH);
}

function isPassive(words: readonly Word[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const l = words[j].lower;
    if (l === 'was' || l === 'were' || l === 'is' || l === 'are' || l === 'been' || l === 'be' || l === 'being') return true;
    // "has been humorously said", "as they were so politely called".
    if (!BETWEEN_SPEAKER_AND_VERB.has(l) && !/^\p{Ll}+ly$/u.test(words[j].text) && !(INTENSIFIERS.has(l) && /^\p{Ll}+ly$/u.test(words[j + 1].text))) return false;
  }
  return false;
}

/** A passive reporting verb and "as" right before a quote ("was hailed as a"), whose agent may follow it. */
const PASSIVE_AS_BEFORE = /\b(?:was|were|is|are|been|be|being)\s+(?:\p{Ll}+ly\s+)?(?:hailed|described|called|termed|characteri[sz]ed|labell?ed|branded|dubbed|denounced|welcomed|praised|condemned)\s+as\s+(?:(?:a|an|the)\s+)?$/u;

/** “…,” he said / “…”, said the minister / “…” according to Reuters / was hailed as “…” by X. */
function speakerAfter(ctx: QuoteContext, start: number, end: number, paragraphEnd: number): Speaker | undefined {
  const words = wordsIn(ctx.masked, end, Math.min(paragraphEnd, end + AFTER_CHARS)).slice(0, AFTER_WORDS);
  if (!words.length || clauseBreak(ctx.masked, end, words[0].start) && !/^[,.!?’”"'\s]*$/.test(ctx.masked.slice(end, words[0].start))) return undefined;
  if (/[;:()]/.test(ctx.masked.slice(end, words[0].start))) return undefined;
  const first = words[0];
  if (CLAUSE_CONJUNCTIONS.has(first.lower)) return undefined;
  // “… answer.” The party … / “…”. From this rostrum I …: a new sentence, unless it goes on in lower case (“Why?” he asked).
  if ((/[.!?…]\s*$/.test(ctx.text.slice(end - 3, end - 1)) || /[.!?]/.test(ctx.masked.slice(end, first.start))) && isCapitalised(first)) return undefined;
  if (isVerb(words, 0)) return speakerFrom(ctx, words, 1 + particleAfter(words, 0), paragraphEnd);
  // "“We were born to live together”, so wrote Seneca" (seed-229 audit): the verb before its subject.
  if ((first.lower === 'so' || first.lower === 'thus') && words.length > 2 && isVerb(words, 1)) return speakerFrom(ctx, words, 2 + particleAfter(words, 1), paragraphEnd);
  if (first.lower === 'according' && words[1]?.lower === 'to') return speakerFrom(ctx, words, 2, paragraphEnd);
  // "“We the peoples of the United Nations”, in the words of the Charter" (seed-947 audit): the source named after the quote.
  if (first.lower === 'in' && words[1]?.lower === 'the' && REPORT_NOUNS.has(words[2]?.text ?? '') && words[3]?.lower === 'of' && /^\s*,\s*$/.test(ctx.masked.slice(end, first.start))) {
    const sp = speakerFrom(ctx, words, 4, paragraphEnd);
    if (sp && /\p{Lu}/u.test(ctx.text.slice(sp.start, sp.end))) return sp;
  }
  // "was hailed as a “turning point …” by the international community": the passive's agent after the quote.
  if (first.lower === 'by' && PASSIVE_AS_BEFORE.test(ctx.masked.slice(Math.max(0, start - 60), start))) return speakerFrom(ctx, words, 1, paragraphEnd);
  for (let k = 1; k < words.length; k++) {
    if (clauseBreak(ctx.masked, words[k - 1].end, words[k].start)) return undefined;
    // "“…” but officials had said": another clause, someone else's words.
    if (CLAUSE_CONJUNCTIONS.has(words[k].lower)) return undefined;
    if (!isVerb(words, k)) continue;
    const quoting = quotedAsSaying(ctx, words, k);
    if (quoting) return quoting;
    // "“Nilo-Hamitic”, whereas the Hutus were called …": a passive verb names what was said of someone.
    if (isPassive(words, k)) {
      const agent = byAgent(ctx, words, k, paragraphEnd);
      if (agent || !SUBJECT_QUOTED.has(words[k].lower)) return agent;
    }
    // The words between the quote and the verb name the speaker ("Scottish coach Craig Brown
    // told", "a spokesman with the Municipal Police told"): the name closest to the verb.
    return speakerEndingAt(ctx, words, k, words[0].start);
  }
  return undefined;
}

/** Lavrov said: ‘…’ / he described the plan as ‘desperate’ / …, saying ‘…’ / according to X, ‘…’. */
function speakerBefore(ctx: QuoteContext, start: number): Speaker | undefined {
  const from = clauseStart(ctx, start);
  // "In 1958 the Soviet spokesman stated:⏎“…”", "AFP stressed that⏎“…”": a quotation set off as a paragraph of its own.
  // "The Secretary-General has said,⏎“…”", "reminded us,⏎“…”": after a comma only a reporting verb's.
  // "In the words of … Goethe:⏎10⏎⏎“…": over a page number on a line of its own.
  // "The President also declared;⏎“…”", "As President Denis Sassou-Nguesso said here last year,⏎“…”": a semicolon as a colon, a reporting verb a few words before the comma.
  const lead = /(?:[:;]|\bthat|\b(\p{L}+)(?:\s+(?:us|me|them|him|her|you|all))?\s*,)(\s*(?:[\n\r]\s*\d{1,3}(?=[ \t]*[\n\r]))?\s*)$/u.exec(ctx.masked.slice(Math.max(0, start - 40), start));
  if (lead && (!lead[1] || reportedBeforeComma(ctx.masked, start - lead[2].length)) && !/\S/.test(ctx.masked.slice(from, start - lead[2].length).replace(/(?:[:;]|\bthat|,)\s*$/, '')) && /[\n\r]/.test(lead[2])) {
    return speakerBefore(ctx, start - lead[2].length);
  }
  const words = wordsIn(ctx.masked, from, start);
  const announced = announcingSpeaker(ctx, words, from, start) ?? sayingBefore(ctx, start) ?? (words.length ? ownWordsOf(ctx, words, words.length - 1, start) : undefined) ?? whatOneCalls(ctx, words, from, start) ?? pronounsReport(ctx, words, start) ?? quotingRightBefore(ctx, words, start) ?? agreedWith(ctx, words, start) ?? expressedBy(ctx, words, start);
  if (announced) return announced;
  for (let k = words.length - 1; k >= 0; k--) {
    // "The Charter states: “…”, while the world of today declares: “…”": another clause's speaker is not this one's
    // (but "according to a Spanish classic, … not as …, but rather as “…”" goes on with the same source).
    if ((words[k].lower === 'while' || words[k].lower === 'whereas') && k > 0 && /,\s*$/.test(ctx.masked.slice(words[k - 1].end, words[k].start))) break;
    if (words[k].lower === 'according' && words[k + 1]?.lower === 'to') {
      const sp = speakerFrom(ctx, words, k + 2, start);
      if (sp) return sp;
      continue;
    }
    // "In the words of Lavrov", "the dictum of Pascal:", "the observation by the Secretary-General that"; not in a name ("the
    // Universal Declaration of Human Rights"), and after "of" someone named ("a warning of a new “…” policy" is no one's).
    // "the observation made by … President Boris Yeltsin … that": the noun's maker.
    // "the statement made to the press by the Minister …" (seed-229 audit): up to three words between the participle and "by".
    // Words between them only when a colon announces the quotation (not "the statement made on 23 September by … Soares, on behalf of the “new Portugal”").
    const madeAt = REPORT_NOUNS.has(words[k].text) && MADE.has(words[k + 1]?.lower) ? madeBy(words, k + 1) : 0;
    const made = madeAt > 1 && !/:\s*$/.test(ctx.masked.slice(Math.max(0, start - 5), start)) ? 0 : madeAt;
    // "a quotation from His Holiness John Paul II in 1994:", "a verse from the Holy Koran:" (ung20).
    if (REPORT_NOUNS.has(words[k].text) && (words[k + 1 + made]?.lower === 'of' || words[k + 1 + made]?.lower === 'by' || words[k + 1 + made]?.lower === 'from')) {
      const sp = speakerFrom(ctx, words, k + 2 + made, start);
      if (sp && (words[k + 1 + made].lower === 'by' || /\p{Lu}/u.test(ctx.text.slice(sp.start, sp.end)))) return sp;
    }
    // "Article 2 of the Charter states: ‘…’", "resolution 242 (1967) calls for ‘…’": the document is the source.
    if (DOCUMENT_VERBS.has(words[k].lower)) {
      const doc = documentEndingAt(ctx.masked, words[k].start, from);
      if (doc) return doc;
    }
    // "the Secretary-General's admonition … that “…”", "in Truman's words, “…”"; not the object of a
    // reporting verb ("who called Mr. Farrakhan's remarks “vile”" are the professor's words), nor a
    // title ("the St. George's Declaration, which pledged as follows:").
    // "the Court’s unanimous finding that" (seed-229 audit): an adjective between the possessive and the noun.
    const owner = k > 1 && /^\p{Ll}+$/u.test(words[k - 1].text) && /['’]s$/.test(words[k - 2].text) ? k - 2 : k - 1;
    if (POSSESSED_REPORT_NOUNS.has(words[k].text) && k > 0 && /['’]s$/.test(words[owner].text) && /(?:\bthat|[:,])\s*$|^\s*(?:\S+\s*){0,2}$/.test(ctx.masked.slice(words[k].end, start)) && !reportedJustBefore(words, owner)) {
      const sp = possessor(ctx, words, owner, from);
      if (sp) return sp;
    }
    const nounVerb = nounFormVerbSpeaker(ctx, words, k, from, start);
    if (nounVerb) return nounVerb;
    if (!isVerb(words, k)) continue;
    const agent = asByAgent(ctx, words, k, start);
    if (agent) return agent;
    if (isPassive(words, k)) {
      // "The Foreign Minister was reported recently as having said that “…”": the subject is the speaker.
      if (SUBJECT_QUOTED.has(words[k].lower) && words.slice(k + 1, k + 4).some((x) => x.lower === 'as')) {
        const subject = speakerEndingAt(ctx, words, k, from);
        if (subject) return subject;
      }
      // "was described by the minister as ‘…’", close to the quote; without an agent ("what is
      // called ‘…’") the words are nobody's in particular.
      // "This is what was said by His Holiness Pope John Paul II in Santo Domingo, the oldest capital …:": an agent right after the verb, before a colon.
      if (words.length - k > PASSIVE_REACH && !(words[k + 1]?.lower === 'by' && /:\s*$/.test(ctx.masked.slice(words[words.length - 1].end, start)))) continue;
      return byAgent(ctx, words, k, start);
    }
    // "…, saying ‘…’", "went so far as to say", "a professor who called": the subject is further
    // back; a finite verb's is right before it ("the Rally (RDR) urged").
    const subjectFar = words[k].lower.endsWith('ing') || words[k - 1]?.lower === 'to' || words[k - 1]?.lower === 'who';
    // "plans far annexing those territories, arrogantly declaring that": a participle after a comma has its subject further back.
    const participle = words[k].lower.endsWith('ing') && k > 0 && /,/.test(ctx.masked.slice(words[k - 1].end, words[k].start) + ctx.masked.slice(words[k - 2]?.end ?? 0, words[k - 1].start));
    let sp = (participle ? undefined : speakerEndingAt(ctx, words, k, from) ?? coordinatedSubject(ctx, words, k, from)) ?? nearestSpeaker(ctx, words, k, subjectFar ? k : NEAR_SUBJECT_WORDS) ?? (participle ? sentenceSubject(ctx, words, k, from) : undefined);
    // "Again quoting the President of the Republic of Gabon, we say that “…”": the one quoted said it.
    if (sp && /^(?:i|we)$/i.test(ctx.text.slice(sp.start, sp.end))) sp = quotingBefore(ctx, words, sp.start) ?? sp;
    // "our countries, arbitrarily called the “countries of the third world”": a thing named, nobody's words.
    if (sp && !sp.name && NAMING_VERBS.has(words[k].lower) && /^\s*(?:(?:the|a|an)\s+)?\S?$/.test(ctx.masked.slice(words[k].end, start)) && !SPEAKER_PRONOUNS.has(ctx.text.slice(sp.start, sp.end).toLowerCase())) return undefined;
    if (sp) return sp;
  }
  return quoteAnnounced(ctx, words, start);
}

/**
 * "The Secretary-General has shown us the path to follow, saying:" (seed-923 audit): a participle's subject is the sentence's, named
 * before its first auxiliary (no comma before it); a title the entities do not hold is named too.
 */
function sentenceSubject(ctx: QuoteContext, words: readonly Word[], k: number, from: number): Speaker | undefined {
  for (let i = 1; i < k; i++) {
    if (clauseBreak(ctx.masked, words[i - 1].end, words[i].start) || /,/.test(ctx.masked.slice(words[i - 1].end, words[i].start))) return undefined;
    if (!AUXILIARIES.has(words[i].lower)) continue;
    const sp = speakerEndingAt(ctx, words, i, from);
    return sp?.name !== undefined && sp.start <= words[1].start ? sp : undefined;
  }
  return undefined;
}

/** Words between "what" and "calls" right before a quote ("what the Secretary-General, Mr. Boutros Boutros-Ghali, calls “…”"). */
const WHAT_CALLS_WORDS = 8;

/** "what the Secretary-General … calls “…”" (seed-229 audit): "calls", a noun elsewhere, is the verb of the one named after "what". */
function whatOneCalls(ctx: QuoteContext, words: readonly Word[], from: number, start: number): Speaker | undefined {
  const k = words.length - 1;
  if (k < 2 || words[k].lower !== 'calls' || /\S/.test(ctx.masked.slice(words[k].end, start))) return undefined;
  for (let a = k - 2; a >= 0 && a >= k - WHAT_CALLS_WORDS; a--) if (words[a].lower === 'what') return speakerEndingAt(ctx, words, k, words[a].end);
  return undefined;
}

/** A quotation announced: "issued the following statement:", "expressed this … in these words:", "put it as follows:", "uttered these frighteningly optimistic words:". */
// "made the following statement on drug control in an address to the General Assembly:": where or on what, after the noun.
// "had this to say about the United Nations:" (seed-947 audit); "made the following statements “…”" with no colon (seed-947 audit).
const ANNOUNCED = /\b(?:(?:the\s+following(?:\s+[\p{L}\-]+){0,2}(?:\s+(?:on|in|to|at|before|about|regarding|concerning)\s[^:;.!?()]{1,80}?)?|in\s+(?:these|the\s+following)\s+(?:words|terms)|these(?:\s+[\p{L}\-]+){0,3}\s+words|as\s+follows|this\s+to\s+say(?:\s+(?:about|on|of)\s[^:;.!?()]{1,80}?)?)\s*:|the\s+following\s+(?:statements?|words|declaration))\s*$/u;

/** Words from the participle after a report noun to its "by" ("made by": 1, "made to the press by": 4), else 0. */
function madeBy(words: readonly Word[], k: number): number {
  for (let j = k + 1; j <= k + 4 && j < words.length; j++) if (words[j].lower === 'by') return j - k;
  return 0;
}


/** Verbs that announce words to come ("made the following observation"). */
const ANNOUNCING_VERBS: ReadonlySet<string> = new Set([
  'issued', 'issues', 'made', 'makes', 'expressed', 'expresses', 'put', 'puts', 'uttered', 'utters', 'used', 'adopted', 'adopts', 'delivered', 'sent',
  'addressed', 'gave', 'gives', 'formulated', 'defined', 'defines', 'wrote', 'writes', 'spoke', 'speaks', 'had', 'has',
]);

/** The one who announces the quotation ("the Government of Surinam issued the following statement:"). */
function announcingSpeaker(ctx: QuoteContext, words: readonly Word[], from: number, start: number): Speaker | undefined {
  const m = ANNOUNCED.exec(ctx.masked.slice(from, start));
  if (!m) return undefined;
  const at = from + m.index;
  for (let k = lowerBound(words.length, (i) => words[i].start < at) - 1; k >= 0; k--) {
    if (!ANNOUNCING_VERBS.has(words[k].lower) && !isVerb(words, k)) continue;
    // "In the Preamble many lofty ideas were expressed, among which were the following:": what was said is no speaker.
    if (isPassive(words, k)) return byAgent(ctx, words, k, start) ?? nearestSpeaker(ctx, words, k, k);
    return speakerEndingAt(ctx, words, k, from) ?? coordinatedSubject(ctx, words, k, from) ?? nearestSpeaker(ctx, words, k, k);
  }
  return undefined;
}

/** "Quoting the President of Gabon, we say", "To quote Pascal, I would say": the one quoted, before the speaker's "I" or "we" at `before`. */
function quotingBefore(ctx: QuoteContext, words: readonly Word[], before: number): Speaker | undefined {
  const k = lowerBound(words.length, (i) => words[i].start < before);
  for (let i = k - 1; i >= 0 && k - i <= MAX_SPEAKER_WORDS * 2; i--) {
    if (clauseBreak(ctx.masked, words[i].end, words[i + 1].start)) return undefined;
    if ((words[i].lower === 'quoting' || words[i].lower === 'citing' || (words[i].lower === 'quote' && words[i - 1]?.lower === 'to')) && /,\s*$/.test(ctx.masked.slice(words[k - 1].end, before))) return speakerFrom(ctx, words, i + 1, before);
  }
  return undefined;
}

/**
 * "and I quote him:", "I quote from the Holy Koran:", "let me quote Gandhi:", "I quote the Charter -": the one quoted right
 * before the colon; "him" or "her" only when the person it stands for is sure.
 */
function quoteAnnounced(ctx: QuoteContext, words: readonly Word[], start: number): Speaker | undefined {
  const n = words.length;
  // "and I quote the Charter - “…”" (seed-229 audit): a dash announces the words as a colon does.
  if (!n || !/^\s*(?::|\s[-–—])\s*$/.test(ctx.masked.slice(words[n - 1].end, start))) return undefined;
  for (let i = n - 2; i >= 0 && n - i <= MAX_SPEAKER_WORDS + 2; i--) {
    if (clauseBreak(ctx.masked, words[i].end, words[i + 1].start)) return undefined;
    if (words[i].lower !== 'quote') continue;
    const object = words[i + 1].lower;
    if (object === 'it' || object === 'them' || object === 'this') return undefined;
    if (object === 'him' || object === 'her') {
      const person = antecedent(ctx, { start: words[i + 1].start, lower: object === 'him' ? 'he' : 'she' });
      return person ? { start: words[i + 1].start, end: words[i + 1].end, name: person.text } : undefined;
    }
    const sp = speakerFrom(ctx, words, object === 'from' ? i + 2 : i + 1, start);
    // "I should like to quote a passage which touches upon this Organization:" (seed-259 audit): what is quoted, not who.
    return sp && namesTextPart(ctx, sp) ? undefined : sp;
  }
  return undefined;
}

/** "the agency quoted the unnamed corporal as saying": the one quoted is the speaker. */
function quotedAsSaying(ctx: QuoteContext, words: readonly Word[], k: number): Speaker | undefined {
  if (words[k].lower !== 'quoted' && words[k].lower !== 'quoting') return undefined;
  for (let i = k + 2; i < words.length && i <= k + MAX_SPEAKER_WORDS + 1; i++) if (words[i].lower === 'as') return speakerFrom(ctx, words, k + 1, words[i].start);
  return undefined;
}

/** "was described by the minister as ‘…’": the agent of a passive reporting verb, "by" at most `reach` words after it (in its clause). */
function byAgent(ctx: QuoteContext, words: readonly Word[], k: number, limit: number, reach = 3): Speaker | undefined {
  for (let j = k + 1; j < words.length && j <= k + reach; j++) {
    if (words[j].lower === 'by') return speakerFrom(ctx, words, j + 1, limit);
    if (j > k + 3 && /[,.;:!?()]/.test(ctx.masked.slice(words[j - 1].end, words[j].start))) return undefined;
  }
  return undefined;
}

/** A reporting verb among the four words before word `j` ("who called Mr. Farrakhan's remarks"). */
function reportedJustBefore(words: readonly Word[], j: number): boolean {
  for (let i = Math.max(0, j - 4); i < j; i++) if (isVerb(words, i)) return true;
  return false;
}

/** Lavrov’s ‘colossal mistake’, the minister’s ‘new deal’. */
function possessiveBefore(ctx: QuoteContext, start: number): Speaker | undefined {
  const from = Math.max(clauseStart(ctx, start), start - 80);
  const m = /([\p{L}\p{N}][\p{L}\p{N}\-.]*)['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}$/u.exec(ctx.masked.slice(from, start));
  if (!m) return undefined;
  const wordEnd = from + m.index + m[1].length;
  const mention = mentionEndingAt(ctx, wordEnd);
  return mention && mention.type !== 'place' ? { start: mention.start, end: mention.end, name: mention.text } : undefined;
}
