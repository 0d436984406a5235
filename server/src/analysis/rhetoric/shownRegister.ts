/**
 * Diplomacy's plain register in words that PTC's news rates or the lexicon take as loaded: a state of things
 * "prevailing", the Charter's "threat to" peace, "It is deplorable that", a delegation "shocked by", the
 * "establishment of" relations, toxic waste, "lie unused". Left out where markers are shown (shownOnly.ts:
 * isHiddenWhenShown; training never reads them). Judged wrong in the seed-921 audit and the whole-corpus look of
 * 7 December (docs/audits/README.md); written on ung20.
 */
import { type DocContext } from './features';
import { COURTESY_WORDS, onlyWordsOf } from './plainUse';
import { chargesAParty } from './shownLiteral';

/**
 * "prevailing" (PTC's rate 0.57) and "grave" (0.43), which shownOnly.ts counts with the words of concern where those
 * are a marker's only strong words: a state of things named ("the complete peace, security and tranquillity
 * prevailing in the capital", "under the prevailing grave circumstances"); "the barbarism prevailing" stays.
 */
export const STATE_WORDS: readonly string[] = ['prevailing', 'prevail', 'prevails', 'prevailed', 'grave', 'gravest'];

/** "threat" and the words that grade it in the Charter's register ("a grave threat to international peace and security"). */
const THREAT_REGISTER: ReadonlySet<string> = new Set([
  'threat', 'threats', 'grave', 'gravest', 'serious', 'great', 'greatest', 'real', 'major', 'direct', 'potential', 'constant', 'permanent',
  'continuing', 'growing', 'increasing', 'new',
]);
const THREAT: ReadonlySet<string> = new Set(['threat', 'threats']);
/**
 * An appeal to fear whose only strong words are "threat" and its grades, where the threat is "to" what it endangers
 * ("Terrorism is a grave threat to international peace and security": the Charter's words, judged plain in the
 * seed-901 audit); "the threats of annihilation that beset mankind" names the fear and stays.
 */
export function gradesAThreatTo(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(THREAT_REGISTER, d, a, b)) return false;
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!THREAT.has(d.keys[k])) continue;
    // The threat's own phrase ends where "to" follows ("threat to", "threat posed to", "threat to the security").
    for (let j = k + 1; j < end && j <= k + 3; j++) {
      if (d.keys[j] === 'to') return true;
      if (d.keys[j] !== 'posed' && d.keys[j] !== 'which' && d.keys[j] !== 'it' && d.keys[j] !== 'this' && d.keys[j] !== 'poses') break;
    }
  }
  return false;
}

const DEPLORABLE: ReadonlySet<string> = new Set(['deplorable']);
/** Adverbs between the copula and "deplorable" ("It is indeed deplorable", "it is most deplorable"). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['indeed', 'most', 'very', 'truly', 'particularly', 'especially', 'also', 'equally', 'therefore', 'all', 'the', 'more', 'even', 'really', 'quite', 'simply']);
const IT_IS: ReadonlySet<string> = new Set(['is', 'was', 'be', 'been', 'seems', 'seemed', 'remains']);
/** Verbs that take "it" and a judgement ("We find it deplorable that"). */
const FIND: ReadonlySet<string> = new Set(['find', 'found', 'consider', 'considered', 'think', 'deem', 'regard']);
/**
 * "deplorable", the marker's only strong word, in an extraposed clause ("It is indeed deplorable that the
 * international will has been frustrated", "It is deplorable that there appears to be a lack of collective will":
 * seed-911 and 921 audits): the register of concern; what is deplored is said after "that", in its own words. A
 * party charged in the sentence or named right after "that" keeps it, as deploresASituation (shownOnly.ts) does.
 */
export function deploresThat(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DEPLORABLE, d, a, b) || chargesAParty(d, a)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!DEPLORABLE.has(d.keys[k])) continue;
    if (k + 1 >= end || (d.keys[k + 1] !== 'that' && d.keys[k + 1] !== 'to')) continue;
    // A name right after "that" is a party charged ("It is deplorable that Washington ... continue to").
    if (k + 2 < end && d.keys[k + 1] === 'that' && (d.shape[k + 2] === 1 || d.shape[k + 2] === 2)) continue;
    let j = k - 1;
    while (j >= first && COPULA_ADVERBS.has(d.keys[j])) j--;
    if (j - 1 >= first && ((IT_IS.has(d.keys[j]) && d.keys[j - 1] === 'it') || (d.keys[j] === 'it' && FIND.has(d.keys[j - 1])))) return true;
  }
  return false;
}

/** A reaction felt, as its participle or adjective. */
const REACTIONS: ReadonlySet<string> = new Set([
  'shocked', 'appalled', 'horrified', 'outraged', 'dismayed', 'saddened', 'disgusted', 'revolted', 'indignant', 'incensed', 'angered', 'aghast',
  'stunned', 'distressed', 'pained', 'grieved',
]);
/** Degree adverbs that grade a reaction ("deeply shocked"). */
const REACTION_DEGREE: ReadonlySet<string> = new Set(['deeply', 'profoundly', 'greatly', 'truly', 'utterly', 'most', 'very', 'so', 'particularly', 'absolutely', 'totally', 'and']);
const REACTION_WORDS: ReadonlySet<string> = new Set([...REACTIONS, ...REACTION_DEGREE]);
const FEEL: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'feel', 'feels', 'felt', 'remain', 'remains', 'remained', 'become', 'became']);
/**
 * A reaction felt, where it is the marker's only strong words, said of its subject after a copula or "feel" ("The
 * Netherlands ... is deeply shocked by the massive violations", "we were appalled to learn": seed-921 audit, and the
 * whole-corpus look of 7 December): the speaker's own reaction, not a charge; what shocked is named in its own words
 * ("shocked by these atrocities" keeps "atrocities").
 */
export function feelsAReaction(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(REACTION_WORDS, d, a, b)) return false;
  let k = a;
  while (k < b && !REACTIONS.has(d.keys[k])) k++;
  if (k >= b) return false;
  let j = k - 1;
  while (j >= d.sFirst[a] && REACTION_WORDS.has(d.keys[j])) j--;
  return j >= d.sFirst[a] && FEEL.has(d.keys[j]);
}

/**
 * "establishment" of the name-calling lexicon (the Establishment, a label in news) before "of": the act of
 * establishing ("the establishment of fruitful and normal relations between men", "establishment of full autonomy":
 * seed-921 and 107 audits), with courtesy words at most beside it; or courtesy words alone in a span as shown
 * ("maintaining fruitful relations of productive co-operation"), as plainUse.ts judges the span the tagger cut.
 */
const ESTABLISHMENT: ReadonlySet<string> = new Set(['establishment', ...COURTESY_WORDS]);
export function establishesSomething(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(ESTABLISHMENT, d, a, b)) return false;
  for (let k = a; k < b; k++) if (d.keys[k] === 'establishment' && (k + 1 >= d.sEnd[k] || d.keys[k + 1] !== 'of')) return false;
  return true;
}

/** "toxic" and "poisonous" of the name-calling lexicon ("toxic rhetoric"). */
const TOXIC: ReadonlySet<string> = new Set(['toxic', 'poisonous']);
/** Substances, which a toxic word describes literally. */
const SUBSTANCES: ReadonlySet<string> = new Set([
  'waste', 'wastes', 'material', 'materials', 'substance', 'substances', 'chemical', 'chemicals', 'product', 'products', 'gas', 'gases', 'agent',
  'agents', 'effluent', 'effluents', 'residue', 'residues', 'pollutant', 'pollutants', 'emission', 'emissions', 'fume', 'fumes', 'spill', 'spills',
  'dumping', 'cargo', 'cargoes', 'shipment', 'shipments', 'refuse', 'sludge', 'dump', 'dumps', 'pesticide', 'pesticides', 'element', 'elements',
  'metal', 'metals', 'discharge', 'discharges', 'smoke', 'water', 'waters', 'weapon', 'weapons', 'drug', 'drugs', 'chemistry',
]);
/** Words between "toxic" and the substance ("toxic and hazardous wastes", "toxic industrial waste"). */
const SUBSTANCE_MODIFIERS: ReadonlySet<string> = new Set(['and', 'or', 'hazardous', 'dangerous', 'industrial', 'nuclear', 'radioactive', 'chemical', 'other', 'harmful', 'noxious']);
/**
 * "toxic" or "poisonous", the marker's only strong words, before a substance: a hazard named ("the dumping of toxic
 * materials in their waters", "toxic and hazardous wastes": the whole-corpus look of 7 December).
 */
export function namesAToxicSubstance(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(new Set([...TOXIC, ...SUBSTANCE_MODIFIERS, ...SUBSTANCES]), d, a, b)) return false;
  let any = false;
  for (let k = a; k < b; k++) {
    if (!TOXIC.has(d.keys[k])) continue;
    let j = k + 1;
    while (j < d.sEnd[k] && j <= k + 4 && !SUBSTANCES.has(d.keys[j]) && SUBSTANCE_MODIFIERS.has(d.keys[j])) j++;
    if (j >= d.sEnd[k] || !SUBSTANCES.has(d.keys[j])) return false;
    any = true;
  }
  return any;
}

/** Separators between the items of a list of people ("the hungry, the sick, and the ignorant"). */
const ITEM_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Words that may follow such an item ("the ignorant | in every village", "the sick | who"). */
const ITEM_CLOSERS: ReadonlySet<string> = new Set(['but', 'in', 'of', 'at', 'on', 'across', 'everywhere', 'who', 'whom', 'alike']);
/** Classes of people in need, named by an adjective after "the". */
const THE_NEEDY: ReadonlySet<string> = new Set([
  'poor', 'sick', 'hungry', 'weak', 'elderly', 'aged', 'old', 'young', 'disabled', 'homeless', 'needy', 'destitute', 'vulnerable', 'illiterate',
  'oppressed', 'dispossessed', 'downtrodden', 'underprivileged', 'unemployed', 'infirm', 'wounded', 'dying', 'helpless', 'marginalized',
  'marginalised', 'excluded', 'powerless', 'deprived', 'starving', 'exploited', 'persecuted', 'displaced', 'uprooted', 'handicapped', 'innocent',
]);
/**
 * An adjective after "the" beside another such item that names people in need, where it is the marker's only word: a
 * class of people named by its condition ("Bombs may kill the hungry, the sick, and the ignorant": the whole-corpus
 * look of 7 December), as "the poor" and "the weak" are, not anyone called names ("the imperialists and the
 * opportunists", "the occupier, the aggressor" stay).
 */
export function namesAClassOfPeople(d: DocContext, a: number, b: number): boolean {
  if (b - a !== 1 || d.shape[a] !== 0 || a - 1 < d.sFirst[a] || d.keys[a - 1] !== 'the') return false;
  const end = d.sEnd[a];
  // The item closes: punctuation, a separator, a preposition or the sentence's end after it ("the ignorant masses" is a noun's adjective).
  if (b < end && d.shape[b] !== 4 && !ITEM_SEPARATORS.has(d.keys[b]) && !ITEM_CLOSERS.has(d.keys[b])) return false;
  // Another "the" and one word before it, past separators ("the sick, and | the ignorant").
  let j = a - 2;
  let seps = 0;
  while (j >= d.sFirst[a] && ITEM_SEPARATORS.has(d.keys[j])) { j--; seps++; }
  if (seps > 0 && j - 1 >= d.sFirst[a] && THE_NEEDY.has(d.keys[j]) && d.keys[j - 1] === 'the') return true;
  // Or after it ("the ignorant, | the sick").
  let k = b;
  seps = 0;
  while (k < end && ITEM_SEPARATORS.has(d.keys[k])) { k++; seps++; }
  return seps > 0 && k + 1 < end && d.keys[k] === 'the' && THE_NEEDY.has(d.keys[k + 1]) && (k + 2 >= end || d.shape[k + 2] === 4 || ITEM_SEPARATORS.has(d.keys[k + 2]));
}

const TERROR: ReadonlySet<string> = new Set(['terror']);
/**
 * "terror", the marker's only strong word, in "the balance of (nuclear) terror": the deterrence doctrine's name ("the
 * ancient balance of bipolar nuclear terror": seed-921 audit), a term of art of the disarmament debate.
 */
export function namesTheBalanceOfTerror(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(TERROR, d, a, b)) return false;
  for (let k = a; k < b; k++) {
    if (d.keys[k] !== 'terror') continue;
    let j = k - 1;
    while (j > d.sFirst[k] && j >= k - 3 && d.keys[j] !== 'of' && d.shape[j] === 0) j--;
    if (!(j > d.sFirst[k] && d.keys[j] === 'of' && d.keys[j - 1] === 'balance')) return false;
  }
  return true;
}
