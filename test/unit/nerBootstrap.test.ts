import * as assert from 'node:assert';
import { pairedBootstrap } from '../../scripts/ner/bootstrap';
import type { Scores } from '../../scripts/ner/score';

describe('entity tagger evaluation: paired document-level bootstrap', () => {
  const doc = (tp: number, fp: number, fn: number): Scores => ({ ORG: { tp, fp, fn }, PER: { tp: 5, fp: 0, fn: 0 } });

  it('gives no difference between a tagger and itself', () => {
    const a = [doc(3, 1, 0), doc(2, 0, 2), doc(4, 1, 1)];
    const r = pairedBootstrap(a, a, ['ORG'], 200, 1);
    assert.deepStrictEqual([r.b - r.a, r.lo, r.hi], [0, 0, 0]);
  });

  it('puts the interval above zero when one tagger is better in every document, and scores only the types asked for', () => {
    const a = [doc(2, 2, 2), doc(1, 1, 3), doc(3, 2, 1), doc(2, 1, 2)];
    const b = [doc(4, 0, 0), doc(3, 0, 1), doc(4, 1, 0), doc(3, 0, 1)];
    const r = pairedBootstrap(a, b, ['ORG'], 500, 7);
    assert.ok(r.lo > 0 && r.hi >= r.lo && r.b > r.a, JSON.stringify(r));
    assert.strictEqual(pairedBootstrap(a, b, ['PER'], 50, 7).b, 1);
    assert.throws(() => pairedBootstrap(a, b.slice(1), ['ORG'], 10, 1), /not the same documents/);
  });
});
