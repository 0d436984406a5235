/**
 * Re-anchoring: where a coding's passage is in the current text of its article.
 *
 * 1. Position: the text at the recorded offsets is still the quote.
 * 2. Exact: the quote occurs elsewhere; among its occurrences take the one whose surroundings
 *    best match the recorded prefix and suffix, then the one nearest the recorded position
 *    (so the same quote twice keeps each coding on its own occurrence).
 * 3. Fuzzy: the quote was edited. The passage is bracketed by its recorded context (the prefix
 *    before it and the suffix after it), or by its own first and last few characters; the
 *    candidate is accepted if it still holds most of the quote's characters, in order (so an
 *    insertion inside the passage grows it, and a deleted passage leaves nothing to accept).
 * Otherwise the coding is orphaned: kept at its last offsets (clamped to the text) and flagged.
 */
import type { AnchoredCoding, Coding } from './model';
import { quoteAt } from './model';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy' | 'orphaned';

export interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
}

/** Least share of the recorded quote's characters (in order) that a fuzzy match must still hold. */
const FUZZY_MIN_RETAINED = 0.6;
/** Characters of the quote's own ends used to bracket it when its context changed too. */
const EDGE_CHARS = 12;

export function findAnchor(c: Pick<Coding, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>, text: string): Anchor {
  const { exact } = c;
  if (!exact) return { start: Math.min(c.start, text.length), end: Math.min(c.start, text.length), method: 'orphaned' };
  if (c.end - c.start === exact.length && text.startsWith(exact, c.start)) return { start: c.start, end: c.end, method: 'position' };

  // Exact occurrences, scored by context then distance.
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, i - c.prefix.length), i), c.prefix) + commonPrefix(text.slice(i + exact.length, i + exact.length + c.suffix.length), c.suffix);
    const distance = Math.abs(i - c.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best >= 0) return { start: best, end: best + exact.length, method: 'exact' };

  const fuzzy = fuzzyAnchor(c, text);
  if (fuzzy) return { ...fuzzy, method: 'fuzzy' };
  const start = Math.min(c.start, text.length);
  return { start, end: Math.min(Math.max(c.end, start), text.length), method: 'orphaned' };
}

/** The coding at its place in `text`; its quote and context are refreshed when it moved or changed. */
export function anchorCoding(c: Coding, text: string): AnchoredCoding {
  const a = findAnchor(c, text);
  if (a.method === 'orphaned') return { ...c, orphaned: true };
  if (a.method === 'position' && c.prefix === text.slice(Math.max(0, a.start - c.prefix.length), a.start)) return { ...c, orphaned: false };
  return { ...c, start: a.start, end: a.end, ...quoteAt(text, a.start, a.end), orphaned: false };
}

/** Every coding whose article is in `texts` (source → current text), at its place there. */
export function anchorCodings(codings: readonly Coding[], texts: ReadonlyMap<string, string>): AnchoredCoding[] {
  const out: AnchoredCoding[] = [];
  for (const c of codings) {
    const text = texts.get(c.source);
    if (text !== undefined) out.push(anchorCoding(c, text));
  }
  return out;
}

/** Fuzzy candidates compared (by LCS) at most: the ones nearest the recorded place. */
const FUZZY_MAX_COMPARED = 24;

function fuzzyAnchor(c: Pick<Coding, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>, text: string): { start: number; end: number } | undefined {
  const len = c.exact.length;
  const candidates: { start: number; end: number }[] = [];
  const maxGap = 2 * len + 16;
  // Bracketed by the recorded context.
  const before = c.prefix.slice(-Math.min(c.prefix.length, 16));
  const after = c.suffix.slice(0, Math.min(c.suffix.length, 16));
  if (before.length >= 4 && after.length >= 4) bracket(text, before, after, 0, 0, maxGap, candidates);
  // Bracketed by the quote's own first and last characters.
  if (len >= 2 * EDGE_CHARS) bracket(text, c.exact.slice(0, EDGE_CHARS), c.exact.slice(-EDGE_CHARS), -EDGE_CHARS, EDGE_CHARS, maxGap, candidates);
  // The LCS costs candidate × quote characters: compare only the candidates nearest the recorded
  // place, and skip one whose shared characters (counted regardless of order, an upper bound of
  // the LCS) cannot beat the best so far.
  const nearest = candidates
    .filter((k) => k.end > k.start && k.end - k.start >= FUZZY_MIN_RETAINED * len)
    .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))
    .slice(0, FUZZY_MAX_COMPARED);
  const quoteCounts = charCounts(c.exact);
  let best: { start: number; end: number } | undefined;
  let bestRetained = FUZZY_MIN_RETAINED;
  let bestKey = Infinity;
  for (const k of nearest) {
    const candidate = text.slice(k.start, k.end);
    // Ties: the length nearest the quote's, then the place nearest the recorded one.
    const key = Math.abs(candidate.length - len) * 1e9 + Math.abs(k.start - c.start);
    const bound = sharedChars(candidate, quoteCounts) / len;
    if (bound < bestRetained || (bound === bestRetained && key >= bestKey)) continue;
    const r = retained(candidate, c.exact);
    if (r > bestRetained || (r === bestRetained && key < bestKey)) {
      best = k;
      bestRetained = r;
      bestKey = key;
    }
  }
  return best;
}

function charCounts(s: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < s.length; i++) m.set(s.charCodeAt(i), (m.get(s.charCodeAt(i)) ?? 0) + 1);
  return m;
}

/** Characters `candidate` shares with the quote (whose counts are given), in any order. */
function sharedChars(candidate: string, quoteCounts: ReadonlyMap<number, number>): number {
  const left = new Map(quoteCounts);
  let n = 0;
  for (let i = 0; i < candidate.length; i++) {
    const ch = candidate.charCodeAt(i);
    const k = left.get(ch);
    if (k) {
      n++;
      left.set(ch, k - 1);
    }
  }
  return n;
}

/**
 * Spans between an occurrence of `open` and the next occurrence of `close` within `maxGap`
 * characters. `openShift`/`closeShift` move the span's ends (to include the brackets themselves).
 */
function bracket(text: string, open: string, close: string, openShift: number, closeShift: number, maxGap: number, out: { start: number; end: number }[]): void {
  for (let i = text.indexOf(open); i >= 0 && out.length < 200; i = text.indexOf(open, i + 1)) {
    const start = i + open.length + openShift;
    const j = text.indexOf(close, start);
    if (j < 0) break;
    if (j - start <= maxGap) out.push({ start, end: j + closeShift });
  }
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The share of `quote`'s characters that `candidate` still holds in order (longest common
 * subsequence / quote length); very long passages are compared on their bigrams (Dice).
 */
export function retained(candidate: string, quote: string): number {
  if (candidate === quote) return 1;
  if (!candidate.length || !quote.length) return 0;
  if (candidate.length * quote.length > 4_000_000) return dice(candidate, quote);
  let prev = new Uint32Array(quote.length + 1);
  let cur = new Uint32Array(quote.length + 1);
  for (let i = 1; i <= candidate.length; i++) {
    const ci = candidate.charCodeAt(i - 1);
    for (let j = 1; j <= quote.length; j++) {
      cur[j] = ci === quote.charCodeAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[quote.length] / quote.length;
}

function dice(a: string, b: string): number {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
