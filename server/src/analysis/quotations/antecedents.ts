/**
 * The person a speaker's "he" or "she" stands for, or none when the text leaves it unsure.
 */
import type { EntityMention } from '../types';
import type { QuoteContext } from './clauses';
import { insideQuote } from './quotedSpans';
import { lowerBound } from '../common/binarySearch';

/** How many sentences before the pronoun's own (quotations' sentences aside) its person may be named. */
const PRONOUN_SENTENCES = 3;

/** Words before a name that make it an object or a thing, not the subject a pronoun goes back to ("entered the Hall", "a letter to Smith"). */
const NOT_A_SUBJECT_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'with', 'by', 'for', 'from', 'about', 'on', 'at', 'in', 'into', 'against', 'than', 'between', 'under', 'like', 'towards', 'toward',
]);

/** Words after which a name is an object: verbs and prepositions NOT_A_SUBJECT_BEFORE leaves out. */
const OBJECT_AFTER: ReadonlySet<string> = new Set(['beat', 'beats', 'met', 'meet', 'meets', 'told', 'tell', 'tells', 'over', 'after', 'before', 'behind', 'beside', 'via', 'unlike', 'including', 'succeed', 'replace', 'thank']);

/** A person or role named between a name and a pronoun, who may be the one the pronoun stands for instead. */
const OTHER_PERSON = /\b(?:Secretary-General|Secretary General|President|Chairman|Chairperson|Minister|Premier|King|Queen|Pope|Emperor|Chancellor|Ambassador|Representative|Director-General|Commissioner|Rapporteur|Envoy|spokesman|spokeswoman|leader|countryman|compatriot|predecessor|successor|colleague|son|daughter|father|mother|brother|sister|husband|wife|man|woman|boy|girl|author|writer|poet|philosopher)\b/g;

/**
 * The person "he" or "she" stands for: the nearest person named before it, in its sentence or the
 * two before, as a subject (not inside a quotation, not after a preposition or article, not a
 * possessive). None when unsure: a pronoun of the other gender or another person or role
 * ("the Secretary-General", "her son") named in between.
 */
export function antecedent(ctx: QuoteContext, w: { readonly start: number; readonly lower: string }): EntityMention | undefined {
  // Back over the sentences before the pronoun's, not counting those of quotations ("… said: “…. …”").
  let s = lowerBound(ctx.sentences.length, (k) => ctx.sentences[k].start <= w.start) - 1;
  for (let n = 0; s > 0 && n < PRONOUN_SENTENCES; ) if (!insideQuote(ctx.spans, ctx.sentences[--s].start + 1)) n++;
  const from = s >= 0 ? ctx.sentences[s].start : 0;
  const last = lowerBound(ctx.names.length, (k) => ctx.names[k].start < w.start) - 1;
  for (let i = last; i >= 0 && ctx.names[i].start >= from; i--) {
    const m = ctx.names[i];
    if (m.type !== 'person' || m.end > w.start || insideQuote(ctx.spans, m.start)) continue;
    const before = /(\p{L}+)[^\p{L}.!?:;\n\r]*$/u.exec(ctx.masked.slice(Math.max(0, m.start - 30), m.start));
    // "who beat Sampras", "defeated Rosset": the object of a verb.
    if (before && (NOT_A_SUBJECT_BEFORE.has(before[1]) || OBJECT_AFTER.has(before[1]) || /^\p{Ll}{3,}ed$/u.test(before[1]))) continue;
    if (/^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 2))) continue;
    const between = ctx.masked.slice(m.end, w.start);
    const otherGender = w.lower === 'he' ? /\b(?:she|her|hers|herself)\b/i : /\b(?:he|him|his|himself)\b/i;
    if (otherGender.test(between)) return undefined;
    for (const o of between.matchAll(OTHER_PERSON)) {
      // "Samora Machel, the President of Mozambique, …. He said": the person's own title.
      const lead = between.slice(0, o.index);
      // "in his capacity as then Chairman": the person's role.
      if (!/^\s*,\s*(?:[\p{L}'’\-]+\s+){0,3}$/u.test(lead) && !/\bas\s+(?:then\s+|the\s+|a\s+)?$/.test(lead)) return undefined;
    }
    return m;
  }
  return undefined;
}
