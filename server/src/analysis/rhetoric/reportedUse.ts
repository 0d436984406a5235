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
  ['describe', 'characterize', 'characterise', 'portray', 'depict', 'brand', 'label', 'dub', 'term', 'call', 'dismiss', 'present'].flatMap(verbForms),
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

/**
 * Another's label reported: the marker follows "as" after a verb of labelling whose subject is not the
 * speaker ("describing the Khmer Government as a | puppet regime"; "we describe it as" is the
 * speaker's own), or "what they (have) call(ed)".
 */
export function isReportedLabel(d: DocContext, a: number): boolean {
  const first = d.sFirst[a];
  let k = a - 1;
  while (k >= first && ARTICLES.has(d.keys[k])) k--;
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
