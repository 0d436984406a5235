import * as assert from 'node:assert';
import {
  FeatureBuffer, ModelFormatError, RankIndex, SequenceModel, bioSpans, bioTags, hashCombine, hashString, packModels, unpackModels,
} from '../../server/src/analysis/learning';
import { trainSequenceTagger } from '../../scripts/learning/training';
import { HashTable } from '../../server/src/analysis/common/hashTable';

type Seq = string[];
const extract = (seq: Seq, i: number, history: Int32Array, out: FeatureBuffer): void => {
  const w = seq[i];
  out.push(hashString('bias'));
  out.push(hashString('w=' + w.toLowerCase()));
  out.push(hashString('cap=' + (w[0] !== w[0].toLowerCase())));
  out.push(hashString('p=' + (i > 0 ? seq[i - 1].toLowerCase() : '<s>')));
  out.push(hashCombine(7, i > 0 ? history[i - 1] : -1));
};

const tags = bioTags(['NAME']);
const sentences = [
  'Yesterday John Smith met Mary in Paris',
  'the man saw Anna Karenina at the station',
  'we like Peter and we like Paul Jones',
  'nobody knows Bob Dylan here',
  'so Alice said hello to Carl Sagan today',
];
const examples = sentences.map((s) => {
  const seq = s.split(' ');
  const gold = new Int32Array(seq.length);
  seq.forEach((w, i) => {
    const cap = w[0] !== w[0].toLowerCase() && i > 0 && w !== 'Yesterday';
    if (cap) gold[i] = i > 0 && gold[i - 1] !== 0 ? 2 : 1;
  });
  return { seq, length: seq.length, gold };
});

describe('learning: averaged perceptron sequence tagger', () => {
  const model = trainSequenceTagger(examples, extract, { tags, bucketBits: 12, epochs: 8, seed: 42 });

  it('learns a toy tagging task', () => {
    const seq = 'they saw Linda Brown in Rome'.split(' ');
    const out = new Int32Array(seq.length);
    const conf = new Float32Array(seq.length);
    model.tag(seq, seq.length, extract, out, conf);
    const spans = bioSpans(model.tags, out);
    assert.deepStrictEqual(spans.map((s) => seq.slice(s.start, s.end).join(' ')), ['Linda Brown', 'Rome']);
    for (const c of conf) assert.ok(c > 0 && c <= 1);
  });

  it('is deterministic for a fixed seed', () => {
    const again = trainSequenceTagger(examples, extract, { tags, bucketBits: 12, epochs: 8, seed: 42 });
    assert.deepStrictEqual(Buffer.from(again.serialize()), Buffer.from(model.serialize()));
  });

  it('round-trips through serialisation with identical predictions', () => {
    const bytes = model.serialize({ features: 'toy-1' });
    const loaded = SequenceModel.deserialize(bytes);
    assert.deepStrictEqual(loaded.meta, { features: 'toy-1' });
    assert.deepStrictEqual(loaded.tags, model.tags);
    for (const s of [...sentences, 'Zed met Yolanda Ziff in Oslo']) {
      const seq = s.split(' ');
      const a = new Int32Array(seq.length);
      const b = new Int32Array(seq.length);
      const ca = new Float32Array(seq.length);
      const cb = new Float32Array(seq.length);
      model.tag(seq, seq.length, extract, a, ca);
      loaded.tag(seq, seq.length, extract, b, cb);
      assert.deepStrictEqual(b, a);
      assert.deepStrictEqual(cb, ca);
    }
  });

  it('reads back every weight and bucket of a file, as the model held them', () => {
    const loaded = SequenceModel.deserialize(model.serialize());
    for (let b = 0; b < 1 << model.bucketBits; b++) {
      assert.strictEqual(loaded.rowIndex(b), model.rowIndex(b), `row of bucket ${b}`);
      for (let k = 0; k < model.numTags; k++) assert.strictEqual(loaded.weight(b, k), model.weight(b, k));
    }
    assert.deepStrictEqual(loaded.trans, model.trans);
  });

  it('builds the same rank index from a bucket test or from the occupied buckets', () => {
    const occupied = new Int32Array([0, 5, 31, 32, 33, 64, 100, 999]);
    const set = new Set(occupied);
    const a = new RankIndex(1000, (b) => set.has(b));
    const b = new RankIndex(1000, occupied);
    assert.deepStrictEqual(b.index, a.index);
    assert.strictEqual(b.rows, occupied.length);
    for (let k = 0; k < 1000; k++) assert.strictEqual(b.row(k), set.has(k) ? occupied.indexOf(k) : -1);
  });

  it('rejects corrupt or foreign files with a clear error', () => {
    const bytes = model.serialize();
    const flipped = bytes.slice();
    flipped[flipped.length - 5] ^= 0xff;
    assert.throws(() => SequenceModel.deserialize(flipped, 'ner.bin'), (e: Error) => e instanceof ModelFormatError && /ner\.bin.*checksum/.test(e.message));
    assert.throws(() => SequenceModel.deserialize(bytes.slice(0, bytes.length - 10)), /truncated or corrupt/);
    assert.throws(() => SequenceModel.deserialize(new TextEncoder().encode('hello world, this is not a model file at all')), /bad magic/);
  });

  it('packs several models into one file', () => {
    const other = trainSequenceTagger(examples.slice(0, 3), extract, { tags, bucketBits: 10, epochs: 2, seed: 7 });
    const bytes = packModels([model.serialize({ part: 1 }), other.serialize({ part: 2 })]);
    const [a, b] = unpackModels(bytes, 'bundle.bin');
    assert.deepStrictEqual([a.meta, b.meta], [{ part: 1 }, { part: 2 }]);
    assert.strictEqual(b.bucketBits, 10);
    const bad = bytes.slice();
    bad[bad.length - 3] ^= 1;
    assert.throws(() => unpackModels(bad, 'bundle.bin'), /bundle\.bin \(part 2\): checksum mismatch/);
    assert.throws(() => unpackModels(bytes.slice(0, 20), 'bundle.bin'), /bundle\.bin.*(truncated|corrupt)/);
  });

  it('decodes BIO spans, tolerating I- after O', () => {
    const t = bioTags(['A', 'B']); // O B-A I-A B-B I-B
    assert.deepStrictEqual(bioSpans(t, [0, 1, 2, 0, 2, 4, 3, 0]), [
      { start: 1, end: 3, type: 'A' },
      { start: 4, end: 5, type: 'A' },
      { start: 5, end: 6, type: 'B' },
      { start: 6, end: 7, type: 'B' },
    ]);
  });
});

describe('learning: FeatureBuffer hashing', () => {
  it('pushes exactly the hashCombine values its inlined arithmetic stands for', () => {
    const values = [0, 1, -1, 7, 97, 0x5bd1e995, 0x7fffffff, -0x80000000, 0x3fffffff, 0x40000000, 123456789, -987654321];
    const buf = new FeatureBuffer(4);
    const expected: number[] = [];
    for (const a of values) {
      for (const b of values) {
        buf.pushCombined(a, b);
        expected.push(hashCombine(a, b) | 0);
        for (const c of [0, 3, 0x9e3779b9 | 0]) {
          buf.pushCombined3(a, b, c);
          expected.push(hashCombine(hashCombine(a, b), c) | 0);
          buf.pushNested(a, b, c);
          expected.push(hashCombine(a, hashCombine(b, c)) | 0);
        }
      }
    }
    assert.deepStrictEqual([...buf.ids.subarray(0, buf.length)], expected);
  });
});

describe('HashTable', () => {
  it('maps 32-bit keys, clears, and shrinks back after a large input', () => {
    const t = new HashTable(4);
    for (let k = 0; k < 5000; k++) t.set(Math.imul(k, 0x9e3779b1), k);
    assert.strictEqual(t.size, 5000);
    assert.strictEqual(t.get(Math.imul(4321, 0x9e3779b1)), 4321);
    assert.strictEqual(t.get(12345), undefined);
    t.reset(10);
    assert.strictEqual(t.size, 0);
    assert.strictEqual(t.get(Math.imul(4321, 0x9e3779b1)), undefined);
    t.set(-1, 7).add(0x7fffffff);
    assert.strictEqual(t.get(-1), 7);
    assert.ok(t.has(0x7fffffff));
  });

  it('counts keys in slots that stay put once room is reserved', () => {
    const t = new HashTable(4).reserve(1000);
    const slots: number[] = [];
    for (let k = 0; k < 1000; k++) slots.push(t.increment(Math.imul(k % 300, 0x9e3779b1)));
    assert.strictEqual(t.size, 300);
    for (let k = 0; k < 1000; k++) assert.strictEqual(t.valueAt(slots[k]), k % 300 < 100 ? 4 : 3);
    assert.strictEqual(t.get(Math.imul(299, 0x9e3779b1)), 3);
    const small = new HashTable(4);
    for (let k = 0; k < 100; k++) small.increment(k);
    assert.strictEqual(small.size, 100);
    assert.strictEqual(small.get(99), 1);
  });
});
