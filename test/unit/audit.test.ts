import * as assert from 'node:assert';
import { drawSample, shareRight } from '../../scripts/audit/audit';

describe('audit: sampling and scoring diagnostics', () => {
  const diagnostics = Array.from({ length: 500 }, (_, i) => ({ path: `ungdc/speech-${i % 50}.txt`, code: i % 3 ? 'scare-quote' : 'rhetoric', start: i }));

  it('draws the same sample for the same seed, distinct items, and another for another seed', () => {
    const a = drawSample(diagnostics, 100, 2026);
    assert.strictEqual(a.length, 100);
    assert.strictEqual(new Set(a).size, 100);
    assert.deepStrictEqual(drawSample(diagnostics, 100, 2026), a);
    assert.notDeepStrictEqual(drawSample(diagnostics, 100, 2027), a);
    assert.strictEqual(drawSample(diagnostics.slice(0, 7), 100, 1).length, 7);
  });

  it('counts the share judged right per code, leaving unjudged rows out', () => {
    const by = shareRight([
      { code: 'rhetoric', right: 'y' }, { code: 'rhetoric', right: 'n' }, { code: 'rhetoric', right: 'Y ' },
      { code: 'misspelling', right: 'n' }, { code: 'misspelling', right: '' },
    ]);
    assert.deepStrictEqual(by.get('rhetoric'), { right: 2, judged: 3 });
    assert.deepStrictEqual(by.get('misspelling'), { right: 0, judged: 1 });
  });
});
