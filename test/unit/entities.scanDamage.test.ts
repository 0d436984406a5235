/**
 * Scanning damage in old UN speeches (issue 11; seen on 1,100 speeches outside the audit sets): a
 * footnote's number or the next word glued to a name, garbled words, a name cut at "Co-operation".
 */
import * as assert from 'node:assert';
import { cleanMention } from '../../server/src/analysis/entities/mentionFilter';

/** The name left of the tagger's span `name` (its first occurrence in `text`), or undefined. */
function cleaned(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  const span = cleanMention(text, start, start + name.length, 'organization');
  return span && text.slice(span.start, span.end);
}

describe('entities: scanning damage (issue 11)', () => {
  it("cuts a footnote's number or a run-on word off a name (\"Geneva.3\", \"Zealand.was\", \"Commodities6\")", () => {
    assert.strictEqual(cleaned('the talks held at Geneva.3 The parties agreed', 'Geneva.3'), 'Geneva');
    assert.strictEqual(cleaned('the International Court of Justice.12 We hold', 'International Court of Justice.12'), 'International Court of Justice');
    assert.strictEqual(cleaned('New Zealand.was the first country', 'Zealand.was'), 'Zealand');
    assert.strictEqual(cleaned('the Common Fund for the Integrated Programme on Commodities6 is', 'Common Fund for the Integrated Programme on Commodities6'),
      'Common Fund for the Integrated Programme on Commodities');
  });

  it('drops a garbled word ("peQple", "policeState", "POL1SARIO"), but not an ordinal or an initial', () => {
    for (const name of ['peQple', 'policeState', 'superPowers', 'POL1SARIO Front', 'P1A', 'Al361534']) {
      assert.strictEqual(cleaned(`the struggle of the ${name} against`, name), undefined, name);
    }
    assert.strictEqual(cleaned('the 21st Century Fund was', '21st Century Fund'), '21st Century Fund');
    assert.strictEqual(cleaned('Sri Lanka captain Arjuna Ranatunga and A.de Silva were not out', 'A.de Silva'), 'A.de Silva');
    // A document symbol's number is not a footnote: cutting it would leave "AHG/Res" looking like a name.
    assert.notStrictEqual(cleaned('see document AHG/Res.16 of the', 'AHG/Res.16'), 'AHG/Res');
  });

  it('takes in the rest of "Co-operation" after a name cut at "Co"', () => {
    assert.strictEqual(cleaned('the South Asian Association for Regional Co-operation which was launched', 'South Asian Association for Regional Co'),
      'South Asian Association for Regional Co-operation');
    assert.strictEqual(cleaned('the Southern African Development Co—ordination Conference', 'Southern African Development Co'), 'Southern African Development Co—ordination');
  });
});
