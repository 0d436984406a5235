/** memoizeByString: the entity rules' memo of pure functions of a name (headOf, gazetteer masks, ordinary words). */
import * as assert from 'assert';
import { memoizeByString } from '../../server/src/analysis/common/stringMemo';
import { headOf, headPart } from '../../server/src/analysis/entities/nameHeadWords';
import { cleanMention } from '../../server/src/analysis/entities/mentionFilter';
import { isKnownName, isKnownNamePrefix, isOrdinaryWord, knownNameType } from '../../server/src/analysis/entities/knownWords';
import { installShippedModels } from '../../server/src/node/modelFiles';

describe('memoizeByString', () => {
  it('answers as the function does, computing each string once', () => {
    const calls: string[] = [];
    const f = memoizeByString((s: string) => {
      calls.push(s);
      return s.length === 0 ? false : s[0] === s[0].toUpperCase();
    });
    const names = ['Bosnia', 'and', 'Bosnia', '', 'and', 'Herzegovina', ''];
    assert.deepStrictEqual(names.map(f), [true, false, true, false, false, true, false]);
    assert.deepStrictEqual(calls, ['Bosnia', 'and', '', 'Herzegovina']);
  });

  it('starts over past its bound and still answers right', () => {
    let calls = 0;
    const f = memoizeByString((s: string) => {
      calls++;
      return s.toLowerCase();
    }, 2);
    assert.deepStrictEqual(['A', 'B', 'C', 'A', 'B', 'C'].map(f), ['a', 'b', 'c', 'a', 'b', 'c']);
    assert.ok(calls > 3);
  });

  it('gives the memoised entity checks the same answer on every call, whatever was asked before', () => {
    installShippedModels();
    // Names that differ only in case, spacing or apostrophes are different questions.
    const names = ['Bosnia and Herzegovina', 'bosnia and herzegovina', 'Bosnia  and Herzegovina', "Cote d'lvoire", 'Côte d’Ivoire',
      'St. Vincent', 'Conference on Disarmament', 'Agenda 21', 'People’s', "People's", 'States', 'state', 'Law of the Sea', ''];
    const first = names.map((n) => [headOf(n), isKnownName(n), knownNameType(n), isOrdinaryWord(n), isKnownNamePrefix(n)]);
    const again = [...names].reverse().map((n) => [headOf(n), isKnownName(n), knownNameType(n), isOrdinaryWord(n), isKnownNamePrefix(n)]).reverse();
    assert.deepStrictEqual(again, first);
    assert.strictEqual(headOf('Conference on Disarmament'), 'Conference');
    assert.strictEqual(headOf('Agenda 21'), 'Agenda');
    assert.strictEqual(isKnownName('Bosnia and Herzegovina'), true);
    assert.strictEqual(isOrdinaryWord('states'), true);
    assert.strictEqual(isKnownNamePrefix('Saint Vincent'), true);
    assert.strictEqual(isKnownNamePrefix('St. Vincent'), true);
    assert.strictEqual(isKnownName(''), false);
    assert.strictEqual(isKnownNamePrefix('  '), false);
  });

  it('headPart is the split at the first connector', () => {
    for (const name of ['Declaration on the Granting of Independence', 'Treaty of Tlatelolco', 'Cessation of Hostilities Agreement', 'United Nations', '', 'Minister for Foreign Affairs']) {
      assert.strictEqual(headPart(name), name.split(/\s+(?:of|on|for|against|to|in|concerning|between|with)\s/)[0]);
    }
  });

  it('cleanMention still cuts a run-on tail when only the span holds the dot or ends with the digit, and leaves a name with a dot after it', () => {
    const cleaned = (text: string, name: string) => {
      const start = text.indexOf(name);
      const span = cleanMention(text, start, start + name.length, 'place');
      return span && text.slice(span.start, span.end);
    };
    assert.strictEqual(cleaned('talks at Geneva.3 The parties', 'Geneva.3'), 'Geneva');
    assert.strictEqual(cleaned('talks at Geneva. The parties.3', 'Geneva'), 'Geneva');
    assert.strictEqual(cleaned('the Programme on Commodities6 is', 'Commodities6'), 'Commodities');
    assert.strictEqual(cleaned('visited Brazil.', 'Brazil'), 'Brazil');
    assert.strictEqual(cleaned('visited Brazil12', 'Brazil12'), 'Brazil');
  });
});
