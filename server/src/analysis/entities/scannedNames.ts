/**
 * Names a scan damaged, which resolution shows under the name they damage and reports as its
 * misspelling, not as entities of their own (resolve.ts):
 * - a word a hyphen splits inside a name ("Inter-national Women's Year", "Dis-armament": a line's
 *   break kept as a hyphen), where the corpus's names write the word whole far more often; the
 *   spellings the corpus uses ("Co-operation", "Peace-keeping" beside "Cooperation") stay;
 * - a name of several words one of which a scan misread ("Palatine Liberation Organization",
 *   "Middle Bast", "Soviet Onion", "Papua Hew Guinea"): every other word the same as a much more
 *   frequent name's, the one word a letter or two from that name's word and itself rare in the
 *   corpus's names ("Eastern Balkans" beside "Western Balkans", "Central Committee" beside "General
 *   Committee" are names of their own). Unlike a typing slip (misspellings.ts, flagged and left
 *   apart), the first letter may differ (scans misread capitals), and the name's other words vouch
 *   for what it is;
 * - a one-word name one letter misread ("Nambia", "UHCTAD"), beside a name at least 50 times as frequent, where the word
 *   is no people's, no name, word of the training text or dictionary word of its own.
 */
import type { EntityType } from '../types';
import { isDemonymPlural, isInflection, isMisdecodedQuote, isPlaceAdjective, isTransliteration } from './misspellings';
import { boundedLevenshtein, deletionVariants } from './editDistance';
import { nameKey } from './nameForms';
import { isAllCaps } from './nameText';
import { spelledTwoWays } from '../text/spelling';
import { describeEdits, explainTypo } from './typoModel';

/** What the rules read of a group of forms. */
export interface ScannedGroup {
  readonly key: string;
  readonly count: number;
  readonly declared?: unknown;
  readonly bare: ReadonlyMap<string, number>;
}

/** A damaged group: shown under `into` (or, with none, under its words rejoined), with the damage in words. */
export interface ScanDamage<G> {
  readonly group: G;
  readonly into?: G;
  /** The group's bare names with a split word rejoined ("Inter-national" → "International"). */
  readonly rejoined?: ReadonlyMap<string, string>;
  readonly edit: string;
  /** How much more frequent the undamaged spelling is (for the misspelling's confidence). */
  readonly ratio: number;
}

/** A damaged name has at most this many mentions. */
const MAX_DAMAGED = 2;
/** The undamaged name, or word, is at least this many times as frequent, and has at least this many mentions. */
const MIN_RATIO = 10;
const MIN_UNDAMAGED = 10;
/** A misread word names more than this many mentions only where the word it damages names a hundred times as many. */
const RARE_WORD = 4;
const RARE_WORD_RATIO = 100;
/** A misread one-word name's: the name it damages has at least this many mentions, and this many times as many. */
const MIN_SINGLE = 50;
const MIN_SINGLE_RATIO = 50;
/** A word written whole at least this many times as often as split is one word the scan split. */
const MIN_WHOLE_RATIO = 20;

/** A capitalised word that a hyphen splits before a lower-case part ("Inter-national", "Dis-armament"). */
export const SPLIT_WORD = /(?<![\p{L}\p{N}'-])(\p{Lu}\p{Ll}*)-(\p{Ll}+)(?![\p{L}\p{N}'-])/gu;

/** The damaged groups among `groups` (root groups, counts after grouping). */
export function scanDamagedGroups<G extends ScannedGroup>(groups: readonly G[], typeOf: (g: G) => EntityType | undefined,
  names: { isKnownName?: (name: string) => boolean; isAttestedWord?: (word: string) => boolean; isOrdinaryWord?: (word: string) => boolean }): ScanDamage<G>[] {
  const { isKnownName, isAttestedWord, isOrdinaryWord } = names;
  // How often each word occurs in the corpus's names, and each hyphen-split word as written.
  const wordCount = new Map<string, number>();
  const splitCount = new Map<string, number>();
  // A group's names as keys, with their counts (a group's own key may be another name's: "PLO" heads the Palestine Liberation Organization).
  const keysOf = new Map<G, Map<string, number>>();
  for (const g of groups) {
    const keys = new Map<string, number>();
    for (const [b, n] of g.bare) {
      // A group of one name is keyed by it (most groups): no second key to make.
      const k = g.bare.size === 1 && !g.key.includes('\u0001') ? g.key : nameKey(b);
      keys.set(k, (keys.get(k) ?? 0) + n);
      if (b.includes('-')) for (const m of b.matchAll(SPLIT_WORD)) {
        const w = `${m[1]}${m[2]}`.toLowerCase();
        splitCount.set(w, (splitCount.get(w) ?? 0) + n);
      }
    }
    keysOf.set(g, keys);
    for (const [k, n] of keys) for (const w of new Set(k.split(' '))) wordCount.set(w, (wordCount.get(w) ?? 0) + n);
  }
  const out: ScanDamage<G>[] = [];
  const damaged = new Set<G>();
  // 1. A word split by a hyphen, written whole far more often: rejoined, the group then one with the name written whole.
  const byKey = new Map<string, G>();
  for (const g of groups) for (const k of keysOf.get(g)!.keys()) if (!byKey.has(k) || byKey.get(k)!.count < g.count) byKey.set(k, g);
  for (const g of groups) {
    if (g.declared || g.count > MAX_DAMAGED) continue;
    const rejoined = new Map<string, string>();
    let ratio = Infinity;
    for (const b of g.bare.keys()) {
      if (!b.includes('-')) continue;
      const whole = b.replace(SPLIT_WORD, (all, head: string, tail: string) => {
        const w = `${head}${tail}`.toLowerCase();
        const split = splitCount.get(w) ?? 0;
        const written = wordCount.get(w) ?? 0;
        if (written < MIN_UNDAMAGED || written < MIN_WHOLE_RATIO * split) return all;
        ratio = Math.min(ratio, written / split);
        return `${head}${tail}`;
      });
      if (whole !== b) rejoined.set(b, whole);
    }
    if (!rejoined.size) continue;
    const into = [...rejoined.values()].map((w) => byKey.get(nameKey(w))).find((t) => t !== undefined && t !== g);
    out.push({ group: g, into, rejoined, edit: "a scan's hyphen inside a word", ratio });
    damaged.add(g);
  }
  // 2. One word of a name of several misread: the name it damages by the other words, indexed by the name without that word.
  const frequent = new Map<string, { g: G; kw: string }[]>();
  const without = (words: readonly string[], i: number): string => `${words.length}:${i}:${words.slice(0, i).join(' ')}\u0001${words.slice(i + 1).join(' ')}`;
  for (const g of groups) {
    if (g.count < MIN_UNDAMAGED) continue;
    for (const key of keysOf.get(g)!.keys()) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      for (let i = 0; i < words.length; i++) {
        const k = without(words, i);
        const list = frequent.get(k);
        if (!list) frequent.set(k, [{ g, kw: words[i] }]);
        else if (!list.some((x) => x.g === g && x.kw === words[i])) list.push({ g, kw: words[i] });
      }
    }
  }
  for (const g of groups) {
    // A quote mark read in the wrong code page ("Central Americaâs") is no misread letter (keys lose the accent).
    if (g.declared || g.count > MAX_DAMAGED || damaged.has(g) || [...g.bare.keys()].some(isMisdecodedQuote)) continue;
    const words = g.key.split(' ');
    if (words.length < 2) continue;
    const t = typeOf(g);
    let best: { into: G; ratio: number; rw: string; kw: string } | undefined;
    for (let i = 0; i < words.length; i++) {
      const rw = words[i];
      const rare = wordCount.get(rw) ?? 0;
      for (const { g: f, kw } of frequent.get(without(words, i)) ?? []) {
        if (f === g || f.count < MIN_RATIO * g.count) continue;
        // The tagger's type of a single misread mention is unreliable ("Papua Hew Guinea" a body).
        const ft = typeOf(f);
        if (g.count > 1 && t !== undefined && ft !== undefined && t !== ft) continue;
        // The misread word is rare in the corpus's names, beside a word they use far more ("Geneva Committee" is no "General Committee").
        const whole = wordCount.get(kw) ?? 0;
        if (!isMisreadWord(rw, kw) || rare * MIN_RATIO > whole || (rare > RARE_WORD && rare * RARE_WORD_RATIO > whole)) continue;
        // A person's other given name is another person ("Rory Stewart" / "Rod Stewart"); a name the training text has is one of
        // its own ("Austrian Government" / "Australian Government"), a name it lacks may be a misreading ("Palatine").
        const known = isKnownName?.(rw[0].toUpperCase() + rw.slice(1)) ?? false;
        if (known && (t === 'person' || ft === 'person' || (isAttestedWord?.(rw) ?? false))) continue;
        if (!best || f.count > best.into.count) best = { into: f, ratio: f.count / g.count, rw, kw };
      }
    }
    if (best) out.push(misreading(g, best));
  }
  // 3. A one-word name misread ("Nambia"): only beside a name the corpus uses far more, the word no name nor word the
  // gazetteer, the training text or the dictionary knows ("Salta" and "Siberia" are places of their own beside Malta and Liberia).
  const single = new Map<string, { g: G; kw: string }[]>();
  for (const g of groups) {
    if (g.count < MIN_SINGLE) continue;
    for (const kw of keysOf.get(g)!.keys()) {
      if (kw.includes(' ') || kw.length < 4) continue;
      for (const v of deletionVariants(kw, 2)) {
        const list = single.get(v);
        if (!list) single.set(v, [{ g, kw }]);
        else if (!list.some((x) => x.g === g)) list.push({ g, kw });
      }
    }
  }
  for (const g of groups) {
    const rw = g.key;
    if (g.declared || g.count > MAX_DAMAGED || damaged.has(g) || rw.includes(' ') || rw.length < 4 || (wordCount.get(rw) ?? 0) > RARE_WORD) continue;
    const t = typeOf(g);
    const written = [...g.bare.keys()][0] ?? rw;
    // Not a person's nor a people's word ("Afghani", "Zairian": the peoples' words one letter apart are many).
    if (t === 'person' || t === 'group' || isMisdecodedQuote(written) || isKnownName?.(written) || isAttestedWord?.(rw) || isOrdinaryWord?.(rw)) continue;
    const caps = isAllCaps(written);
    let best: { into: G; ratio: number; rw: string; kw: string } | undefined;
    for (const v of deletionVariants(rw, 2)) {
      for (const { g: f, kw } of single.get(v) ?? []) {
        const ft = typeOf(f);
        if (f === g || f.count < MIN_SINGLE_RATIO * g.count || ft === 'person' || ft === 'group' || (g.count > 1 && t !== undefined && ft !== undefined && t !== ft)) continue;
        // One letter off ("Nambia", "UHCTAD"; two letters off, "Beijin" would be Berlin); an acronym's, one letter misread of an acronym
        // ("AMIA" is no Asia, "UNDCP" no UNDP: a letter more or less makes another body's).
        if (!isMisreadWord(rw, kw) || boundedLevenshtein(rw, kw, 1) > 1 || caps !== [...f.bare.keys()].some((b) => nameKey(b) === kw && isAllCaps(b)) || (caps && rw.length !== kw.length)) continue;
        if (best && f.count <= best.into.count) continue;
        best = { into: f, ratio: f.count / g.count, rw, kw };
      }
    }
    if (best) out.push(misreading(g, best));
  }
  return out;
}

/** The damage of a name with one word misread, said as a typing slip where one explains it ("two letters swapped"), else as what a scan does. */
function misreading<G>(group: G, best: { into: G; ratio: number; rw: string; kw: string }): ScanDamage<G> {
  const typo = explainTypo(best.rw, best.kw);
  return { group, into: best.into, edit: typo.edits.length === 1 ? describeEdits(typo.edits) : 'a scanning error', ratio: best.ratio };
}

/** Is `rw` the word `kw` misread: a letter or two apart (two only in long words), no number, no other form of the word? */
function isMisreadWord(rw: string, kw: string): boolean {
  const short = Math.min(rw.length, kw.length);
  if (short < 3 || /\d/.test(rw + kw) || /^[ivxlc]+$/.test(rw) || /^[ivxlc]+$/.test(kw)) return false;
  const d = boundedLevenshtein(rw, kw, 2);
  if (d === 0 || d > 2 || (d === 2 && short < 6)) return false;
  return !isInflection(rw, kw) && !isTransliteration(rw, kw) && !isDemonymPlural(rw, kw) && !isPlaceAdjective(rw, kw) && !spelledTwoWays(rw, kw) && rw.replace(/['-]/g, '') !== kw.replace(/['-]/g, '');
}
