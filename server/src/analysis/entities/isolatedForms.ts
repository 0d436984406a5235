/**
 * When new surface forms cannot change how the corpus's other forms group (resolve.ts), so that
 * resolving them alone and adding the result to the corpus's resolution gives what resolving every
 * form again would: the server then answers after an edit that brings a new name without grouping
 * the whole corpus again (0.75 s on 38 MB of speeches).
 *
 * Every rule of resolve.ts, scannedNames.ts, familyNames.ts, commonWords.ts and misspellings.ts
 * relates two forms only through a string both derive (`formTokens`): the group key and the
 * name's key; a word of either, its singular or plural (singular/plural groups, a people's word,
 * a family name, a given name first, two names swapped, a middle initial, a word misread or split
 * by a scan, the word counts of scan damage and misspellings, the lower-case uses a common word is
 * asked for); the key without spaces (one name with and without spaces, an acronym) and the
 * initials (an acronym's organisation); the text as written (the surface → entity table); and a
 * one-deletion variant of a key (a likely misspelling; a one-word name a scan misread, one letter
 * off). A new form none of whose tokens any other form, declared name or built-in alias has is
 * isolated. Tokens are kept as 32-bit hashes: a collision only sends an edit to the full grouping.
 */
import { BUILTIN_ALIASES, singularOf } from './aliases';
import { groupKeyOf, nameKey } from './nameForms';
import { initialsOf } from './nameHeadWords';
import { SPLIT_WORD } from './scannedNames';
import type { EntityType } from '../types';
import { FNV_PRIME } from '../common/fnv';

/**
 * A polynomial hash (FNV's prime as its multiplier, no xor): the hash of a string with one unit deleted
 * follows from those of its two parts (`addKey`), which FNV-1a's xor step does not allow.
 */
const MULTIPLIER = FNV_PRIME;

function hashOf(s: string, from = 0, to = s.length, h = 0): number {
  for (let i = from; i < to; i++) h = (Math.imul(h, MULTIPLIER) + s.charCodeAt(i)) | 0;
  return h;
}

/** MULTIPLIER to the power of each length. */
const powers: number[] = [1];

/**
 * The hash of `s` and of each string `s` with one unit deleted (deletionVariants(s, 1)). The hash is
 * a polynomial: that of `s` without its unit at i is the hash of the units before i, raised by the
 * number after it, plus the hash of those after it.
 */
function addKey(s: string, out: number[]): void {
  const n = s.length;
  while (powers.length < n) powers.push(Math.imul(powers[powers.length - 1], MULTIPLIER));
  const after = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) after[i] = (Math.imul(s.charCodeAt(i), powers[n - 1 - i]) + after[i + 1]) | 0;
  out.push(after[0]);
  let before = 0;
  for (let i = 0; i < n; i++) {
    out.push((Math.imul(before, powers[n - 1 - i]) + after[i + 1]) | 0);
    before = (Math.imul(before, MULTIPLIER) + s.charCodeAt(i)) | 0;
  }
}

const S = 's'.charCodeAt(0);

/** A word, with an s and without its last s, and its singular. */
function addWord(w: string, out: number[]): void {
  if (!w) return;
  const h = hashOf(w);
  out.push(h, (Math.imul(h, MULTIPLIER) + S) | 0);
  if (w.charCodeAt(w.length - 1) === S) out.push(hashOf(w, 0, w.length - 1));
  const one = singularOf(w);
  if (one !== undefined) out.push(hashOf(one));
}

/** A form's tokens: those any other form's may equal, and those of the acronym rule, an acronym's key against the initials of another's words (two names of the same initials are not related by them). */
interface Tokens {
  readonly shared: number[];
  readonly initials: number[];
  readonly acronym: number[];
}

/** The hashed tokens of a form (see the module comment). */
export function formTokens(text: string, type: EntityType | undefined, tokens: Tokens = { shared: [], initials: [], acronym: [] }): Tokens {
  const out = tokens.shared;
  out.push(hashOf(text));
  const { bare, key, word } = groupKeyOf(text, type);
  if (!bare) return tokens;
  const keys = new Set([key, nameKey(bare), ...(word === undefined ? [] : [word])]);
  for (const k of keys) {
    addKey(k, out);
    out.push(hashOf(k.replace(/\s/g, '')));
    if (/\s/.test(k)) tokens.initials.push(hashOf(initialsOf(k)));
    else tokens.acronym.push(hashOf(k));
    for (const w of k.split(/[\s\u0001]/)) addWord(w, out);
  }
  // As commonWords.ts asks for it: accents off, lower case, hyphens kept.
  const plain = /^[ -~]*$/.test(bare) ? bare : bare.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  for (const w of plain.toLowerCase().split(' ')) addWord(w, out);
  if (bare.includes('-')) for (const m of bare.matchAll(SPLIT_WORD)) addWord(`${m[1]}${m[2]}`.toLowerCase(), out);
  return tokens;
}

/** The hashes sorted, for a binary search. */
class HashSet {
  private constructor(private readonly sorted: Int32Array) {}

  static of(hashes: readonly number[]): HashSet {
    return new HashSet(Int32Array.from(hashes).sort());
  }

  /** These and `hashes`: the few new ones sorted, then merged in one pass. */
  with(hashes: readonly number[]): HashSet {
    const b = Int32Array.from(hashes).sort();
    const a = this.sorted;
    const out = new Int32Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length) out[k++] = a[i++];
    while (j < b.length) out[k++] = b[j++];
    return new HashSet(out);
  }

  /** The first place of `h` or of a greater hash. */
  private lowerBound(h: number): number {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  has(h: number): boolean {
    const at = this.lowerBound(h);
    return at < this.sorted.length && this.sorted[at] === h;
  }

  any(hashes: readonly number[]): boolean {
    for (const h of hashes) if (this.has(h)) return true;
    return false;
  }

  /** How many times `h` is among these (the tokens of several forms hold it once each). */
  count(h: number): number {
    const a = this.sorted;
    const at = this.lowerBound(h);
    let n = 0;
    while (at + n < a.length && a[at + n] === h) n++;
    return n;
  }

  /** Whether each of `own` is here only as many times as `own` has it (no other form's). */
  onlyThese(own: readonly number[]): boolean {
    const times = new Map<number, number>();
    for (const h of own) times.set(h, (times.get(h) ?? 0) + 1);
    for (const [h, n] of times) if (this.count(h) > n) return false;
    return true;
  }
}

type Declared = readonly { readonly name: string; readonly type?: EntityType; readonly aliases?: readonly string[] }[];

/** The tokens of forms, of the names declared with them, and (from `of`) of the built-in aliases (which group forms too). */
function tokensOf(forms: Iterable<{ readonly text: string; readonly type?: EntityType }>, declared: Declared, tokens: Tokens = { shared: [], initials: [], acronym: [] }): Tokens {
  for (const f of forms) formTokens(f.text, f.type, tokens);
  for (const d of declared) for (const n of [d.name, ...(d.aliases ?? [])]) formTokens(n, d.type, tokens);
  return tokens;
}

/** The tokens of a set of forms, with those of the declared names and the built-in aliases. */
export class FormTokens {
  private constructor(
    private readonly shared: HashSet,
    private readonly initials: HashSet,
    private readonly acronym: HashSet,
  ) {}

  static of(forms: Iterable<{ readonly text: string; readonly type?: EntityType }>, declared: Declared): FormTokens {
    const tokens = tokensOf(forms, declared);
    for (const names of BUILTIN_ALIASES) for (const n of names) {
      const plain = n.replace(/^the /, '');
      formTokens(plain, undefined, tokens);
      addKey(nameKey(plain), tokens.shared);
    }
    return new FormTokens(HashSet.of(tokens.shared), HashSet.of(tokens.initials), HashSet.of(tokens.acronym));
  }

  /**
   * These tokens and those of more forms: those of a grouping's forms from those of an earlier one's
   * and its forms since. Tokens of forms gone since stay, which only sends more edits to the full grouping.
   */
  with(forms: Iterable<{ readonly text: string; readonly type?: EntityType }>, declared: Declared): FormTokens {
    const t = tokensOf(forms, declared);
    return new FormTokens(this.shared.with(t.shared), this.initials.with(t.initials), this.acronym.with(t.acronym));
  }

  /** Whether a form shares no token with these. */
  isolates(text: string, type: EntityType | undefined): boolean {
    const t = formTokens(text, type);
    return !this.shared.any(t.shared) && !this.acronym.any(t.initials) && !this.initials.any(t.acronym);
  }

  /** Whether a form among these shares no token with the others. */
  isolatesWithin(text: string, type: EntityType | undefined): boolean {
    const t = formTokens(text, type);
    return this.shared.onlyThese(t.shared) && !this.acronym.any(t.initials) && !this.initials.any(t.acronym);
  }
}
