/**
 * Documents with the same text (after folding whitespace): a file copied into a corpus twice, an
 * article saved under two names. The first copy in corpus order (sorted URIs) is the one counted in
 * corpus-wide figures; the later copies are still documents of their own (opened, hovered,
 * navigated) but add nothing to counts, key terms or lists, and carry one hint that says so.
 *
 * Documents are first grouped by their words and counts (from the analysis, without reading the
 * text: copies have the same words whatever their whitespace); the text itself is read only when
 * another document has the same words, to confirm it.
 */
import type { DocumentAnalysis } from '../document';
import { FNV_OFFSET, fnvStep } from '../common/fnv';
import { forEachWordCount } from '../cache/analysisViews';
import { lowerBound } from '../common/binarySearch';

export class DuplicateTexts {
  /** Documents by their words and counts (`wordsKey`): the cheap first test. */
  private readonly byWords = new Map<string, Set<string>>();
  private readonly wordsKeyOf = new Map<string, string>();
  /** The folded-text key of documents that share a word count with another. */
  private readonly keyOf = new Map<string, string>();
  /** Documents by key, in corpus order (two or more: copies of one text). */
  private readonly docsByKey = new Map<string, string[]>();
  /** Bumped when any document's copies change. */
  private version = 0;

  constructor(private readonly analysisOf: (uri: string) => DocumentAnalysis | undefined) {}

  get generation(): number {
    return this.version;
  }

  /** Adds a document, or takes its new text. */
  put(uri: string, d: DocumentAnalysis): void {
    if (this.wordsKeyOf.has(uri)) this.remove(uri);
    const n = wordsKey(d);
    this.wordsKeyOf.set(uri, n);
    let same = this.byWords.get(n);
    if (!same) this.byWords.set(n, (same = new Set()));
    same.add(uri);
    if (same.size < 2) return;
    for (const u of same) if (!this.keyOf.has(u)) this.addKey(u, foldedTextKey(u === uri ? d.text : this.analysisOf(u)!.text));
  }

  remove(uri: string): void {
    const n = this.wordsKeyOf.get(uri);
    if (n === undefined) return;
    this.wordsKeyOf.delete(uri);
    const same = this.byWords.get(n)!;
    same.delete(uri);
    if (!same.size) this.byWords.delete(n);
    const key = this.keyOf.get(uri);
    if (key === undefined) return;
    this.keyOf.delete(uri);
    const docs = this.docsByKey.get(key)!;
    docs.splice(docs.indexOf(uri), 1);
    if (!docs.length) this.docsByKey.delete(key);
    else this.version++;
  }

  private addKey(uri: string, key: string): void {
    this.keyOf.set(uri, key);
    const docs = this.docsByKey.get(key);
    if (!docs) return void this.docsByKey.set(key, [uri]);
    docs.push(uri);
    docs.sort();
    this.version++;
  }

  /** Every document with the same text as `uri`, itself included, in corpus order ([uri] when it has no copy). */
  copiesOf(uri: string): string[] {
    const key = this.keyOf.get(uri);
    const docs = key !== undefined ? this.docsByKey.get(key) : undefined;
    return docs ? docs.slice() : [uri];
  }

  /** The copy of `uri`'s text that corpus figures count (the first in corpus order). */
  countedCopy(uri: string): string {
    const key = this.keyOf.get(uri);
    return (key !== undefined && this.docsByKey.get(key)?.[0]) || uri;
  }

  isLaterCopy(uri: string): boolean {
    return this.countedCopy(uri) !== uri;
  }

  /** Sets of copies (two or more documents each), in corpus order. */
  *groups(): IterableIterator<readonly string[]> {
    for (const docs of this.docsByKey.values()) if (docs.length > 1) yield docs;
  }
}

/** The document's words with their counts, in any order, as a key (two sums of mixed word hashes). */
function wordsKey(d: DocumentAnalysis): string {
  let sum = 0;
  let mix = 0;
  forEachWordCount(d, (h, count) => {
    const x = Math.imul(h ^ Math.imul(count, 0x9e3779b1), 0x85ebca6b);
    sum = (sum + x) | 0;
    mix = (mix + Math.imul(x ^ (x >>> 15), 0xc2b2ae35)) | 0;
  });
  return `${d.wordCount}:${sum >>> 0}:${mix >>> 0}`;
}

function isFoldedSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** A key for a text with runs of whitespace folded to one space and the ends trimmed: its folded length and two 32-bit hashes. */
export function foldedTextKey(text: string): string {
  let h1 = FNV_OFFSET;
  let h2 = 0x9747b28c;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isFoldedSpace(c)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      h1 = fnvStep(h1, 32);
      h2 = fnvStep(h2, 32);
      n++;
      pendingSpace = false;
    }
    h1 = fnvStep(h1, c);
    h2 = fnvStep(h2 ^ (n & 0xff), c);
    n++;
  }
  return `${n}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

/**
 * Offsets in one text moved to another that is the same but for whitespace: a character to the
 * same character, an offset in or after whitespace to just after the character before it.
 */
export function offsetMapping(from: string, to: string): (offset: number) => number {
  if (from === to) return (offset) => offset;
  const a = nonSpacePositions(from);
  const b = nonSpacePositions(to);
  return (offset) => {
    const k = lowerBound(a.length, (i) => a[i] < offset);
    if (k < a.length && a[k] === offset && k < b.length) return b[k];
    return k > 0 ? b[Math.min(k, b.length) - 1] + 1 : 0;
  };
}

function nonSpacePositions(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isFoldedSpace(text.charCodeAt(i))) out[n++] = i;
  return out.subarray(0, n);
}
