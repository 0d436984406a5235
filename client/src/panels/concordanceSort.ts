/**
 * Concordance sorting, shared by the extension and the webview script (pure, no DOM, no vscode).
 * Left sort: by the words nearest the keyword first (L1, then L2, …); right sort: R1, R2, ….
 */
import type { KwicLine, KwicSort } from '../../../server/src/protocol';

export type { KwicLine, KwicSort };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function words(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function compareWords(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const c = a[i].localeCompare(b[i]);
    if (c) return c;
  }
  return 0;
}

function byDocument(a: KwicLine, b: KwicLine): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start;
}

export function sortKwic(lines: readonly KwicLine[], by: KwicSort): KwicLine[] {
  if (by === 'document') return [...lines].sort(byDocument);
  const key = new Map(lines.map((l) => [l, by === 'left' ? words(l.left).reverse() : words(l.right)]));
  return [...lines].sort((a, b) => compareWords(key.get(a)!, key.get(b)!) || byDocument(a, b));
}
