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

/**
 * The weight of a name's words when resolution picks an entity's name (the most words win): an
 * initial between two full words counts for nothing ("Hennadiy Y. Udovenko" weighs as "Hennadiy
 * Udovenko", so the more frequent wins), any other initial for half ("Ramon J. Velásquez" outweighs
 * "J. Velásquez"; "B. J. Habibie" outweighs "Habibie").
 */
export function nameWords(name: string): number {
  const words = name.split(' ');
  const initial = (k: number): boolean => /^\p{L}\.$/u.test(words[k] ?? '');
  return words.reduce((n, _, k) => n + (!initial(k) ? 1 : k > 0 && k < words.length - 1 && !initial(k - 1) && !initial(k + 1) ? 0 : 0.5), 0);
}
