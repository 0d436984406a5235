/**
 * Cheap forms of the string work the entity rules do on every mention: each rule asks its
 * questions of each of the document's mentions, most of which the question does not concern, so
 * the common answer comes without a regular expression or a new string.
 */

/** Is code unit `c` white space as `\s` of a regular expression has it? */
export function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, ' ')`: each run of white space one space; `s` itself when it has no other (most names). */
export function spaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 32 || (i + 1 < s.length && isSpaceUnit(s.charCodeAt(i + 1))))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Does `s` hold white space (`/\s/.test(s)`)? */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceUnit(s.charCodeAt(i))) return true;
  return false;
}

/** The words after the last white space of `s` (all of `s` when it has none, '' when it ends on one), as `s.split(/\s+/).pop()`. */
export function lastWord(s: string): string {
  let k = s.length;
  while (k > 0 && !isSpaceUnit(s.charCodeAt(k - 1))) k--;
  return k === 0 ? s : s.slice(k);
}

/** The first offset of the run of white space that ends at `at` (`at` when none), looking back no further than `from`. */
export function spaceRunStart(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && isSpaceUnit(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * The ASCII letters right before the white space that ends at `at`, within [from, at): the word
 * a pattern anchored at `at` must end on ("the Treaty on | ..."); '' when no space or no letter is there.
 */
export function wordBeforeSpace(text: string, at: number, from: number): string {
  const end = spaceRunStart(text, at, from);
  if (end === at) return '';
  let k = end;
  while (k > from && isAsciiLetter(text.charCodeAt(k - 1))) k--;
  return text.slice(k, end);
}

export function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Is `s` written in capitals only ("NATO", "BLAIR")? */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
