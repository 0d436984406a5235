/**
 * Who is quoted, not where or of what they spoke (issue 11, seed-193 audit): "who in his closing remarks
 * at the session said:" is said by the one "who" stands for, "when speaking of the dynamics of
 * non-alignment said" by the one speaking, "which in its summary of … wrote" names no speaker in its aside, and
 * "I say “pact” because" is the speaker weighing a word of their own (judged no quotation in earlier audits).
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { findQuotations } from '../../server/src/analysis/quotations/quotations';

function speakers(text: string): (string | undefined)[] {
  const seg = segment(text);
  return findQuotations(seg, recognizeEntities(seg)).map((q) => q.speaker);
}

describe('quotations: the speaker, not the occasion or the topic', function () {
  this.timeout(120_000);

  it('attributes "X, who in his closing remarks at the session said:" to X', () => {
    const text = 'However, we agree with the President of the tenth special session, Mr. Lazar Mojsov, who in his closing remarks at the session said: "If we have not lived up to the most optimistic expectations, this should not be taken as a reason for disillusionment."';
    assert.deepStrictEqual(speakers(text), ['Lazar Mojsov']);
  });

  it('attributes "X, when speaking of the dynamics of non-alignment said the following:" to X', () => {
    const text = 'On that occasion the Head of State of Niger, Lt. Col. Seyni Kountche, when speaking of the dynamics of non-alignment said the following: "Let us conceive formulas for mutual assistance in order to avoid accepting the generosity of the two blocs."';
    assert.deepStrictEqual(speakers(text), ['Seyni Kountche']);
  });

  it('takes the word a speaker weighs ("I say “pact” because") for their own, no quotation, and keeps "As I said last year, “…”"', () => {
    assert.deepStrictEqual(speakers('It was, theoretically, a true solidarity pact. I say "pact" because Africa had committed itself to reforms.'), []);
    assert.deepStrictEqual(speakers('We are not even so worried any more about living on the brink of disaster. And I say "the brink of disaster" because events cannot always be controlled.'), []);
    assert.deepStrictEqual(speakers('As I said last year, "We must never accept the division of our island, and we never will."'), ['I']);
  });

  it('does not take "its summary of the results of the conference" for the one who wrote', () => {
    const text = 'This was reported by the Algiers daily El Moudjahid, which in its summary of the results of the conference in Algiers wrote this about the tragedy: "A few days ago 2,000 million people, through their representatives, said no."';
    assert.ok(!speakers(text).some((s) => s?.startsWith('its ')), JSON.stringify(speakers(text)));
  });
});
