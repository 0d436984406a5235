/** The one binary search of the analysis, and the lookups built on it. */

/** The first index in `[0, n)` for which `before` is false (`before` holds for a prefix). */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index in `[0, n)` whose value in the ascending `sorted` is above `value`: `lowerBound`
 * with the comparison written out, for the hottest lookups (a token by offset), where the call of a
 * different closure at each site costs more than the search.
 */
export function firstAbove(sorted: ArrayLike<number>, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of a value in an ascending array, or -1. */
export function sortedIndexOf(sorted: ArrayLike<number>, value: number): number {
  const i = lowerBound(sorted.length, (k) => sorted[k] < value);
  return i < sorted.length && sorted[i] === value ? i : -1;
}
