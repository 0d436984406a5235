/**
 * Likely misspellings among the corpus's names. A flag needs evidence:
 * - a rare form (a mention or two) close to a much more frequent one, the words that differ rare
 *   in the whole corpus too ("Angeles" of "Los Angeles" and "Dems" of "Lib Dems" are common words
 *   of this corpus, not slips);
 * - the difference is one typing slip (typoModel: a letter left out, two swapped, a letter doubled,
 *   a neighbouring key), confident enough;
 * - never an ordinary word on the rare side ("Band", "State", "School", "Trades") nor an ordinary
 *   word as the target ("Demos", "Games"), never a known name in its own right (Gerard, Rory),
 *   never an acronym (IATA / IAEA are two bodies), and in a multi-word name exactly one word
 *   differs (Rory Stewart / Rod Stewart: the differing word is a name of its own).
 * Candidates come from a symmetric-delete index (see findMisspellings), so the search is linear in
 * the number of names.
 */
import type { EntityType } from '../types';
import { opensWithHonorific } from './honorificPersons';
import { bareName, KNOWN_DISTINCT, nameKey } from './resolve';
import { deletionVariants } from './editDistance';
import type { Misspelling, ResolveOptions } from './resolve';
import { describeEdits, explainTypo } from './typoModel';

/** A resolved group as the search sees it. */
export interface NameGroup {
  /** Case-insensitive keys of its bare names (nameKey), with their counts. */
  readonly keys: ReadonlyMap<string, number>;
  readonly count: number;
  readonly type: EntityType | undefined;
  readonly declared: boolean;
  readonly ignored: boolean;
  /** The surface forms (as written) with their counts. */
  readonly forms: readonly { text: string; count: number }[];
  readonly entity: { id: string; name: string; documents: readonly string[] };
}

/** Below this the typing-slip explanation is too weak to show. */
export const MIN_TYPO_CONFIDENCE = 0.5;
/** Below this the evidence together (slip, frequency ratio, same article) is too weak to show. */
export const MIN_CONFIDENCE = 0.6;
/** The evidence's discount when no article has both forms. */
const APART_FACTOR = 0.8;

const compatible = (a: EntityType | undefined, b: EntityType | undefined): boolean => a === undefined || b === undefined || a === b;

export function findMisspellings(groups: readonly NameGroup[], options: ResolveOptions): Misspelling[] {
  const maxRare = options.maxRareCount ?? 2;
  const minKnown = options.minKnownCount ?? 4;
  const ordinary = (w: string): boolean => options.isOrdinaryWord?.(w) ?? false;
  const known = (w: string): boolean => options.isKnownName?.(w) ?? false;
  const attested = (w: string): boolean => options.isAttestedWord?.(w) ?? false;
  const distinct = new Set(KNOWN_DISTINCT.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  // How often each word occurs in the corpus's names (a word of a frequent name is no slip).
  const wordCount = new Map<string, number>();
  for (const g of groups) for (const [k, n] of g.keys) for (const w of new Set(k.split(' '))) wordCount.set(w, (wordCount.get(w) ?? 0) + n);
  // Known forms indexed by their one-deletion variants: two strings one slip apart (a letter left
  // out, added or changed, or two swapped) share a one-deletion variant, and each name adds as many
  // keys as it has letters, so the index and the search grow linearly with the corpus.
  type Known = { key: string; g: NameGroup };
  const index = new Map<string, Known[]>();
  for (const g of groups) {
    if (g.count < minKnown) continue;
    for (const key of g.keys.keys()) {
      if (key.length < 4) continue;
      for (const v of deletionVariants(key, 1)) {
        const list = index.get(v);
        if (list) list.push({ key, g });
        else index.set(v, [{ key, g }]);
      }
    }
  }
  const candidates = function* (r: string): Generator<Known> {
    for (const v of deletionVariants(r, 1)) yield* index.get(v) ?? [];
  };
  /** Is `key` of group `g` one slip from a name at least ten times as frequent? */
  const isSlipOfFrequent = (key: string, g: NameGroup): boolean => {
    for (const { key: k2, g: g2 } of candidates(key)) {
      if (g2 === g || g2.count < 10 * g.count) continue;
      const pair = differingWords(key, k2);
      if (pair && explainTypo(pair[0], pair[1]).edits.length === 1) return true;
    }
    return false;
  };
  const out: Misspelling[] = [];
  for (const rare of groups) {
    if (rare.count > maxRare || rare.declared || rare.ignored) continue;
    if (rare.forms.every((f) => isAcronym(f.text) || isMisdecodedQuote(f.text))) continue;
    let best: { g: NameGroup; key: string; confidence: number; edits: string; ratio: number } | undefined;
    for (const r of rare.keys.keys()) {
      if (r.length < 4) continue;
      const seen = new Set<string>();
      for (const { key: k, g } of candidates(r)) {
        if (seen.has(k) || g === rare) continue;
        seen.add(k);
        if (g.count < Math.max(minKnown, 3 * rare.count) || r[0] !== k[0] || distinct.has(`${r}|${k}`)) continue;
        // The tagger's type for a rare, misspelt word is unreliable ("Lavov" may come out as a place):
        // a single mention may cross types; otherwise types must agree, as they must when an
        // honorific says the rare one is a person ("Mr. Baali" is no slip of the island "Bali").
        if (!compatible(rare.type, g.type) && (rare.count > 1 || rare.forms.some((f) => opensWithHonorific(f.text)))) continue;
        // A family name the rare side writes with given names the known side never has is another person's
        // ("Edgardo Mercado Jarrin" / "Gunnar Jarring").
        if (!r.includes(' ') && otherGivenNames(rare, g)) continue;
        // The known form is itself a slip of a far more frequent name ("Middle Hast" / "Middle Bast" / "Middle East").
        if (isSlipOfFrequent(k, g)) continue;
        const pair = differingWords(r, k);
        // Names that differ in a number are two bodies ("Group of 7" / "Group of 77"), never a slip.
        if (!pair || differsInDigits(pair[0], pair[1])) continue;
        const [rw, kw] = pair;
        // A word is no slip of an acronym ("Stat", a scanned "State", / "START"), nor a name of its
        // writing with or without an apostrophe or a hyphen ("Ndjamena" / "N'Djamena").
        if ((g.forms.every((f) => isAcronym(f.text)) && !rare.forms.some((f) => isAcronym(f.text))) || rw.replace(/['’‘-]/g, '') === kw.replace(/['’‘-]/g, '')) continue;
        if (isInflection(rw, kw) || isDemonymPlural(rw, kw) || isPlaceAdjective(rw, kw) || isTransliteration(rw, kw)) continue;
        // An ordinary word or a name in its own right, also in the plural ("the two Koreas"), is no
        // slip; nor is a word the training text has ("Koran" beside "Korean").
        if (ordinary(rw) || known(rw) || attested(rw) || (/s$/.test(rw) && known(rw.slice(0, -1))) || (ordinary(kw) && !known(kw))) continue;
        if ((wordCount.get(rw) ?? 0) > maxRare || (wordCount.get(kw) ?? 0) < 3 * (wordCount.get(rw) ?? 0)) continue;
        const typo = explainTypo(rw, kw);
        if (typo.edits.length !== 1 || typo.confidence < MIN_TYPO_CONFIDENCE) continue;
        const ratio = g.count / rare.count;
        // The evidence together: the slip's likelihood, discounted when the known form is only a few
        // times more frequent, and when no article has both (a writer who slips once usually spells
        // the name right elsewhere in the same article; "Davos" and "Davis" never meet).
        const apart = rare.entity.documents.length > 0 && g.entity.documents.length > 0 && !shareDocument(rare.entity.documents, g.entity.documents);
        const confidence = typo.confidence * (1 - 1 / ratio) * (apart ? APART_FACTOR : 1);
        if (confidence < MIN_CONFIDENCE) continue;
        if (!best || confidence > best.confidence) best = { g, key: r, confidence, edits: describeEdits(typo.edits), ratio };
      }
    }
    if (!best) continue;
    // Only the forms spelt so (the group may hold other spellings that are no slip).
    for (const f of rare.forms) {
      if (nameKey(bareName(f.text, rare.type)) !== best.key) continue;
      out.push({ surface: f.text, canonical: best.g.entity.name, entityId: best.g.entity.id, count: f.count, confidence: Math.round(best.confidence * 100) / 100, edit: best.edits });
    }
  }
  return out;
}

/** Does the rare group name a full name (given names and a family name) whose given names no full name of the known group has? */
function otherGivenNames(rare: NameGroup, known: NameGroup): boolean {
  const givenNames = (g: NameGroup): string[] => [...g.keys.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.lastIndexOf(' ')));
  const rareGiven = givenNames(rare);
  if (rareGiven.length === 0) return false;
  const knownGiven = new Set(givenNames(known));
  return rareGiven.every((n) => !knownGiven.has(n));
}

/** Does a number take part in the difference (either differing word holds a digit)? */
function differsInDigits(a: string, b: string): boolean {
  return /\d/.test(a) || /\d/.test(b);
}

/** Do two sorted lists of document ids share one? */
function shareDocument(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(small);
  return big.some((d) => set.has(d));
}

/** The one word in which two names of as many words differ, or undefined (none, or several). */
function differingWords(a: string, b: string): [string, string] | undefined {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return x.length === 1 && y.length === 1 ? [a, b] : undefined;
  let pair: [string, string] | undefined;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (pair) return undefined;
    pair = [x[i], y[i]];
  }
  return pair;
}

/** A plural or possessive of the other form ("Russians" / "Russian", "Tories" / "Tory"). */
export function isInflection(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().replace(/['’]s$/, ''), b.toLowerCase().replace(/['’]s$/, '')];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && /^(s|es)$/.test(long.slice(short.length))) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}

/** The people of a place, in the plural, beside the place: "Somalis" / "Somalia", "Kenyans" / "Kenya". */
export function isDemonymPlural(rare: string, known: string): boolean {
  if (!/s$/i.test(rare)) return false;
  const stem = rare.slice(0, -1).toLowerCase();
  const k = known.toLowerCase();
  return (k.startsWith(stem) || stem.startsWith(k)) && Math.abs(k.length - stem.length) <= 1;
}

/** A place beside its adjective or people, one letter apart: "Persia" / "Persian", "Abkhazi" / "Abkhazia", "Somali" / "Somalia". */
export function isPlaceAdjective(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && long.startsWith(short) && /(?:an|ia)$/.test(long);
}

/**
 * Two romanisations of one name, which writers use alike: an "h" after a consonant left out or put
 * in ("Katmandu" / "Kathmandu", "Abkazia" / "Abkhazia"), or a "y" and an "i" told apart ("Ilich" /
 * "Ilyich", "Ilych" / "Ilyich"). Neither is a typing slip.
 */
export function isTransliteration(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.length === y.length) {
    const at = [...x].findIndex((c, i) => c !== y[i]);
    return at >= 0 && x.slice(at + 1) === y.slice(at + 1) && /^[iy]$/.test(x[at]) && /^[iy]$/.test(y[at]);
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  if (long.slice(at + 1) !== short.slice(at)) return false;
  const added = long[at];
  if (added === 'h') return at > 0 && !/[aeiou]/.test(long[at - 1]);
  // "y" or "i" added next to the other ("Ilych" / "Ilyich"); next to itself it is a doubled letter ("Esquiipulas").
  const other = added === 'i' ? 'y' : added === 'y' ? 'i' : undefined;
  return other !== undefined && (long[at - 1] === other || long[at + 1] === other);
}

/**
 * A word ending on a quote mark read in the wrong code page ("Africaâ€" of "Africa”", "Europeâs" of
 * "Europe’s": UTF-8 read as Windows-1252, the tagger cutting at "€"): an encoding error, not a typing
 * slip, and replacing the word would leave the rest of the broken mark.
 */
export function isMisdecodedQuote(word: string): boolean {
  return /â(?:s)?(?!\p{L})|â[€\u0080-\u009f]/u.test(word);
}

function isAcronym(s: string): boolean {
  const t = s.replace(/[.\s]/g, '');
  return t.length <= 6 && /^\p{Lu}[\p{Lu}\p{N}&]*$/u.test(t);
}
