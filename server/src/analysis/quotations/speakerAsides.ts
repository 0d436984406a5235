/**
 * Asides and subjects around a speaker's phrase (speakerPhrases.ts): where or when someone spoke ("…, in his statement at …, said",
 * "in his closing remarks"), titles between commas, a phrase that is a preposition's object, and a sentence's longer subject.
 */
import { QuoteContext, Speaker, Word, clauseBreak, isCapitalised, mentionEndingAt, mentionStartingAt, phraseBreak } from './clauses';
import { AUXILIARIES, OBJECT_PREPOSITIONS, PREPOSITIONS, REPORTING_VERBS, SPEAKER_DETERMINERS } from './reporting';

/** Longest noun phrase taken for a speaker (words). */
export const MAX_SPEAKER_WORDS = 6;
/** Determiners of a phrase that names where its possessor spoke ("in his closing remarks"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Prepositions after a participle that name what was spoken of ("speaking of", "talking about"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'on']);

/** Words that open a clause inside a phrase: the speaker is named after them ("… what the President of Peru has said"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'that', 'which', 'who', 'whom', 'how', 'when', 'if', 'because', 'whether']);

/** A preposition whose phrase is no subject ("on the report of …"); not "by" (an agent) nor "of" ("One of the founding fathers of …"). */
export function isObjectOpener(lower: string): boolean {
  return (PREPOSITIONS.has(lower) || OBJECT_PREPOSITIONS.has(lower) || lower === 'on') && lower !== 'by' && lower !== 'of';
}

/**
 * The sentence's subject from word `long` to word `j`; its name is the one "of" its head only ("The spirit of the United Nations Charter"),
 * not a name further in ("the United Nations" of "the United Nations special session", "the Organization" of "The report … on the work of the Organization").
 */
export function longSubject(ctx: QuoteContext, words: readonly Word[], long: number, j: number): Speaker {
  const named = mentionEndingAt(ctx, words[j].end);
  const ofHead = named && words[long + 2]?.lower === 'of' && words.findIndex((x) => x.start === named.start) === (words[long + 3]?.lower === 'the' ? long + 4 : long + 3);
  return { start: words[long].start, end: words[j].end, ...(ofHead ? { name: named!.text } : {}) };
}

/** Longest subject of a sentence taken for a speaker (words). */
const LONG_SUBJECT_WORDS = 12;

/**
 * The first word of a sentence that opens with "The" and runs to word `j` with no verb, clause or comma in it (at most
 * LONG_SUBJECT_WORDS; a paragraph's number before it), else -1.
 */
export function sentenceSubjectStart(ctx: QuoteContext, words: readonly Word[], j: number, from: number): number {
  const first = words.length > 1 && /^\d+$/.test(words[0].text) ? 1 : 0;
  if (j - first >= LONG_SUBJECT_WORDS || words[first].text !== 'The' || words[first].start - from > 8) return -1;
  for (let a = first + 1; a <= j; a++) {
    const x = words[a].lower;
    if (REPORTING_VERBS.has(x) || AUXILIARIES.has(x) || CLAUSE_OPENERS.has(x) || clauseBreak(ctx.masked, words[a - 1].end, words[a].start) || phraseBreak(ctx.masked, words[a - 1].end, words[a].start)) return -1;
  }
  return first;
}

/**
 * Of a phrase opening at word `det`, the word its speaker's phrase ends before when the phrase says where
 * they spoke ("in his closing remarks", "in its summary") or what of ("speaking of the dynamics of …",
 * "when" included); -1 when it says neither.
 */
export function spokenInOrOf(words: readonly Word[], det: number): number {
  if (det <= 0) return -1;
  let before = -1;
  if (POSSESSIVE_DETERMINERS.has(words[det].lower) && words[det - 1].lower === 'in') before = det - 1;
  else if (det > 1 && TOPIC_PREPOSITIONS.has(words[det - 1].lower) && /\p{Ll}ing$/u.test(words[det - 2].text)) before = det - 2;
  if (before > 0 && (words[before - 1].lower === 'when' || words[before - 1].lower === 'while')) before--;
  return before;
}

/** Prepositions that open an aside between a speaker and the verb ("Comrade Enver Hoxha, in his statement on the occasion of …, stated"). */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on', 'speaking', 'addressing']);

/** The first word of an aside opened by a preposition after a comma and ending at word `j` (up to LONG_TITLE_WORDS), else Infinity. */
export function prepositionalAside(ctx: QuoteContext, words: readonly Word[], j: number): number {
  for (let a = j; a > 0 && a >= j - LONG_TITLE_WORDS; a--) {
    if (clauseBreak(ctx.masked, words[a - 1].end, words[a].start)) return Infinity;
    if (/,\s*$/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) return ASIDE_PREPOSITIONS.has(words[a].lower) ? a : Infinity;
  }
  return Infinity;
}

/**
 * The first word of an aside after a comma that says where or when the speaker spoke and runs to the verb after word `j`
 * ("…, in his statement at the Helsinki Conference said", "Marshal Lon Nol, …, when speaking to the Deputies … on the occasion of the opening of
 * the National Assembly, said:"), else -1.
 */
export function openAside(ctx: QuoteContext, words: readonly Word[], j: number, from: number): number {
  for (let a = j; a > 0 && a >= j - LONG_TITLE_WORDS && words[a - 1].start >= from; a--) {
    if (clauseBreak(ctx.masked, words[a - 1].end, words[a].start)) return -1;
    if (!/,\s*$/.test(ctx.masked.slice(words[a - 1].end, words[a].start))) continue;
    const w = words[a].lower;
    const where = (w === 'in' || w === 'during' || w === 'at') && POSSESSIVE_DETERMINERS.has(words[a + 1]?.lower ?? '');
    return where || ((w === 'when' || w === 'while') && /ing$/.test(words[a + 1]?.lower ?? '')) ? a : -1;
  }
  return -1;
}

/** Longest title between commas after a person's name (words). */
export const LONG_TITLE_WORDS = 30;
/** Lower-case words inside a title or a name ("Chairman of the Presidium", "Pliny the Younger"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'del', 'la', 'le', 'bin', 'ibn', 'al']);

export function isTitleWord(w: Word): boolean {
  return isCapitalised(w) || NAME_JOINERS.has(w.lower);
}

/** The name that is all of words `a`..`j` (an entity mention, or capitalised words): "France", "Pliny the Younger". */
export function nameBetweenCommas(ctx: QuoteContext, words: readonly Word[], a: number, j: number): string | undefined {
  const m = mentionStartingAt(ctx, words[a].start);
  if (m && m.end === words[j].end && m.type !== 'date' && m.type !== 'event') return m.text;
  if (j - a >= MAX_SPEAKER_WORDS || !isCapitalised(words[a]) || !isCapitalised(words[j])) return undefined;
  for (let i = a; i <= j; i++) if (!isTitleWord(words[i]) || (i > a && /[,;:.()]/.test(ctx.masked.slice(words[i - 1].end, words[i].start)))) return undefined;
  return ctx.text.slice(words[a].start, words[j].end);
}

/** The start of a description that ends with the phrase at `start`, from its determiner ("the former colonial" | Power). */
export function descriptionStart(ctx: QuoteContext, words: readonly Word[], start: number, from: number): number {
  const k = words.findIndex((w) => w.start === start);
  for (let b = k - 1; b >= 0 && b >= k - 3 && words[b].start >= from; b--) {
    if (/[,;:.()]/.test(ctx.masked.slice(words[b].end, words[b + 1].start)) || AUXILIARIES.has(words[b].lower) || REPORTING_VERBS.has(words[b].lower)) break;
    if (SPEAKER_DETERMINERS.has(words[b].lower)) return words[b].start;
  }
  return start;
}

/** A participle's or relative clause's first words at word `a` ("chaired by", "which was led by", "who met"). */
export function insideClause(words: readonly Word[], a: number): boolean {
  const w = words[a];
  return /^(?:which|who|whom|whose)$/.test(w.lower) || (/^\p{Ll}+$/u.test(w.text) && (words[a + 1]?.lower === 'by' || (words[a + 1]?.lower === 'over' && words[a + 2]?.lower === 'by')));
}

/** The preposition (its word index, else -1) that opened the phrase (since the last comma) holding the word at `a`. */
export function objectOfPreposition(ctx: QuoteContext, words: readonly Word[], a: number): number {
  for (let i = a - 1; i >= 0 && a - i <= MAX_SPEAKER_WORDS; i--) {
    if (/,/.test(ctx.masked.slice(words[i].end, words[i + 1].start)) || clauseBreak(ctx.masked, words[i].end, words[i + 1].start)) return -1;
    // "I should like to recall here what President Sadat declared": a clause of its own opens before the name.
    if (CLAUSE_OPENERS.has(words[i].lower)) return -1;
    if (OBJECT_PREPOSITIONS.has(words[i].lower)) return i;
  }
  return -1;
}
