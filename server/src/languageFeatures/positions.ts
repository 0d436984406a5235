/**
 * The one place where engine offsets (UTF-16 code units) become LSP positions and back.
 * Line starts are computed once per text and kept while the text lives.
 */
import { Position, Range } from 'vscode-languageserver-types';
import { lowerBound } from '../analysis/common/binarySearch';

const lineStartsCache = new WeakMap<object, number[]>();

function lineStarts(owner: object, text: string): number[] {
  let starts = lineStartsCache.get(owner);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    lineStartsCache.set(owner, starts);
  }
  return starts;
}

/** A text and the object its line index is cached on (its analysis). */
export interface PositionSource {
  readonly owner: object;
  readonly text: string;
}

export function positionAt(src: PositionSource, offset: number): Position {
  const starts = lineStarts(src.owner, src.text);
  offset = Math.max(0, Math.min(offset, src.text.length));
  const line = lowerBound(starts.length, (i) => starts[i] <= offset) - 1;
  return { line, character: offset - starts[line] };
}

export function offsetAt(src: PositionSource, position: Position): number {
  const starts = lineStarts(src.owner, src.text);
  if (position.line >= starts.length) return src.text.length;
  if (position.line < 0) return 0;
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : src.text.length;
  return Math.min(starts[position.line] + Math.max(0, position.character), lineEnd);
}

export function rangeOf(src: PositionSource, start: number, end: number): Range {
  return { start: positionAt(src, start), end: positionAt(src, end) };
}
