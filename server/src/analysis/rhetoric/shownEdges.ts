/**
 * A tagger span's edges completed where the product shows it (shownOnly.ts: shownOnlySpan, which
 * training never reads, so the shipped model and its calibration are unchanged; shownSpan.ts, which
 * they read, keeps its rules). Cut spans were the largest wrong kind of the seed-281 audit and came
 * back in seeds 221 and 251 (docs/audits/README.md): the noun left out after "own" ("brutally
 * repressing their own" + "peoples"), after a modifier before a people's name ("brutal killing of
 * defenceless" + "Zimbabweans"), in "arms race", after a modifier coordinated with a loaded or a
 * capitalised one ("horrors of colonial" + "and racist domination", "the imperialist" + "and Zionist
 * objectives"); a span ending on a quantifier ("total annihilation of all") or on an adverb of what
 * follows ("hypocritical concern by overwhelmingly" supporting); a clause's tail taken with words
 * before its subject ("physical growth it ravages"); a span that runs from its loaded noun over a finite verb and its
 * object ("extremists defy the fundamental principles", "brutal regimes deny their people the ...": seed-701 audit); a
 * lexicon entry that ends on "of" ("flood of") takes what follows in or is not shown.
 */
import { isLoadedWord, LOADED_RATE, type DocContext } from './features';
import { LEXICON_CATEGORY_IDS } from './lexicon';
import { coordinatedModifierAt, DANGLING_END, isNounAfter, needsNoun } from './shownSpan';
import { COPULAS } from './reportedUse';
import { isStanceOrStruggleVerb } from './stanceVerbs';
import { CLAUSE_OPENERS, hasLoaded, isLeadingBe, isNounAt, isVerbOfAPhrase, withCoordinated, withoutCutAdjunct, withoutCutTaker, withoutInfinitive, withWarNoun } from './shownCuts';

/** Quantifiers a marker does not end on after "of" ("total annihilation | of all"; "us all" stays). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'each', 'any', 'some', 'whole']);
/** Prepositions and clause words a marker does not end on, besides shownSpan.ts's ("upon" stays: "trampled upon"). */
const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'by', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'as', 'and', 'or', 'into', 'onto', 'through', 'towards', 'toward',
  'before', 'after', 'when', 'while', 'until', 'because', 'if', 'once',
]);
/** Prepositions and conjunctions that open no marker ("[into] more catastrophic proportions", "neither pogroms, [nor] brutal oppression"). */
const LEADING: ReadonlySet<string> = new Set(['into', 'onto', 'through', 'towards', 'toward', 'nor', 'and', 'or', 'but']);

/** Lexicon categories whose words are loaded in themselves (an adverb of theirs is the marker's, not the next clause's). */
const LOADED_CATEGORIES: ReadonlySet<string> = new Set(['loaded-language', 'name-calling', 'appeal-to-fear', 'reductio-ad-hitlerum']);
/** Adjectives in -ly, which take a noun rather than modify a verb ("cowardly", "deadly"). */
const ADJECTIVES_IN_LY: ReadonlySet<string> = new Set([
  'cowardly', 'deadly', 'costly', 'friendly', 'unfriendly', 'likely', 'unlikely', 'timely', 'ugly', 'ghastly', 'beastly', 'unholy', 'holy',
  'unruly', 'unseemly', 'worldly', 'elderly', 'orderly', 'disorderly', 'early', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'lonely', 'lovely',
  // nouns
  'anomaly', 'monopoly', 'oligopoly', 'assembly', 'family', 'supply', 'homily', 'panoply', 'butterfly',
]);
/** Words before an adverb that make it part of a noun phrase cut short ("the only truly" democratic space). */
const IN_A_NOUN_PHRASE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'only', 'most', 'more', 'very', 'so', 'too', 'this', 'its', 'their', 'our']);
/** Pronouns that begin a clause of their own inside a span ("whose growth | it ravages"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);
/** Endings of a people's name after a modifier ("defenceless Zimbabweans", "innocent Palestinians", "the Lebanese"). */
const PEOPLE_END = /(?:ans|ese|is|ites|ers)$/;
/** Nouns that modify the noun after them ("arms race", "arms embargo"). */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(['arms', 'drug', 'drugs', 'police']);

/** Tokens `[a, b)` of a span as shown, its edges completed (see the module comment). */
export function completedEdges(d: DocContext, a: number, b: number): [number, number] {
  [a, b] = withoutOtherClause(d, a, b);
  // Before the start is placed: with its noun, the adjective opens a phrase ("the face of | naked aggression").
  b = withNounOfAdjective(d, b);
  a = atLoadedPhrase(d, a, b);
  b = withoutRunOnVerb(d, a, b);
  b = withoutTrailingAdverb(d, a, b);
  b = withoutDanglingEnd(d, a, b);
  b = withoutInfinitive(d, a, b);
  b = withoutCutComplement(d, a, b);
  b = withDate(d, b);
  b = withNounAfter(d, b);
  b = withPossessed(d, a, b);
  b = withArmedNoun(d, b);
  b = withWarNoun(d, b);
  b = withCoordinated(d, a, b);
  while (b - a > 1 && (LEADING.has(d.keys[a]) || PHRASE_PREPOSITIONS.has(d.keys[a]) || ARTICLES.has(d.keys[a]) || isLeadingAdverb(d, a, b) || isLeadingBe(d, a, b))) a++;
  return [a, b];
}

/** A noun phrase's modifiers and noun from `b` (at most two modifiers), `b` where no noun follows them. */
function withNounPhrase(d: DocContext, b: number, end: number): number {
  let k = b;
  // Modifiers, with those in -ar or -an the endings of needsNoun leave out ("nuclear", "human").
  while (k < end && k < b + 2 && d.shape[k] === 0 && (needsNoun(d, k) || (/(?:ar|an)$/.test(word(d, k)) && isNounAfter(d, k + 1)))) k++;
  return k < end && isNounAfter(d, k) && !needsNoun(d, k) ? k + 1 : b;
}

/** Nouns "armed" qualifies. */
const ARMED_NOUNS: ReadonlySet<string> = new Set(['conflict', 'conflicts', 'force', 'forces', 'group', 'groups', 'band', 'bands', 'gang', 'gangs', 'men', 'struggle', 'attack', 'attacks', 'aggression', 'intervention', 'violence', 'robbery', 'banditry', 'incursion', 'incursions', 'invasion', 'raid', 'raids', 'militia', 'militias']);

/**
 * A span that ends on a modifier before "armed" and its noun, or on "armed" before its noun, takes them in ("assaulted
 * by ruthless | armed conflict", "wipe out the patriotic Kampuchean armed | forces": ung20).
 */
function withArmedNoun(d: DocContext, b: number): number {
  const end = d.sEnd[b - 1];
  const last = word(d, b - 1);
  if (last === 'armed') return b < end && ARMED_NOUNS.has(word(d, b)) ? b + 1 : b;
  if (b + 1 >= end || word(d, b) !== 'armed' || !ARMED_NOUNS.has(word(d, b + 1))) return b;
  const modifier = needsNoun(d, b - 1) || BARE_ADJECTIVES.has(d.keys[b - 1]) || ADJECTIVES_IN_LY.has(last) || (d.shape[b - 1] === 1 && PEOPLE_ADJECTIVE_END.test(last));
  return modifier ? b + 2 : b;
}
/** Endings of a people's or a place's adjective ("Kampuchean", "Lebanese", "Israeli"). */
const PEOPLE_ADJECTIVE_END = /(?:an|ese|i|ish)$/;

/** Adverbs of a clause that open no phrase ("yet again", "even", "thus", "still"). */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['again', 'yet', 'still', 'also', 'even', 'indeed', 'thus', 'already', 'today', 'now', 'once', 'then', 'therefore', 'hence']);
/** Comparatives an adverb before them is part of ("even more vicious", "even greater horror"). */
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'greater', 'worse', 'further', 'bigger', 'larger', 'higher', 'deeper']);

/**
 * A span's first word an adverb of the clause, where a loaded word follows: the span starts after it ("we witnessed yet
 * | again brutal acts of terrorism": seed-821 audit; "the abuse and even | slaughter of innocent hostages"); not before
 * a comparative it grades ("even more vicious").
 */
function isLeadingAdverb(d: DocContext, a: number, b: number): boolean {
  if (d.shape[a] !== 0 || !CLAUSE_ADVERBS.has(d.keys[a]) || COMPARATIVES.has(d.keys[a + 1])) return false;
  return hasLoaded(d, a + 1, b);
}

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** Words before a span's last noun that make it a possessor's phrase ("our people", "of man"). */
const POSSESSOR_OPENERS: ReadonlySet<string> = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your', 'the', 'this', 'that', 'of']);

/**
 * A span of two words or more ending on a possessor's noun before "'s" takes the possessive and what it possesses in
 * ("to crush our people | 's will": seed-821 audit; "the absurd logic of man | 's self-destruction"), with up to two
 * modifiers before that noun.
 */
function withPossessed(d: DocContext, a: number, b: number): number {
  const end = d.sEnd[b - 1];
  if (b - a < 2 || b + 1 >= end || !POSSESSIVE_MARKS.has(d.keys[b]) || d.seg.tokens.ends[b - 1] !== d.seg.tokens.starts[b]) return b;
  if (!POSSESSOR_OPENERS.has(d.keys[b - 2]) || d.shape[b - 1] > 1) return b;
  let k = b + 1;
  for (let taken = 0; taken < 3 && k < end && isNounAfter(d, k); taken++, k++) {
    const modifier = needsNoun(d, k) || d.keys[k].includes('-');
    if (!modifier || k + 1 >= end || !isNounAfter(d, k + 1)) return k + 1;
  }
  return b;
}

const FINITE_FORMS = [...COPULAS, 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might', 'must', 'does', 'did'];
const BE: ReadonlySet<string> = new Set([...COPULAS, 'be', 'been', 'being']);
/** Articles a shown span does not start on once re-cut ("sounding a | terrifying alarm"; trimSpan in index.ts drops them from the tagger's). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Prepositions before a noun phrase: what stands before them is another phrase ("results of | the flagrant violation", "rid of | these barbaric weapons"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'against', 'upon', 'over', 'under', 'through', 'about', 'towards', 'toward', 'among', 'between', 'without',
]);
const DEGREE: ReadonlySet<string> = new Set(['only', 'most', 'more', 'very', 'so', 'too']);
/** Words inside a noun phrase before its loaded word: determiners, possessives and degree words. */
const IN_PHRASE: ReadonlySet<string> = new Set([...IN_A_NOUN_PHRASE, 'these', 'those', 'his', 'her', 'my', 'your', 'such', 'some', 'many', 'all', 'another', 'other', 'certain']);

/**
 * A span starts at its first loaded word's phrase (its determiners and modifiers), not at the plain words
 * before it that end on a preposition ("results of the | flagrant violation", "rid of | these barbaric
 * weapons") or on a verb ("which constitute | blatant violations", "are sounding | a terrifying alarm"), nor at
 * a plain subject before a loaded adverb and its verb ("world | recklessly squanders": seed-811 audit). A verb
 * loaded only by its mined rate is skipped where a phrase with a loaded word follows it ("to promote | horrendous
 * military doctrines"). A plain word right before a loaded noun may be its compound's first noun ("state
 * terrorism") and stays, as does a verb of stance or struggle (shownOnly.ts, shownSpan.ts: "struggle against imperialism").
 */
function atLoadedPhrase(d: DocContext, a: number, b: number): number {
  let j = a;
  while (j < b && !isAnchor(d, j)) j++;
  const verbFirst = j === a && !d.lex[a] && isVerbByWordBefore(d, a);
  if (verbFirst) for (j = a + 1; j < b && !isAnchor(d, j);) j++;
  if (j === a || j >= b) return a;
  // Only a word loaded in itself takes the marker: not praise ("subjugate | all freedom-loving peoples"), and after a
  // verb loaded by its rate only a lexicon word ("to shock | the British society" keeps its verb).
  if (d.lex[j] ? !LOADED_CATEGORIES.has(LEXICON_CATEGORY_IDS[d.lex[j] - 1]) : verbFirst) return a;
  let s = j;
  // No modifier before a determiner ("sounding | a terrifying alarm").
  let determined = false;
  let modified = false;
  for (; s > a && d.shape[s - 1] === 0; s--) {
    const w = d.keys[s - 1];
    if (IN_PHRASE.has(w)) determined ||= !DEGREE.has(w);
    // A modifier's ending on a verb ("which represent | flagrant breaches"; after "are" or "to" an adjective: "are selfish imperialist interests").
    else if (determined || !(needsNoun(d, s - 1) || /^[a-z]+-[a-z]+$/.test(w)) || (isVerbByWordBefore(d, s - 1) && !BE.has(d.keys[s - 2]) && d.keys[s - 2] !== 'to')
      || isVerbBeforeModifier(d, s - 1, j)) break;
    else modified = true;
  }
  if (s === a || (verbFirst && s !== a + 1)) return a;
  for (let k = a; k < s; k++) if (d.shape[k] !== 0 || (isStanceOrStruggleVerb(d.keys[k]) && !isFaceOf(d, k))) return a;
  // A loaded noun right after the preposition makes one phrase with the noun before it ("acts of barbarism", "reign of terror").
  // A determiner, or a modifier with its noun after it ("promote | horrendous military doctrines"; not "keep | silent forever").
  const opened = determined || modified || ((needsNoun(d, j) || BARE_ADJECTIVES.has(d.keys[j])) && nounFollows(d, j, b));
  // "of" and a noun of degree describe the noun before ("repression | of shocking magnitude"): that noun stays the marker's.
  const head = phraseHead(d, j, b);
  const ofDegree = d.keys[s - 1] === 'of' && head < b && DEGREE_NOUNS.has(d.keys[head]);
  // A plain verb's bare loaded noun ("to challenge | tyranny", "to spread | anarchy"; a subject pronoun before a loaded verb
  // likewise: "why should we | betray"): the loaded word is the marker, as after a preposition.
  if (s === a + 1 && j === s && d.lex[j] && isNounAt(d, j) && !needsNoun(d, j) && d.rate[a] < LOADED_RATE && isVerbByWordBefore(d, a)) return s;
  if (!ofDegree && isVerbBeforeModifier(d, s - 1, j) && (opened || nounFollows(d, j, b))) return s;
  if (opened && !ofDegree && (verbFirst || PHRASE_PREPOSITIONS.has(d.keys[s - 1]) || isVerbByWordBefore(d, s - 1))) return s;
  const adverbAndVerb = d.keys[j].endsWith('ly') && !ADJECTIVES_IN_LY.has(d.keys[j]) && j + 1 < b && isVerbForm(word(d, j + 1));
  return s === j && s - 1 === a && adverbAndVerb && isNounAfter(d, a) && !needsNoun(d, a) ? s : a;
}

/** Token `k` a verb before the modifier and loaded noun at `j` (shownCuts.ts: isVerbOfAPhrase), not after a determiner or degree word. */
function isVerbBeforeModifier(d: DocContext, k: number, j: number): boolean {
  if (k <= d.sFirst[k] || k >= j || IN_PHRASE.has(d.keys[k - 1]) || DEGREE.has(d.keys[k - 1])) return false;
  return (needsNoun(d, k + 1) || BARE_ADJECTIVES.has(d.keys[k + 1]) || d.lex[k + 1] !== 0) && isVerbOfAPhrase(d, k);
}

/** "the face of" ("retreat in the face of | the Zionist invaders": seed-821 audit): the idiom's noun, no verb of struggle. */
function isFaceOf(d: DocContext, k: number): boolean {
  return d.keys[k] === 'face' && k > d.sFirst[k] && d.keys[k - 1] === 'the' && k + 1 < d.sEnd[k] && d.keys[k + 1] === 'of';
}

/** The first word from `j` past modifiers and their "and" ("tyrannical and repressive | regimes"): the phrase's noun where there is one (`b` where none). */
function phraseHead(d: DocContext, j: number, b: number): number {
  let k = j;
  while (k < b && d.shape[k] === 0 && (needsNoun(d, k) || d.keys[k] === 'and' || d.keys[k] === 'or')) k++;
  return k;
}

/** A noun after the modifier at `j` within the span. */
function nounFollows(d: DocContext, j: number, b: number): boolean {
  const k = phraseHead(d, j + 1, b);
  return k < b && (isNounAfter(d, k) || d.shape[k] === 1);
}

/** Nouns of degree or kind after "of" ("of appalling intensity", "of shocking magnitude", "of catastrophic proportions"). */
const DEGREE_NOUNS: ReadonlySet<string> = new Set([
  'intensity', 'magnitude', 'proportion', 'proportions', 'scale', 'dimension', 'dimensions', 'extent', 'severity', 'size', 'degree', 'kind', 'sort', 'nature', 'order', 'type',
]);

/** A verb's form in -s or -ed that is no function word ("squanders", "troubled"; not "this", "has"). */
function isVerbForm(w: string): boolean {
  return w.length > 3 && /(?:[^s]s|ed)$/.test(w) && !IN_PHRASE.has(w) && !NOT_VERBS.has(w) && !VERB_CUES.has(w);
}

/** A loaded word that can anchor a phrase: not a degree word of the exaggeration lexicon ("most", "extremely"). */
function isAnchor(d: DocContext, k: number): boolean {
  return isLoadedWord(d, k) && !(d.lex[k] && LEXICON_CATEGORY_IDS[d.lex[k] - 1] === 'exaggeration');
}

/** Words after which a word is a verb: "to", an auxiliary or a modal, a subject or relative pronoun. */
const VERB_CUES: ReadonlySet<string> = new Set([
  'to', ...FINITE_FORMS, 'be', 'been', 'being', 'we', 'they', 'i', 'you', 'he', 'she', 'who', 'which', 'that',
]);
/** Adverbs and determiners that the cues above may precede ("are still | reactionary forces", "is another | humanitarian crisis"). */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'still', 'also', 'even', 'indeed', 'already', 'thus', 'now', 'then', 'yet', 'again', 'always', 'never', 'often', 'once', 'ever', 'just', 'today',
  'not', 'no', 'another', 'other', 'both', 'either', 'neither', 'every', 'each', 'certain', 'further', 'there', 'here', 'therefore', 'hence',
]);
/** Token `k` is a verb by the word before it, or a past form after a word that is no determiner ("Israel perpetrated"; not "unparalleled"). */
function isVerbByWordBefore(d: DocContext, k: number): boolean {
  if (k <= d.sFirst[k] || d.shape[k] !== 0 || NOT_VERBS.has(d.keys[k]) || (d.keys[k].endsWith('ly') && !ADJECTIVES_IN_LY.has(d.keys[k]))) return false;
  const before = d.keys[k - 1];
  if (VERB_CUES.has(before)) return true;
  const w = word(d, k);
  return /ed$/.test(w) && !/^un/.test(w) && !NOUN_CUES.has(before) && !needsNoun(d, k - 1);
}

/** Endings of adjectives that follow their noun with a complement ("subservient to", "inherent in", "responsible for"; not "rotten fish"). */
const POSTNOMINAL_END = /(?:ent|ant|ible|able|ous|ive|ful)$/;
/** Prepositions that take a complement the span leaves out ("unprecedented | in human history", "separating sports | from politics"). */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'to', 'for', 'with', 'by', 'of', 'on', 'against', 'into']);

/**
 * A span that stops where a complement begins does not end inside the phrase it cuts: an adjective after its
 * noun ("a carnage unprecedented | in human history") or an "of" and a gerund ("hypocritical view of separating
 * sports | from politics": seed-811 audit) end the span before them, where a loaded word stays; so do a word that
 * takes a complement ("despots ready | to") and an adjunct cut before its "of" (shownCuts.ts).
 */
function withoutCutComplement(d: DocContext, a: number, b: number): number {
  if (b >= d.sEnd[b - 1] || d.shape[b] !== 0) return b;
  const cut = Math.min(withoutCutTaker(d, a, b), withoutCutAdjunct(d, a, b));
  if (cut < b) return cut;
  if (!COMPLEMENT_PREPOSITIONS.has(d.keys[b])) return b;
  const last = b - 1;
  if (last - 1 >= a && d.shape[last] === 0 && ((needsNoun(d, last) && POSTNOMINAL_END.test(word(d, last))) || /^un[a-z]+ed$/.test(word(d, last))) && isNounAfter(d, last - 1) && !needsNoun(d, last - 1)
    && hasLoaded(d, a, last)) return last;
  for (let k = a + 1; k < b - 1; k++) {
    if (d.keys[k] === 'of' && word(d, k + 1).endsWith('ing') && d.shape[k + 1] === 0 && hasLoaded(d, a, k)) return k;
  }
  return b;
}

const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A span does not end inside a date: "horrific events of 11" takes "September" in (and "11" after "September"; seed-811 audit). */
function withDate(d: DocContext, b: number): number {
  const end = d.sEnd[b - 1];
  if (b >= end) return b;
  const dayThenMonth = d.shape[b - 1] === 3 && d.shape[b] === 1 && MONTHS.has(d.keys[b]);
  const monthThenDay = d.shape[b - 1] === 1 && MONTHS.has(d.keys[b - 1]) && d.shape[b] === 3;
  if (!dayThenMonth && !monthThenDay) return b;
  b++;
  // The year right after ("11 September 2001").
  return dayThenMonth && b < end && d.shape[b] === 3 && /^\d{4}$/.test(d.keys[b]) ? b + 1 : b;
}

function word(d: DocContext, k: number): string {
  return d.seg.tokens.text(k).toLowerCase();
}

/** A subject pronoun inside the span with the loaded words on one side only: the marker is that side. */
function withoutOtherClause(d: DocContext, a: number, b: number): [number, number] {
  for (let k = a + 1; k < b - 1; k++) {
    if (d.shape[k] !== 0 || !SUBJECT_PRONOUNS.has(d.keys[k])) continue;
    const before = hasLoaded(d, a, k);
    const after = hasLoaded(d, k + 1, b);
    if (after && !before) return [k + 1, b];
    if (before && !after) return [a, k];
  }
  return [a, b];
}

/** A last word in -ly (an adverb) before a lower-case word of the same sentence modifies that word, unless the lexicon has it as loaded ("brutally"). */
function withoutTrailingAdverb(d: DocContext, a: number, b: number): number {
  const k = b - 1;
  const w = word(d, k);
  if (k <= a || d.shape[k] !== 0 || !w.endsWith('ly') || ADJECTIVES_IN_LY.has(w) || IN_A_NOUN_PHRASE.has(d.keys[k - 1])) return b;
  if (d.lex[k] && LOADED_CATEGORIES.has(LEXICON_CATEGORY_IDS[d.lex[k] - 1])) return b;
  if (b >= d.sEnd[k] || d.shape[b] !== 0 || !hasLoaded(d, a, k)) return b;
  return k;
}

function withoutDanglingEnd(d: DocContext, a: number, b: number): number {
  for (;;) {
    const w = d.keys[b - 1];
    // "a puppet Government | upon which": a preposition before a relative pronoun opens the next clause.
    const relative = b < d.n && (d.keys[b] === 'which' || d.keys[b] === 'whom');
    if (b - 1 <= a || !(DANGLING_END.has(w) || DANGLING_WORDS.has(w) || CLAUSE_OPENERS.has(w) || (QUANTIFIERS.has(w) && d.keys[b - 2] === 'of') || (w === 'upon' && relative))) return b;
    b--;
  }
}

/** The noun a span's last word leaves out: after "own", a modifier before a people's name, a compound's first noun, a coordinated modifier. */
function withNounAfter(d: DocContext, b: number): number {
  const end = d.sEnd[b - 1];
  if (b >= end) return b;
  const last = word(d, b - 1);
  if (last === 'own' || COMPOUND_FIRST.has(last)) {
    if (!isNounAfter(d, b)) return b;
    return b + 1 < end && needsNoun(d, b) && isNounAfter(d, b + 1) ? b + 2 : b + 1;
  }
  if (needsNoun(d, b - 1) && d.shape[b] === 1 && PEOPLE_END.test(word(d, b))) return b + 1;
  // shownSpan.ts takes a plain conjunct in; here a loaded or capitalised one too ("colonial | and racist domination").
  if (coordinatedModifierAt(d, b, (k) => (d.shape[k] === 1 || isLoadedWord(d, k)))) return b + 3;
  return b;
}

/** Loaded adjectives whose ending shownSpan.ts's modifiers do not know ("evil", "sinister"). */
const BARE_ADJECTIVES: ReadonlySet<string> = new Set([
  'evil', 'vile', 'sinister', 'wicked', 'naked', 'blind', 'savage', 'rotten', 'foul', 'grim', 'dire', 'crude', 'gross', 'sheer', 'rabid', 'insane',
  'mad', 'crazy', 'bloody', 'bloodthirsty', 'fierce', 'harsh', 'dirty', 'filthy', 'sordid', 'nasty', 'ugly', 'false', 'fake', 'bogus', 'phony',
  'phoney', 'spurious', 'perverse', 'corrupt', 'abject', 'obscene', 'absurd', 'inhuman', 'inhumane', 'insidious', 'cynical', 'diabolical',
]);
/** Words before such an adjective that make it attributive ("with evil", "their sinister", "a sinister"). */
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'our', 'my', 'your', 'such', 'with', 'of', 'by', 'for', 'against', 'existing', 'and',
]);

/**
 * A span ending on an attributive loaded adjective takes its noun in ("aggressors with evil | intentions": seed-821
 * audit; "their sinister | designs"), or a second modifier coordinated with it and the noun ("the sinister | and cynical
 * arms race"); not a predicate ("an evil | we must combat").
 */
function withNounOfAdjective(d: DocContext, b: number): number {
  const last = b - 1;
  const end = d.sEnd[last];
  if (b >= end || d.shape[last] !== 0 || last <= d.sFirst[last]) return b;
  // "another" and "human" need their noun as the loaded adjectives do ("horrors of another | universal war", "violations of human | rights").
  if (word(d, last) === 'another') return withNounPhrase(d, b, end);
  if (!(BARE_ADJECTIVES.has(d.keys[last]) || word(d, last) === 'human') || !ATTRIBUTIVE_BEFORE.has(d.keys[last - 1])) return b;
  let k = b;
  if ((d.keys[k] === 'and' || d.keys[k] === 'or') && k + 2 < end && (needsNoun(d, k + 1) || isLoadedWord(d, k + 1)) && d.shape[k + 1] === 0) k += 2;
  if (!isNounAfter(d, k) || needsNoun(d, k)) return b;
  // A compound's first noun takes its second ("arms race"); a noun another may follow is left ("ugly | status quo").
  if (COMPOUND_FIRST.has(word(d, k)) && k + 1 < end && isNounAfter(d, k + 1)) return k + 2;
  return k + 1 < end && isNounAfter(d, k + 1) ? b : k + 1;
}


/** Determiners and possessives that open a verb's object ("defy | the fundamental principles", "deny | their people"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'this', 'these', 'those']);
/** Finite forms of "be" and "have" and the modals: a verb after a subject whatever follows ("extremists | are"). */
const FINITE: ReadonlySet<string> = new Set(FINITE_FORMS);
/** Verbs in -s that end a span after its subject ("monster | becomes", "An aggressor | dooms" himself). */
const VERBS_IN_S: ReadonlySet<string> = new Set([
  'becomes', 'remains', 'seems', 'appears', 'continues', 'threatens', 'refuses', 'persists', 'seeks', 'tries', 'wants', 'dooms', 'denies', 'defies',
]);
/** Prepositions that NOT_A_NOUN (shownSpan.ts) does not hold: no verb ("aggressors | including the"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'like', 'unlike', 'despite', 'including', 'concerning', 'regarding', 'throughout', 'during', 'behind', 'beyond', 'across', 'amid', 'amidst',
  'amongst', 'via', 'per', 'versus', 'near', 'around', 'off', 'down', 'onto', 'toward', 'towards', 'along', 'beside', 'besides', 'except',
  'beneath', 'underneath', 'above', 'below', 'inside', 'outside',
]);

/**
 * A span that runs from its loaded subject over a finite verb and its object ("extremists | defy the
 * fundamental principles", "brutal regimes | deny their people the fundamental rights", "the aggressor | the
 * enjoyment of any gain", "monster | becomes", "racist imperialism | practiced" by Israel) ends before the
 * verb, where the loaded words are all before it.
 */
function withoutRunOnVerb(d: DocContext, a: number, b: number): number {
  for (let j = a + 1; j < b; j++) {
    if (!isVerbAfterNoun(d, j, b)) continue;
    // The verb may be loaded itself ("extremists defy"): the marker is its subject.
    return hasLoaded(d, a, j) && !hasLoaded(d, j + 1, b) ? j : b;
  }
  // A verb the rule above does not know (irregular, in -s with a particle, after a plural): the loaded subject is the marker.
  for (let j = a + 1; j < b; j++) if (isIrregularOrParticleVerb(d, j) && hasLoaded(d, a, j)) return j;
  return b;
}

/** Irregular past forms, finite after a noun where an object follows ("cowardly acts sent | waves of deep shock"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'sent', 'shed', 'brought', 'took', 'gave', 'made', 'caught', 'kept', 'led', 'met', 'paid', 'spread', 'struck', 'taught', 'told', 'won', 'wrote',
  'went', 'came', 'became', 'began', 'fought', 'grew', 'held', 'lost', 'sought', 'sold', 'threw', 'tore', 'drove', 'broke', 'chose', 'stole',
  'bore', 'built', 'hid', 'cast', 'swept', 'stood', 'dealt', 'meant', 'bred', 'fed', 'bled', 'slew', 'shook', 'forsook', 'undertook', 'overthrew',
]);
/** Particles of a phrasal verb ("conjures up"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'away']);

/**
 * Token `j` a finite verb after a noun at `j - 1` that isVerbAfterNoun does not know: an irregular past form before its
 * object ("acts sent | waves", "politicians of all hues shed | crocodile tears"), or a word in -s after a singular noun
 * before a particle or a determiner ("propaganda machine conjures | up phantom victories").
 */
function isIrregularOrParticleVerb(d: DocContext, j: number): boolean {
  const s = j - 1;
  const end = d.sEnd[j];
  if (j + 1 >= end || d.shape[s] !== 0 || d.shape[j] !== 0 || !isNounAfter(d, s) || needsNoun(d, s) || PREPOSITIONS.has(d.keys[s])) return false;
  const w = word(d, j);
  const next = d.keys[j + 1];
  if (IRREGULAR_PAST.has(w)) return OBJECT_OPENERS.has(next) || PARTICLES.has(next) || (isNounAfter(d, j + 1) && d.shape[j + 1] === 0);
  const plural = /[^sui]s$/.test(word(d, s)) && !COMPOUND_FIRST.has(word(d, s));
  if (!plural) return w.length > 4 && /[^su]s$/.test(w) && !/(?:ous|ics)$/.test(w) && (PARTICLES.has(next) || OBJECT_OPENERS.has(next));
  // A plural subject and a plain verb before its object ("reactionary forces ignore | our people's determination").
  return isNounAfter(d, j) && !/(?:s|ing)$/.test(w) && !NOT_VERBS.has(w) && (OBJECT_OPENERS.has(next) || POSSESSOR_OPENERS.has(next)) && d.keys[j + 1] !== 'of' && d.keys[j + 1] !== 'that';
}

/** Token `j` (`j < b`) opens a clause's verb or a second object right after a noun (see withoutRunOnVerb). */
function isVerbAfterNoun(d: DocContext, j: number, b: number): boolean {
  const s = j - 1;
  if (d.shape[s] !== 0 || d.shape[j] !== 0 || !isNounAt(d, s) || needsNoun(d, s) || PREPOSITIONS.has(d.keys[s])) return false;
  const w = d.keys[j];
  if (FINITE.has(w)) return true;
  // A loaded verb and its object ("to obliterate | its identity", "and betray | the hopes") stay one marker: the word before must be a noun's.
  if (!isNounByWordBefore(d, s)) return false;
  if (OBJECT_OPENERS.has(w)) return true;
  if (!isNounAfter(d, j) && !w.endsWith('ed')) return false;
  if (PREPOSITIONS.has(w)) return false;
  if (j + 1 === b) {
    // A participle whose agent follows the span ("practiced | by Israel"); "atrocities committed" in the camps stays.
    if (w.endsWith('ed')) return b < d.sEnd[j] && d.keys[b] === 'by';
    return VERBS_IN_S.has(word(d, j));
  }
  return !w.endsWith('ed') && OBJECT_OPENERS.has(d.keys[j + 1]);
}

/** Words after which a word is a noun, not a verb: determiners, possessives, prepositions ("These | extremists", "of | repression"). */
const NOUN_CUES: ReadonlySet<string> = new Set([
  ...OBJECT_OPENERS, 'that', 'our', 'my', 'your', 'such', 'some', 'many', 'of', 'by', 'against', 'with', 'for', 'from', 'on', 'in', 'at',
]);
/** Adjectives' endings that shownSpan.ts's modifiers leave out ("inhuman", "bloody"). */
const ADJECTIVE_END = /(?:man|dy|ate)$/;
/** Token `s` is a noun by the word before it: a cue, or a modifier ("brutal | regimes"; not a verb's "is functioning | betrays"). */
function isNounByWordBefore(d: DocContext, s: number): boolean {
  const p = s - 1;
  if (p < d.sFirst[s]) return false;
  const w = d.keys[p];
  // A gerund takes an object ("the barbarism of taking | an innocent foreigner").
  if (d.keys[s].endsWith('ing')) return false;
  if (NOUN_CUES.has(w)) return true;
  // A modifier, or a loaded adjective ("inhuman | atrocities", "bloody | repression"; not a noun's "injustice | lie").
  return d.shape[p] === 0 && ((needsNoun(d, p) && !w.endsWith('ing')) || (ADJECTIVE_END.test(w) && isLoadedWord(d, p)));
}

/** Possessives a lexicon entry ends on ("destroy our"): the noun they belong to follows. */
const ENTRY_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);

/**
 * The end of a lexicon hit `[a, b)` as shown: an entry ending on "of" ("flood of") takes in the noun
 * after it, with a determiner and up to two modifiers ("flood of | poverty-stricken people", "flood of |
 * refugees"), or a name ("fall of | Saigon"); one ending on a possessive likewise ("destroy our | continental
 * organization": seed-811 audit); -1 where no such word follows (nothing to show).
 */
export function lexiconHitEnd(d: DocContext, a: number, b: number): number {
  const possessive = ENTRY_POSSESSIVES.has(d.keys[b - 1]);
  if (b - 1 <= a || (d.keys[b - 1] !== 'of' && !possessive)) return b;
  const end = d.sEnd[b - 1];
  let k = b;
  while (!possessive && k < end && OBJECT_OPENERS.has(d.keys[k]) && d.shape[k] === 0) k++;
  if (k >= end) return -1;
  if (d.shape[k] === 1) {
    while (k < end && d.shape[k] === 1) k++;
    return k;
  }
  for (let taken = 0; taken < 3 && k < end && isNounAfter(d, k); taken++, k++) {
    const modifier = needsNoun(d, k) || d.keys[k].includes('-');
    if (!modifier || k + 1 >= end || !isNounAfter(d, k + 1)) return k + 1;
  }
  // A possessive's noun past other words ("destroy our | democratically established ... institutions") is left as the entry ends.
  return possessive ? b : -1;
}
