/**
 * Markers whose words the text reports or states as a stock phrase rather than uses as rhetoric,
 * left out where the product shows them (shownOnly.ts; training never reads it): another's label
 * ("describing the Khmer Government as a puppet regime", "what they call …") and a warning's or a
 * toll's "disastrous consequences" ("may have catastrophic consequences", "its devastating effects
 * were felt in six districts"). Judged wrong in the seed-251 audit; written on ung20.
 */
import { isLoadedWord, type DocContext } from './features';

/** Verbs that give something a label: "describing X as", "which UNDP characterized as", "branded as". */
const LABEL_VERBS: ReadonlySet<string> = new Set(
  ['describe', 'characterize', 'characterise', 'portray', 'depict', 'brand', 'label', 'dub', 'term', 'call', 'dismiss', 'present', 'stigmatize', 'stigmatise', 'demonize', 'demonise', 'caricature', 'vilify'].flatMap(verbForms),
);

/** A verb's forms: "describe(s|d)", "describing"; "dismisses"; "dubbed", "dubbing"; "labelled" and "labeled". */
function verbForms(v: string): string[] {
  if (v.endsWith('e')) return [v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  const third = /(?:s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`;
  const doubled = `${v}${v.slice(-1)}`;
  // One syllable ending on a short vowel and a consonant doubles it ("dub"); British English doubles a final "l" after a vowel ("label").
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(v)) return [v, third, `${doubled}ed`, `${doubled}ing`];
  const regular = [v, third, `${v}ed`, `${v}ing`];
  return /[aeiou]l$/.test(v) ? [...regular, `${doubled}ed`, `${doubled}ing`] : regular;
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Subjects of others' words in "what they call": the speaker's own ("what we call") labels. */
const OTHERS: ReadonlySet<string> = new Set(['they', 'some', 'others', 'he', 'she', 'it', 'many', 'certain', 'those']);
const OWN: ReadonlySet<string> = new Set(['we', 'i']);

/** Joins between a label's items after "as" ("as terrorists and | blind extremists"). */
const ITEM_JOINS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/**
 * Another's label reported: the marker follows "as" after a verb of labelling whose subject is not the
 * speaker ("describing the Khmer Government as a | puppet regime"; "we describe it as" is the
 * speaker's own), also as a later item of the label ("stigmatizing them as terrorists and | blind
 * extremists": seed-921 audit), or "what they (have) call(ed)".
 */
export function isReportedLabel(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  let k = a - 1;
  while (k >= first && ARTICLES.has(d.keys[k])) k--;
  // Back over the label's earlier words: loaded words, articles and the joins between them ("as corrupt and | ruthless").
  if (k >= first && d.keys[k] !== 'as') {
    let j = k;
    while (j >= first && j > k - 5 && (ITEM_JOINS.has(d.keys[j]) || ARTICLES.has(d.keys[j]) || isLoadedWord(d, j))) j--;
    if (j >= first && d.keys[j] === 'as') k = j;
  }
  if (k < first) return false;
  if (d.keys[k] === 'call' || d.keys[k] === 'called') {
    for (let j = k - 1; j >= Math.max(first + 1, k - 3); j--) if (OTHERS.has(d.keys[j]) && d.keys[j - 1] === 'what') return true;
    return false;
  }
  if (d.keys[k] !== 'as') return false;
  for (let j = k - 1; j >= Math.max(first, k - 8); j--) {
    if (d.shape[j] === 4 && d.keys[j] !== '\'s' && d.keys[j] !== '’s') return false;
    if (!LABEL_VERBS.has(d.keys[j])) continue;
    for (let s = j - 1; s >= Math.max(first, j - 3); s--) if (OWN.has(d.keys[s])) return false;
    return true;
  }
  return false;
}

/** Another's charge, whose object follows "of" ("hurling accusations of terrorism and | barbarism", "accused developing countries ... of imposing a | tyranny"). */
const CHARGE_OF: ReadonlySet<string> = new Set(['accuse', 'accused', 'accusing', 'accusation', 'allegation']);
/** Another's claim, whose content follows "that" or "to be" ("If Israel claims that withdrawing its settlers is | painful", "what it alleges to be an | onslaught"). */
const CLAIM_THAT: ReadonlySet<string> = new Set(['claim', 'claimed', 'claiming', 'allege', 'alleged', 'alleging']);
/** Verbs that put a label on an object right after them ("who label | others as infidels"). */
const LABEL_ON: ReadonlySet<string> = new Set(['label', 'brand', 'dub'].flatMap(verbForms));
/** Words the clause of another's charge does not run past. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')', 'but', 'because', 'while', 'whereas']);
/** Verbs of a main clause that a charge's object ("of" and a noun or an -ing clause) does not hold. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);
/** Words with which a speaker doubts another's claim. */
const SPEAKERS_DISTANCE: ReadonlySet<string> = new Set(['self-styled', 'so-called', 'self-proclaimed', 'would-be', 'pseudo']);
/** How far back a charge or a claim is looked for: "accused developing countries rather unfairly in my view of imposing a" is 11 words. */
const CHARGE_REACH = 12;

/**
 * Another's charge or claim reported: the marker is the content of an accusation or a claim in its
 * clause ("accusations of terrorism and barbarism", "Israel claims that ... is painful", "what it
 * alleges to be an onslaught"), or the object a label verb puts the label on ("who label others as
 * infidels"), whose subject is not the speaker's "we", "I" or "our" (seed-221 and 281 audits).
 */
export function reportsAnothersCharge(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  // "claiming that they are playing a self-styled role": the speaker's word of distance is the speaker's.
  if (SPEAKERS_DISTANCE.has(d.keys[a])) return false;
  if (a - 1 >= first && LABEL_ON.has(d.keys[a - 1])) return !isOwn(d, a - 1);
  let of = false;
  let copula = false;
  for (let k = a - 1; k >= Math.max(first, a - CHARGE_REACH); k--) {
    const key = d.keys[k];
    if (CLAUSE_BREAKS.has(key)) return false;
    if (key === 'of') of = true;
    else if (COPULAS.has(key)) copula = true;
    // "individuals accused of committing the most heinous crimes": a passive "accused of" is a court's charge, which the speaker may share.
    // "Those who accuse us of terrorism are | guilty of barbaric crimes": a verb after the charge's object opens the speaker's clause.
    else if (CHARGE_OF.has(key)) return of && !copula && !(key === 'accused' && d.keys[k + 1] === 'of') && !isOwn(d, k);
    else if (CLAIM_THAT.has(key) && (d.keys[k + 1] === 'that' || (d.keys[k + 1] === 'to' && d.keys[k + 2] === 'be'))) return !isOwn(d, k) && !inMainClauseAfter(d, k, a);
  }
  return false;
}

const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * The marker at `a` is in the main clause after a relative clause's claim at `k`: "The Zionists who claim
 * that Jerusalem is theirs are | authors of aggression" (a second copula after "that", or one after "to be",
 * is the main clause's verb): the speaker's own charge.
 */
function inMainClauseAfter(d: DocContext, k: number, a: number): boolean {
  if (k - 1 < d.sFirst[k] || !RELATIVES.has(d.keys[k - 1])) return false;
  let copulas = d.keys[k + 1] === 'to' ? 1 : 0;
  for (let j = k + 2; j < a; j++) if (COPULAS.has(d.keys[j])) copulas++;
  return copulas >= 2;
}

/** Verbs with which the speaker rejects another's charge or claim ("We reject the claim that", "we deny the accusations of"). */
const REJECT: ReadonlySet<string> = new Set(['reject', 'deny', 'refute', 'dismiss', 'contest', 'dispute', 'repudiate', 'oppose'].flatMap(verbForms));
/** What "our" or "my" names as the speaker's own ("our delegation claims"; "our opponents claim" is another's). */
const OWN_BODIES: ReadonlySet<string> = new Set([
  'delegation', 'government', 'country', 'people', 'nation', 'state', 'president', 'leader', 'leaders', 'leadership', 'side', 'party', 'movement', 'organization', 'view',
]);
/** How far back a claim's or a charge's subject is looked for ("our delegation has always claimed"). */
const SUBJECT_REACH = 6;

/**
 * A speaker's own subject ("we", "I") or own body ("our delegation") before token `k`, within its clause
 * and six words; not where the speaker rejects the charge or claim ("We reject the claim that": another's).
 */
function isOwn(d: DocContext, k: number): boolean {
  for (let s = k - 1; s >= Math.max(d.sFirst[k], k - SUBJECT_REACH); s--) {
    const key = d.keys[s];
    if (CLAUSE_BREAKS.has(key) || RELATIVES.has(key) || REJECT.has(key)) return false;
    if (OWN.has(key) || ((key === 'our' || key === 'my') && s + 1 < k && OWN_BODIES.has(d.keys[s + 1]))) return true;
  }
  return false;
}

/** Words of harm in the stock phrase, and the nouns they name. */
const HARM: ReadonlySet<string> = new Set(['disastrous', 'catastrophic', 'devastating', 'tragic', 'dire', 'calamitous', 'ruinous', 'destructive', 'dangerous', 'grave']);
const CONSEQUENCES: ReadonlySet<string> = new Set([
  'consequence', 'consequences', 'effect', 'effects', 'implication', 'implications', 'repercussion', 'repercussions', 'impact', 'impacts',
  'result', 'results', 'fallout', 'aftermath',
]);
/** Words that may stand between them ("disastrous, indeed incalculable, consequences", "disastrous and widespread effects"). */
const BETWEEN: ReadonlySet<string> = new Set([
  ',', 'and', 'or', 'indeed', 'even', 'perhaps', 'possibly', 'potentially', 'most', 'more', 'very', 'such', 'all', 'its', 'their', 'the',
  'widespread', 'far-reaching', 'long-term', 'lasting', 'irreversible', 'unforeseeable', 'unpredictable', 'incalculable', 'serious', ...HARM,
]);

/**
 * A warning or a toll in the stock phrase "disastrous consequences", where the marker's loaded words
 * are only such words of harm before the noun ("may have catastrophic consequences", "the
 * devastating effects of the drought"); "the tragic consequences of continuing bloodshed" stays.
 */
export function warnsOfConsequences(d: DocContext, a: number, b: number): boolean {
  const end = d.sEnd[a];
  let harm = false;
  for (let k = a; k < b; k++) {
    const w = d.keys[k];
    if (HARM.has(w)) {
      if (!consequencesFollow(d, k, end)) return false;
      harm = true;
    } else if (!CONSEQUENCES.has(w) && !BETWEEN.has(w) && isLoadedWord(d, k)) return false;
  }
  return harm;
}

function consequencesFollow(d: DocContext, k: number, end: number): boolean {
  for (let j = k + 1; j < Math.min(end, k + 6); j++) {
    if (CONSEQUENCES.has(d.keys[j])) return true;
    if (!BETWEEN.has(d.keys[j])) return false;
  }
  return false;
}
