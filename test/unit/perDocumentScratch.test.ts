/**
 * The analysis reuses per-document tables and scratch columns from one document to the next
 * (GenerationTable, ngramTable's slots, walkCandidates' columns, countWords' list of words):
 * a document's results must not depend on what was analysed before it.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { GenerationTable } from '../../server/src/analysis/common/hashTable';
import { ngramTable } from '../../server/src/analysis/corpus/keyterms';
import { analyzeDocument } from '../../server/src/analysis/document';
import { segment } from '../../server/src/analysis/text/structure';
import { patternRecognizers } from './helpers/taggedMentions';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));

describe('per-document scratch', () => {
  it('GenerationTable answers as a Map, emptied by each start, whatever size came before', () => {
    const table = new GenerationTable();
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // Large and small inputs in turn, each with more keys than expected (the table grows) or fewer.
    for (const [expected, keys] of [[4, 3], [1000, 2500], [16, 40], [2, 1], [300, 200], [8, 0], [64, 64]]) {
      table.start(expected);
      const map = new Map<number, number>();
      for (let k = 0; k < keys; k++) {
        // Keys from a small range repeat; negative and zero keys included.
        const key = (random() % 500) - 250 + (k % 3 === 0 ? 0 : (random() | 0));
        const value = random() | 0;
        if (table.get(key) !== map.get(key)) assert.fail(`key ${key} before set: ${table.get(key)} vs ${map.get(key)}`);
        table.set(key, value);
        map.set(key, value);
      }
      assert.strictEqual(table.size, map.size);
      for (const [key, value] of map) assert.strictEqual(table.get(key), value);
      for (let probe = 0; probe < 200; probe++) {
        const key = (random() | 0) ^ 0x5bd1e995;
        assert.strictEqual(table.get(key), map.get(key));
      }
    }
  });

  it('a document’s candidate table is the same after a longer document, with or without entity mentions', () => {
    const long = segment(samples.join('\n\n'));
    const text = 'The Kiev junta must go. Self-determination for the working class of Kiev junta lands.\n\nThe working class asks again.\n';
    const seg = segment(text);
    const at = text.indexOf('Kiev junta lands');
    const entities = [{ start: at, end: at + 4, text: 'Kiev', type: 'place' as const, confidence: 1 }];
    const first = ngramTable(seg, entities);
    const bare = ngramTable(seg, []);
    ngramTable(long, []);
    assert.deepStrictEqual(ngramTable(seg, entities), first);
    ngramTable(long, []);
    assert.deepStrictEqual(ngramTable(seg, []), bare);
    assert.notDeepStrictEqual(first.hashes, bare.hashes, 'the mention takes its words out of the candidates');
  });

  it('word counts and candidate tables do not depend on the order documents are analysed in', () => {
    const names = patternRecognizers([[/\b(?:Ukraine|Kiev|Russia)\b/g, 'place'], [/\b(?:Lavrov|Kerry|Putin)\b/g, 'person']]);
    const texts = [samples.join('\n\n'), ...samples, 'Short text.\n'];
    const results = (order: string[]) => new Map(order.map((t) => {
      const a = analyzeDocument(t, { sensitivity: 'precise' }, names);
      return [t, { words: [...a.wordCounts], wordCount: a.wordCount, ngrams: a.ngrams }];
    }));
    const forward = results(texts);
    const backward = results([...texts].reverse());
    for (const t of texts) assert.deepStrictEqual(backward.get(t), forward.get(t));
  });
});
