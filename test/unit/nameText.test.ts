/** The entity rules' cheap string forms (nameText.ts) answer as the expressions they stand for. */
import * as assert from 'assert';
import { hasSpace, isSpaceUnit, spaced, spaceRunStart, wordBeforeSpace } from '../../server/src/analysis/entities/nameText';

describe('nameText', () => {
  it('takes for white space every code unit that \\s matches, and no other', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isSpaceUnit(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('spaces a name as replace(/\\s+/g, " ") does, and keeps a name with single spaces as it is', () => {
    const names = ['United Nations', 'United  Nations', 'Soviet\nUnion', 'Punta\u00a0del Este', ' Bosnia ', 'a\t\tb', 'x \u3000y', 'Tail ', '', 'One'];
    for (const n of names) {
      assert.strictEqual(spaced(n), n.replace(/\s+/g, ' '), JSON.stringify(n));
      assert.strictEqual(hasSpace(n), /\s/.test(n), JSON.stringify(n));
    }
    const kept = 'Conference on Disarmament';
    assert.strictEqual(spaced(kept), kept);
  });

  it('finds the word before the white space at an offset, within its reach only', () => {
    const text = 'the Declaration on the  Strengthening';
    const at = text.indexOf('Strengthening');
    assert.strictEqual(spaceRunStart(text, at, 0), at - 2);
    assert.strictEqual(wordBeforeSpace(text, at, 0), 'the');
    assert.strictEqual(wordBeforeSpace(text, at, at - 4), 'he');
    assert.strictEqual(wordBeforeSpace('Treaty on\nthe-Sea', 14, 0), '');
    assert.strictEqual(wordBeforeSpace('of Mr. Smith', 7, 0), '');
  });
});
