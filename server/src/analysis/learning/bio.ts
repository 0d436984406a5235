/** BIO tag lists and decoding tag sequences into spans. */

// ---------------------------------------------------------------- BIO helpers

/** Builds a BIO tag list `['O', 'B-X', 'I-X', ...]` for the given types. */
export function bioTags(types: readonly string[]): string[] {
  const tags = ['O'];
  for (const t of types) tags.push(`B-${t}`, `I-${t}`);
  return tags;
}

export interface TagSpan {
  /** First position. */
  readonly start: number;
  /** One past the last position. */
  readonly end: number;
  readonly type: string;
}

/**
 * Decodes BIO(IOB1/IOB2-tolerant) tag indices into spans: an `I-X` after a different type
 * starts a new span.
 */
export function bioSpans(tags: readonly string[], seq: ArrayLike<number>, length = seq.length): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: { start: number; type: string } | undefined;
  for (let i = 0; i < length; i++) {
    const t = tags[seq[i]];
    if (t === 'O' || t === undefined) {
      if (cur) spans.push({ start: cur.start, end: i, type: cur.type });
      cur = undefined;
      continue;
    }
    const b = t.charCodeAt(0) === 66; // 'B'
    const type = t.slice(2);
    if (cur && (b || cur.type !== type)) {
      spans.push({ start: cur.start, end: i, type: cur.type });
      cur = undefined;
    }
    if (!cur) cur = { start: i, type };
  }
  if (cur) spans.push({ start: cur.start, end: length, type: cur.type });
  return spans;
}
