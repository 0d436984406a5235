/**
 * A pure function of a string, memoised. The entity rules ask the same questions of the same names
 * and words in document after document ("United Nations", "Assembly"): a Map lookup is cheaper than
 * splitting, lower-casing and hashing the name again. Bounded: the memo starts over past `max` entries, and keeps its own copies of the strings
 * (a name sliced from a document must not keep the document).
 * For functions that never return undefined (an object answer is kept as it is: it must not change).
 */
export function memoizeByString<T extends string | number | boolean | object>(f: (s: string) => T, max = 20_000): (s: string) => T {
  let memo = new Map<string, T>();
  return (s: string): T => {
    let v = memo.get(s);
    if (v === undefined) {
      v = f(s);
      // A string answer may be a slice of the question (headPart): copied too.
      if (typeof v === 'string') v = ownCopy(v) as T;
      if (memo.size >= max) memo = new Map();
      memo.set(ownCopy(s), v);
    }
    return v;
  };
}

/**
 * `memoizeByString` for each of a few objects (a lexicon: the rules pass the shipped one, tests their
 * own): `f(key, s)` memoised by `s`, apart for each `key`.
 */
export function memoizeByStringPer<K extends object, T extends string | number | boolean | object>(f: (key: K, s: string) => T): (key: K, s: string) => T {
  const memos = new WeakMap<K, (s: string) => T>();
  return (key: K, s: string): T => {
    let memo = memos.get(key);
    if (!memo) memos.set(key, (memo = memoizeByString((t: string) => f(key, t))));
    return memo(s);
  };
}

/**
 * `s` as a string of its own: V8 makes a longer slice a view that keeps the whole text alive (a
 * name sliced from a document would keep the document for as long as the memo keeps the name).
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
