/**
 * Evidence that a lone quoted word, attributed to no one, is held at a distance at the precise level
 * (rhetoric/scareQuoteEvidence.ts): the content of another's speech act and a source named after it.
 */
import * as assert from 'node:assert';
import { findQuotedSpans } from '../../server/src/analysis/rhetoric/scareQuotes';
import { heldAtDistanceByContext } from '../../server/src/analysis/rhetoric/scareQuoteEvidence';

/** Whether the first quoted word of `text` is held at a distance by its context alone (no loaded marker in its sentence). */
function held(text: string): boolean {
  const [q] = findQuotedSpans(text);
  return heldAtDistanceByContext(text, q.start, q.end, text.slice(q.start + 1, q.end - 1), () => false);
}

describe('rhetoric: a lone quoted word held at a distance by its context', () => {
  it('holds the content of another\'s call, praise or worry at a distance (the samples\' ‘dialogue’, ung20)', () => {
    for (const text of [
      'This declaration of war against the working class in the east was met with a call for ‘dialogue’ from the bureaucracy.',
      'For years on end whole speeches from the rostrum of this Assembly have been devoted to the praise of "detente".',
      'The Soviet Union is making every effort to cover up its aggression with worries about "detente" and with pledges.',
    ]) assert.strictEqual(held(text), true, text);
    assert.strictEqual(held('We renew our call for ‘dialogue’ between the parties.'), false, 'the speaker\'s own call');
  });

  it('holds a word at a distance whose source is named after it', () => {
    assert.strictEqual(held('In addition to the 200,000 soldiers there are thousands of "advisers" from Hanoi who control a part of our country.'), true);
    assert.strictEqual(held('It was met with a call by the workers for "solidarity" across the region.'), false, 'the source before the word');
  });
});
