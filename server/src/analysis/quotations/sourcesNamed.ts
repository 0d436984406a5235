/**
 * Sources named in shapes the reporting-verb search does not read: a saying and its people ("As a
 * Chinese saying goes, “…”"), "In his words: “…”" (the person "his" stands for), and what was
 * said "by" someone before a colon however long the phrase after the agent ("This is what was said
 * by His Holiness Pope John Paul II in Santo Domingo, …: “…”").
 */
import { antecedent } from './antecedents';
import { QuoteContext, Speaker, Word, mentionWithin } from './clauses';

/** "As a Chinese saying goes,", "as the old proverb says:", "like the African adage has it,": the saying, right before the quote. */
const SAYING_GOES = /\b(?:as|like)\s+((?:a|an|the|one|our)\s+(?:[\p{L}\-]+\s+){0,3}?(?:saying|proverb|adage|maxim|dictum)|(?:[\p{L}\-]+\s+){0,2}?(?:saying|proverb|adage|maxim|dictum))\s+(?:goes|says|puts\s+it|has\s+it|tells\s+us|teaches(?:\s+us)?|reminds\s+us)\s*[,:]?\s*$/iu;

/** The saying that says the quotation at `start`; named by its people ("Chinese") when the phrase holds a group or place. */
export function sayingBefore(ctx: QuoteContext, start: number): Speaker | undefined {
  const from = Math.max(0, start - 120);
  const m = SAYING_GOES.exec(ctx.masked.slice(from, start));
  if (!m) return undefined;
  const s = from + m.index + /^\S+\s+/.exec(m[0])![0].length;
  const e = s + m[1].length;
  const people = mentionWithin(ctx, s, e);
  return { start: s, end: e, ...(people && (people.type === 'group' || people.type === 'place') ? { name: people.text } : {}) };
}

/** Pronouns that own words ("in his words"), and the pronoun the antecedent search reads for them. */
export const OWNING: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she']]);

/** Nouns for a person's words after "his"/"her" that announce a quotation ("In his words:", "in her own words,"). */
const OWN_WORDS: ReadonlySet<string> = new Set(['words', 'view', 'opinion']);

/**
 * "This point has been stressed by … Mr. de Larosiere. In his words: “…”": the person "his" or "her"
 * stands for when the antecedent search is sure; `k` is the noun's word, right before a colon or comma and the quote.
 */
export function ownWordsOf(ctx: QuoteContext, words: readonly Word[], k: number, start: number): Speaker | undefined {
  if (!OWN_WORDS.has(words[k].lower) || k < 2 || !/^\s*[:,]\s*$/.test(ctx.masked.slice(words[k].end, start))) return undefined;
  const owner = words[k - 1].lower === 'own' ? k - 2 : k - 1;
  const pronoun = OWNING.get(words[owner]?.lower ?? '');
  if (!pronoun || words[owner - 1]?.lower !== 'in') return undefined;
  return ownerSpeaker(ctx, words[owner], pronoun);
}

/** The speaker "his" or "her" at `w` names: the person the antecedent search finds for `pronoun` ("he", "she"), when sure. */
export function ownerSpeaker(ctx: QuoteContext, w: Word, pronoun: string): Speaker | undefined {
  const person = antecedent(ctx, { start: w.start, lower: pronoun });
  // "… Hambro of Norway. … earned Plutarch's description: …, because, in his words,": a name owning words in between may be the one.
  if (person && /\p{Lu}[\p{L}\-]*['’]s?\s/u.test(ctx.masked.slice(person.end, w.start))) return undefined;
  return person ? { start: w.start, end: w.end, name: person.text } : undefined;
}
