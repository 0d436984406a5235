/**
 * Markers left out or re-cut only where the product shows them (findRhetoricMarkers), never where
 * training selects them: the training scripts call markersAtLevel without `shownOnly`, so these
 * rules cannot change the model `npm run check:rhetoric` reproduces. (A headline rule in
 * plainUse.ts, which calibration's level markers read, changed the trained model: reverted in 9e51e34.)
 * Written on ung20 from the kinds judged wrong in the rhetoric audits (docs/audits/README.md).
 */
import { isLoadedWord, type DocContext } from './features';
import { isHeadlineOnly } from './headlines';
import { onlyWordsOf } from './plainUse';
import { LEXICON_CATEGORY_IDS } from './lexicon';
import { STANCE_VERBS } from './stanceVerbs';
import { isReportedLabel, reportsAnothersCharge, warnsOfConsequences } from './reportedUse';
import { completedEdges } from './shownEdges';
import { chargesAParty, destroysThings, liesAsPosition, statesAConflictsToll, statesATollWithNoParty, tellsHistory, tollOfAPastWorldWar, weaponsCapacity } from './shownLiteral';
import { aHazardsDisaster, causedByAHazard, describesNaturalDisaster, namesADisaster, namesAHazardsToll } from './shownHazards';
import { namesARole, namesTheRoleOfAggressor } from './shownRoles';
import { needsNoun } from './shownSpan';
import { deploresThat, establishesSomething, feelsAReaction, gradesAThreatTo, namesAClassOfPeople, namesAToxicSubstance, namesTheBalanceOfTerror, STATE_WORDS } from './shownRegister';


/** Whether the marker on tokens `[a, b)`, as shown, is left out of what the product shows. */
export function isHiddenWhenShown(d: DocContext, a: number, b: number, category: string): boolean {
  // Where the span holds another category's lexicon word, that word names the marker shown ("ravaged our country").
  if (category === 'slogan' && !isSetApart(d, a) && !holdsWordOfAnotherCategory(d, a, b, category)) return true;
  if (category === 'flag-waving' && wavesNoFlag(d, a, b) && !holdsWordOfAnotherCategory(d, a, b, category, true)) return true;
  if (isReportedLabel(d, a) || reportsAnothersCharge(d, a) || warnsOfConsequences(d, a, b)) return true;
  return isHeadlineOnly(d, a, b) || onlyWordsOf(TOLL_REPORTED, d, a, b) || namesShock(d, a, b) || namesInjustice(d, a, b) || atOnesPeril(d, a, b) || gradesCourtesy(d, a, b) || isNegated(d, a, b)
    || namesADisaster(d, a, b) || describesNaturalDisaster(d, a, b) || namesAHazardsToll(d, a, b) || aHazardsDisaster(d, a, b) || causedByAHazard(d, a, b)
    || namesTheRoleOfAggressor(d, a, b) || doomsToFailure(d, a, b)
    || destroysThings(d, a, b) || weaponsCapacity(d, a, b) || liesAsPosition(d, a, b) || onlyWordsOf(PERIL_WORDS, d, a, b) || namesASufferingInAList(d, a, b)
    || statesAConflictsToll(d, a, b) || statesATollWithNoParty(d, a, b) || tellsHistory(d, a, b) || tollOfAPastWorldWar(d, a, b) || onlyWordsOf(CONCERN_WORDS, d, a, b) || deploresASituation(d, a, b) || namesDangers(d, a, b) || namesARole(d, a, b)
    || deploresThat(d, a, b) || feelsAReaction(d, a, b) || gradesAThreatTo(d, a, b) || establishesSomething(d, a, b) || namesAToxicSubstance(d, a, b) || namesAClassOfPeople(d, a, b) || namesTheBalanceOfTerror(d, a, b)
    || (category === 'name-calling' && onlyWordsOf(VIRTUE_WORDS, d, a, b, Infinity)) || onlyWordsOf(THE_GLOBE, d, a, b)
    || (category === 'appeal-to-fear' && onlyWordsOf(INVADE, d, a, b))
    || (category === 'appeal-to-fear' && (namesAnIllInAList(d, a, b) || extinctionOfSpecies(d, a, b)));
}

/**
 * Nouns of what people suffer, where one is a marker's only strong word as a non-first item of a list of three or
 * more short items ("known nothing in their lives but death, horror and deprivation", "its chain of despair, horror
 * and desolation": seed-821 audit): ills named, as namesAnIllInAList judges an appeal to fear's.
 */
const SUFFERING: ReadonlySet<string> = new Set([
  'horror', 'horrors', 'misery', 'miseries', 'suffering', 'sufferings', 'despair', 'anguish', 'agony', 'pain', 'grief', 'sorrow', 'hardship',
  'hardships', 'deprivation', 'desolation', 'devastation', 'destruction', 'death', 'deaths', 'bloodshed', 'carnage', 'ruin', 'havoc', 'terror',
  'fear', 'hunger', 'starvation', 'chaos', 'turmoil',
]);
function namesASufferingInAList(d: DocContext, a: number, b: number): boolean {
  if (b - a !== 1 || !SUFFERING.has(d.keys[a]) || a <= d.sFirst[a]) return false;
  // A list of one- or two-word items, commas between and "and" or "or" before the last: "despair, horror and desolation".
  const sep = d.keys[a - 1];
  if (sep === ',') return shortItemBefore(d, a - 1) >= 0 && (d.keys[b] === 'and' || d.keys[b] === 'or' || d.keys[b] === ',') && shortItemAfter(d, b) >= 0;
  if (sep !== 'and' && sep !== 'or') return false;
  const before = shortItemBefore(d, a - 1);
  return before >= 0 && d.keys[before] === ',' && shortItemBefore(d, before) >= 0;
}

/** The separator before a list item of one or two plain words that ends before `k`, or -1 where there is none (the sentence's start counts). */
function shortItemBefore(d: DocContext, k: number): number {
  const first = d.sFirst[k];
  for (let j = k - 1, n = 0; j >= first && n <= 2; j--, n++) {
    if (d.keys[j] === ',' || d.keys[j] === 'of' || d.keys[j] === 'but') return n > 0 ? j : -1;
    if (d.shape[j] !== 0 || CLAUSE_WORDS.has(d.keys[j]) || LIST_SEPARATORS.has(d.keys[j])) return -1;
  }
  return -1;
}

/** The end of a list item of one or two plain words after the separator at `k` that closes the list (punctuation after it), or -1. */
function shortItemAfter(d: DocContext, k: number): number {
  const end = d.sEnd[k];
  for (let j = k + 1, n = 0; j <= end && n <= 2; j++, n++) {
    if (j === end || d.shape[j] === 4) return n > 0 ? j : -1;
    if (d.shape[j] !== 0 || CLAUSE_WORDS.has(d.keys[j]) || LIST_SEPARATORS.has(d.keys[j])) return -1;
  }
  return -1;
}

/** "the globe" is the world's places, no exaggeration ("felt around the globe": seed-821 audit; 5 of ung20's 6 exaggeration markers). */
const THE_GLOBE: ReadonlySet<string> = new Set(['globe']);

/** An invasion named, where the verb is a fear marker's only strong word ("halt any attempt to invade Kuwait", "when one nation invades another": all 6 of ung20's). */
const INVADE: ReadonlySet<string> = new Set(['invade', 'invades', 'invaded', 'invading']);

/**
 * The register of concern or disappointment, where its words are a marker's only strong words ("the disturbing lack of
 * balance", "The answers are gravely disappointing", "the abuse of weapons is endemic", "the dangers implicit in such
 * presence", "we are gravely concerned": seed-831 audit), as "dangerous" and "perilous" are; with a state of things
 * "prevailing" or "grave" (shownRegister.ts: STATE_WORDS).
 */
const CONCERN_WORDS: ReadonlySet<string> = new Set([
  ...STATE_WORDS, 'disturbing', 'disturbingly', 'disturbed', 'disappointing', 'disappointingly', 'disappointed', 'disappointment', 'disheartening', 'endemic', 'gravely', 'seriously', 'concerned', 'alarmed', 'troubled', 'worrying', 'worrisome', 'troubling',
]);

/** "deplorable", whose situation is the register of concern. */
const DEPLORABLE: ReadonlySet<string> = new Set(['deplorable', 'deplorably']);
/** A state of things, no one's deed ("the deplorable situation", "a deplorable state"). */
const SITUATIONS: ReadonlySet<string> = new Set(['situation', 'state', 'condition', 'plight', 'circumstance']);
/**
 * "deplorable", the marker's only strong word, said of a situation or a state, before it or of it as the subject ("The
 * present deplorable international situation", "In Kampuchea the situation is equally deplorable": seed-871 audit), in a
 * sentence that charges no party: the register of concern; "deplorable behaviour of the occupying Power" stays.
 */
function deploresASituation(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DEPLORABLE, d, a, b) || chargesAParty(d, a)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!DEPLORABLE.has(d.keys[k])) continue;
    for (let j = k + 1; j < end && j <= k + 3; j++) {
      if (SITUATIONS.has(d.keys[j])) return true;
      if (d.shape[j] !== 0 || !(needsNoun(d, j) || d.keys[j] === 'economic' || d.keys[j] === 'international')) break;
    }
    for (let j = k - 1; j >= first && j >= k - 4; j--) if (SITUATIONS.has(d.keys[j]) && BE_FORMS.has(d.keys[j + 1])) return true;
  }
  return false;
}
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remain', 'remains']);

/**
 * "dangers" or "perils" in the plural, a marker's only strong words, weigh risks ("with all the dangers implicit in such
 * presence": seed-831 audit; "the very great perils of failing to develop such a system": seed-921 audit); "in danger",
 * "in peril" and the perils of a name ("the perils of Zionism") stay.
 */
const DANGER: ReadonlySet<string> = new Set(['danger', 'peril']);
function namesDangers(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DANGER, d, a, b)) return false;
  for (let k = a; k < b; k++) {
    if (!DANGER.has(d.keys[k])) continue;
    if (!d.seg.tokens.text(k).toLowerCase().endsWith('s')) return false;
    // Perils "of" a name are a charge ("the perils of Zionism").
    if (k + 2 < d.sEnd[k] && d.keys[k + 1] === 'of' && d.shape[k + 2] === 1) return false;
  }
  return true;
}

/** "perilous" alone is the register of concern ("we are facing perilous times", "a perilous situation": seed-821 audit), as "dangerous" is (plainUse.ts). */
const PERIL_WORDS: ReadonlySet<string> = new Set(['perilous', 'perilously']);



/**
 * An appeal to fear whose strong words are all the lexicon's fear words, as one item of a list of three or more
 * short ones ("Disease, terrorism, the drug trade, human enslavement, child labour and ecological disaster":
 * seed-811 audit): ills named, not a fear raised, as the audits judged lists of ills.
 */
function namesAnIllInAList(d: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isLoadedWord(d, k) && !(d.lex[k] && LEXICON_CATEGORY_IDS[d.lex[k] - 1] === 'appeal-to-fear')) return false;
  // Not a list's first item, which may be a phrase's head ("its reign of terror, violence and racial discrimination").
  return a > d.sFirst[a] && LIST_SEPARATORS.has(d.keys[a - 1]) && listItems(d, a, b) >= 3;
}

const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', ';', 'and', 'or']);
/** Words of a clause, no item of a list of ills ("can lead to instability", "or to peace"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'to', 'is', 'are', 'was', 'were', 'be', 'been', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall', 'has', 'have', 'had',
  'that', 'which', 'who', 'indeed', 'also', 'we', 'they', 'it', 'instead', 'against', 'by', 'for', 'with', 'from',
]);
/** Words of an item of a list (the marker's own item may be longer). */
const ITEM_WORDS = 4;

/** How many short items the list around tokens `[a, b)` has, the marker's counted (1 where it stands in none). */
function listItems(d: DocContext, a: number, b: number): number {
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  let items = 1;
  // Back: items ending at a separator right before the previous one.
  for (let k = a - 1; k >= first && LIST_SEPARATORS.has(d.keys[k]);) {
    let j = k - 1;
    if (j >= first && LIST_SEPARATORS.has(d.keys[j])) j--;
    let n = 0;
    while (j >= first && !LIST_SEPARATORS.has(d.keys[j]) && d.shape[j] !== 4 && !CLAUSE_WORDS.has(d.keys[j]) && n <= ITEM_WORDS) { j--; n++; }
    if (j >= first && CLAUSE_WORDS.has(d.keys[j])) break;
    if (n === 0 || n > ITEM_WORDS) break;
    items++;
    k = j;
  }
  for (let k = b; k < end && LIST_SEPARATORS.has(d.keys[k]);) {
    let j = k + 1;
    if (j < end && LIST_SEPARATORS.has(d.keys[j])) j++;
    let n = 0;
    while (j < end && !LIST_SEPARATORS.has(d.keys[j]) && d.shape[j] !== 4 && !CLAUSE_WORDS.has(d.keys[j]) && n <= ITEM_WORDS) { j++; n++; }
    if (j < end && CLAUSE_WORDS.has(d.keys[j])) break;
    if (n === 0 || n > ITEM_WORDS) break;
    items++;
    k = j;
  }
  return items;
}

/**
 * Extinction of living things, where it is the marker's only strong word: a fact of ecology ("Fish and
 * animals will soon be in danger of extinction": seed-811 audit), no fear raised of a people's end.
 */
const EXTINCTION: ReadonlySet<string> = new Set(['extinction', 'extinct', 'danger']);
const LIVING_KINDS: ReadonlySet<string> = new Set([
  'species', 'fish', 'fishes', 'animal', 'animals', 'plant', 'plants', 'bird', 'birds', 'wildlife', 'flora', 'fauna', 'biodiversity',
  'mammal', 'mammals', 'whale', 'whales', 'elephant', 'elephants', 'stock', 'stocks', 'coral', 'reefs', 'forests', 'trees',
]);
function extinctionOfSpecies(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(EXTINCTION, d, a, b) || !d.keys.slice(a, b).some((w) => w.startsWith('extinct'))) return false;
  // "the human species" is a people's end.
  for (let k = d.sFirst[a]; k < d.sEnd[a]; k++) if (LIVING_KINDS.has(d.keys[k]) && d.keys[k - 1] !== 'human') return true;
  return false;
}

/**
 * "doomed to failure", where "doom" is the marker's only strong word: a prediction that a plan will fail
 * ("manoeuvres ... are inevitably doomed to failure", "it will doom to failure any endeavour", "An aggressor
 * dooms himself from the outset to failure"), no appeal to fear: 4 of ung20's 12 "doom" markers, all right.
 */
const DOOM: ReadonlySet<string> = new Set(['doom', 'doomed', 'dooming']);
function doomsToFailure(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DOOM, d, a, b)) return false;
  for (let k = a; k < b; k++) {
    if (!DOOM.has(d.keys[k])) continue;
    for (let j = k + 2; j < Math.min(d.sEnd[k], k + 7); j++) if (d.keys[j] === 'failure' && d.keys[j - 1] === 'to') return true;
  }
  return false;
}

/**
 * A slogan is set apart: written with a capital ("Death to America", "Make America Great Again",
 * "MAGA" in PTC's news), beginning its sentence, or in a sentence ending on "!" ("stop the war!"). In
 * lower-case running prose the words state a plea or a toll ("we urge Iran to stop the war", "brought
 * so much misery and death to Angola", "for reasons I need not point out now"): none of ung20's 20
 * slogan markers was one; the seed-191 and 221 audits judged 4 of 5 wrong.
 */
function isSetApart(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  return d.shape[a] !== 0 || a === first || (end > first && d.keys[end - 1] === '!');
}

/**
 * A nation named as one's own or as a people addressed: "our nation", "our country", a people by its
 * nation's name ("the American people", "betraying the interest of the American people", "smear the
 * Russian people"): flag-waving in news. (Was the words "America", "American(s)" by name.)
 */
const NATION: ReadonlySet<string> = new Set(['nation', 'country', 'homeland', 'motherland', 'fatherland']);
const A_PEOPLE: ReadonlySet<string> = new Set(['people', 'nation', 'citizens', 'patriots', 'taxpayers', 'voters']);
function namesOwnNation(d: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // One nation: "our countries" are the States of a group.
    if (d.keys[k] === 'our' && k + 1 < b && NATION.has(d.keys[k + 1]) && NATION.has(d.seg.tokens.text(k + 1).toLowerCase())) return true;
    // A capital that begins its sentence is no nation's name ("The people", "Our citizens", "Many voters").
    if (d.shape[k] === 1 && k > d.sFirst[k] && k + 1 < d.sEnd[k] && A_PEOPLE.has(d.keys[k + 1]) && d.shape[k + 1] === 0) return true;
  }
  return false;
}

/**
 * Flag-waving praises a people or a cause ("the glorious struggle against apartheid", "the sacred
 * cause of freedom", "brave and heroic States", "freedom-loving countries"). Without such a word the
 * tagger's and the lexicon's flag-waving in UN speeches is sovereignty defended or threatened, a
 * people's suffering, fruitful cooperation: 7 of 10 shown in the audits since seed 107 were wrong,
 * and about 40 of ung20's 58.
 */
const PRAISE_OF_A_CAUSE: ReadonlySet<string> = new Set([
  'glorious', 'glory', 'noble', 'sacred', 'heroic', 'heroically', 'hero', 'heroes', 'brave', 'courageous', 'valiant', 'freedom-loving',
  'peace-loving', 'patriot', 'patriots', 'patriotic', 'patriotism', 'motherland', 'fatherland', 'homeland', 'proud', 'pride', 'martyrs', 'greatness',
]);
/** Virtue is no name calling ("a righteous State", "a righteous struggle": seed-821 audit), as praise is not (plainUse.ts: PRAISE_WORDS). */
const VIRTUE_WORDS: ReadonlySet<string> = new Set(['righteous', 'righteousness', 'virtuous', 'noble', 'honourable', 'honorable', 'upright', ...PRAISE_OF_A_CAUSE]);
function praisesACause(d: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (!PRAISE_OF_A_CAUSE.has(d.keys[k])) continue;
    // Not after a loaded word or a doctrine's name, which makes it a charge ("a Zionist homeland"); "homelands" are apartheid's bantustans.
    if (k > d.sFirst[k] && (isLoadedWord(d, k - 1) || /ist$/.test(d.keys[k - 1]))) continue;
    if (d.keys[k] === 'homeland' && d.seg.tokens.text(k).toLowerCase() === 'homelands') continue;
    return true;
  }
  return false;
}

/**
 * A flag-waving span that neither praises a cause nor names one's nation: where a word of another category in it does
 * not name the marker shown (its own candidate plain: "our countries are threatened with marginalization", "the tragic
 * plight of all the peoples", "the illegal regime remains blind": 15 of ung20's 31 flag-waving markers of 8 December),
 * the marker shows as flag-waving and is left out (index.ts: selectMarkers).
 */
export function wavesNoFlag(d: DocContext, a: number, b: number): boolean {
  return !praisesACause(d, a, b) && !namesOwnNation(d, a, b);
}

/**
 * Whether tokens `[a, b)` hold a lexicon word of another category than `category`; with `notDegree`, an exaggeration's
 * degree word does not count: it names no category shown ("totally disheartening with respect" as flag-waving: seed-821 audit).
 */
function holdsWordOfAnotherCategory(d: DocContext, a: number, b: number, category: string, notDegree = false): boolean {
  for (let k = a; k < b; k++) {
    const other = d.lex[k] ? LEXICON_CATEGORY_IDS[d.lex[k] - 1] : category;
    if (other !== category && !(notDegree && other === 'exaggeration')) return true;
  }
  return false;
}

/**
 * A place or people "devastated" (a participle), where that is the marker's only strong word: a
 * war's, a drought's or a hurricane's toll reported ("the ruins of the devastated cities", "that
 * devastated country", "countries devastated by civil strife"): 10 of 10 such rows judged wrong in
 * the seed-107 to 221 audits.
 */
const TOLL_REPORTED: ReadonlySet<string> = new Set(['devastated']);

/**
 * "shock" the noun, where it is the marker's only strong word: condolence and reaction ("caused
 * profound shock throughout the world", "the sense of helpless shock"), an idiom ("sent out shock
 * waves") or a term ("global economic shocks"); "shocking" and "shocked by these atrocities" stay.
 */
const SHOCK: ReadonlySet<string> = new Set(['shock', 'shocks']);
/** Words of that register beside it, whatever their mined rates ("profound", "caused"). */
const SHOCK_REGISTER: ReadonlySet<string> = new Set(['shock', 'shocks', 'profound', 'profoundly', 'deep', 'deeply', 'great', 'caused', 'helpless', 'sense', 'wave', 'waves', 'sent']);
function namesShock(d: DocContext, a: number, b: number): boolean {
  let shock = false;
  for (let k = a; k < b; k++) {
    if (SHOCK.has(d.keys[k])) {
      // "a shock of revulsion": what the shock is names the feeling.
      if (k + 1 < d.sEnd[k] && d.keys[k + 1] === 'of') return false;
      shock = true;
    } else if (!SHOCK_REGISTER.has(d.keys[k]) && isLoadedWord(d, k)) return false;
  }
  return shock;
}

/**
 * "injustice" alone, or "social" or "human" injustice: one of a list of ills ("war, poverty,
 * injustice and environmental deterioration"), the word for a social ill; judged plain in the
 * seed-107, 131 and 221 audits. "gross injustice", "a harvest of injustice" stay.
 */
const INJUSTICE: ReadonlySet<string> = new Set(['injustice', 'injustices']);
const PLAIN_BEFORE_INJUSTICE: ReadonlySet<string> = new Set(['social', 'human', 'economic']);
function namesInjustice(d: DocContext, a: number, b: number): boolean {
  if (!INJUSTICE.has(d.keys[b - 1])) return false;
  for (let k = a; k < b - 1; k++) if (!PLAIN_BEFORE_INJUSTICE.has(d.keys[k])) return false;
  return true;
}

/**
 * The idiom "at our peril", "at the greatest peril" ("we ignore that warning at our peril": seed-221 audit; "forget only
 * at the greatest peril": seed-861 audit): a warning, no appeal to fear.
 */
const POSSESSIVES: ReadonlySet<string> = new Set(['our', 'their', 'its', 'your', 'his', 'her', 'my', 'one\'s']);
const AT_PERIL: ReadonlySet<string> = new Set([...POSSESSIVES, 'the', 'own', 'great', 'greatest', 'grave', 'gravest', 'utmost']);
function atOnesPeril(d: DocContext, a: number, b: number): boolean {
  if (d.keys[b - 1] !== 'peril') return false;
  let j = b - 2;
  while (j >= d.sFirst[a] && AT_PERIL.has(d.keys[j])) j--;
  // "put at great peril the achievements": what is endangered named, no idiom.
  return j >= d.sFirst[a] && j < a && j < b - 2 && d.keys[j] === 'at' && !(j > d.sFirst[a] && PUT.has(d.keys[j - 1]));
}
const PUT: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'place', 'places', 'placed', 'placing']);

/** Feelings of courtesy that degree adverbs may grade ("so deeply and sincerely happy at your election"). */
const COURTESY_FEELINGS: ReadonlySet<string> = new Set(['happy', 'pleased', 'glad', 'grateful', 'thankful', 'honoured', 'honored', 'delighted', 'gratified', 'privileged', 'moved', 'touched']);
/**
 * A marker of adverbs only (and "and"), right before a feeling of courtesy: the register of thanks and congratulation
 * ("so deeply and sincerely happy at your election": seed-861 audit), as courtesy words are (plainUse.ts).
 */
function gradesCourtesy(d: DocContext, a: number, b: number): boolean {
  if (b >= d.sEnd[a] || !COURTESY_FEELINGS.has(d.keys[b])) return false;
  for (let k = a; k < b; k++) if (d.keys[k] !== 'and' && !(d.shape[k] === 0 && d.keys[k].endsWith('ly'))) return false;
  return true;
}

/**
 * A loaded word negated at the marker's start: no one is called so ("countries with no imperialist
 * ambitions", "we must do so without hypocrisy", "come to an end without violence and devastation").
 */
function isNegated(d: DocContext, a: number, b: number): boolean {
  const first = d.keys[a];
  if (((first === 'no' && d.shape[a] === 0) || first === 'without') && b - a > 1 && d.keys[a + 1] !== 'longer' && d.keys[a + 1] !== 'more') return true;
  // A lower-case "no" ("the Lon No clique" is a name cut by a scanning error; "No reactionary force can" speaks of forces).
  return a - 1 >= d.sFirst[a] && (d.keys[a - 1] === 'without' || (d.keys[a - 1] === 'no' && d.shape[a - 1] === 0));
}

const MANNER: ReadonlySet<string> = new Set(['very', 'so', 'also', 'again', 'once', 'always']);
const STRONGEST_TERMS = ['in', 'the', 'strongest', 'terms'];
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'such', 'all', 'any']);

/**
 * Tokens `[a, b)` of a tagger span as the product shows it: a span that starts at a verb of stance,
 * or at a name and its verb ("Liechtenstein condemns very strongly the flagrant violation ...",
 * "condemns the flagrant violations"), with adverbs between (seed-163 and 221 audits), starts at the
 * object where a loaded word follows; shownSpan.ts moves only a verb that a determiner follows. Its edges
 * are then completed (shownEdges.ts).
 */
export function shownOnlySpan(d: DocContext, a: number, b: number): [number, number] {
  return completedEdges(d, ...afterStanceVerb(d, a, b));
}

function afterStanceVerb(d: DocContext, a: number, b: number): [number, number] {
  let k = a;
  while (k < b && d.shape[k] === 1 && !STANCE_VERBS.has(d.keys[k])) k++;
  if (k >= b || !STANCE_VERBS.has(d.keys[k])) return [a, b];
  k++;
  // Adverbs of manner before the object ("very strongly the", "most vehemently the"), not a loaded adjective in -ly ("the cowardly acts").
  for (;;) {
    if (k + 4 <= b && STRONGEST_TERMS.every((w, i) => d.keys[k + i] === w)) k += 4;
    else if (k < b && (MANNER.has(d.keys[k]) || isAdverbBeforeObject(d, k, b) || (d.keys[k] === 'most' && k + 1 < b && isAdverbBeforeObject(d, k + 1, b)))) k++;
    else break;
  }
  while (k < b && OPENERS.has(d.keys[k])) k++;
  for (let j = k; j < b; j++) if (isLoadedWord(d, j)) return [k, b];
  return [a, b];
}

/** A lower-case word in -ly that an adverb of manner, a determiner or the span's end follows: an adverb, not an adjective before its noun. */
function isAdverbBeforeObject(d: DocContext, k: number, b: number): boolean {
  if (d.shape[k] !== 0 || !d.keys[k].endsWith('ly')) return false;
  const next = k + 1 < b ? d.keys[k + 1] : '';
  return OPENERS.has(next) || MANNER.has(next) || (next.endsWith('ly') && d.shape[k + 1] === 0);
}
