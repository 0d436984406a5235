/**
 * A person's name written once with a middle initial is the person the corpus names without it:
 * "Hennadiy Y. Udovenko" / "Hennadiy Udovenko", "George W. Bush" beside "George Bush" only where the
 * corpus has no other full name for it (resolution joins it to the name without the initial, which
 * must be a person's). Issue 11, written on ung20.
 */

/** A name key (lower case) with one initial between its first and last words ("hennadiy y udovenko", dots dropped). */
const WITH_INITIAL = /^(\S+) \p{L}\.? (\S+(?: \S+)?)$/u;

/** The key without the middle initial, or undefined. */
export function withoutMiddleInitial(key: string): string | undefined {
  const m = WITH_INITIAL.exec(key);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** The words of a name as written, a middle initial not counted ("Hennadiy Y. Udovenko" has two, "B. J. Habibie" two). */
export function nameWords(name: string): number {
  const words = name.split(' ');
  return words.filter((w, k) => k === 0 || !/^\p{L}\.$/u.test(w)).length;
}
