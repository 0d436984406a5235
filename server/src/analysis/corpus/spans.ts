/**
 * Span offsets in columns: span k of a list is `[data[offset + k * stride], data[offset + k * stride + 1])`.
 * A cached analysis keeps its entity mentions and sentences as Int32 numbers in its record; the
 * index reads their offsets through this view instead of materialising an object per span
 * (an entity mention object costs ~80 bytes, its two offsets 8).
 */
import type { Range } from '../text/structure';
import { lowerBound } from '../common/binarySearch';

export interface SpanColumns {
  readonly data: Int32Array;
  readonly offset: number;
  readonly stride: number;
  readonly length: number;
}

/** Columns for spans held as objects (a fresh analysis): start and end, packed in pairs. */
export function spanColumnsOf(spans: readonly Range[]): SpanColumns {
  const data = new Int32Array(spans.length * 2);
  for (let k = 0; k < spans.length; k++) {
    data[2 * k] = spans[k].start;
    data[2 * k + 1] = spans[k].end;
  }
  return { data, offset: 0, stride: 2, length: spans.length };
}

/** The spans as objects. */
export function rangesOf(s: SpanColumns): Range[] {
  const out: Range[] = new Array(s.length);
  for (let k = 0, q = s.offset; k < s.length; k++, q += s.stride) out[k] = { start: s.data[q], end: s.data[q + 1] };
  return out;
}

export function spanStart(s: SpanColumns, k: number): number {
  return s.data[s.offset + k * s.stride];
}

export function spanEnd(s: SpanColumns, k: number): number {
  return s.data[s.offset + k * s.stride + 1];
}

/**
 * The index of the span containing an offset (or ending at it), or -1. Spans sorted by start and
 * not overlapping: the last one starting at or before the offset.
 */
export function spanIndexAt(s: SpanColumns, offset: number): number {
  const found = lowerBound(s.length, (k) => spanStart(s, k) <= offset) - 1;
  return found >= 0 && offset <= spanEnd(s, found) ? found : -1;
}
