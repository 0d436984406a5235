/** Counts in words, one way everywhere the server writes them ("1 article", "2 articles", "once"). */

/** A number as the text writes it ("20,723"). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Work done so far ("1,052 of 6,350 articles"), as the indexing progress and the hovers during it say it. */
export function doneOf(done: number, total: number, noun: string): string {
  return `${count(done)} of ${count(total)} ${noun}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export function mentions(n: number): string {
  return plural(n, 'mention', 'mentions');
}

/** `qualifier`: a word before the noun ("other " → "1 other article"). */
export function articles(n: number, qualifier = ''): string {
  return plural(n, `${qualifier}article`, `${qualifier}articles`);
}

export function times(n: number): string {
  return n === 1 ? 'once' : `${count(n)} times`;
}
