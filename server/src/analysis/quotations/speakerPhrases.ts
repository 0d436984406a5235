/**
 * The phrase that names a speaker, around a reporting verb: the one after it ("said the minister",
 * "according to X"), the one that ends before it ("Lavrov said", "the head of the Catholic Church
 * said"), the nearest subject further back, a possessive ("the Secretary-General's admonition"),
 * and whom "he" or "she" stands for (quotations.ts finds the verbs).
 */
import type { EntityMention } from '../types';
import { antecedent } from './antecedents';
import { QuoteContext, Speaker, Word, clauseBreak, isCapitalised, mentionEndingAt, mentionStartingAt, mentionWithin, phraseBreak } from './clauses';
import {
  CLAUSE_OPENERS, LONG_TITLE_WORDS, MAX_SPEAKER_WORDS, POSSESSIVE_DETERMINERS, descriptionStart, insideClause, isObjectOpener, isTitleWord, longSubject,
  nameBetweenCommas, objectOfPreposition, openAside, prepositionalAside, sentenceSubjectStart, spokenInOrOf,
} from './speakerAsides';
import {
  AUXILIARIES, BETWEEN_SPEAKER_AND_VERB, ENDS_NOUN_PHRASE, INTENSIFIERS, OBJECT_PREPOSITIONS, PERSON_NOUNS, PREPOSITIONS, REPORTING_VERBS, SENTENCE_OPENERS,
  SOURCE_NOUNS, SPEAKER_DETERMINERS, SPEAKER_PRONOUNS, TIME_PREPOSITIONS, TIME_WORDS, TITLE_ABBREVIATIONS,
} from './reporting';

export { MAX_SPEAKER_WORDS };

/**
 * The one a possessive at word `j` names ("the Secretary-General's", "Truman's", "George Bernard
 * Shaw's"): a person's or body's mention, else a capitalised name or a noun phrase from its determiner.
 */
export function possessor(ctx: QuoteContext, words: readonly Word[], j: number, from: number): Speaker | undefined {
  const w = words[j];
  const end = w.end - (/['’]s$/.test(w.text) ? 2 : 1);
  const mention = mentionEndingAt(ctx, w.end);
  if (mention) return mention.type === 'place' || mention.start < from ? undefined : { start: mention.start, end: mention.end, name: mention.text };
  if (!isCapitalised(w)) return undefined;
  const a = capitalisedNameStart(ctx, words, j);
  const det = a > 0 && words[a - 1].start >= from && words[a - 1].lower === 'the' && !clauseBreak(ctx.masked, words[a - 1].end, words[a].start) ? a - 1 : a;
  return { start: words[det].start, end, ...(det === a ? { name: ctx.text.slice(words[a].start, end) } : {}) };
}

/** The speaker phrase that starts at word `k` (after "said" or "according to"). */
export function speakerFrom(ctx: QuoteContext, words: readonly Word[], k: number, limit: number): Speaker | undefined {
  const w = words[k];
  if (!w || w.start >= limit) return undefined;
  // "“ethnic cleansing” continued, the safe areas …": a comma ends the clause of the verb.
  if (k > 0 && (clauseBreak(ctx.masked, words[k - 1].end, w.start) || /,/.test(ctx.masked.slice(words[k - 1].end, w.start)))) return undefined;
  const mention = mentionStartingAt(ctx, w.start);
  if (mention) return personOf(ctx, words, mention) ?? { start: mention.start, end: mention.end, name: mention.text };
  // "the words of Dr. Martin Luther King": the name after a title's abbreviation.
  const titled = TITLE_ABBREVIATIONS.has(w.lower) && ctx.text[w.end] === '.' && words[k + 1] ? mentionStartingAt(ctx, words[k + 1].start) : undefined;
  if (titled) return { start: w.start, end: titled.end, name: titled.text };
  if (SPEAKER_PRONOUNS.has(w.lower)) return pronoun(ctx, w);
  if (SOURCE_NOUNS.has(w.lower)) return { start: w.start, end: w.end };
  // "said analyst Paula Buratti", "said economist John Smith": a role before the person's name.
  const named = roleBeforePerson(ctx, words, k);
  if (named) return named;
  // A noun phrase up to a comma or a word that ends it: "the minister", "a spokesman for the firm".
  let j = k;
  const capitalised = isCapitalised(w);
  if (!capitalised && !SPEAKER_DETERMINERS.has(w.lower)) return undefined;
  while (j + 1 < words.length && j + 1 - k < MAX_SPEAKER_WORDS && (!clauseBreak(ctx.masked, words[j].end, words[j + 1].start) || capitalised && abbreviated(ctx, words[j], words[j + 1])) && !phraseBreak(ctx.masked, words[j].end, words[j + 1].start)) {
    const next = words[j + 1];
    // "according to a wise African saying": the saying is the source.
    const saying = next.lower === 'saying' && (w.lower === 'a' || w.lower === 'an');
    if (capitalised ? !isCapitalised(next) : (ENDS_NOUN_PHRASE.has(next.lower) || REPORTING_VERBS.has(next.lower)) && !saying) break;
    j++;
  }
  // "by the Committee on Contributions in its last report:" (seed-947 audit): a lower-case phrase's capitalised head goes on as a name.
  while (!capitalised && isCapitalised(words[j]) && words[j + 2] && words[j + 2].start < limit && /^(?:on|for|of)$/.test(words[j + 1].lower) && isCapitalised(words[j + 2]) && !/[,;:.()]/.test(ctx.masked.slice(words[j].end, words[j + 2].start))) {
    j += 2;
    while (words[j + 1] && words[j + 1].start < limit && isCapitalised(words[j + 1]) && !/[,;:.()]/.test(ctx.masked.slice(words[j].end, words[j + 1].start))) j++;
  }
  // "one of the great contemporary Spanish | poets": the person noun the word limit cut off.
  if (j + 1 - k === MAX_SPEAKER_WORDS && words[j + 1] && words[j + 1].start < limit && isPersonNoun(words[j + 1].lower) && !/[,;:.()]/.test(ctx.masked.slice(words[j].end, words[j + 1].start))) j++;
  // "according to the “give-and-take” principle": a determiner alone names no one.
  if (j === k && SPEAKER_DETERMINERS.has(w.lower)) return undefined;
  // "the Minister for Foreign Affairs of" | Brazil, "the Declaration for a New Global" | Agenda: a name the word limit cut goes on.
  if (/^(?:of|for|the)$/.test(words[j].lower) || (j + 1 - k === MAX_SPEAKER_WORDS && isCapitalised(words[j]))) {
    for (let x = 0; x < 2 * MAX_SPEAKER_WORDS && j + 1 < words.length && words[j + 1].start < limit && !clauseBreak(ctx.masked, words[j].end, words[j + 1].start) && !phraseBreak(ctx.masked, words[j].end, words[j + 1].start) && (isCapitalised(words[j + 1]) || /^(?:of|the)$/.test(words[j + 1].lower)); x++) j++;
    while (j > k && /^(?:of|for|the)$/.test(words[j].lower)) j--;
  }
  // "a distinguished Guatemalan poet, Otto René Castillo", "the Commander-in-Chief of the Cuban Revolution, Comrade Fidel Castro Ruz": the person named after.
  // "the freedom fighter and leader, President Nelson Mandela,": a description of two nouns, then the name.
  const and = !capitalised && words[j + 1]?.lower === 'and' && words[j + 2] && /^\p{Ll}+$/u.test(words[j + 2].text) && !/[,;:.()]/.test(ctx.masked.slice(words[j].end, words[j + 2].start)) ? j + 2 : j;
  const appositive = appositiveName(ctx, words, j, limit) ?? (and > j ? appositiveName(ctx, words, and, limit) : undefined);
  if (appositive) return { start: w.start, end: appositive.end, name: appositive.text };
  // "the great Indian poet Rabindranath Tagore", "an American academic": a person described, not the group the adjective names.
  const described = describedPerson(ctx, words, k, j);
  if (described) return { start: w.start, end: words[j].end, ...described };
  let inner = mentionWithin(ctx, w.start, words[j].end);
  // "the Agriculture Department's Drazek": the body is not the speaker, the one after it is.
  if (inner && /^['’]s\b/.test(ctx.text.slice(inner.end, inner.end + 2))) inner = mentionWithin(ctx, inner.end + 2, words[j].end);
  // "the President of the United States", "the head of the Catholic Church": a person of the place or body, not it.
  if (inner && inner.type !== 'person' && (inner.type === 'place' ? inner.start > w.start || inner.end < words[j].end : /\bof\s+(?:the\s+)?$/i.test(ctx.masked.slice(w.start, inner.start)))) inner = undefined;
  return { start: w.start, end: words[j].end, ...(inner || capitalised ? { name: inner?.text ?? ctx.text.slice(w.start, words[j].end) } : {}) };
}

/** "H.E. General Jean-Bedel Bokassa" (seed-923 audit), "Dr. King": the full stop of a title's abbreviation or an initial does not end a name. */
function abbreviated(ctx: QuoteContext, w: Word, next: Word): boolean {
  return /^\.\s+$/.test(ctx.masked.slice(w.end, next.start)) && (TITLE_ABBREVIATIONS.has(w.lower) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(w.text)) && isCapitalised(next);
}

/**
 * A person's name set off by a comma right after the phrase ending at word `j` and ending its
 * clause ("the words of a distinguished Guatemalan poet, Otto René Castillo: “…”").
 */
function appositiveName(ctx: QuoteContext, words: readonly Word[], j: number, limit: number): EntityMention | undefined {
  const next = words[j + 1];
  if (!next || next.start >= limit || !/^\s*,\s*$/.test(ctx.masked.slice(words[j].end, next.start))) return undefined;
  // "…, Comrade Mikhail S. Gorbachev,": a title word before the name.
  const titled = isCapitalised(next) && !mentionStartingAt(ctx, next.start) && words[j + 2] && !/[,;:.()]/.test(ctx.masked.slice(next.end, words[j + 2].start).replace(/^\./, ''));
  const m = mentionStartingAt(ctx, (titled ? words[j + 2] : next).start);
  if (!m || m.type !== 'person' || mentionWithin(ctx, words[j].end - 1, words[j].end)?.type === 'person') return undefined;
  const after = words.find((x) => x.start >= m.end);
  return m.end <= limit && (!after || after.start >= limit || /^\s*[,:.;]/.test(ctx.masked.slice(m.end, after.start))) ? m : undefined;
}

/**
 * A description headed by a person noun among words `a`..`j` ("a Portuguese poet", "the great Indian
 * poet Rabindranath Tagore"): the name that follows the noun, or no name at all (not the group or
 * place its adjective names); undefined when no person noun heads the phrase.
 */
function describedPerson(ctx: QuoteContext, words: readonly Word[], a: number, j: number): { name?: string } | undefined {
  let h = -1;
  for (let i = a; i <= j && h < 0; i++) if (PERSON_NOUNS.has(words[i].text)) h = i;
  if (h < 0 || (h < j && !isCapitalised(words[h + 1]))) return undefined;
  if (h === j) return {};
  const person = mentionWithin(ctx, words[h + 1].start, words[j].end);
  return { name: person?.type === 'person' ? person.text : ctx.text.slice(words[h + 1].start, words[j].end).replace(/\s+/g, ' ') };
}

function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || (lower.endsWith('s') && PERSON_NOUNS.has(lower.slice(0, -1)));
}

/** Longest appositive between a speaker and the verb ("Philip Maslowe, chief financial officer of the preschool and child care company, said"). */
const APPOSITIVE_WORDS = 12;

/** "said Colorado attorney general Gale Norton", "Microsoft spokesman John Smith": the person a body's or place's role names. */
function personOf(ctx: QuoteContext, words: readonly Word[], body: EntityMention): Speaker | undefined {
  if (body.type === 'person') return undefined;
  let k = words.findIndex((x) => x.start >= body.end);
  for (const last = k + MAX_ROLE_WORDS; k >= 0 && k < words.length && k <= last; k++) {
    if (/[,.;:!?()]/.test(ctx.masked.slice(words[k - 1].end, words[k].start))) return undefined;
    const m = mentionStartingAt(ctx, words[k].start);
    if (m) return m.type === 'person' ? { start: body.start, end: m.end, name: m.text } : undefined;
    if (isCapitalised(words[k]) ? false : (ENDS_NOUN_PHRASE.has(words[k].lower) && words[k].lower !== 'and') || REPORTING_VERBS.has(words[k].lower)) return undefined;
  }
  return undefined;
}

/** Words of a role between a body and the person who holds it ("chairman and chief executive officer"). */
const MAX_ROLE_WORDS = 6;

/** "said analyst Paula Buratti": lower-case role words at word `k`, then a person. */
function roleBeforePerson(ctx: QuoteContext, words: readonly Word[], k: number): Speaker | undefined {
  for (let i = k; i < words.length && i < k + MAX_ROLE_WORDS; i++) {
    if (i > k && /[,.;:!?()]/.test(ctx.masked.slice(words[i - 1].end, words[i].start))) return undefined;
    const m = mentionStartingAt(ctx, words[i].start);
    if (m) return i > k && m.type === 'person' ? { start: words[k].start, end: m.end, name: m.text } : undefined;
    if (isCapitalised(words[i]) || ENDS_NOUN_PHRASE.has(words[i].lower) || REPORTING_VERBS.has(words[i].lower) || SPEAKER_DETERMINERS.has(words[i].lower)) return undefined;
  }
  return undefined;
}

/** The speaker that ends just before the reporting verb at word `k` ("Lavrov said", "the minister, Sergei Lavrov, said"). */
export function speakerEndingAt(ctx: QuoteContext, words: readonly Word[], k: number, from: number): Speaker | undefined {
  let j = k - 1;
  for (;;) {
    // "Allen Dulles, categorically stated": an adverb right before the verb.
    // "Mother Teresa so gently reminded us": and the word that strengthens it.
    // An adverb before a comma ends the clause before it, whose subject is not this verb's ("expressed that concept very clearly, pointing out").
    // "as President Habre so well stated": "well" as an adverb.
    const adverb = (x: number) => (/^\p{Ll}+ly$/u.test(words[x].text) || words[x].text === 'well') && !/,/.test(ctx.masked.slice(words[x].end, words[k].start));
    if (j === k - 1 && j >= 0 && /^\p{Ll}+ly$/u.test(words[j].text) && !adverb(j)) return undefined;
    while (j >= 0 && (BETWEEN_SPEAKER_AND_VERB.has(words[j].lower) || (j === k - 1 && adverb(j)) || (j === k - 2 && INTENSIFIERS.has(words[j].lower) && adverb(j + 1)))) j--;
    // "Trump on Monday suggested", "Akesson last week said": the time is not the speaker.
    // Not "His Majesty the King, at the Fifth Conference … last year, said": a time that ends an aside between commas is the aside's.
    if (j >= 1 && TIME_WORDS.has(words[j].lower) && TIME_PREPOSITIONS.has(words[j - 1].lower) && !(/,/.test(ctx.masked.slice(words[j].end, words[j + 1].start)) && prepositionalAside(ctx, words, j) < j)) j -= 2;
    else if (j >= 0 && (words[j].lower === 'yesterday' || words[j].lower === 'today') && words[j - 1]?.lower !== 'of') j--; // not "the world of today declares"
    // "and for the first time said": nor is "the first time".
    else if (j >= 3 && words[j].lower === 'time' && words[j - 2].lower === 'the' && words[j - 3].lower === 'for') j -= 4;
    else break;
  }
  if (j < 0 || words[j].start < from) return undefined;
  // "To call the neediest countries the “fourth world”": an infinitive has no subject of its own (nor is a tagged "To" one).
  if (words[j].lower === 'to') return undefined;
  // An appositive between commas: "Sergei Lavrov, Russia’s foreign minister, said"; a participle or
  // relative clause is one even when it ends on a person ("the report of the Commission, chaired by Willy Brandt, has pointed out").
  const appositive = mentionEndingAt(ctx, words[j].end);
  // Not after a pronoun: "as you, Mr. President, so brilliantly stated" is said by "you".
  if (/,\s*$/.test(ctx.masked.slice(words[j].end, words[j + 1].start)) && !SPEAKER_PRONOUNS.has(words[j].lower)) {
    // A longer one only of a title's words ("Comrade Ramiz Alia, First Secretary of the Central Committee … and Chairman of the Presidium …, has said").
    const aside = prepositionalAside(ctx, words, j);
    for (let a = j; a >= 0 && (a >= j - APPOSITIVE_WORDS || a >= aside || (a >= j - LONG_TITLE_WORDS && isTitleWord(words[a]))); a--) {
      if (a > 0 && /,\s*$/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) {
        if (appositive?.type === 'person' && !insideClause(words, a)) break;
        const before = speakerEndingAt(ctx, words, a, from);
        // "the former colonial Power, France, stated", "The Roman philosopher, Pliny the Younger, once said": a description, then the name.
        // Not "you, Sir, stated", nor a list of names ("Australia, the Cook Islands, Nauru, New Zealand").
        const described = before && !SPEAKER_PRONOUNS.has(ctx.text.slice(before.start, before.end).toLowerCase()) && !isCapitalised(words[k]);
        const name = described && (!before.name || !mentionWithin(ctx, before.start, before.end)) ? nameBetweenCommas(ctx, words, a, j) : undefined;
        if (name) return { start: descriptionStart(ctx, words, before!.start, from), end: words[j].end, name };
        if (before) return before;
        break;
      }
    }
  }
  if (clauseBreak(ctx.masked, words[j].end, words[k].start)) return undefined;
  // "Josip Broz Tito, in his statement at the Helsinki Conference said" (seed-259 audit): an aside that runs to the verb; its speaker comes before.
  const open = openAside(ctx, words, j, from);
  if (open > 0) return speakerEndingAt(ctx, words, open, from);
  const w = words[j];
  const mention = mentionEndingAt(ctx, w.end);
  if (mention && mention.start >= from) {
    // "conscripts from Irkutsk in Siberia complained": the place is not the speaker, the phrase is.
    const a = words.findIndex((x) => x.start >= mention.start);
    // "the people of Tuvalu in the Pacific Ocean have declared": over "the" too (not "of the", a role's: "First Secretary … of the Byelorussian SSR").
    const placePrep = a > 1 && words[a - 1].lower === 'the' && words[a - 2].lower !== 'of' ? a - 2 : a - 1;
    if (mention.type === 'place' && placePrep >= 0 && PREPOSITIONS.has(words[placePrep].lower)) return phraseBefore(ctx, words, placePrep, w.end, from);
    // "the Government of the Republic of Surinam issued", "the head of the Catholic Church said": someone of the body or place speaks.
    const holder = mention.type === 'person' ? -1 : roleOfStart(ctx, words, a, from);
    if (holder >= 0) {
      // "The resolution of the Congress … on the report of the Central Committee of the CPSU states": the phrase is an object; the sentence's subject speaks, if short enough.
      if (holder > 0 && isObjectOpener(words[holder - 1].lower)) {
        const long = sentenceSubjectStart(ctx, words, j, from);
        return long >= 0 ? { start: words[long].start, end: w.end } : undefined;
      }
      return { start: words[holder].start, end: w.end };
    }
    // "who, in an interview with the writer Gabriel García Márquez, stated": the name is an object.
    // "…, who, in an interview with the writer García Márquez, stated": the name is an object; after
    // "by" ("as was pointed out … by President Abdou Diouf, …, speaking") it is the agent, who speaks.
    // "the Special Representative for Children and Armed Conflict pointed out": the name ends a title, whose holder speaks.
    const title = titleBeforeAnd(ctx, words, a, j);
    if (title >= 0 && words[title].start >= from) return { start: words[title].start, end: w.end };
    const prep = objectOfPreposition(ctx, words, a);
    if (prep >= 0 && words[prep].lower !== 'by') return prep > 0 ? phraseBefore(ctx, words, prep, words[prep - 1].end, from) : undefined;
    return { start: mention.start, end: mention.end, name: mention.text };
  }
  if (SPEAKER_PRONOUNS.has(w.lower)) return pronoun(ctx, w);
  if (isCapitalised(w) && !SENTENCE_OPENERS.has(w.lower)) {
    const a = capitalisedNameStart(ctx, words, j);
    // "Joseph Stiglitz in his book Making Globalization Work wrote" (seed-947 audit): a title where the speaker wrote; the speaker comes before.
    if (a >= 3 && words[a - 3].lower === 'in' && POSSESSIVE_DETERMINERS.has(words[a - 2].lower) && /^\p{Ll}+$/u.test(words[a - 1].text) && words[a - 3].start >= from) return speakerEndingAt(ctx, words, a - 3, from);
    // "The report of the Secretary-General on the work of the Organization states that" (ung20): a name after "of" ends a longer subject;
    // "The United Democratic Front News in the Western Cape aptly had this to say:" (ung20): a place's name after another preposition.
    const p = a > 1 && words[a - 1].lower === 'the' ? a - 2 : a - 1;
    if (p > 0 && PREPOSITIONS.has(words[p].lower)) {
      const long = words[p].lower === 'of' ? sentenceSubjectStart(ctx, words, j, from) : -1;
      if (long >= 0) return longSubject(ctx, words, long, j);
      const before = words[p].lower === 'of' ? undefined : phraseBefore(ctx, words, p, w.end, from);
      if (before) return before;
    }
    // "Truman who, in reference to the Charter, stated": the name is an object; "The leaders of the States Parties to the Warsaw
    // Treaty made the following statement:" (ung20): the sentence's subject, when short enough.
    if (objectOfPreposition(ctx, words, a) >= 0) {
      const long = sentenceSubjectStart(ctx, words, j, from);
      return long >= 0 ? longSubject(ctx, words, long, j) : undefined;
    }
    // "the expert of the Subcommission on the Promotion and Protection of Human Rights had" (ung20): a piece of a name's coordination names
    // no one (not "President-Founder of the Rally of the Togolese People and President of the Republic", a title of its own).
    if (a > 2 && words[a - 1].lower === 'and' && isCapitalised(words[a - 2]) && /^(?:the|of|on|for)$/.test(words[a - 3].lower) && !/[,;:.()]/.test(ctx.masked.slice(words[a - 3].end, words[a].start))) return undefined;
    return { start: words[a].start, end: w.end, name: ctx.text.slice(words[a].start, w.end) };
  }
  if (SOURCE_NOUNS.has(w.lower)) return { start: w.start, end: w.end };
  // "quote Albert Einstein, who once said:": a relative clause's speaker is the person or body it follows;
  // "the Non-Aligned Movement, which declared in its latest Summit Meeting … that": a body's (seed-229 audit).
  if ((w.lower === 'who' || w.lower === 'which') && j > 0 && /^\s*,\s*$/.test(ctx.masked.slice(words[j - 1].end, w.start))) {
    const m = mentionEndingAt(ctx, words[j - 1].end);
    // "the Secretary-General, who has said that" (ung20): a title the entities do not hold.
    if (!m && w.lower === 'who' && isCapitalised(words[j - 1]) && !SENTENCE_OPENERS.has(words[j - 1].lower)) {
      const a = capitalisedNameStart(ctx, words, j - 1);
      // Not the end of a description ("the Head of a friendly neighboring Government, who called").
      const opens = a === 0 || words[a - 1].lower === 'the' || /[,;:.()]/.test(ctx.masked.slice(words[a - 1].end, words[a].start));
      return opens && words[a].start >= from ? { start: words[a].start, end: words[j - 1].end, name: ctx.text.slice(words[a].start, words[j - 1].end) } : undefined;
    }
    return m && m.start >= from && (m.type === 'organization' || (m.type === 'person' && w.lower === 'who')) ? { start: m.start, end: m.end, name: m.text } : undefined;
  }
  // "quoting a brilliant diplomat who once said," (seed-923 audit): a restrictive relative clause's speaker is the phrase it follows
  // (not one of "that" or "which": "The key word which describes … is “storm”" names a thing).
  // "Yvonne Chireau, a professor of religion who called": the person the description stands beside.
  if (w.lower === 'who' && j > 0 && !/[,;:.()]/.test(ctx.masked.slice(words[j - 1].end, w.start))) {
    const sp = speakerEndingAt(ctx, words, j, from);
    const a = sp && !sp.name ? words.findIndex((x) => x.start === sp.start) : -1;
    const person = a > 0 && /^\s*,\s*$/.test(ctx.masked.slice(words[a - 1].end, words[a].start)) ? mentionEndingAt(ctx, words[a - 1].end) : undefined;
    if (person?.type === 'person' && person.start >= from) return { start: person.start, end: person.end, name: person.text };
    if (sp) return sp;
  }
  // "I shall end my statement by quoting": a phrase ending on a preposition names no one.
  if (ENDS_NOUN_PHRASE.has(w.lower) || PREPOSITIONS.has(w.lower) || OBJECT_PREPOSITIONS.has(w.lower) || SPEAKER_DETERMINERS.has(w.lower)) return undefined;
  // "the minister said", "a spokesman for the company said": back to the determiner.
  let det = -1;
  let opener = -1;
  for (let a = j - 1; a >= 0 && a > j - MAX_SPEAKER_WORDS && words[a].start >= from; a--) {
    // "the Law of the Sea has just concluded": a verb before it, the phrase is a clause, not a noun phrase.
    if (REPORTING_VERBS.has(words[a].lower) || AUXILIARIES.has(words[a].lower) || clauseBreak(ctx.masked, words[a].end, words[a + 1].start) || /,/.test(ctx.masked.slice(words[a].end, words[a + 1].start))) break;
    // "the foundation of what politicians today call": the speaker is named after the clause's "what".
    if (words[a].lower === 'what') {
      opener = a;
      break;
    }
    if (SPEAKER_DETERMINERS.has(words[a].lower)) {
      det = a;
      // "at the conclusion of the Johannesburg Summit the richer countries stated": a name right before the determiner ends another phrase.
      if (a > 0 && isCapitalised(words[a - 1]) && !/[,;:.()]/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) break;
    }
  }
  if (det < 0 && opener >= 0 && /^\p{Ll}+s$/u.test(w.text)) return { start: words[opener + 1].start, end: w.end };
  // "there is a text stating that:": what exists is no speaker.
  if (det >= 2 && /^(?:is|are|was|were)$/.test(words[det - 1].lower) && words[det - 2].lower === 'there') return undefined;
  // "who in his closing remarks at the session said:", "which in its summary of the results … wrote": where the speaker
  // spoke, not who; "when speaking of the dynamics of non-alignment said": what they spoke of. The speaker comes before.
  const aside = spokenInOrOf(words, det);
  if (aside >= 0) return aside > 0 ? speakerEndingAt(ctx, words, aside, from) : undefined;
  // "The second United Nations special session on disarmament concluded that:", "The report of the Secretary-General on the situation
  // in … concluded" (seed-923 audit): a phrase longer than a speaker's, or one whose determiner opens an object, as the sentence's subject.
  const object = det > 0 && isObjectOpener(words[det - 1].lower);
  const long = (det < 0 && opener < 0) || object ? sentenceSubjectStart(ctx, words, j, from) : -1;
  if (long >= 0) {
    return longSubject(ctx, words, long, j);
  }
  // "a regime with a five-year record of constant aggression declares": the phrase after a preposition is an object; its head comes before.
  if (det > 0 && (PREPOSITIONS.has(words[det - 1].lower) || OBJECT_PREPOSITIONS.has(words[det - 1].lower)) && words[det - 1].lower !== 'by') {
    const head = descriptionStart(ctx, words, words[det - 1].start, from);
    if (head < words[det - 1].start) det = words.findIndex((x) => x.start === head);
    const wider = spokenInOrOf(words, det);
    if (wider >= 0) return wider > 0 ? speakerEndingAt(ctx, words, wider, from) : undefined;
  }
  if (det < 0) {
    // "about 100 Air France workers denounced", "Al-Akhbar newspapers said": a body's people or papers.
    const body = j > 0 && /s$/.test(w.lower) ? mentionEndingAt(ctx, words[j - 1].end) : undefined;
    return body && body.type === 'organization' && !clauseBreak(ctx.masked, body.end, w.start) ? { start: body.start, end: w.end, name: body.text } : undefined;
  }
  const described = describedPerson(ctx, words, det, j);
  if (described) return { start: words[det].start, end: w.end, ...described };
  const inner = mentionWithin(ctx, words[det].start, w.end);
  return { start: words[det].start, end: w.end, ...(inner ? { name: inner.text } : {}) };
}

/**
 * Where a role "of" the body or place whose name starts at word `a` begins ("the Government of the
 * Republic of Surinam", "the head of the Catholic Church", "General Secretary of the Central Committee
 * of the Communist Party"), else -1.
 */
function roleOfStart(ctx: QuoteContext, words: readonly Word[], a: number, from: number): number {
  const j = words[a - 1]?.lower === 'of' ? a - 2 : words[a - 1]?.lower === 'the' && words[a - 2]?.lower === 'of' ? a - 3 : -1;
  if (j < 0 || words[j].start < from || /[,;:.()]/.test(ctx.masked.slice(words[j].end, words[a].start))) return -1;
  if (isCapitalised(words[j])) {
    const b = capitalisedNameStart(ctx, words, j);
    // "The report of the Central Committee of the CPSU states" (seed-923 audit's sample): the report, not the committee, when a noun's "of the" comes before.
    const outer = b > 0 && SPEAKER_DETERMINERS.has(words[b - 1].lower) ? roleOfStart(ctx, words, b, from) : -1;
    if (outer >= 0 && !isCapitalised(words[outer + 1])) return outer;
    return b > 0 && SPEAKER_DETERMINERS.has(words[b - 1].lower) && words[b - 1].start >= from ? b - 1 : b;
  }
  for (let b = j; b >= 0 && b > j - 3 && words[b].start >= from; b--) {
    if (b < j && /[,;:.()]/.test(ctx.masked.slice(words[b].end, words[b + 1].start))) return -1;
    if (SPEAKER_DETERMINERS.has(words[b].lower)) return b;
  }
  return -1;
}

/** Start of a capitalised name ending at word `j`, over "of the" inside it ("the President of the Republic"). */
export function capitalisedNameStart(ctx: QuoteContext, words: readonly Word[], j: number): number {
  const joined = (x: number) => x > 0 && !clauseBreak(ctx.masked, words[x - 1].end, words[x].start) && !/,/.test(ctx.masked.slice(words[x - 1].end, words[x].start));
  let a = j;
  for (;;) {
    if (joined(a) && isCapitalised(words[a - 1])) a--;
    // "the Declaration on Territorial Asylum" (seed-947 audit): "on" inside a name too.
    else if (joined(a) && joined(a - 1) && (words[a - 1].lower === 'of' || words[a - 1].lower === 'for' || words[a - 1].lower === 'on') && a >= 2 && isCapitalised(words[a - 2])) a -= 2;
    else if (joined(a) && joined(a - 1) && joined(a - 2) && words[a - 1].lower === 'the' && words[a - 2].lower === 'of' && a >= 3 && isCapitalised(words[a - 3])) a -= 3;
    else break;
  }
  const title = titleBeforeAnd(ctx, words, a, j);
  if (title >= 0) a = title;
  while (a < j && SENTENCE_OPENERS.has(words[a].lower)) a++;
  return a;
}

/**
 * The start of a title that a name at word `a` ends after "and" ("Special Representative for Children
 * and" | Armed Conflict): capitalised words before "and" that join a title over "of" or "for"; else -1.
 */
function titleBeforeAnd(ctx: QuoteContext, words: readonly Word[], a: number, j: number): number {
  // Not a title of its own after "and" ("member of the Politbureau … and First Secretary of the Central Committee").
  if (a < 3 || words[a - 1].lower !== 'and' || !isCapitalised(words[a - 2]) || words.slice(a, j + 1).some((x) => !isCapitalised(x)) || /[,;:.()]/.test(ctx.masked.slice(words[a - 2].end, words[a].start))) return -1;
  const b = capitalisedNameStart(ctx, words, a - 2);
  return b < a - 2 && words.slice(b, a - 2).some((x) => x.lower === 'of' || x.lower === 'for') ? b : -1;
}

/**
 * The phrase a prepositional phrase hangs on ("Alisa Gorshenina in the Urals region of Russia",
 * "conscripts from Irkutsk in Siberia"), back to the clause's start: a person or body named in it
 * is the speaker.
 */
function phraseBefore(ctx: QuoteContext, words: readonly Word[], prep: number, end: number, from: number): Speaker | undefined {
  let a = prep;
  while (a > 0 && words[a - 1].start >= from && prep - a < 2 * MAX_SPEAKER_WORDS && !clauseBreak(ctx.masked, words[a - 1].end, words[a].start) && !/,/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) a--;
  if (a === prep) return undefined;
  if (PREPOSITIONS.has(words[a].lower) || OBJECT_PREPOSITIONS.has(words[a].lower)) {
    // "In this respect His Excellency President Kaunda of Zambia has recently stated": the person right before "of" the place, unless an object ("in an interview with …").
    const person = mentionEndingAt(ctx, words[prep - 1].end);
    const p = person?.type === 'person' ? words.findIndex((x) => x.start === person.start) : -1;
    return p >= 0 && objectOfPreposition(ctx, words, p) < 0 ? { start: person!.start, end: person!.end, name: person!.text } : undefined;
  }
  for (let i = a; i < prep; i++) {
    const m = mentionStartingAt(ctx, words[i].start);
    if (m && (m.type === 'person' || m.type === 'organization')) return { start: m.start, end: m.end, name: m.text };
  }
  // "I cannot but quote what the President of Lebanon said": the phrase starts after the clause's "what".
  let opener = -1;
  for (let i = a + 1; i < prep; i++) if (CLAUSE_OPENERS.has(words[i].lower)) opener = i;
  if (opener >= 0) a = opener + 1;
  while (a < prep && (SENTENCE_OPENERS.has(words[a].lower) || ENDS_NOUN_PHRASE.has(words[a].lower))) a++;
  // "which in its summary of the results of the conference in Algiers wrote": where someone wrote, not who.
  if (a + 1 < prep && spokenInOrOf(words, words[a].lower === 'in' ? a + 1 : a) >= 0) return undefined;
  return a < prep ? { start: words[a].start, end } : undefined;
}

/** How far back a finite reporting verb's subject may be named when it does not end right before it ("Henke, who called"). */
export const NEAR_SUBJECT_WORDS = 2;

/** "…, saying ‘…’": the verb's subject is further back; the nearest person, body or pronoun in the clause. */
export function nearestSpeaker(ctx: QuoteContext, words: readonly Word[], k: number, reach: number): Speaker | undefined {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    const mention = mentionEndingAt(ctx, words[j].end);
    const first = mention && words.findIndex((x) => x.start >= mention.start);
    if (mention && (mention.type === 'person' || mention.type === 'organization') && objectOfPreposition(ctx, words, first!) < 0) return titleHolder(ctx, words, first!) ?? { start: mention.start, end: mention.end, name: mention.text };
    const l = words[j].lower;
    if (l === 'he' || l === 'she') return pronoun(ctx, words[j]);
  }
  return undefined;
}

/** "Robert McNamara, President of the World Bank, … went on to say": the person whose title names the body at word `a`. */
function titleHolder(ctx: QuoteContext, words: readonly Word[], a: number): Speaker | undefined {
  const b = roleOfStart(ctx, words, a, 0);
  if (b < 1 || !/^\s*,\s*$/.test(ctx.masked.slice(words[b - 1].end, words[b].start))) return undefined;
  const person = mentionEndingAt(ctx, words[b - 1].end);
  return person?.type === 'person' ? { start: person.start, end: person.end, name: person.text } : undefined;
}

export function pronoun(ctx: QuoteContext, w: Word): Speaker {
  if (w.lower !== 'he' && w.lower !== 'she') return { start: w.start, end: w.end };
  const person = antecedent(ctx, w);
  return { start: w.start, end: w.end, ...(person ? { name: person.text } : {}) };
}

