/**
 * Literal uses of strong words left out where the product shows markers (shownOnly.ts: isHiddenWhenShown; training
 * never reads them): what a raid or a war destroyed, listed; weapons' capacity to end all life; "lies" as the verb of
 * position. Judged wrong in the seed-821 audit (docs/audits/README.md); written on ung20.
 */
import { isLoadedWord, type DocContext } from './features';
import { onlyWordsOf } from './plainUse';
import { needsNoun } from './shownSpan';

/** A verb of destruction ("destroy", "destroys", "destroying", "destroyed"). */
const DESTROY: ReadonlySet<string> = new Set(['destroy', 'destroys', 'destroyed', 'destroying', 'demolish', 'demolishes', 'demolished', 'demolishing', 'raze', 'razed', 'razing']);
/** Things and places built or grown, whose destruction is reported, not a charge made in a loaded word. */
const BUILT_THINGS: ReadonlySet<string> = new Set([
  'home', 'homes', 'house', 'houses', 'dwelling', 'dwellings', 'school', 'schools', 'hospital', 'hospitals', 'clinic', 'clinics', 'village',
  'villages', 'town', 'towns', 'city', 'cities', 'building', 'buildings', 'bridge', 'bridges', 'road', 'roads', 'crop', 'crops', 'harvest',
  'harvests', 'field', 'fields', 'farm', 'farms', 'plantation', 'plantations', 'forest', 'forests', 'tree', 'trees', 'livestock', 'property',
  'properties', 'infrastructure', 'infrastructures', 'factory', 'factories', 'plant', 'plants', 'dike', 'dikes', 'dam', 'dams', 'port', 'ports',
  'railway', 'railways', 'well', 'wells', 'church', 'churches', 'mosque', 'mosques', 'shop', 'shops', 'market', 'markets', 'installation',
  'installations', 'equipment', 'stock', 'stocks', 'stockpile', 'stockpiles', 'weapon', 'weapons', 'arsenal', 'arsenals', 'rainforest', 'layer',
]);
/** Words between a verb of destruction and its object ("destroy much property", "destroying entire villages", "destroy their homes"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'this', 'that', 'much', 'many', 'all', 'entire', 'whole', 'some',
  'thousands', 'hundreds', 'of', 'and', ',', 'both', 'public', 'private', 'small-scale', 'ozone',
]);

/**
 * A verb of destruction, the marker's only strong word, whose object is built or grown things ("Armed banditry
 * destroys schools, hospitals", "by destroying towns and villages", "destroy much property - bridges, hospitals",
 * "destroying dikes": seed-821 audit) or whose passive subject is ("homes were destroyed"): what a war or a raid
 * destroyed, reported.
 */
export function destroysThings(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DESTROY, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!DESTROY.has(d.keys[k])) continue;
    let j = k + 1;
    while (j < end && j < k + 5 && OBJECT_WORDS.has(d.keys[j])) j++;
    if (j < end && BUILT_THINGS.has(d.keys[j])) return true;
    // A passive's subject: "synagogues and cemeteries were destroyed", "houses destroyed".
    if (d.keys[k] === 'destroyed') {
      let s = k - 1;
      while (s >= first && s > k - 4 && (BE_FORMS.has(d.keys[s]) || d.keys[s] === 'not' || d.keys[s].endsWith('ly'))) s--;
      if (s >= first && BUILT_THINGS.has(d.keys[s])) return true;
    }
  }
  return false;
}
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had']);

/** Verbs of wholesale destruction, what weapons are said to be able to do. */
const OVERKILL_VERBS: ReadonlySet<string> = new Set([
  ...DESTROY, 'obliterate', 'obliterates', 'obliterated', 'obliterating', 'annihilate', 'annihilates', 'annihilated', 'annihilating', 'wipe', 'wiping',
]);
/** What such weapons could end. */
const ALL_LIFE: ReadonlySet<string> = new Set(['earth', 'planet', 'world', 'life', 'mankind', 'humanity', 'humankind', 'civilization', 'civilisation']);
/** Weapons and their stockpiles. */
const WEAPONS: ReadonlySet<string> = new Set([
  'weapon', 'weapons', 'warhead', 'warheads', 'missile', 'missiles', 'bomb', 'bombs', 'arsenal', 'arsenals', 'stockpile', 'stockpiles', 'nuclear',
  'megaton', 'megatons', 'armament', 'armaments', 'instrument', 'instruments',
]);
/** Words of capacity: "capable of", "enough to", "needed to", "several times over". */
const CAPACITY: ReadonlySet<string> = new Set(['capable', 'capacity', 'enough', 'sufficient', 'needed', 'able', 'over', 'could', 'can']);

/**
 * A verb of wholesale destruction, the marker's only strong word, whose object is the earth, the world or all life,
 * in a sentence that names weapons and their capacity ("stockpiles ... four to five times greater than what would be
 * needed to obliterate all life on earth", "missiles ... capable of destroying the earth": seed-821 audit): the
 * arsenal's size stated, as the disarmament debate states it.
 */
export function weaponsCapacity(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(OVERKILL_VERBS, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  let verb = -1;
  for (let k = a; k < b && verb < 0; k++) if (OVERKILL_VERBS.has(d.keys[k])) verb = k;
  if (verb < 0) return false;
  let j = verb + 1;
  while (j < end && j < verb + 5 && (OBJECT_WORDS.has(d.keys[j]) || d.keys[j] === 'out' || d.keys[j] === 'human')) j++;
  if (j >= end || !ALL_LIFE.has(d.keys[j])) return false;
  let weapons = false;
  let capacity = false;
  for (let k = first; k < end; k++) {
    weapons ||= WEAPONS.has(d.keys[k]);
    capacity ||= CAPACITY.has(d.keys[k]) && Math.abs(k - verb) <= 6;
  }
  return weapons && capacity;
}

/** Adverbs and a parenthesis that may stand between "lies" and where it lies ("lies first and foremost with", "lies precisely in"). */
const LIE_ADVERBS: ReadonlySet<string> = new Set(['foremost', 'undoubtedly', 'perhaps', 'surely', 'certainly', 'precisely', 'also', 'therefore', 'thus']);
/** Where something lies: the words that may open the place. */
const LIE_PLACES: ReadonlySet<string> = new Set(['in', 'with', 'within', 'at', 'ahead', 'behind', 'beyond', 'between', 'on', 'upon', 'outside', 'inside', 'before']);
/** Fronted words of place ("Herein, I think, lies the strength", "That is where our apprehensions lie"). */
const LIE_FRONTED: ReadonlySet<string> = new Set(['herein', 'therein', 'here', 'there', 'where', 'wherein', 'hence']);
const LIE: ReadonlySet<string> = new Set(['lie', 'lies']);
/** Adjectives of rest after "lie(s)" ("lie idle", "lies dormant", "lie untapped"). */
const LIE_STATES: ReadonlySet<string> = new Set(['idle', 'dormant', 'fallow', 'untapped', 'hidden', 'latent', 'waste', 'unused', 'open', 'still', 'asleep', 'heavy', 'unseen', 'beneath', 'below', 'under', 'underneath', 'across', 'along', 'near', 'far', 'deep']);
/** Words before "lie" or "lies" that make it a noun or an infinitive ("the lie", "many lies", "do not lie"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['a', 'the', 'not', 'to', 'many', 'such', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'of', 'and', 'or', 'outright', 'big']);

/** Words that open the subject after an inverted "lie(s)" ("In the Charter lie the keys"). */
const INVERTED_SUBJECT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'all', 'many', 'some']);

/** Whether a verb of telling ("tell", "spread") is among tokens `[from, to)`: "In that speech he told lies". */
function spansATell(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TELL.has(d.keys[k])) return true;
  return false;
}

/** Units of a distance after its number ("lies merely 90 miles from"). */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'feet', 'hour', 'minute', 'league']);
/** Verbs whose object "lies" is ("tell lies", "spread lies"). */
const TELL: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'spread', 'spreads', 'spreading', 'peddle', 'peddles', 'peddling', 'propagate', 'propagating']);

/**
 * "lie" or "lies", the marker's only strong word (its subject may be in the span: "Malta lies", "all Europeans lie"),
 * as the verb of position: where the place or a distance follows past adverbs ("the responsibility lies first and
 * foremost with", "lies precisely in its capacity", "lies only 40 kilometres from"), a state of rest follows ("lie unused",
 * "lies dormant": seed-921 audit) or the place is fronted before it ("Herein,
 * I think, lies the real strength", "where the future of all our peoples lies": seed-821 and 861 audits), not
 * "blatant lies", "do not lie" nor "tell lies".
 */
export function liesAsPosition(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(LIE, d, a, b)) return false;
  for (let k = a; k < b; k++) if (LIE.has(d.keys[k]) && isLieOfPosition(d, k)) return true;
  return false;
}

function isLieOfPosition(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  const next = a + 1 < end ? d.keys[a + 1] : '';
  // "the lion will not lie down": the posture, never a falsehood.
  if (next === 'down') return true;
  // The place opens the sentence and the subject follows ("In the Charter lie the keys", "Beyond peace lie man's
  // deepest aspirations"), or a question asks where ("Where does the responsibility for this failure lie?").
  if (a > first && (LIE_PLACES.has(d.keys[first]) || d.keys[first] === 'beyond') && (INVERTED_SUBJECT.has(next) || (a + 2 < end && d.keys[a + 2] === "'s")) && !spansATell(d, first, a)) return true;
  if (next === '?' && d.keys[first] === 'where') return true;
  const before = a > first ? d.keys[a - 1] : '';
  // "contrived lies": an adjective or a participle before it.
  if (NOUN_BEFORE.has(before) || TELL.has(before) || (a > first && (d.lex[a - 1] !== 0 || needsNoun(d, a - 1) || (before.endsWith('ed') && d.shape[a - 1] === 0)))) return false;
  // A state it lies in: a participle or an adjective of rest ("potential for innovation lie unused", "lies buried", "lie idle").
  if (a + 1 < end && d.shape[a + 1] === 0 && (LIE_STATES.has(next) || (next.endsWith('ed') && d.lex[a + 1] === 0))) return true;
  let j = a + 1;
  if (j + 2 < end && d.keys[j] === 'first' && d.keys[j + 1] === 'and') j += 2;
  while (j < end && j < a + 5 && (LIE_ADVERBS.has(d.keys[j]) || (d.keys[j].endsWith('ly') && d.shape[j] === 0))) j++;
  if (j < end && LIE_PLACES.has(d.keys[j])) return true;
  if (j + 1 < end && d.shape[j] === 3 && DISTANCE_UNITS.has(d.keys[j + 1])) return true;
  for (let k = a - 1; k >= Math.max(first, a - 8); k--) {
    if (LIE_FRONTED.has(d.keys[k])) return true;
    if (d.keys[k] === '.' || d.keys[k] === ';' || TELL.has(d.keys[k])) return false;
  }
  return false;
}

/** Words of a toll, literal where what they describe is a war or a crisis (seed-831 audit). */
const TOLL_WORDS: ReadonlySet<string> = new Set(['murderous', 'devastating', 'catastrophe', 'catastrophic', 'disaster', 'disastrous', 'deadly', 'deadliest', 'bloody', 'bloodiest']);
/** A war or a crisis, whose toll such words state. */
const CONFLICTS: ReadonlySet<string> = new Set(['war', 'conflict', 'strife', 'fighting', 'hostility', 'warfare', 'crisis']);
/** Words of degree or time between a copula and a toll word ("is becoming daily more murderous"). */
const TOLL_DEGREE: ReadonlySet<string> = new Set(['more', 'most', 'very', 'so', 'increasingly', 'daily', 'ever', 'even', 'truly', 'particularly', 'especially', 'all', 'the', 'a', 'an', 'real', 'veritable', 'human', 'humanitarian', 'both']);
/** A copula or "become" in any form. */
const BECOME: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becoming', 'became', 'remain', 'grow', 'growing', 'grown']);
/** Modifiers between a toll word and the war it qualifies ("devastating civil strife", "the bloodiest armed conflict"). */
const CONFLICT_MODIFIERS: ReadonlySet<string> = new Set(['civil', 'armed', 'internal', 'fratricidal', 'ethnic', 'tribal', 'regional', 'border', 'military', 'humanitarian', 'economic', 'financial', 'food', 'debt', 'world', 'global', 'new', 'long', 'protracted', 'senseless', 'racial', 'religious', 'sectarian', 'communal']);
const FORETOLD: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'can', 'to']);
/** Subjects that name the war or crisis of the sentence before ("the Liberian crises continue. ... in human terms it is a catastrophe"). */
const ANAPHORS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/**
 * A toll word, the marker's only strong word, whose war or crisis is what it describes: a war qualified ("suffering
 * devastating civil strife", "this murderous war"), the subject of a copula ("the conflict in the Western Sahara is
 * becoming daily more murderous"), or "it" that stands for the crisis just named ("the Liberian crises continue. ... in
 * human terms it is a catastrophe": seed-831 audit). A war's or crisis's toll stated, as statesAToll (plainUse.ts)
 * judges "bloody" and "brutal" beside a war; "murderous attacks" are a charge and stay.
 */
export function statesAConflictsToll(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(TOLL_WORDS, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!TOLL_WORDS.has(d.keys[k])) continue;
    // The war it qualifies, unless someone wages it ("launching a new murderous war": a charge).
    if (qualifiesAConflict(d, k, CONFLICTS)) return true;
    // The copula before it, past words of degree, and its subject.
    let c = k - 1;
    while (c >= first && c > k - 5 && TOLL_DEGREE.has(d.keys[c])) c--;
    if (c < first || !BECOME.has(d.keys[c])) continue;
    while (c >= first && BECOME.has(d.keys[c])) c--;
    // A toll foretold is a fear raised ("a nuclear war would be a disaster for mankind").
    if (c >= first && FORETOLD.has(d.keys[c])) continue;
    if (c >= first && ANAPHORS.has(d.keys[c]) && first > 0 && namesAConflict(d, d.sFirst[first - 1], first)) return true;
    for (let j = c; j >= first && j > c - 8; j--) {
      if (d.shape[j] === 4 || d.keys[j] === 'which' || d.keys[j] === 'that' || d.keys[j] === 'who') break;
      if (CONFLICTS.has(d.keys[j])) return true;
    }
  }
  return false;
}

/** The toll word at `k` qualifies one of `conflicts` after it, past its modifiers, and no one wages it. */
function qualifiesAConflict(d: DocContext, k: number, conflicts: ReadonlySet<string>): boolean {
  if (wagedBefore(d, k)) return false;
  for (let j = k + 1; j < d.sEnd[k] && j <= k + 3; j++) {
    if (conflicts.has(d.keys[j])) return true;
    if (!CONFLICT_MODIFIERS.has(d.keys[j])) return false;
  }
  return false;
}

/** Verbs of waging a war: its toll is then the waging party's charge. */
const WAGE = /^(?:launch|wag|unleash|start|provok|impos|conduct|pursu|initiat|instigat|foment|declar)/;
/** A verb of waging before the phrase at `k`, past its determiners and modifiers. */
function wagedBefore(d: DocContext, k: number): boolean {
  let j = k - 1;
  while (j >= d.sFirst[k] && j > k - 4 && (TOLL_DEGREE.has(d.keys[j]) || d.keys[j] === 'this' || d.keys[j] === 'its' || d.keys[j] === 'their' || d.keys[j] === 'new')) j--;
  return j >= d.sFirst[k] && WAGE.test(d.keys[j]);
}

function namesAConflict(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONFLICTS.has(d.keys[k])) return true;
  return false;
}

/** Strong words of past wars and their actors (keys: singular), literal in a history ("the bloody struggles of the Reformation"). */
const PAST_VIOLENCE: ReadonlySet<string> = new Set([
  'bloody', 'bloodiest', 'invader', 'tyrant', 'pirate', 'corsair', 'conqueror', 'barbarian', 'marauder', 'horde', 'struggle', 'war', 'battle',
]);
/** Words that set a sentence in a past age (keys: singular; "century" only as "centuries" or after a past ordinal). */
const PAST_AGES: ReadonlySet<string> = new Set(['millennia', 'antiquity', 'medieval', 'reformation', 'crusade', 'crusader', 'ancestor', 'forefather']);
/** Counts before "years" that reach into history ("over thousands of years"). */
const MANY: ReadonlySet<string> = new Set(['hundred', 'thousand', 'century']);
/** Ordinals of the centuries before the last ("the sixteenth century"). */
const PAST_CENTURY = /^(?:[1-9]|1[0-8])(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth)$/;

/**
 * Strong words of war and its actors, the marker's only strong words, in a sentence set in a past age: centuries, the
 * Middle Ages, "thousands of years", a century before the nineteenth, a year before 1900 ("the 30 bloody struggles of
 * the Reformation", "over thousands of years its struggle against invaders and tyrants": seed-831 audit): history
 * told, no charge made. Not "decades of bloody oppression" nor a charge beside "ancient" or "this century".
 */
export function tellsHistory(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(PAST_VIOLENCE, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = first; k < end; k++) {
    const w = d.keys[k];
    if (PAST_AGES.has(w) || (w === 'age' && d.keys[k - 1] === 'middle')) return true;
    if (w === 'year' && k - 2 >= first && d.keys[k - 1] === 'of' && MANY.has(d.keys[k - 2])) return true;
    if (w === 'century' && (d.seg.tokens.text(k).toLowerCase() === 'centuries' || (k > first && PAST_CENTURY.test(d.keys[k - 1])))) return true;
    if (d.shape[k] === 3 && /^1[0-8]\d\d$/.test(w)) return true;
  }
  return false;
}

/** Ordinals that name a world war fought ("the Second World War"), not one feared ("a third world war"). */
const PAST_WORLD_WARS: ReadonlySet<string> = new Set(['first', 'second']);

/**
 * A toll of the First or Second World War, named, where toll words are the marker's only other strong words ("born out
 * of revulsion against the horrors of the Second World War", "under the still-fresh impression of the horrors of the
 * Second World War": ung20): history told, as tellsHistory judges past ages; "a third world war" is a fear raised.
 */
export function tollOfAPastWorldWar(d: DocContext, a: number, b: number): boolean {
  let name = -1;
  for (let k = a; k < b && name < 0; k++) {
    if (d.keys[k] !== 'world' || k + 1 >= d.sEnd[k] || d.keys[k + 1] !== 'war') continue;
    if ((k > d.sFirst[k] && PAST_WORLD_WARS.has(d.keys[k - 1]) && d.shape[k - 1] === 1) || (k + 2 < d.sEnd[k] && d.keys[k + 2] === 'ii')) name = k;
  }
  if (name < 0) return false;
  for (let k = a; k < b; k++) if (k !== name && k !== name + 1 && isLoadedWord(d, k) && !SUFFERED_TOLL.has(d.keys[k])) return false;
  return true;
}

/** Words of violence or suffering that state a toll (keys: singular), beside statesAConflictsToll's. */
const SUFFERED_TOLL: ReadonlySet<string> = new Set([
  ...TOLL_WORDS, 'horror', 'horrendous', 'horrible', 'horrific', 'horrifying', 'ravage', 'appalling', 'crippling', 'destruction', 'devastation', 'tragic',
  'brutality', 'painful', 'carnage', 'misery', 'suffering', 'scourge', 'unspeakable', 'terrible', 'tragedy', 'agony', 'havoc',
]);
/** Words a toll's phrase may hold beside its toll words without a charge: concern, an outbreak, its consequences. */
const TOLL_PHRASE: ReadonlySet<string> = new Set([
  ...SUFFERED_TOLL, 'disturbing', 'alarming', 'outbreak', 'new', 'humanitarian', 'consequence', 'effect', 'suffer', 'suffered', 'and',
]);
/** A war, a crisis or violence (keys: singular), whose toll is stated. */
const CONFLICTS_AND_VIOLENCE: ReadonlySet<string> = new Set([...CONFLICTS, 'violence', 'confrontation', 'clash', 'emergency', 'upheaval', 'bloodshed', 'carnage', 'riot', 'unrest']);
/** Happenings whose toll "bloody", "tragic" or "painful" states ("the bloody events in Lebanon", "their bloody struggle"); "horrific events" may name an attack. */
const EVENTS: ReadonlySet<string> = new Set(['event', 'struggle', 'incident']);
const EVENT_TOLL_WORDS: ReadonlySet<string> = new Set(['bloody', 'bloodiest', 'tragic', 'painful']);
/** What a toll is said of when no party is: a time or a region. */
const TIMES_AND_PLACES: ReadonlySet<string> = new Set(['year', 'decade', 'century', 'period', 'month', 'summer', 'winter', 'region', 'area', 'continent', 'subregion']);
/** Nouns of a toll's outcome ("their appalling humanitarian consequences", "The destruction it has wreaked ... is horrendous"). */
const OUTCOMES: ReadonlySet<string> = new Set(['consequence', 'effect', 'toll', 'cost', 'impact', 'destruction', 'devastation', 'damage', 'loss', 'suffering', 'ravage', 'aftermath']);
/** Pronouns that stand for a war or conflicts named before. */
const CONFLICT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'this', 'these']);
/** Determiners and possessives inside a toll's phrase ("the horrors of | the | armed conflict"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'such', 'all', 'any', 'every', 'another', 'yet']);
/** Parties a deed is charged to ("the atrocities of the occupiers", "bombardment by the regime"). */
const PARTIES: ReadonlySet<string> = new Set([
  'regime', 'government', 'army', 'force', 'troop', 'soldier', 'junta', 'clique', 'occupier', 'invader', 'aggressor', 'terrorist', 'militia', 'rebel',
  'mercenary', 'colonialist', 'imperialist', 'racist', 'zionist', 'dictator', 'tyrant', 'aggression', 'invasion', 'occupation', 'perpetrator',
  // Deeds that imply a party beside the war ("the daily horrors of war and repression").
  'repression', 'oppression', 'persecution', 'genocide', 'massacre', 'bombardment', 'bombing', 'apartheid',
]);
const SUFFER = /^suffer/;
/** Verbs of a deed done to someone. */
const DEEDS_DONE = /^(?:inflict|perpetrat|commit|unleash)/;

/**
 * A toll of violence or suffering, the marker's only strong words, said of a war, a crisis, violence, a year, a region
 * or conflicts in general, in a sentence that charges no party with it: the toll word before the war ("a disturbing new
 * outbreak of bloody conflicts", "suffering crippling economic crises"), the toll "of" it ("the horrors of armed
 * conflict"), its outcome the war's ("their appalling humanitarian consequences" of the conflicts, "The destruction it
 * has wreaked ... is horrendous"), said of it, a year or a region ("This year has been particularly bloody in the Middle
 * East", conflicts "no less bloody for that"), or suffered ("They have suffered its ravages"): seed-861 audit. A
 * party named by "by", a possessive, a name's "'s" or an actor keeps the charge ("the bloody events caused by Israeli
 * military action", "the vicious bombardment of Malta" by its enemy).
 */
export function statesATollWithNoParty(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(TOLL_PHRASE, d, a, b) || chargesAParty(d, a)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!SUFFERED_TOLL.has(d.keys[k])) continue;
    // The war it qualifies ("bloody conflicts", "crippling economic crises").
    if (qualifiesAConflict(d, k, CONFLICTS_AND_VIOLENCE) || (EVENT_TOLL_WORDS.has(d.keys[k]) && qualifiesAConflict(d, k, EVENTS))) return true;
    // "of" and the war ("the horrors of armed conflict", "the ravages of the civil war").
    if (k + 1 < end && d.keys[k + 1] === 'of') {
      let j = k + 2;
      while (j < end && j < k + 6 && (PHRASE_WORDS.has(d.keys[j]) || CONFLICT_MODIFIERS.has(d.keys[j]))) j++;
      if (j < end && CONFLICTS_AND_VIOLENCE.has(d.keys[j])) return true;
    }
    // Suffered: a form of "suffer" before the toll's phrase, which ends on the toll ("They have suffered its ravages"; not
    // "suffered bloody repression", a deed, nor "the horror of" what is named after it).
    let s = k - 1;
    let possessive = -1;
    for (; s >= first && s > k - 4 && (PHRASE_WORDS.has(d.keys[s]) || CONFLICT_MODIFIERS.has(d.keys[s]) || SUFFERED_TOLL.has(d.keys[s])); s--) {
      if (d.keys[s] === 'its' || d.keys[s] === 'their') possessive = s;
    }
    if (s >= first && SUFFER.test(d.keys[s]) && endsThePhrase(d, k + 1)) return true;
    // A possessive of the war's before its outcome ("their appalling humanitarian consequences"), the war named before.
    if (possessive >= 0 && outcomeAfter(d, k, end) && conflictBefore(d, possessive)) return true;
    // Said of it: a copula, past degree words, and a war, a time or a region, its outcome or a pronoun for the war as subject.
    let c = k - 1;
    while (c >= first && c > k - 5 && (TOLL_DEGREE.has(d.keys[c]) || d.keys[c] === 'no' || d.keys[c] === 'less' || d.keys[c] === 'and' || SUFFERED_TOLL.has(d.keys[c]))) c--;
    // Not a verb's progressive with its object ("are devastating an entire generation").
    if (c < first || !BECOME.has(d.keys[c]) || (k + 1 < end && PHRASE_WORDS.has(d.keys[k + 1]))) continue;
    while (c >= first && (BECOME.has(d.keys[c]) || d.keys[c] === 'has' || d.keys[c] === 'have')) c--;
    if (c >= first && FORETOLD.has(d.keys[c])) continue;
    if (c >= first && CONFLICT_PRONOUNS.has(d.keys[c]) && conflictBefore(d, c)) return true;
    // A relative clause's war ("a conflict that is both painful and tragic").
    if (c > first && (d.keys[c] === 'that' || d.keys[c] === 'which') && CONFLICTS.has(d.keys[c - 1])) return true;
    for (let j = c; j >= first && j > c - 20; j--) {
      const w = d.keys[j];
      if (w === 'which' || w === 'who' || w === ';' || (w === ',' && j < c - 8)) break;
      // A time or a region only as the subject's own noun ("This year has been"; not "for over half a century — have been").
      if (CONFLICTS.has(w) || (TIMES_AND_PLACES.has(w) && j === c)) return true;
      if (OUTCOMES.has(w) && j + 1 <= c && CONFLICT_PRONOUNS.has(d.keys[j + 1])) return true;
    }
  }
  return false;
}

/** An outcome noun after the toll word at `k`, past modifiers, or the toll word one itself ("its ravages"). */
function outcomeAfter(d: DocContext, k: number, end: number): boolean {
  if (OUTCOMES.has(d.keys[k])) return true;
  for (let j = k + 1; j < end && j <= k + 3; j++) {
    if (OUTCOMES.has(d.keys[j])) return true;
    if (!CONFLICT_MODIFIERS.has(d.keys[j])) return false;
  }
  return false;
}

/** Words after a noun that end its phrase ("suffered its ravages | ever since", "| in silence"). */
const AFTER_A_PHRASE: ReadonlySet<string> = new Set(['in', 'for', 'since', 'ever', 'and', 'during', 'at', 'over', 'from', 'as', 'with', 'which', 'that', 'while', 'on', 'throughout', 'every', 'each', 'without', 'because', 'but', 'or', 'through']);
function endsThePhrase(d: DocContext, k: number): boolean {
  return k >= d.sEnd[k - 1] || d.shape[k] === 4 || AFTER_A_PHRASE.has(d.keys[k]);
}

/** A war or conflicts named before token `k`, in its sentence or the one before. */
function conflictBefore(d: DocContext, k: number): boolean {
  const first = d.sFirst[k];
  return namesAConflict(d, first, k) || (first > 0 && namesAConflict(d, d.sFirst[first - 1], first));
}

/** The speaker's own government or forces, no party charged ("the efforts exerted by my Government"). */
const OWN_BODIES: ReadonlySet<string> = new Set(['government', 'army', 'force', 'troop', 'soldier']);
function isOwnBody(d: DocContext, k: number): boolean {
  return OWN_BODIES.has(d.keys[k]) && k > d.sFirst[k] && (d.keys[k - 1] === 'my' || d.keys[k - 1] === 'our');
}

/** The sentence of token `a` names a party charged: "by" and a name or an actor, a name's "'s", an actor, an aggression or a deed done. */
export function chargesAParty(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = first; k < end; k++) {
    const w = d.keys[k];
    if (PARTIES.has(w) && !isOwnBody(d, k)) return true;
    if (w === 'by' && k + 1 < end) {
      for (let j = k + 1; j < end && j <= k + 3; j++) if ((d.shape[j] === 1 || d.shape[j] === 2 || PARTIES.has(d.keys[j])) && !isOwnBody(d, j)) return true;
    }
    if ((w === '\'s' || w === '\'') && k > first && d.shape[k - 1] === 1) return true;
    // A deed done: its doer is implied ("the terrible carnage inflicted on the people of Rwanda by their own compatriots").
    if (DEEDS_DONE.test(w)) return true;
  }
  return false;
}
