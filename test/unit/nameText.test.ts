/** The entity rules' cheap string forms (nameText.ts) answer as the expressions they stand for. */
import * as assert from 'assert';
import { hasSpace, isSpaceUnit, lastWord, spaced, spaceRunStart, wordBeforeSpace } from '../../server/src/analysis/entities/nameText';
import { firstAbove, lowerBound } from '../../server/src/analysis/common/binarySearch';
import { cleanMention } from '../../server/src/analysis/entities/mentionFilter';

describe('nameText', () => {
  it('takes for white space every code unit that \\s matches, and no other', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isSpaceUnit(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('spaces a name as replace(/\\s+/g, " ") does, and keeps a name with single spaces as it is', () => {
    const names = ['United Nations', 'United  Nations', 'Soviet\nUnion', 'Punta\u00a0del Este', ' Bosnia ', 'a\t\tb', 'x \u3000y', 'Tail ', '', 'One'];
    for (const n of names) {
      assert.strictEqual(spaced(n), n.replace(/\s+/g, ' '), JSON.stringify(n));
      assert.strictEqual(hasSpace(n), /\s/.test(n), JSON.stringify(n));
      assert.strictEqual(lastWord(n), n.split(/\s+/).pop(), JSON.stringify(n));
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

  it('finds a token by offset as lowerBound does', () => {
    const ends = Int32Array.from([3, 7, 7, 12, 20]);
    for (let offset = -1; offset <= 21; offset++) {
      for (const n of [0, 3, 5]) assert.strictEqual(firstAbove(ends, n, offset), lowerBound(n, (k) => ends[k] <= offset), `${offset} of ${n}`);
    }
  });

  it('judges a span by its own characters once and by the text around it at each mention', () => {
    // The span's own characters are memoised: the same span in another context is judged by that context.
    const name = 'Hall';
    const inRoom = 'met in the General Assembly Hall today';
    const surname = 'said Mr. Hall today';
    assert.strictEqual(cleanMention(inRoom, inRoom.indexOf(name), inRoom.indexOf(name) + 4, 'organization'), undefined);
    assert.deepStrictEqual(cleanMention(surname, surname.indexOf(name), surname.indexOf(name) + 4, 'person'), { start: 9, end: 13 });
    const co = 'the Organization for Economic Co-operation and Development and the Regional Co';
    const at = co.indexOf('Organization');
    assert.deepStrictEqual(cleanMention(co, at, co.indexOf('Co-') + 2, 'organization'), { start: at, end: co.indexOf('Co-') + 'Co-operation'.length });
    const end = co.length;
    const cut = co.indexOf('Regional');
    assert.deepStrictEqual(cleanMention(co, cut, end, 'organization'), { start: cut, end });
  });
});
