/**
 * The edges a tagger span is shown with. The tagger's cut (phrase.ts) is part of what calibration
 * and the thresholds are fitted on; changing it there moved the PTC calibration (docs/rhetoric-
 * evaluation.md). These repairs apply only where markers are shown (index.ts: selectMarkers), like
 * plainUse.ts: a phrase cut before its noun takes the noun in ("heinous terrorist" + "attacks",
 * "most appalling" + "poverty"), a span ending on "the most" stops before it, and a span that starts
 * inside a name takes the name's first words in ("United" + "States imperialism"). Judged cut in
 * the seed-173 audit (docs/audits/README.md).
 */
import { isLoadedWord, type DocContext } from './features';
import { isStanceOrStruggleVerb } from './stanceVerbs';

/** Endings of adjectives and participles that need the noun after them ("reactionary", "international", "appalling", "callous"). */
const MODIFIER_END = /(?:ist|ary|al|ic|ive|ous|ing|ent|ant|ian|ese|ish|ful|less|ible|able)$/;
/** Nouns among those endings ("government", "arsenal" stays possible, but "-ment" and "-ness" are nouns). */
const NOUN_END = /(?:ment|ness|ism|ship|tion|sion)$/;

/** Words that are no noun a modifier can take: function words, clause words, adverbs, verbs' forms. */
const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'than', 'into', 'against', 'the', 'a', 'an',
  'not', 'also', 'only', 'even', 'so', 'very', 'too', 'more', 'most', 'it', 'they', 'we', 'he', 'she', 'there', 'this', 'that', 'these',
  'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'because', 'since', 'if', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'its', 'their', 'our', 'his', 'her', 'my', 'your', 'all', 'any', 'each', 'every', 'some', 'such', 'no', 'one', 'other', 'own',
  'upon', 'over', 'under', 'through', 'about', 'after', 'before', 'without', 'within', 'between', 'among', 'towards', 'toward', 'here', 'now',
  'then', 'still', 'yet', 'again', 'alone', 'itself', 'themselves', 'whom', 'whereas', 'although', 'though', 'unless', 'until', 'out', 'up',
]);

/** Words a shown marker does not end on: "flagrant disregard of the most" (vehement opposition). */
export const DANGLING_END: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'the', 'a', 'an', 'of', 'this', 'these', 'those', 'its', 'their', 'our', 'such']);

/** Tokens `[a, b)` of a tagger span as shown (see the module comment). */
export function shownSpan(d: DocContext, a: number, b: number): [number, number] {
  while (b - 1 > a && DANGLING_END.has(d.keys[b - 1])) b--;
  if (b - 1 > a) b = withNoun(d, a, b);
  // A possessive ending is no marker's first word ("the former|'s blatant refusal": seed-191 audit).
  if (b - 1 > a && POSSESSIVE.has(d.keys[a]) && a > 0 && d.seg.tokens.ends[a - 1] === d.seg.tokens.starts[a]) a++;
  const object = afterSubjectAndVerb(d, a, b);
  return [object > a ? object : withNameStart(d, a), b];
}

/** Determiners and prepositions that open the phrase after a verb ("condemns | the brutal coup", "struggling against | imperialism"). */
const OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'such', 'against', 'of', 'for', 'with', 'to', 'by', 'in', 'on', 'into', 'from',
]);


/**
 * A span that starts at a name and a plain word or a verb of stance, then a determiner or preposition, begins after
 * them: the name is the subject and the word its verb ("Nicaragua condemns the brutal coup",
 * "[Central] America struggling against imperialism"), where a loaded word follows. "Israeli
 * aggression against" keeps its start: "aggression" is loaded.
 */
function afterSubjectAndVerb(d: DocContext, a: number, b: number): number {
  let k = a;
  while (k < b && d.shape[k] === 1) k++;
  // The speaker's own stance with its subject or manner ("we face | brutal terrorist movements",
  // "vigorously condemn the | hideous massacres": seed-191 audit).
  const own = ownStance(d, a, b);
  if (own > a) return own;
  if (k === a || k + 2 >= b || d.shape[k] !== 0 || !OPENERS.has(d.keys[k + 1])) return a;
  if (!isStanceOrStruggleVerb(d.keys[k]) && isLoadedWord(d, k)) return a;
  let start = k + 1;
  while (start < b && OPENERS.has(d.keys[start])) start++;
  for (let j = start; j < b; j++) if (isLoadedWord(d, j)) return start;
  return a;
}

/** Subjects of the speaker's own stance. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['we', 'i', 'they']);

/**
 * A stance verb within a span's first words, after its subject pronoun or a manner adverb (and a
 * word before them: "north-east we face"), where a loaded word follows: the marker starts after the
 * verb and its determiners. 0 tokens moved where that is not so.
 */
function ownStance(d: DocContext, a: number, b: number): number {
  for (let k = a; k < Math.min(b - 1, a + 4); k++) {
    if (!isStanceOrStruggleVerb(d.keys[k])) {
      const manner = d.keys[k].endsWith('ly') && isStanceOrStruggleVerb(d.keys[k + 1]);
      if (!manner && isLoadedWord(d, k)) return a;
      continue;
    }
    const before = d.keys[k - 1];
    if (k === a || !(SUBJECT_PRONOUNS.has(before) || (before.endsWith('ly') && d.shape[k - 1] === 0))) return a;
    let start = k + 1;
    while (start < b && OPENERS.has(d.keys[start])) start++;
    // "reject | and condemn": a second verb of stance is no object.
    if (start >= b || d.keys[start] === 'and' || d.keys[start] === 'or') return a;
    for (let j = start; j < b; j++) if (isLoadedWord(d, j)) return isStanceOrStruggleVerb(d.keys[j]) ? a : start;
    return a;
  }
  return a;
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** A span of two words or more ending on a modifier takes the noun right after it (one word, or two where the first is a modifier too). */
function withNoun(d: DocContext, a: number, b: number): number {
  const end = d.sEnd[a];
  // "brutal commercial | and financial blockade": a modifier coordinated with another before the noun (seed-191 audit);
  // not a lexicon word, which is a marker of its own ("reactionary | and fascist").
  if (coordinatedModifierAt(d, b, (k) => !d.lex[k] && isNounAfter(d, k))) b += 2;
  for (let taken = 0; taken < 2 && b < end && needsNoun(d, b - 1) && isNounAfter(d, b); taken++) b++;
  return b;
}

/**
 * A span ending on a modifier at `b - 1` that "and" or "or" at `b` coordinates with another modifier at
 * `b + 1` (one `conjunct` accepts) before a noun at `b + 2`.
 */
export function coordinatedModifierAt(d: DocContext, b: number, conjunct: (k: number) => boolean): boolean {
  return b + 2 < d.sEnd[b - 1] && needsNoun(d, b - 1) && (d.keys[b] === 'and' || d.keys[b] === 'or') && conjunct(b + 1) && needsNoun(d, b + 1) && isNounAfter(d, b + 2);
}

export function needsNoun(d: DocContext, k: number): boolean {
  const w = d.seg.tokens.text(k).toLowerCase();
  if (d.shape[k] > 1 || !MODIFIER_END.test(w) || NOUN_END.test(w) || NOT_A_NOUN.has(w) || NOUNS.has(w)) return false;
  // "a lack of understanding", "the meeting": a plain -ing word after "of" or a determiner is a noun ("of appalling intensity" is not).
  return !(w.endsWith('ing') && k > d.sFirst[k] && GERUND_BEFORE.has(d.keys[k - 1]) && !isLoadedWord(d, k));
}

/** Nouns with a modifier's ending ("this deplorable incident | shows"). */
const NOUNS: ReadonlySet<string> = new Set([
  'incident', 'accident', 'event', 'agent', 'president', 'continent', 'resident', 'element', 'talent', 'extent', 'intent', 'content',
  'consent', 'client', 'patient', 'student', 'parent', 'opponent', 'component', 'precedent', 'giant', 'tyrant', 'migrant', 'immigrant',
  'servant', 'merchant', 'participant', 'occupant', 'peasant', 'inhabitant', 'descendant', 'assistant', 'individual',
  'arsenal', 'proposal', 'principal', 'rival', 'capital', 'signal', 'trial', 'terminal', 'animal', 'scandal',
  'ritual', 'festival', 'journal', 'clinic', 'topic', 'republic', 'relative', 'initiative', 'objective', 'executive',
  'representative', 'alternative', 'perspective', 'motive', 'detective',
]);
const GERUND_BEFORE: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);

/** Token `k` a lower-case word right after the one before it (a space or a line break, no punctuation): a noun, not a verb's form or an adverb. */
export function isNounAfter(d: DocContext, k: number): boolean {
  const w = d.seg.tokens.text(k);
  return d.shape[k] === 0 && w.length > 2 && !NOT_A_NOUN.has(w) && !/(?:ly|ed)$/.test(w) && /^[a-z][a-z-]*$/.test(w);
}

/** A capitalised first word whose name begins before it ("United | States imperialism") starts at the name's first word. */
function withNameStart(d: DocContext, a: number): number {
  while (a - 1 >= d.sFirst[a] && d.shape[a] === 1 && d.shape[a - 1] === 1 && !NOT_A_NOUN.has(d.keys[a - 1]) && isJoined(d, a - 1, a)) a--;
  return a;
}

/** Tokens `j` and `k` separated by white space only. */
function isJoined(d: DocContext, j: number, k: number): boolean {
  const toks = d.seg.tokens;
  return /^\s+$/.test(d.seg.text.slice(toks.ends[j], toks.starts[k]));
}
