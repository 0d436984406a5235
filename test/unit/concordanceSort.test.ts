/** Concordance sorting (the pure function behind the concordance panel's sort buttons). */
import * as assert from 'assert';
import { KwicLine, sortKwic } from '../../client/src/panels/concordanceSort';

const line = (left: string, right: string, start: number): KwicLine => ({ uri: 'file:///a', title: 'a', left, text: 'K', right, start, line: 0, character: start, endLine: 0, endCharacter: start + 1 });

describe('concordance sorting', () => {
  const lines = [line('zeta the', 'beta one', 0), line('alpha was', 'alpha two', 10), line('of the', 'alpha one', 20)];

  it('left: by the nearest word first (L1, then L2)', () => {
    // L1 then L2: "the of" < "the zeta" < "was alpha"
    assert.deepStrictEqual(sortKwic(lines, 'left').map((l) => l.start), [20, 0, 10]);
  });

  it('right: by the following words (R1, then R2)', () => {
    assert.deepStrictEqual(sortKwic(lines, 'right').map((l) => l.start), [20, 10, 0]);
  });

  it('document: back in text order, without changing the input', () => {
    const shuffled = [lines[2], lines[0], lines[1]];
    assert.deepStrictEqual(sortKwic(shuffled, 'document').map((l) => l.start), [0, 10, 20]);
    assert.deepStrictEqual(shuffled.map((l) => l.start), [20, 0, 10]);
  });
});
