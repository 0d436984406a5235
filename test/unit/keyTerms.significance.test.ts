/** Key terms: significance for the document as a whole, corrected for the number of terms it tests. */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { chiSquareCritical, chiSquarePValue, correctedMinG2 } from '../../server/src/analysis/corpus/significance';
import { GENERAL_DEBATE_SENTENCES as COMMON, noEntities } from './helpers/generalDebate';

/** A long speech: every common sentence three times (hundreds of tested terms), apartheid its theme, and "questions" asked six times. */
function longSpeech(): string {
  const paras: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < COMMON.length; i += 2) paras.push(`${COMMON[i]} ${COMMON[i + 1]}`);
    paras.push('The system of apartheid in South Africa is a crime against humanity. Apartheid cannot be reformed; apartheid must be abolished, and the victims of apartheid deserve our support.');
    paras.push('These questions deserve the attention of every delegation, and the answers to these questions cannot wait.');
  }
  return paras.join('\n\n');
}

function speech(d: number): string {
  const paras: string[] = [];
  for (let p = 0; p < 4; p++) paras.push(`${COMMON[(d + 3 * p) % COMMON.length]} ${COMMON[(d + 3 * p + 1) % COMMON.length]}`);
  if (d % 20 === 0) paras.push('Several questions remain open on the agenda of this session.');
  if (d % 13 === 0) paras.push('We have always condemned apartheid.');
  paras.push(`Speech number ${d} ends here with our best wishes.`);
  return paras.join('\n\n');
}

describe('key terms: significance corrected for the number of terms a document tests', () => {
  it('inverts the chi-square tail with one degree of freedom', () => {
    assert.ok(Math.abs(chiSquareCritical(0.001) - 10.83) < 0.01);
    assert.ok(Math.abs(chiSquareCritical(0.05) - 3.84) < 0.01);
    assert.ok(Math.abs(chiSquarePValue(10.83) - 0.001) < 1e-5);
    // Bonferroni: 1,000 tests at p < 0.001 for the document as a whole need p < 1e-6 each.
    assert.ok(Math.abs(correctedMinG2(10.83, 1000) - 23.93) < 0.05, String(correctedMinG2(10.83, 1000)));
    assert.strictEqual(correctedMinG2(10.83, 1), 10.83);
    assert.strictEqual(correctedMinG2(0, 1000), 0);
  });

  it('keeps a long speech\'s theme and drops a plain word it repeats, which is key only per term', () => {
    const corpus = new Corpus({ sensitivity: 'precise' }, noEntities);
    corpus.update('file:///u/long.txt', longSpeech());
    for (let d = 0; d < 60; d++) corpus.update(`file:///u/${d}.txt`, speech(d));
    const own = () => corpus.index.keyTermsOf('file:///u/long.txt').map((k) => k.label);
    assert.ok(own().includes('apartheid'), JSON.stringify(own()));
    assert.ok(!own().includes('questions'), JSON.stringify(corpus.index.keyTermsOf('file:///u/long.txt')));
    corpus.index.setKeyTermOptions({ minG2: 10.83, minLogRatio: 1, correctForTests: false });
    assert.ok(own().includes('questions') && own().includes('apartheid'), `per term, "questions" is key: ${JSON.stringify(own())}`);
  });
});
