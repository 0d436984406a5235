/**
 * Lower-case uses of the words entity resolution asks about, all counted in one pass
 * (corpus/derived/lowerCaseUses.ts): whole words only, in lower case only, each up to its own
 * `enough`, from fresh analyses and from cached records alike.
 */
import * as assert from 'node:assert';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/analysis/cache/codec';
import { lowerCaseUses } from '../../server/src/analysis/corpus/derived/lowerCaseUses';
import { DocumentStore } from '../../server/src/analysis/corpus/documentStore';
import { analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';

const SPEECHES = [
  'Persistent drought, hunger and Malnutrition threaten the gains of the past decade in the Sahel.\n',
  'Chronic malnutrition affects one child in three in our region, and malnutrition in infancy is never made good; malnutrition-related deaths are rising.\n',
  'The persistent efforts of the Secretary-General deserve our thanks, as Herzl wrote. Our mountain peoples welcomed the International Year of the Mountain.\n',
  'We have seen undernutrition and malnutrition before, and persistent, persistent neglect.\n',
];

function storeOf(cached: boolean): DocumentStore {
  const store = new DocumentStore();
  SPEECHES.forEach((t, i) => {
    const d = analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers);
    store.set(`file:///ungdc/${i}.txt`, cached ? decodeAnalysis(encodeAnalysis(d), t, d.hash) : d);
  });
  return store;
}

describe('lower-case uses of the words resolution asks about', () => {
  for (const cached of [false, true]) {
    it(`counts whole lower-case words, each up to its own enough (${cached ? 'cached records' : 'fresh analyses'})`, () => {
      const asked = new Map([
        ['malnutrition', 10],
        ['persistent', 2],
        ['mountain', 5],
        ['herzl', 2],
        ['sahel', 2],
        ['famine', 2],
      ]);
      const uses = lowerCaseUses(storeOf(cached), asked);
      // "Malnutrition" and "malnutrition-related" are no lower-case uses of the word; "undernutrition" holds none.
      assert.deepStrictEqual(Object.fromEntries(uses), { malnutrition: 3, persistent: 2, mountain: 1, herzl: 0, sahel: 0, famine: 0 });
    });
  }
});
