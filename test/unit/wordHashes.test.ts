/** A fresh analysis's word counts carry each word's hash: forEachWordCount gives what hashing the word gives. */
import * as assert from 'assert';
import { WordCounts, analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';
import { forEachWordCount, wordHashOf } from '../../server/src/analysis/cache/analysisViews';

describe('word counts with their hashes', () => {
  it('gives every word of a fresh analysis with wordHashOf of the word and its count, across documents', () => {
    const texts = [
      'The Président of the Republic’s delegation welcomed the “peace-keeping” operation in Côte d’Ivoire. The délégation said: peace, peace.',
      "Mr. Président, the Assembly's work on Disarmament isn't over; DISARMAMENT and disarmament are one word. Ñandú, 日本, 😀 and naïve co-operation.",
      'peace PEACE Peace — the same word thrice, and Côte d’Ivoire again.',
    ];
    for (const text of texts) {
      const d = analyzeDocument(text, { sensitivity: 'precise' }, noRecognizers);
      assert.ok(d.wordCounts instanceof WordCounts);
      const seen: [number, number, string][] = [];
      forEachWordCount(d, (h, n, _b, _a, _e, w) => seen.push([h, n, w!]));
      const expected = [...d.wordCounts].map(([w, n]) => [wordHashOf(w), n, w]);
      assert.deepStrictEqual(seen, expected);
      assert.ok(seen.length > 5);
    }
  });
});
