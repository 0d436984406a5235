/**
 * Literal uses of strong words left out where the product shows markers (shownOnly.ts: isHiddenWhenShown; training
 * never reads them): what a raid or a war destroyed, listed; weapons' capacity to end all life; "lies" as the verb of
 * position. Judged wrong in the seed-821 audit (docs/audits/README.md); written on ung20.
 */
import type { DocContext } from './features';
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
/** Words before "lie" or "lies" that make it a noun or an infinitive ("the lie", "many lies", "do not lie"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['a', 'the', 'not', 'to', 'many', 'such', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'of', 'and', 'or', 'outright', 'big']);

/**
 * "lie" or "lies", the marker's only word, as the verb of position: where the place follows past adverbs ("the
 * responsibility lies first and foremost with", "lies precisely in its capacity") or is fronted before it past a
 * parenthesis ("Herein, I think, lies the real strength": seed-821 audit), not "blatant lies" nor "do not lie".
 */
export function liesAsPosition(d: DocContext, a: number, b: number): boolean {
  if (b - a !== 1 || !LIE.has(d.keys[a])) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  const before = a > first ? d.keys[a - 1] : '';
  // "contrived lies": an adjective or a participle before it.
  if (NOUN_BEFORE.has(before) || (a > first && (d.lex[a - 1] !== 0 || needsNoun(d, a - 1) || (before.endsWith('ed') && d.shape[a - 1] === 0)))) return false;
  let j = a + 1;
  if (j + 2 < end && d.keys[j] === 'first' && d.keys[j + 1] === 'and') j += 2;
  while (j < end && j < a + 5 && (LIE_ADVERBS.has(d.keys[j]) || (d.keys[j].endsWith('ly') && d.shape[j] === 0))) j++;
  if (j < end && LIE_PLACES.has(d.keys[j])) return true;
  for (let k = a - 1; k >= Math.max(first, a - 6); k--) {
    if (LIE_FRONTED.has(d.keys[k])) return true;
    if (d.keys[k] === '.' || d.keys[k] === ';') return false;
  }
  return false;
}
