/**
 * Plain statements in a lexicon's or the tagger's words, as UN speeches make them: idioms ("a
 * vicious circle of inflation"), a passive "threatened" ("a world threatened by all kinds of
 * conflicts"), courtesy ("our deliberations will be fruitful"), a stance against a label
 * ("anti-imperialist unity"). Judged wrong in the seed-71 audit (docs/audits/README.md).
 *
 * Applied when a level's markers are shown (index.ts: markersAtLevel), not to the candidates that
 * calibration and the thresholds are fitted on: retraining with these rules in the candidates
 * moved the PTC calibration at the default threshold's knee and showed more doubtful markers.
 */
import type { DocContext } from './features';

/** Idioms that state a fact: a "vicious circle" of inflation or of an arms race. */
const IDIOM_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['vicious', new Set(['circle', 'cycle'])]]);

/** Courtesy and approval in diplomatic speech: no marker where they are its only strong words. */
const COURTESY_WORDS: ReadonlySet<string> = new Set(['fruitful', 'fruitfully', 'constructive', 'productive', 'successful', 'cordial']);

/** Mined rate from which another word of the span is loaded in itself. */
const LOADED_RATE = 0.4;

/** Whether tokens `[a, b)`, marked as `category`, state something plainly (see the module comment). */
export function isPlainUse(d: DocContext, a: number, b: number, category: string): boolean {
  if (onlyCourtesy(d, a, b) || (category === 'name-calling' && standsAgainst(d, a))) return true;
  const to = d.sEnd[a];
  for (let k = a; k < b; k++) {
    const key = d.keys[k];
    if (k + 1 < to && IDIOM_HEADS.get(key)?.has(d.keys[k + 1])) return true;
    // "threatened to", "threatened with" (extinction) may be a threat made or feared.
    if (key === 'threatened' && !(k + 1 < to && (d.keys[k + 1] === 'to' || d.keys[k + 1] === 'with'))) return true;
  }
  return false;
}

function onlyCourtesy(d: DocContext, a: number, b: number): boolean {
  let courtesy = false;
  for (let k = a; k < b; k++) {
    if (COURTESY_WORDS.has(d.keys[k])) courtesy = true;
    else if (d.lex[k] || d.rate[k] >= LOADED_RATE) return false;
  }
  return courtesy;
}

/** "anti-" before the label ("anti- imperialist" where a line break split the word). */
function standsAgainst(d: DocContext, a: number): boolean {
  for (let k = a - 1; k >= Math.max(d.sFirst[a], a - 2); k--) {
    const key = d.keys[k];
    if (key === 'anti' || key === 'anti-') return true;
    if (key !== '-') return false;
  }
  return false;
}
