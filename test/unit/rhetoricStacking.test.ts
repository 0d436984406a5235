import * as assert from 'node:assert';
import { FeatureBuffer } from '../../server/src/analysis/learning';
import { RateTable, RhetoricModel } from '../../server/src/analysis/rhetoric/model';
import { loadRhetoricModel } from '../../server/src/analysis/rhetoric/index';
import { assertScoresMatchFeatures, denseTagger } from './helpers/taggerScores';
import { buildContext, extractFeatures } from '../../server/src/analysis/rhetoric/features';
import { sentenceFeatures, SentenceScorer } from '../../server/src/analysis/rhetoric/sentenceScore';
import { segment } from '../../server/src/analysis/text/structure';

const RATES = 'crime\t40\t0\nregime\t90\t1\n';
const TEXT = 'Barbaric crimes against the people. The regime lies! A quiet meeting was held on Monday.';

/** A scorer that weighs every feature of the word "regime"'s sentences up and the rest down. */
function scorerFor(text: string): string {
  const d = buildContext(segment(text), RateTable.parse(RATES, ''));
  const bits = 12;
  const w = new Float32Array(1 << bits).fill(-0.5);
  const buf = new FeatureBuffer(64);
  for (const s of d.seg.sentences) {
    if (!d.keys.slice(s.firstToken, s.endToken).includes('regime')) continue;
    buf.clear();
    sentenceFeatures(d, s.firstToken, s.endToken, buf);
    for (let k = 0; k < buf.length; k++) w[buf.ids[k] & ((1 << bits) - 1)] = 3;
  }
  return SentenceScorer.format(bits, w);
}

function featureSet(rates: RateTable, word: string): Set<number> {
  const d = buildContext(segment(TEXT), rates);
  const buf = new FeatureBuffer(64);
  extractFeatures(d, d.keys.indexOf(word), new Int32Array(0), buf);
  return new Set(buf.ids.subarray(0, buf.length));
}

describe('rhetoric tagger: a sentence classifier as a feature', () => {
  it('reads back the sentence classifier it writes, and scores the sentence it was given above the others', () => {
    const text = scorerFor(TEXT);
    const scorer = SentenceScorer.parse(text);
    assert.strictEqual(SentenceScorer.format(scorer.bits, scorer.weights), text);
    const d = buildContext(segment(TEXT), RateTable.parse(RATES, '', undefined, text));
    const [a, b, c] = d.seg.sentences.map((s) => d.sent[s.firstToken]);
    assert.ok(b > a && b > c, `bins ${a} ${b} ${c}`);
  });

  it('adds features only for a rate source that has them: none for the shipped model', () => {
    const plain = RateTable.parse(RATES, '');
    assert.strictEqual(loadRhetoricModel().rates.sentences, undefined);
    assert.strictEqual(buildContext(segment(TEXT), plain).sent.length, 0);
    // Three features of the sentence's bin.
    assert.strictEqual(featureSet(RateTable.parse(RATES, '', undefined, scorerFor(TEXT)), 'regime').size - featureSet(plain, 'regime').size, 3);
  });

  it('scores by type sums and context tables what the features score one by one', () => {
    const shipped = loadRhetoricModel();
    const tagger = denseTagger(shipped.tagger.trans.length);
    const plain = new RhetoricModel(tagger, shipped.meta);
    const stacked = new RhetoricModel(tagger, { ...shipped.meta, sentences: scorerFor(TEXT) });
    // Plain, stacked, plain.
    assert.ok(assertScoresMatchFeatures([plain, stacked, plain], TEXT) >= 3);
  });
});
