/**
 * More of a tagger span's edges completed where the product shows it (shownEdges.ts: completedEdges; training never
 * reads them): a span cut inside a coordination ("massacres of Sabra" + "and Shatila", "reckless" + "and
 * unresponsible"), opening on a form of "be" ("being | reckless"), ending on a word that opens a clause ("tyranny |
 * wherever") or on an infinitive whose object it leaves out ("force aggressors | to respect" the norms). Judged wrong in the seed-831 audit (docs/audits/README.md); written on ung20.
 */
import { isLoadedWord, type DocContext } from './features';
import { isNounAfter, needsNoun } from './shownSpan';

/** Nouns in -ed, which isNounAfter takes for participles ("useless bloodshed | the Organization"). */
const NOUNS_IN_ED: ReadonlySet<string> = new Set(['bloodshed', 'hatred', 'greed', 'creed', 'deed', 'need', 'seed', 'breed', 'speed', 'shed', 'watershed']);
/** Token `k` a noun by its form, those in -ed included. */
export function isNounAt(d: DocContext, k: number): boolean {
  return isNounAfter(d, k) || (d.shape[k] === 0 && NOUNS_IN_ED.has(d.keys[k]));
}

/** Words that open a clause, on which no span ends ("challenge tyranny | wherever it is found"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['wherever', 'whenever', 'whereas', 'although', 'though', 'unless', 'whether']);

const NAME_BEFORE: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'against', 'from', 'into', 'over']);

/** Forms of "be" that open no marker before a loaded word ("denounced such acts as being | reckless"). */
const BE_FORMS: ReadonlySet<string> = new Set(['being', 'been', 'be']);
export function isLeadingBe(d: DocContext, a: number, b: number): boolean {
  if (!BE_FORMS.has(d.keys[a]) || d.shape[a] !== 0) return false;
  for (let k = a + 1; k < b; k++) if (isLoadedWord(d, k)) return true;
  return false;
}

/**
 * The end of a span `[a, b)` taken over the second member of a coordination it cuts: a name after "and" where the span
 * ends on a name ("the disgraceful massacres of Sabra | and Shatila"), or a predicate adjective after "and" or "or"
 * where the span ends on an adjective and the clause ends after it ("as being reckless | and unresponsible.").
 */
export function withCoordinated(d: DocContext, a: number, b: number): number {
  const end = d.sEnd[b - 1];
  const last = b - 1;
  if (b + 1 >= end || (d.keys[b] !== 'and' && d.keys[b] !== 'or')) return b;
  // A place's name: after another capital, a preposition or a participle ("of Sabra", "South Africa", "occupied Jammu"), not "imperialist Powers".
  const named = last - 1 > d.sFirst[last] && (d.shape[last - 1] === 1 || NAME_BEFORE.has(d.keys[last - 1]) || /ed$/.test(d.keys[last - 1]));
  if (d.shape[last] === 1 && named && last > a && d.keys[b] === 'and' && d.shape[b + 1] === 1) {
    let k = b + 1;
    while (k < end && d.shape[k] === 1) k++;
    // "Sabra and Shatila refugee camps": the names modify a noun, which the span did not reach either.
    return k < end && isNounAfter(d, k) ? b : k;
  }
  if (d.shape[last] === 0 && needsNoun(d, last) && d.shape[b + 1] === 0 && needsNoun(d, b + 1) && (b + 2 >= end || d.shape[b + 2] === 4)) return b + 2;
  return b;
}

/** Words that open an infinitive's object or clause after the span ("to respect | the norms", "to suppose | that"). */
const OBJECT_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'your', 'it', 'them', 'us', 'him', 'that', 'to', 'on', 'in', 'with', 'all',
]);

/**
 * A span ending on "to" and a plain verb whose object or clause follows it ends before "to", where its loaded words are
 * all before ("force aggressors | to respect the norms": seed-831 audit; "absurd and dangerous | to suppose that").
 */
export function withoutInfinitive(d: DocContext, a: number, b: number): number {
  const to = b - 2;
  if (to <= a || d.keys[to] !== 'to' || b >= d.sEnd[to] || d.shape[b - 1] !== 0 || isLoadedWord(d, b - 1) || !OBJECT_START.has(d.keys[b])) return b;
  for (let k = a; k < to; k++) if (isLoadedWord(d, k)) return to;
  return b;
}

/** Modifiers that make one compound with a war's noun after them ("world war", "civil war", "nuclear weapons"). */
const WAR_COMPOUNDS: ReadonlySet<string> = new Set(['world', 'civil', 'nuclear', 'cold', 'holy', 'guerrilla', 'chemical', 'biological', 'tribal', 'fratricidal']);
/** Nouns of war such a modifier takes. */
const WAR_NOUNS: ReadonlySet<string> = new Set(['war', 'warfare', 'conflict', 'strife', 'weapon', 'holocaust', 'catastrophe']);
/** A span that ends on such a modifier takes the war's noun in ("the horrors of yet another world" + "war": seed-861 audit). */
export function withWarNoun(d: DocContext, b: number): number {
  return b < d.sEnd[b - 1] && d.shape[b - 1] === 0 && WAR_COMPOUNDS.has(d.keys[b - 1]) && WAR_NOUNS.has(d.keys[b]) ? b + 1 : b;
}

/** Verbs whose ending is a modifier's ("prevent" as "different"). */
const VERBS_LIKE_MODIFIERS: ReadonlySet<string> = new Set(['prevent', 'prevents', 'foment', 'foments', 'circumvent', 'circumvents', 'resent', 'resents']);
/**
 * Token `k`, a plain word with a modifier's ending before a modifier and its loaded noun, a verb and not their modifier:
 * one of the verbs above, or a word in -ing after a word that makes it a verb ("will also prevent | bloody
 * confrontations", "fragmentation and imposing | puppet regimes": seed-861 audit; "ruling fascist cliques" stays one phrase).
 */
export function isVerbOfAPhrase(d: DocContext, k: number): boolean {
  if (k <= d.sFirst[k] || d.shape[k] !== 0 || isLoadedWord(d, k)) return false;
  const w = d.seg.tokens.text(k).toLowerCase();
  return VERBS_LIKE_MODIFIERS.has(w) || (w.endsWith('ing') && w.length > 5 && GERUND_CUES.has(d.keys[k - 1]) && !PARTICIPLE_ADJECTIVES.has(w));
}
/** Words after which a word in -ing is a verb's ("by imposing", "while spreading", "fragmentation and imposing"). */
const GERUND_CUES: ReadonlySet<string> = new Set(['by', 'while', 'without', 'after', 'before', 'through', 'and', 'or', 'of', 'in', 'for', 'from', 'is', 'are', 'was', 'were', 'been', 'be']);
/** Words in -ing that are a noun's modifier ("growing", "ruling", "neighbouring" fascist regimes). */
const PARTICIPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'growing', 'increasing', 'mounting', 'continuing', 'ongoing', 'existing', 'prevailing', 'lasting', 'escalating', 'emerging', 'remaining',
  'outstanding', 'rising', 'worsening', 'deepening', 'widening', 'unending', 'everlasting', 'neighbouring', 'neighboring', 'underlying',
  'following', 'leading', 'ruling', 'governing', 'coming', 'developing', 'outgoing', 'incoming', 'reigning', 'warring', 'fighting', 'resulting',
  'spreading', 'accelerating', 'alarming', 'appalling', 'shocking', 'disturbing', 'threatening', 'menacing', 'humiliating', 'degrading',
]);

/** Whether a loaded word is among tokens `[from, to)`. */
export function hasLoaded(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLoadedWord(d, k)) return true;
  return false;
}

/** Words after a noun that take a complement ("despots ready | to repress", "propaganda aimed | at concealing"). */
const COMPLEMENT_TAKERS: ReadonlySet<string> = new Set(['ready', 'aimed', 'designed', 'intended', 'calculated', 'determined', 'prepared', 'willing', 'eager', 'poised', 'meant', 'bent']);
/** Degree words before such a word ("fanatics all too | ready"). */
const TAKER_DEGREE: ReadonlySet<string> = new Set(['all', 'too', 'so', 'only', 'ever', 'always', 'more', 'most', 'very', 'clearly', 'deliberately', 'specifically', 'obviously', 'apparently']);
/**
 * A span that ends on a word taking a complement the span leaves out ends before that word and its degree words, where a
 * loaded word stays ("fanatics all too ready | to kill", "despots ready | to repress", "misleading propaganda aimed | at
 * concealing": seed-931 audit and the whole-corpus look of 7 December).
 */
export function withoutCutTaker(d: DocContext, a: number, b: number): number {
  const next = d.keys[b];
  if (!(next === 'to' || next === 'at' || next === 'on' || next === 'upon') || !COMPLEMENT_TAKERS.has(d.keys[b - 1])) return b;
  let e = b - 1;
  while (e - 1 > a && TAKER_DEGREE.has(d.keys[e - 1])) e--;
  return e > a && hasLoaded(d, a, e) ? e : b;
}

/** Prepositions that open an adjunct after a noun ("that abhorrent regime | through the imposition of sanctions"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['through', 'by', 'via', 'with', 'without', 'under', 'against', 'despite']);
/**
 * A span that ends before "of" inside an adjunct it opened after its loaded words ends before the adjunct ("that abhorrent
 * regime through the imposition | of comprehensive mandatory sanctions": seed-921 audit).
 */
export function withoutCutAdjunct(d: DocContext, a: number, b: number): number {
  if (d.keys[b] !== 'of') return b;
  for (let k = b - 2; k > a; k--) {
    if (isLoadedWord(d, k)) return b;
    if (ADJUNCT_OPENERS.has(d.keys[k]) && d.shape[k] === 0) return hasLoaded(d, a, k) ? k : b;
  }
  return b;
}
