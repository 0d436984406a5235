import * as assert from 'assert';
import { corpusStats } from '../../server/src/lsp/corpusStats';

/** A service that counts how often the corpus-wide lists were asked for. */
function countingService(entities: number, terms: number) {
  const calls = { entities: 0, terms: 0 };
  return {
    calls,
    provideEntities: () => (calls.entities++, new Array(entities).fill({}) as never[]),
    provideTerms: () => (calls.terms++, new Array(terms).fill({}) as never[]),
  };
}

const texts = [
  { words: 120, characters: 700 },
  { words: 80, characters: 450 },
];

describe('status bar figures (discourseLens/stats)', () => {
  it('while indexing, counts articles and words but never groups the entities or ranks the terms of the partial corpus', () => {
    const service = countingService(5, 7);
    for (let poll = 0; poll < 3; poll++) {
      const stats = corpusStats({ indexing: true, skipped: 1, documents: 2, texts: () => texts }, service);
      assert.deepStrictEqual(stats, { documents: 2, words: 200, characters: 1150, indexing: true, skipped: 1, entities: null, terms: null });
    }
    assert.deepStrictEqual(service.calls, { entities: 0, terms: 0 });
  });

  it('once indexed, counts the entities and terms', () => {
    const service = countingService(5, 7);
    const stats = corpusStats({ indexing: false, skipped: 0, documents: 2, texts: () => texts }, service);
    assert.strictEqual(stats.entities, 5);
    assert.strictEqual(stats.terms, 7);
    assert.deepStrictEqual(service.calls, { entities: 1, terms: 1 });
  });
});
