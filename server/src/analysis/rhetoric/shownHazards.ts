/**
 * Natural hazards, disease and economic ruin, whose toll or name a strong word states literally: left out where markers
 * are shown (shownOnly.ts: isHiddenWhenShown; training never reads them). Judged wrong in the rhetoric audits (seed 251
 * to 901, docs/audits/README.md); written on ung20.
 */
import { isLoadedWord, type DocContext } from './features';
import { NATURAL_DISASTERS } from './literalUse';
import { onlyWordsOf } from './plainUse';

/**
 * "disaster" or "catastrophe" named by its place, where that is the marker's only strong word: the
 * event's name ("the Chernobyl disaster", "the disaster of Nagasaki": seed-251 and 281 audits).
 */
const DISASTER: ReadonlySet<string> = new Set(['disaster', 'catastrophe']);
export function namesADisaster(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DISASTER, d, a, b)) return false;
  for (let k = a; k < b; k++) {
    if (!DISASTER.has(d.keys[k])) continue;
    const placeBefore = k - 1 > d.sFirst[k] && isPlaceLike(d, k - 1);
    const placeAfter = k + 2 < d.sEnd[k] && (d.keys[k + 1] === 'of' || d.keys[k + 1] === 'at') && isPlaceLike(d, k + 2) && endsAName(d, k + 2);
    if (placeBefore || placeAfter) return true;
  }
  return false;
}

/** A capitalised word that is no doctrine's or its followers' ("Zionist", "Imperialist", "Fascism"). */
function isPlaceLike(d: DocContext, k: number): boolean {
  return d.shape[k] === 1 && !/(?:ist|ists|ism)$/.test(d.keys[k]);
}

/** Words that may follow a place's name: "the disaster of Nagasaki | and", not "the catastrophe of Zionist | occupation". */
const AFTER_A_NAME: ReadonlySet<string> = new Set(['and', 'or', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'as', 'is', 'was', 'has', 'had', 'which', 'that', 'where', 'when']);
/** Do the capitalised words from token `k` end a name (a lower-case noun after them makes them a modifier)? */
function endsAName(d: DocContext, k: number): boolean {
  let e = k;
  while (e < d.sEnd[k] && d.shape[e] === 1) e++;
  return e >= d.sEnd[k] || d.shape[e] !== 0 || AFTER_A_NAME.has(d.keys[e]);
}

/**
 * Every loaded word of the marker right before a natural disaster: a report ("a terrifying earthquake
 * rocked Turkey": seed-281 audit). Not a disaster's noun taken as a figure, "of" and what it is made of
 * ("a savage eruption of violence", "a terrible flood of refugees"); a storm "of the" century stays one.
 */
export function describesNaturalDisaster(d: DocContext, a: number, b: number): boolean {
  let any = false;
  for (let k = a; k < b; k++) {
    if (!isLoadedWord(d, k)) continue;
    if (k + 1 >= d.sEnd[k] || !NATURAL_DISASTERS.has(d.keys[k + 1]) || isFigureOf(d, k + 2)) return false;
    any = true;
  }
  return any;
}

/** Natural hazards and epidemics (lemmas), whose toll a strong word may name literally. */
const HAZARDS: ReadonlySet<string> = new Set([...NATURAL_DISASTERS, 'epidemic', 'pandemic']);
/** Words between "of" and the hazard it names ("the horror of the great famine"). */
const HAZARD_MODIFIERS: ReadonlySet<string> = new Set(['the', 'a', 'this', 'these', 'that', 'those', 'its', 'their', 'our', 'recent', 'great', 'severe', 'successive', 'recurrent', 'prolonged', 'persistent', 'terrible', 'global', 'world', 'worldwide']);

/**
 * Every loaded word of the marker heads "of" and a natural hazard: its toll named ("we faced the horror
 * of famine", "the ravages of drought": seed-821 audit), not a figure ("a famine of ideas").
 */
export function namesAHazardsToll(d: DocContext, a: number, b: number): boolean {
  let any = false;
  for (let k = a; k < b; k++) {
    if (!isLoadedWord(d, k) || HAZARDS.has(d.keys[k])) continue;
    const end = d.sEnd[k];
    // An adjective before the noun that heads "of" ("the horrendous scourge of HIV/AIDS").
    const of = k + 2 < end && d.keys[k + 1] !== 'of' && TOLL_NOUNS.has(d.keys[k + 1]) ? k + 2 : k + 1;
    if (of + 1 >= end || d.keys[of] !== 'of') return false;
    let j = of + 1;
    while (j < end && HAZARD_MODIFIERS.has(d.keys[j])) j++;
    if (j >= end || !isHazardAt(d, j)) return false;
    any = true;
  }
  return any;
}

/** Nouns of a toll that an adjective may qualify before "of" and the hazard ("the devastating effects of drought"). */
const TOLL_NOUNS: ReadonlySet<string> = new Set(['scourge', 'effect', 'impact', 'consequence', 'toll', 'ravage', 'spread', 'onslaught']);

/** Disasters named by their kind ("natural disasters", "natural calamities"). */
const NATURAL_KINDS: ReadonlySet<string> = new Set(['disaster', 'calamity', 'hazard', 'catastrophe']);
/** Diseases, which strike as a hazard does ("a continent ravaged by AIDS"). */
const DISEASES: ReadonlySet<string> = new Set(['disease', 'aids', 'hiv/aids', 'hiv', 'malaria', 'cholera', 'ebola', 'tuberculosis', 'virus']);
/** What makes a crisis an economy's ("the Asian financial crisis"). */
const ECONOMIC_CRISES: ReadonlySet<string> = new Set(['financial', 'economic', 'debt', 'oil', 'monetary']);

/** Token `j` names a natural hazard, a kind of natural disaster or an economic crisis, not as a figure ("a flood of refugees"). */
function isHazardAt(d: DocContext, j: number): boolean {
  const w = d.keys[j];
  if (HAZARDS.has(w) || DISEASES.has(w)) return !isFigureOf(d, j + 1);
  if (w === 'natural') return j + 1 < d.sEnd[j] && NATURAL_KINDS.has(d.keys[j + 1]);
  return w === 'crisis' && ECONOMIC_CRISES.has(d.keys[j - 1]);
}

/**
 * A marker whose clause goes on to name its cause by "by" and a natural hazard, a disease or an economic crisis
 * ("the devastation and loss of life inflicted upon their countries by recent natural disasters", "countries
 * crippled by drought", "crushed by the financial crisis"): the hazard's toll reported, no one charged.
 */
export function causedByAHazard(d: DocContext, a: number, b: number): boolean {
  const end = d.sEnd[a];
  for (let j = b; j < end && j < b + 10; j++) {
    const w = d.keys[j];
    if (d.shape[j] === 4 || w === 'which' || w === 'that' || w === 'who') return false;
    if (w !== 'by') continue;
    let k = j + 1;
    while (k < end && k < j + 5 && (HAZARD_MODIFIERS.has(d.keys[k]) || ECONOMIC_CRISES.has(d.keys[k]) || (d.shape[k] === 1 && !DISEASES.has(d.keys[k])))) k++;
    return k < end && isHazardAt(d, k);
  }
  return false;
}

/** Words of disaster that describe a natural hazard named beside them. */
const DISASTER_WORDS: ReadonlySet<string> = new Set(['disaster', 'disastrous', 'catastrophe', 'catastrophic', 'calamity', 'devastating', 'devastation']);
const DISASTER_ADJECTIVES: ReadonlySet<string> = new Set(['disastrous', 'catastrophic', 'devastating']);
/** Nouns an adjective of disaster may qualify as the hazard's ("the disastrous situation"), not another thing ("catastrophic budget gaps"). */
const HAZARDS_AFTERMATH: ReadonlySet<string> = new Set(['situation', 'consequence', 'effect', 'damage', 'condition', 'result', 'impact', 'toll', 'loss', 'proportion', 'phenomenon', 'phenomena', 'event']);
/** A disaster the sentence lays on people or war is not the neighbouring sentence's hazard ("disasters inflicted on humans by humans"). */
const HUMAN_CAUSE: ReadonlySet<string> = new Set(['inflict', 'inflicted', 'inflicting', 'man-made', 'war', 'warfare', 'conflict']);

/**
 * A disaster word, the marker's only strong word, in a sentence that names a natural hazard, or beside
 * one that does: the hazard described ("the damage caused by the fury of these hurricanes. ... the
 * disastrous situation", "another disaster occurred. I am speaking of the pilgrim locust": seed-821
 * audit; "floods, droughts ... These upheavals foreshadow even more devastating phenomena": seed-921 audit). From the
 * neighbouring sentence, only a disaster named as a noun or its aftermath, with no human cause.
 */
export function aHazardsDisaster(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(DISASTER_WORDS, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  if (namesAHazard(d, first, end)) return true;
  for (let k = a; k < b; k++) {
    if (DISASTER_ADJECTIVES.has(d.keys[k]) && !(k + 1 < end && HAZARDS_AFTERMATH.has(d.keys[k + 1]))) return false;
  }
  for (let k = first; k < end; k++) if (HUMAN_CAUSE.has(d.keys[k])) return false;
  return first > 0 && namesAHazard(d, d.sFirst[first - 1], first) || end < d.n && namesAHazard(d, end, d.sEnd[end]);
}

/**
 * Whether tokens `[from, to)` name a natural hazard, not as a figure ("a flood of refugees"), or an economy's ruin
 * ("on the brink of bankruptcy and of the most serious recession ever experienced. ... an already disastrous
 * situation": seed-821 audit).
 */
function namesAHazard(d: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((HAZARDS.has(d.keys[k]) || ECONOMIC_RUIN.has(d.keys[k])) && !isFigureOf(d, k + 1)) return true;
  return false;
}
/** An economy's ruin, which a disaster word beside it describes. */
const ECONOMIC_RUIN: ReadonlySet<string> = new Set(['recession', 'bankruptcy', 'insolvency', 'depression', 'inflation', 'hyperinflation']);

/** Words after "of" that leave a disaster's noun literal ("the storm of the century", "the drought of 1984"). */
const LITERAL_AFTER_OF: ReadonlySet<string> = new Set(['the', 'this', 'that', 'last', 'recent', 'magnitude']);
/** Is token `k` an "of" that makes the noun before it a figure ("eruption of violence")? */
function isFigureOf(d: DocContext, k: number): boolean {
  if (k + 1 >= d.sEnd[k] || d.keys[k] !== 'of') return false;
  return !LITERAL_AFTER_OF.has(d.keys[k + 1]) && !/^\d/.test(d.keys[k + 1]);
}
