/**
 * One name written two ways, for grouping (resolve.ts): an acronym that spells a connector's or a
 * compound's second letter ("UNCTAD": United Nations Conference on Trade And Development; "CSCE":
 * Conference on Security and Co-operation in Europe), an ordinal in words or as a number ("Second
 * World War" / "World War II"), and a name with words left out of it ("Second Development Decade" /
 * "Second United Nations Development Decade", "Leonid Brezhnev" / "Leonid Ilyich Brezhnev", "L. I.
 * Brezhnev"). Pure
 * functions over comparison keys (`nameKey`: lower case, hyphens as spaces) or bare names.
 */

/** Connectors an acronym may spell or leave out ("and" in UNCTAD, not in SWAPO). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'de', 'du', 'des', 'la', 'le', 'et']);

/** At most 2^5 spellings a name's acronym is looked up by. */
const MAX_OPTIONAL = 5;

/**
 * The acronyms a name may be written as where it has letters an acronym may spell or not: a
 * connector's initial or a hyphenated word's later parts' ("co-operation" → "c" or "co"); lower
 * case. A name with none has only `initialsOf`'s.
 */
export function optionalAcronyms(bare: string): string[] {
  const words = bare.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12) return [];
  // Each slot: a letter always spelt, or one that may be.
  const slots: { letter: string; optional: boolean }[] = [];
  let optional = 0;
  for (const w of words) {
    const parts = w.split('-').filter(Boolean);
    if (!parts.length || !/^\p{L}/u.test(parts[0])) return [];
    if (CONNECTORS.has(w)) {
      slots.push({ letter: w[0], optional: true });
      optional++;
      continue;
    }
    slots.push({ letter: parts[0][0], optional: false });
    for (const p of parts.slice(1)) {
      if (!/^\p{L}/u.test(p)) continue;
      slots.push({ letter: p[0], optional: true });
      optional++;
    }
  }
  if (!optional || optional > MAX_OPTIONAL) return [];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << optional; mask++) {
    let s = '';
    let k = 0;
    for (const slot of slots) {
      if (!slot.optional) s += slot.letter;
      else if (mask & (1 << k++)) s += slot.letter;
    }
    out.push(s);
  }
  return out;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const CARDINAL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The number a word writes, 1-12 ("second", "ii", "2", "two"), or 0. */
function numberOf(word: string, ordinal: boolean): number {
  if (ordinal) return ORDINAL_WORDS.indexOf(word) + 1;
  if (/^\d{1,2}$/.test(word)) return Number(word) <= 12 ? Number(word) : 0;
  return ROMAN.indexOf(word) + 1 || CARDINAL_WORDS.indexOf(word) + 1;
}

/**
 * A key that a name's ordinal spelt as a word before it and as a number after it share ("second
 * world war" and "world war ii" → "world war #2"); undefined for a name with no such number.
 */
export function ordinalKey(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 2) return undefined;
  const first = numberOf(words[0], true);
  if (first) return `${words.slice(1).join(' ')} #${first}`;
  const last = numberOf(words[words.length - 1], false);
  if (last) return `${words.slice(0, -1).join(' ')} #${last}`;
  return undefined;
}

/** A word or its initial ("l." or "l" of "leonid"). */
function sameOrInitial(short: string, long: string, initials: boolean): boolean {
  return short === long || (initials && /^\p{L}\.?$/u.test(short) && long.length > 1 && long[0] === short[0]);
}

/**
 * Whether `short`'s words are `long`'s with words left out between its first and last, which
 * both keep ("second development decade" of "second united nations development decade"); with `initials`, a word may be written
 * by its initial ("l. i. brezhnev" of "leonid ilyich brezhnev"), and only so may a middle word be kept. Keys, split into words.
 */
export function isShortenedForm(short: readonly string[], long: readonly string[], initials: boolean): boolean {
  if (short.length < 2 || short.length > long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  if (!sameOrInitial(short[0], long[0], initials)) return false;
  // A person's middle names are left out or all written by initials, not one kept ("George Walker Bush" is not "George
  // Herbert Walker Bush").
  // Middle initials after a given name written whole are `withoutMiddleInitial`'s ("George W. Bush" is not "George Herbert
  // Walker Bush"): here a name of two words, or of initials and a family name ("L. I. Brezhnev").
  if (initials && short.length > 2 && short.slice(0, -1).some((w) => !/^\p{L}\.?$/u.test(w))) return false;
  // Nor a name with a middle initial ("George W. Bush" is not "George Bush"'s full name).
  if (initials && long.slice(1, -1).some((w) => /^\p{L}\.?$/u.test(w))) return false;
  let k = 1;
  let same = short.length === long.length;
  for (let i = 1; i < short.length - 1; i++) {
    while (k < long.length - 1 && !sameOrInitial(short[i], long[k], initials)) k++;
    if (k >= long.length - 1) return false;
    if (short[i] !== long[k]) same = false;
    k++;
  }
  // Not the name itself.
  return !(same && short[0] === long[0]);
}
