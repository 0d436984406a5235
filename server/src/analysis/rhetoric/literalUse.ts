/**
 * Literal uses of strong words. PTC's loaded words are loaded in opinion pieces; in speeches and
 * news the same words often describe a fact: "floods have ravaged Jamaica", "devastating
 * weaponry", "two devastating wars", "the tasks that lie ahead", "132 million pounds", "the Pol
 * Pot clique" named as a party rather than as a comparison. Audited on UN General Debate
 * speeches, such uses were the largest group of wrong markers (docs/audits/README.md).
 */
import type { DocContext } from './features';

/** Words of war and disaster that are literal when what they describe is a disaster, a disease, an economy or a weapon. */
const DESCRIPTIVE_WORDS: ReadonlySet<string> = new Set([
  'devastating', 'devastate', 'devastated', 'devastation', 'ravage', 'ravaged', 'ravaging', 'destroy', 'destroyed', 'destroying',
  'destruction', 'destructive', 'catastrophic', 'catastrophe', 'disastrous', 'disaster', 'annihilation', 'annihilate', 'annihilated',
  'obliterate', 'obliterated', 'decimate', 'decimated', 'toxic', 'poisonous', 'havoc', 'scourge',
]);

/**
 * What such a word may literally describe, within its sentence: natural disasters and disease,
 * the economy, weapons and hazardous matter.
 */
/** Natural disasters (lemmas): "a terrifying earthquake" is literal whatever the word before it (shownOnly.ts). */
export const NATURAL_DISASTERS: ReadonlySet<string> = new Set([
  'flood', 'flooding', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'storm', 'earthquake', 'tsunami', 'drought', 'famine', 'locust',
  'eruption', 'volcano', 'landslide', 'wildfire',
]);
const LITERAL_SUBJECTS: ReadonlySet<string> = new Set([
  // disasters, disease, environment
  ...NATURAL_DISASTERS,
  'volcanic', 'fire', 'weather', 'climate', 'warming', 'sea-level', 'desertification',
  'deforestation', 'erosion', 'pollution', 'environment', 'environmental', 'crop', 'harvest', 'disease', 'epidemic', 'pandemic', 'aids',
  'hiv', 'hiv/aids', 'malaria', 'cholera', 'ebola', 'tuberculosis', 'virus', 'cancer', 'natural',
  // the economy
  'economy', 'economic', 'economically', 'recession', 'inflation', 'debt', 'price', 'financial', 'unemployment', 'poverty', 'depression',
  // weapons and hazardous matter
  'weapon', 'weaponry', 'arm', 'armament', 'bomb', 'missile', 'warhead', 'nuclear', 'chemical', 'biological', 'bacteriological', 'mine',
  'landmine', 'munition', 'explosive', 'firepower', 'waste', 'substance', 'stockpile',
]);

/** Wars named near the word ("two devastating wars", "the ravages of war"): a description. */
const WAR_WORDS: ReadonlySet<string> = new Set(['war', 'warfare', 'conflict', 'hostility', 'fighting', 'battle', 'bombing', 'bombardment', 'shelling']);

/** "lie" and "lies" as the verb of position ("the tasks that lie ahead", "the answer lies in"), not a falsehood. */
const LIE_FORMS: ReadonlySet<string> = new Set(['lie', 'lying']);
const LIE_PLACE_NEXT: ReadonlySet<string> = new Set([
  'ahead', 'in', 'within', 'with', 'at', 'behind', 'before', 'beyond', 'between', 'on', 'upon', 'outside', 'inside', 'under', 'beneath',
  'across', 'along', 'among', 'dormant', 'idle', 'fallow', 'open', 'still', 'largely', 'mainly', 'primarily', 'solely', 'not', 'only',
  'partly', 'entirely', 'squarely', 'mere', 'elsewhere', 'there', 'here', 'somewhere', 'deep', 'far', 'close', 'near', 'above', 'below', 'a',
]);
const LIE_PLACE_PREV: ReadonlySet<string> = new Set(['that', 'which', 'where', 'wherein', 'herein', 'therein', 'there', 'here', 'grasp']);

/** Money and weight: "132 million pounds", "a pound of cure". */
const MONEY_BEFORE: ReadonlySet<string> = new Set(['million', 'billion', 'thousand', 'hundred', 'of', 'a', 'per']);

/** Cues that a historical name is used as a comparison ("a new Hitler", "murderers of the Hitler and Pol Pot type"). */
const COMPARISON_BEFORE: ReadonlySet<string> = new Set([
  'like', 'as', 'new', 'another', 'modern', 'latter-day', 'modern-day', 'present-day', 'worthy', 'reminiscent', 'similar', 'comparable',
  'compare', 'compared', 'equal', 'imitate', 'imitating', 'heir', 'disciple', 'follower', 'worse', 'than', 'resembling', 'recalling', 'recall',
]);
/**
 * Historical names and regimes, literal in a history ("the victory over fascism", "the Pol Pot
 * clique" named as a party); polemical coinages ("de-Nazified", "neo-Nazi", "appeasement") are not here.
 */
const HISTORICAL_NAMES: ReadonlySet<string> = new Set([
  'hitler', 'adolf', 'nazi', 'nazism', 'third', 'gestapo', 'goebbels', 'fuhrer', 'führer', 'fascism', 'mussolini', 'stalin', 'stalinism',
  'gulag', 'pol', 'kristallnacht', 'vichy',
]);
const COMPARISON_AFTER: ReadonlySet<string> = new Set(['type', 'style', 'like', 'method', 'tactic', 'practice']);

/**
 * Whether tokens `[a, b)` hold a strong word used literally (see the module comment);
 * `category` is the marker's. Looks only inside the token's sentence.
 */
export function isLiteralUse(d: DocContext, a: number, b: number, category: string): boolean {
  const from = d.sFirst[a];
  const to = d.sEnd[a];
  if (category === 'reductio-ad-hitlerum') return nearAny(d, HISTORICAL_NAMES, a, b) && !nearAny(d, COMPARISON_BEFORE, Math.max(from, a - 4), a) && !nearAny(d, COMPARISON_AFTER, b, Math.min(to, b + 4));
  for (let k = a; k < b; k++) {
    const key = d.keys[k];
    if (DESCRIPTIVE_WORDS.has(key)) {
      if (nearAny(d, LITERAL_SUBJECTS, Math.max(from, k - 8), Math.min(to, k + 9)) || nearAny(d, WAR_WORDS, Math.max(from, k - 8), Math.min(to, k + 9))) return true;
    } else if (LIE_FORMS.has(key) && (k + 1 < to && LIE_PLACE_NEXT.has(d.keys[k + 1]) || k > from && LIE_PLACE_PREV.has(d.keys[k - 1]))) {
      // "a lie", "the lies of" keep their determiner before: only the verb is literal.
      if (!(k > from && (d.keys[k - 1] === 'a' || d.keys[k - 1] === 'the'))) return true;
    } else if (key === 'pound' && (k > from && (d.shape[k - 1] === 3 || MONEY_BEFORE.has(d.keys[k - 1])) || k + 1 < to && d.keys[k + 1] === 'of')) {
      return true;
    }
  }
  return false;
}

/** Whether a token in `[from, to)` has its key in `words`. */
function nearAny(d: DocContext, words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.has(d.keys[k])) return true;
  return false;
}
