import * as assert from 'node:assert';
import { FeatureBuffer, ModelFormatError, packModels } from '../../server/src/analysis/learning';
import { trainSequenceTagger } from '../../scripts/learning/training';
import { WordClusters, formatWordClusters } from '../../server/src/analysis/entities/wordClusters';
import { GAZ_LOC, LC_ALWAYS_LOWER, NerLexicon, formatLexicon } from '../../server/src/analysis/entities/lexicon';
import { FEATURE_VERSION, nerFeatures, nerFixed, typeFeatures } from '../../server/src/analysis/entities/features';
import { NerDoc } from '../../server/src/analysis/entities/nerDoc';
import { NER_TAGS } from '../../server/src/analysis/entities/tagSet';
import { NerEngine } from '../../server/src/analysis/entities/tagger';
import { fnvBytes } from '../../server/src/analysis/common/fnv';

describe('entities: word clusters', () => {
  const table = [
    { path: '0010', words: ['Germany', 'France', 'europe'] },
    { path: '0011011101110', words: ['said', 'told'] },
  ];

  it('reads back what it writes, with bit-string prefixes as features', () => {
    const clusters = WordClusters.parse(new TextEncoder().encode(formatWordClusters(table)));
    assert.strictEqual(clusters.size, 2);
    assert.strictEqual(clusters.lookup('France'), 0);
    assert.strictEqual(clusters.lookup('told'), 1);
    // Prefixes of 4, 6, 10, 20 bits as numbers with a leading 1; a short path is its own prefix.
    assert.deepStrictEqual([...clusters.prefixCodes.subarray(0, 4)], [0b10010, 0b10010, 0b10010, 0b10010]);
    assert.deepStrictEqual([...clusters.prefixCodes.subarray(4, 8)], [0b10011, 0b1001101, 0b10011011101, 0b10011011101110]);
  });

  it('finds a headline word by its title-case or lower-case form, and nothing for an unknown word', () => {
    const clusters = WordClusters.parse(formatWordClusters(table));
    assert.strictEqual(clusters.lookup('GERMANY'), 0);
    assert.strictEqual(clusters.lookup('Europe'), 0);
    assert.strictEqual(clusters.lookup('SAID'), 1);
    assert.strictEqual(clusters.lookup('germany'), -1);
    assert.strictEqual(clusters.lookup('Ruritania'), -1);
  });

  it('gives a clear error for a corrupt or truncated table', () => {
    const text = formatWordClusters(table);
    assert.throws(() => WordClusters.parse('not clusters'), (e: Error) => e instanceof ModelFormatError && /bad header/.test(e.message));
    assert.throws(() => WordClusters.parse(text.slice(0, text.indexOf('\nE'))), /truncated/);
    assert.throws(() => WordClusters.parse(text.replace('0010', '00x0')), /corrupt line 2/);
  });
});

describe('entities: a tagger trained with word clusters', () => {
  // A tiny tagger: one sentence, a few epochs; its clusters are part of the model.
  const lexText = formatLexicon(new Map([['paris', GAZ_LOC]]), new Map([['visited', LC_ALWAYS_LOWER]]));
  const clustersText = formatWordClusters([{ path: '01', words: ['Paris', 'Rome'] }, { path: '10', words: ['Anna', 'visited'] }]);
  const lex = NerLexicon.parse(lexText);
  lex.clusters = WordClusters.parse(clustersText);
  const words = ['Anna', 'visited', 'Paris', '.'];
  const doc = new NerDoc(words, [0], lex);
  const gold = Int32Array.from(['B-PER', 'O', 'B-LOC', 'O'].map((t) => NER_TAGS.indexOf(t)));
  const model = trainSequenceTagger([{ seq: doc, length: words.length, gold }], nerFeatures, { tags: NER_TAGS, bucketBits: 12, epochs: 3, seed: 1, fixed: nerFixed });
  const clustersBytes = new TextEncoder().encode(clustersText);
  const meta = { features: FEATURE_VERSION, clusters: fnvBytes(clustersBytes, 0, clustersBytes.length) };
  const bytes = packModels([model.serialize(meta), model.serialize(meta)]);
  const lexBytes = new TextEncoder().encode(lexText);

  it('loads with its own clusters, and refuses none or other ones', () => {
    const engine = NerEngine.fromBytes(bytes, lexBytes, undefined, () => clustersBytes);
    assert.strictEqual(engine.lexicon.clusters?.size, 2);
    assert.throws(() => NerEngine.fromBytes(bytes, lexBytes), (e: Error) => e instanceof ModelFormatError && /ner\.clusters/.test(e.message));
    const other = new TextEncoder().encode(clustersText.replace('Rome', 'Oslo'));
    assert.throws(() => NerEngine.fromBytes(bytes, lexBytes, undefined, () => other), (e: Error) => e instanceof ModelFormatError && /not the word clusters/.test(e.message));
  });

  it('gives a word of an unknown name the features of its cluster', () => {
    const seen = new FeatureBuffer();
    const unseen = new FeatureBuffer();
    typeFeatures(new NerDoc(['Paris'], [0], lex), 0, seen);
    typeFeatures(new NerDoc(['Rome'], [0], lex), 0, unseen);
    const shared = [...seen.ids.subarray(0, seen.length)].filter((id) => unseen.ids.subarray(0, unseen.length).includes(id));
    // Without clusters the two words share their shape features only; with them, four cluster prefixes more.
    const noClusters = new NerLexicon();
    const a = new FeatureBuffer();
    const b = new FeatureBuffer();
    typeFeatures(new NerDoc(['Paris'], [0], noClusters), 0, a);
    typeFeatures(new NerDoc(['Rome'], [0], noClusters), 0, b);
    const sharedWithout = [...a.ids.subarray(0, a.length)].filter((id) => b.ids.subarray(0, b.length).includes(id));
    assert.strictEqual(shared.length - sharedWithout.length, 4);
  });
});
