/**
 * A pure function of a string, memoised. The entity rules ask the same questions of the same names
 * and words in document after document ("United Nations", "Assembly"): a Map lookup is cheaper than
 * splitting, lower-casing and hashing the name again. Bounded: the memo starts over past `max` entries.
 * For functions that never return undefined.
 */
export function memoizeByString<T extends string | number | boolean>(f: (s: string) => T, max = 100_000): (s: string) => T {
  let memo = new Map<string, T>();
  return (s: string): T => {
    let v = memo.get(s);
    if (v === undefined) {
      v = f(s);
      if (memo.size >= max) memo = new Map();
      memo.set(s, v);
    }
    return v;
  };
}
