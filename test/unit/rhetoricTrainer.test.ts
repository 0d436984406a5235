import * as assert from 'node:assert';
import { FeatureBuffer, SequenceModel, hashString } from '../../server/src/analysis/learning';
import { trainSequenceTagger } from '../../scripts/learning/training';
import { trainRhetoricTagger, trainingMargins } from '../../scripts/rhetoric/tokenTrainer';

type Seq = string[];
const extract = (seq: Seq, i: number, _h: Int32Array, out: FeatureBuffer): void => {
  out.push(hashString('bias'));
  out.push(hashString('w=' + seq[i]));
  out.push(hashString('p=' + (i > 0 ? seq[i - 1] : '<s>')));
};
const fixed = (seq: Seq, i: number) => (seq[i] === ',' ? 0 : -1);
const loaded = new Set(['shameful', 'regime', 'puppets', 'heroic', 'treason', 'disastrous']);
const sentences = [
  'the shameful regime and its puppets , they said',
  'a heroic people will never forgive treason',
  'the minister met the delegation on Tuesday',
  'this disastrous deal , the senator said , is shameful',
  'the talks resumed in the capital on Monday',
  'puppets of a foreign regime betray the heroic nation',
];
const examples = sentences.map((s) => {
  const seq = s.split(' ');
  return { seq, length: seq.length, gold: Int32Array.from(seq, (w) => (loaded.has(w) ? 1 : 0)) };
});
const base = { bucketBits: 10, epochs: 6, seed: 7, fixed };

describe('rhetoric trainer (scripts/rhetoric/tokenTrainer.ts)', () => {
  it('with its defaults trains what the shared perceptron trains, byte for byte', () => {
    const plain = trainSequenceTagger(examples, extract, { tags: ['O', 'I'], ...base });
    const same = trainRhetoricTagger(examples, extract, base);
    assert.deepStrictEqual(Buffer.from(same.serialize()), Buffer.from(plain.serialize()));
  });

  it('keeps updating within the margin, so it separates the training tokens further', () => {
    const gap = (margin: number) => {
      const m = trainRhetoricTagger(examples, extract, { ...base, margin });
      const pos = marginsOf(m, (s, i) => (fixed(s, i) >= 0 || !loaded.has(s[i]) ? 0 : -1));
      const neg = marginsOf(m, (s, i) => (fixed(s, i) >= 0 || loaded.has(s[i]) ? 0 : -1));
      return pos[0] - neg[neg.length - 1];
    };
    assert.ok(gap(20) > gap(0), `${gap(20)} > ${gap(0)}`);
  });

  it('collapses technique groups to two tags; norm keeps the default model\'s share of tokens above the cuts', () => {
    const groups = examples.map((e) => ({ ...e, gold: Int32Array.from(e.seq, (w) => (!loaded.has(w) ? 0 : w === 'puppets' || w === 'regime' ? 2 : 1)) }));
    assert.deepStrictEqual(trainRhetoricTagger(groups, extract, { ...base, groups: 2 }).tags, ['O', 'I']);
    let shares: number[] = [];
    trainRhetoricTagger(examples, extract, { ...base, onVolume: (a, b) => (shares = [a, b]) });
    const share = (sorted: Float64Array, x: number) => sorted.filter((v) => v >= x).length / sorted.length;
    const skewed = { ...base, posWeight: 3, margin: 20 };
    const plain = marginsOf(trainRhetoricTagger(examples, extract, skewed), fixed);
    assert.ok(Math.abs(share(plain, -10) - shares[0]) + Math.abs(share(plain, -40) - shares[1]) > 3 / plain.length, 'the skewed model scores on another scale');
    for (const m of [trainRhetoricTagger(examples, extract, { ...skewed, norm: true }), trainRhetoricTagger(groups, extract, { ...base, groups: 2, norm: true })]) {
      const sorted = marginsOf(m, fixed);
      assert.ok(Math.abs(share(sorted, -10) - shares[0]) <= 1.5 / sorted.length, `${share(sorted, -10)} ~ ${shares[0]}`);
      assert.ok(Math.abs(share(sorted, -40) - shares[1]) <= 1.5 / sorted.length, `${share(sorted, -40)} ~ ${shares[1]}`);
    }
  });
});

/** The quantised model's margins on the training tokens `keep` does not fix, sorted. */
function marginsOf(m: SequenceModel, keep: (s: Seq, i: number) => number): Float64Array {
  const w = Array.from({ length: 1 << 10 }, (_, b) => [m.weight(b, 0) * m.scale, m.weight(b, 1) * m.scale]).flat();
  const t = Array.from(m.trans, (x) => x * m.scale);
  return trainingMargins(examples, extract, keep, w, t, 10);
}
