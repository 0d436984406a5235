/** The tagger's mentions written out for a rule's test, so the test does not move with the model. */
import * as assert from 'node:assert';
import type { EntityMention, EntityType } from '../../../server/src/analysis/types';
import type { Recognizers } from '../../../server/src/analysis/document';

/** Mentions of `text` at the given names (each its first occurrence after the previous one). */
export function tagged(text: string, spans: [string, EntityType][]): EntityMention[] {
  let from = 0;
  return spans.map(([name, type]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, `${name} not in text`);
    from = start + name.length;
    return { start, end: from, text: name, type, confidence: 0.9 };
  });
}

/** Mentions as `text/type`, whitespace folded: what a rule's test compares. */
export function shownAs(mentions: readonly EntityMention[]): string[] {
  return mentions.map((m) => `${m.text.replace(/\s+/g, ' ')}/${m.type}`);
}

/** Recognisers that mark every match of each pattern with its type (no rhetoric markers): a corpus test's tagger. */
export function patternRecognizers(patterns: [RegExp, EntityType][], confidence = 1): Recognizers {
  return {
    entities: (seg) =>
      patterns
        .flatMap(([re, type]) => [...seg.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type, confidence })))
        .sort((a, b) => a.start - b.start),
    markers: () => [],
  };
}
