/**
 * Span ends repaired to phrase boundaries. The tagger's spans grow token by token over words
 * whose margins pass a low extension threshold, so on real text they run across clauses
 * ("uncertainty would never end and that the vicious circle of rivalry ... would persist") or
 * stop inside a noun phrase ("most flagrant violation of international" before "law"). Without
 * a parser, clause words and modifier endings tell where a phrase holds.
 */
import { isLoadedWord, type DocContext } from './features';

/** Words that open or join a clause: a marker stays on one side of them (the side of its strongest word). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'cannot', 'could', 'may', 'might', 'must', "won't", "can't",
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'that', 'which', 'who', 'whom', 'whose', 'because', 'since', 'while', 'when', 'where', 'whereas', 'although', 'though', 'unless', 'if',
]);

/**
 * Determiners and prepositions after a plain leading word ("exists a flagrant imbalance",
 * "overlook the shocking fact", "confronted with the most egregious violations").
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'such', 'our', 'his', 'her', 'any',
  'with', 'at', 'to', 'by', 'from', 'in', 'on', 'for', 'about', 'against', 'into',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);
/** Endings of adjectives and participles, which end a noun phrase only without a noun after them. */
const MODIFIER_END = /(?:y|ed|ing|ent|ant)$/;

/** Words that end no noun phrase (a phrase goes on past them). */
const OPEN_END = /(?:al|ic|ical|ive|ous|ful|ian|ean|ese|less|ible|able)$/;

/** Words a span never takes in when completing its last phrase. */
const NOT_A_HEAD: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'than', 'into', 'against', 'the', 'a', 'an',
  'not', 'also', 'only', 'even', 'so', 'very', 'too', 'more', 'most', 'it', 'they', 'we', 'he', 'she', 'there',
]);

/**
 * Words between phrases ("barbaric acts of aggression | against the Lebanese people", "brutal
 * frustration | and at the cost of ..."): a span longer than LONG_SPAN words is cut at them too.
 * "of" is not one: it holds a phrase together ("the ravages of war").
 */
const PHRASE_JOINS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'by', 'against', 'to', 'at', 'on', 'in', 'with', 'for', 'from', 'as', 'through', 'towards', 'toward', 'into', 'due', 'than',
]);
const LONG_SPAN = 5;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);


/**
 * The phrase of tokens `[a, b)` around its strongest token (highest margin in `p`): cut at clause
 * words (and, when long, between phrases); without plain leading words before a determiner or
 * preposition, nor plain edge words whose margin is below `coreMargin` (taken in by the lower
 * extension margin only); a noun phrase cut after its modifier is completed by one word
 * ("violation of international" + "law").
 */
export function phraseSpan(d: DocContext, p: Float32Array, a: number, b: number, coreMargin: number): [number, number] {
  let peak = a;
  for (let k = a; k < b; k++) if (p[k] > p[peak]) peak = k;
  for (let k = peak - 1; k > a; k--) if (CLAUSE_WORDS.has(d.keys[k])) { a = k + 1; break; }
  for (let k = peak + 1; k < b; k++) if (CLAUSE_WORDS.has(d.keys[k])) { b = k; break; }
  // Plain words before the phrase: a verb before its object ("reiterate the profound shock"), an adverb ("thereby").
  while (a < peak && d.shape[a] === 0 && !isLoadedWord(d, a) && (PHRASE_OPENERS.has(d.keys[a + 1]) || d.keys[a].endsWith('ly') || d.keys[a] === 'thereby')) a++;
  // A plain conjunct is no part of the marker ("fascist-led coup | and insist", "reactionary | or progressive").
  for (let k = peak + 1; k < b; k++) if (COORDINATORS.has(d.keys[k]) && !hasLoadedWord(d, k + 1, b)) { b = k; break; }
  for (let k = peak - 1; k > a; k--) if (COORDINATORS.has(d.keys[k]) && !hasLoadedWord(d, a, k)) { a = k + 1; break; }
  if (wordCount(d, a, b) > LONG_SPAN) {
    for (let k = peak - 1; k > a; k--) if (PHRASE_JOINS.has(d.keys[k])) { a = k + 1; break; }
    for (let k = peak + 1; k < b; k++) if (PHRASE_JOINS.has(d.keys[k])) { b = k; break; }
  }
  // A determiner after a plain word that is no preposition opens the phrase: the words before are a
  // subject and its verb ("nothing prevents | the Zionist zealots") or another phrase ("African territories | the dramatic").
  for (let k = peak - 1; k > a; k--) {
    if (DETERMINERS.has(d.keys[k]) && isPlainWord(d, k - 1) && !PHRASE_OPENERS.has(d.keys[k - 1]) && !NOT_A_HEAD.has(d.keys[k - 1]) && allPlain(d, a, k)) { a = k; break; }
  }
  // Plain words the span took in only by the lower extension margin: no edge of it ("brutality increases", "else comprehend").
  while (a < peak && isPlainEdge(d, p, a, coreMargin)) a++;
  while (b - 1 > peak && isPlainEdge(d, p, b - 1, coreMargin)) b--;
  const last = b - 1;
  // A modifier's ending is no end of a noun phrase, nor a loaded one after a determiner ("this bloody" + "conflict").
  const modifier = OPEN_END.test(d.keys[last]) || (last > a && DETERMINERS.has(d.keys[last - 1]) && MODIFIER_END.test(d.keys[last]) && isHeadWord(d.keys[last]) && hasLoadedWord(d, last, b));
  if (b < d.sEnd[last] && d.shape[b] === 0 && d.shape[last] <= 1 && modifier && isHeadWord(d.keys[b])) b++;
  // A name is not cut ("refusal of South" + "Africa").
  while (b < d.sEnd[last] && d.shape[b - 1] === 1 && d.shape[b] === 1) b++;
  // Nor is the noun a name modifies ("deplorable and unfortunate United Nations" + "intervention",
  // "blatant Israeli" + "aggression").
  if (b < d.sEnd[last] && b - 1 > a && d.shape[b - 1] === 1 && d.shape[b] === 0 && modifiesNextWord(d, b - 1) && isHeadWord(d.keys[b]) && !isVerbAfterName(d.keys[b])) b++;
  return [a, b];
}

/** Endings of words that name a people, a faith or a doctrine ("Israeli", "Soviet", "Zionist", "Arab"). */
const NAME_MODIFIER_END = /(?:an|ian|ese|ish|i|ic|ist|ite|ab|im|et)$/;
/** Verbs a name is the subject of ("the United Nations adopted", "Southern Rhodesia continue", "Acyl did not"): no noun it modifies. */
const VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'continue', 'continues', 'remain', 'remains', 'seek', 'seeks', 'say', 'says', 'said', 'claim', 'claims', 'refuse',
  'refuses', 'persist', 'persists', 'try', 'tries', 'want', 'wants', 'still', 'now', 'alone',
]);

function isVerbAfterName(key: string): boolean {
  return key.endsWith('ed') || VERBS_AFTER_NAME.has(key);
}

/** Whether the capitalised token `k` modifies the word after it: a people's or doctrine's adjective, or the last word of a longer name. */
function modifiesNextWord(d: DocContext, k: number): boolean {
  return NAME_MODIFIER_END.test(d.keys[k]) || (k > d.sFirst[k] && d.shape[k - 1] === 1 && !DETERMINERS.has(d.keys[k - 1]));
}

/**
 * Tokens `[a, b)` never ending or beginning inside a word a line break split at its hyphen: the
 * first half at the end is left out ("imperialism and social" of "imperialism and social- imperialism"),
 * the first half before the start taken in ("pro- imperialist regimes").
 */
export function withoutBrokenWord(d: DocContext, a: number, b: number): [number, number] {
  const toks = d.seg.tokens;
  const hyphen = (k: number) => k >= 0 && k < d.n && d.shape[k] === 4 && /^[-‐‑]$/.test(toks.text(k));
  if (b - 1 > a && hyphen(b) && toks.ends[b - 1] === toks.starts[b] && b + 1 < d.n && d.shape[b + 1] !== 4) b--;
  // Before a span's first word, the word's first half is taken in ("pro- imperialist regimes").
  if (hyphen(a - 1) && a - 2 >= d.sFirst[a] && toks.ends[a - 2] === toks.starts[a - 1] && d.shape[a - 2] !== 4) a -= 2;
  return [a, b];
}

/** Mined rate below which a word at a span's edge is plain (about PTC's share of words inside a span, 0.14). */
const PLAIN_RATE = 0.15;

function isPlainWord(d: DocContext, k: number): boolean {
  return d.shape[k] === 0 && !isLoadedWord(d, k);
}

function allPlain(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLoadedWord(d, k)) return false;
  return true;
}

function isPlainEdge(d: DocContext, p: Float32Array, k: number, coreMargin: number): boolean {
  return d.shape[k] === 0 && !d.lex[k] && d.rate[k] < PLAIN_RATE && p[k] < coreMargin;
}

/** Mined rate from which a conjunct's word counts as evaluative ("unjust" 0.30; "insist" 0.15, "progressive" 0.22). */
const EVALUATIVE_RATE = 0.25;

function hasLoadedWord(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (d.lex[k] || d.rate[k] >= EVALUATIVE_RATE) return true;
  return false;
}

function wordCount(d: DocContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (d.shape[k] !== 4) n++;
  return n;
}

function isHeadWord(key: string): boolean {
  return key.length > 2 && !NOT_A_HEAD.has(key) && !CLAUSE_WORDS.has(key) && !key.endsWith('ly');
}
