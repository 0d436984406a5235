/** Counts in words, one way everywhere the server writes them ("1 article", "2 articles", "once"). */

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function mentions(n: number): string {
  return plural(n, 'mention', 'mentions');
}

/** `qualifier`: a word before the noun ("other " → "1 other article"). */
export function articles(n: number, qualifier = ''): string {
  return plural(n, `${qualifier}article`, `${qualifier}articles`);
}

export function times(n: number): string {
  return n === 1 ? 'once' : `${n.toLocaleString('en-US')} times`;
}
