/**
 * Roles no one is called by, left out where markers are shown (shownOnly.ts: isHiddenWhenShown; training never reads
 * them): "aggressor" as the Charter's role, a tyrant or a dictator anyone may become. Judged wrong in the seed-281, 701
 * and 831 audits (docs/audits/README.md); a named aggressor stays.
 */
import type { DocContext } from './features';
import { onlyWordsOf } from './plainUse';
import { needsNoun } from './shownSpan';

/**
 * "aggressor" as the Charter's role, where it is the marker's only strong word: any aggressor ("an
 * aggressor", "a would-be aggressor", "potential aggressors", "other aggressors"), the aggressor beside
 * the victim ("victim and aggressor", "equate the aggressor with the victim"), whoever it is ("regardless
 * of who the aggressor is"), what the aggressor must do ("the aggressor must withdraw"): seed-281 and
 * 701 audits. A named one ("the Israeli aggressors", "Viet Nam's aggressor troops") stays.
 */
const AGGRESSOR: ReadonlySet<string> = new Set(['aggressor', 'aggressors']);
const ANY_AGGRESSOR: ReadonlySet<string> = new Set(['a', 'an', 'any', 'every', 'no', 'would-be', 'potential', 'possible', 'future', 'other', 'whoever']);
const AGGRESSOR_AND_ANY: ReadonlySet<string> = new Set([...AGGRESSOR, ...ANY_AGGRESSOR]);
const VICTIM: ReadonlySet<string> = new Set(['victim', 'victims', 'aggressed', 'victimized']);
const MODALS: ReadonlySet<string> = new Set(['must', 'should', 'shall', 'cannot', 'can', 'will', 'would', 'may', 'might']);
export function namesTheRoleOfAggressor(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(AGGRESSOR_AND_ANY, d, a, b)) return false;
  const first = d.sFirst[a];
  const end = d.sEnd[a];
  for (let k = a; k < b; k++) {
    if (!AGGRESSOR.has(d.keys[k])) continue;
    const before = k - 1 >= first ? d.keys[k - 1] : '';
    if (ANY_AGGRESSOR.has(before)) return true;
    if (k - 1 >= first && d.shape[k - 1] === 1 && before !== 'the') return false;
    if (before === 'the' && k - 2 >= first && d.keys[k - 2] === 'who') return true;
    if (before === 'the' && k + 1 < end && MODALS.has(d.keys[k + 1])) return true;
    for (let j = Math.max(first, k - 5); j < Math.min(end, k + 6); j++) if (VICTIM.has(d.keys[j])) return true;
    if (before === 'the' && k - 3 >= first && isDoneToAnyAggressor(d, k - 2) && namesNoOne(d, first, end)) return true;
  }
  return false;
}

/** Verbs of what is to be done to an aggressor, after "to" ("forced to repel the aggressor"). */
const RESPONSES: ReadonlySet<string> = new Set(['repel', 'deter', 'punish', 'resist', 'restrain', 'sanction', 'isolate', 'warn']);
/** Measures "on" or "against" an aggressor ("sanctions on the aggressor"). */
const MEASURES: ReadonlySet<string> = new Set(['sanction', 'measure', 'action', 'enforcement', 'force', 'embargo']);
/**
 * "the aggressor" after what is to be done to one, in a sentence that names no one (no capitalised word past its
 * first): the Charter's role ("seek to impose sanctions on the aggressor", "those who are being forced to repel the
 * aggressor": seed-831 audit); "It does not punish the aggressor" and "rewards the aggressor" speak of one and stay.
 */
function isDoneToAnyAggressor(d: DocContext, k: number): boolean {
  const w = d.keys[k];
  if ((w === 'on' || w === 'against') && MEASURES.has(d.keys[k - 1])) return true;
  if (!RESPONSES.has(w)) return false;
  if (d.keys[k - 1] === 'to') return true;
  // Coordinated with a verb after "to" ("to deter and warn the aggressor", "to prevent aggression or deter the aggressor").
  const c = k - 1;
  if (d.keys[c] !== 'and' && d.keys[c] !== 'or') return false;
  for (let j = c - 2; j >= Math.max(d.sFirst[k], c - 3); j--) if (d.keys[j] === 'to') return true;
  return false;
}
function namesNoOne(d: DocContext, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if ((d.shape[k] === 1 || d.shape[k] === 2) && !INSTITUTIONS.has(d.keys[k])) return false;
  return true;
}
/** Capitalised words of the Charter's order, no party named ("a small State", "the Security Council"). */
const INSTITUTIONS: ReadonlySet<string> = new Set(['state', 'member', 'charter', 'united', 'nation', 'security', 'council', 'organization', 'general', 'assembly', 'government']);

/** Roles the Charter's order or the law names, whoever plays them. */
const ROLES: ReadonlySet<string> = new Set(['tyrant', 'dictator', 'invader', 'oppressor', 'warmonger']);
/** Words before a role that make it anyone's ("any future tyrants", "would-be dictators"); not "a", which may call someone so. */
const ANY_ONE: ReadonlySet<string> = new Set(['any', 'every', 'no', 'would-be', 'potential', 'possible', 'future', 'whoever']);
const ROLE_AND_ANY: ReadonlySet<string> = new Set([...ROLES, ...ANY_ONE]);

/**
 * A role no one is called by, where it is the marker's only strong word: a tyrant or a dictator anyone may become ("a
 * strong warning to any future tyrants": seed-831 audit), as namesTheRoleOfAggressor judges "any aggressor".
 */
export function namesARole(d: DocContext, a: number, b: number): boolean {
  if (!onlyWordsOf(ROLE_AND_ANY, d, a, b)) return false;
  for (let k = a; k < b; k++) {
    if (!ROLES.has(d.keys[k])) continue;
    // Past one modifier ("any would-be | military dictators").
    for (let j = k - 1; j >= d.sFirst[k] && j >= k - 2; j--) {
      if (ANY_ONE.has(d.keys[j])) return true;
      if (d.shape[j] !== 0 || !needsNoun(d, j)) break;
    }
  }
  return false;
}
