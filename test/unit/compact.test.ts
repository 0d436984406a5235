/** The index's compact structures: span columns, word lists, document counts, cached lists, record texts. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/analysis/cache/codec';
import { entityMentionsOnce, entitySpans, sentenceSpans, textLength, textSlice, wordCountIn } from '../../server/src/analysis/cache/analysisViews';
import { WordDirectory, bucketOf, encodeWordList, forEachWord, queryWord } from '../../server/src/analysis/cache/wordList';
import { lowerBound, sortedIndexOf } from '../../server/src/analysis/common/binarySearch';
import { BoundedCache } from '../../server/src/analysis/corpus/boundedCache';
import { DocCounts } from '../../server/src/analysis/corpus/docCounts';
import { DocumentCountList } from '../../server/src/analysis/corpus/documentCountList';
import { MentionList } from '../../server/src/analysis/corpus/mentionList';
import { rangesOf, spanColumnsOf, spanEnd, spanIndexAt, spanStart } from '../../server/src/analysis/corpus/spans';
import { Recognizers, analyzeDocument } from '../../server/src/analysis/document';
import type { EntityMention } from '../../server/src/analysis/types';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

const names: Recognizers = {
  entities(seg) {
    const out: EntityMention[] = [];
    for (const m of seg.text.matchAll(/\b(?:Putin|Kyiv|Zelensky)\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', confidence: 0.5 });
    return out;
  },
  markers: () => [],
};

describe('span columns', () => {
  it('read offsets in place and find the span under an offset', () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 8, end: 12 },
      { start: 20, end: 21 },
    ];
    const c = spanColumnsOf(spans);
    assert.deepStrictEqual(rangesOf(c), spans);
    assert.deepStrictEqual([spanStart(c, 1), spanEnd(c, 1)], [8, 12]);
    assert.deepStrictEqual([0, 2, 5, 6, 9, 12, 13, 21, 22].map((o) => spanIndexAt(c, o)), [-1, 0, 0, -1, 1, 1, -1, 2, -1]);
    // A strided view (as a record keeps entity mentions: five numbers each).
    const strided = { data: Int32Array.from([9, 1, 3, 7, 7, 0, 4, 6, 7, 7]), offset: 1, stride: 5, length: 2 };
    assert.deepStrictEqual(rangesOf(strided), [
      { start: 1, end: 3 },
      { start: 4, end: 6 },
    ]);
  });
});

describe('word lists', () => {
  const words = ['the', 'putin', 'kyiv’s', 'naïve', '', 'x'];
  const many = Array.from({ length: 3000 }, (_, i) => `w${i}`);

  it('are grouped by hash bucket, with counts alongside, and found through a directory', () => {
    for (const list of [words, many, ['solo'], []]) {
      const counts = list.map((_, i) => i + 1);
      const { bytes, counts: sorted } = encodeWordList(new Map(list.map((w, i) => [w, counts[i]])));
      const hashes: number[] = [];
      const seen = new Map<string, number>();
      forEachWord(bytes, list.length, (h, k, a, e) => {
        hashes.push(h);
        seen.set(new TextDecoder().decode(bytes.subarray(a, e)), sorted[k]);
      });
      const buckets = hashes.map((h) => bucketOf(h, list.length));
      assert.deepStrictEqual(buckets, [...buckets].sort((a, b) => a - b));
      assert.deepStrictEqual(seen, new Map(list.map((w, i) => [w, counts[i]])));
      const dir = WordDirectory.build(bytes, list.length);
      for (const [i, w] of list.entries()) assert.strictEqual(sorted[dir.find(bytes, queryWord(w))], counts[i], w);
      for (const absent of ['tha', 'th', 'thee', 'w3000', 'w30000', 'naive']) assert.strictEqual(dir.find(bytes, queryWord(absent)), -1, absent);
    }
  });

  it('are encoded byte for byte as the joined-string encoder did (documents, surrogates, emoji)', () => {
    const lists: Map<string, number>[] = [new Map(), new Map([['', 1]]), new Map(many.map((w, i) => [w, i])), new Map(['\ud800', 'a\udc00b', '\ud83d\ude42', 'x\ud83d', 'ünï', '€', 'kyiv’s'].map((w, i) => [w, i + 1]))];
    for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) lists.push(analyzeDocument(fs.readFileSync(path.join(SAMPLES, f), 'utf8'), { sensitivity: 'precise' }, names).wordCounts as Map<string, number>);
    lists.push(new Map([...lists[lists.length - 1]].map(([w, n]) => [w.repeat(20000), n]))); // longer than the reused buffer
    for (const m of lists) {
      const expected = joinedStringEncoding([...m.keys()], [...m.values()]);
      const got = encodeWordList(m);
      assert.deepStrictEqual(Buffer.from(got.bytes), Buffer.from(expected.bytes));
      assert.deepStrictEqual(got.counts, expected.counts);
    }
  });
});

/** The previous encoder, verbatim but for `bucketOf` (the words joined, then encoded by TextEncoder): the reference for the bytes. */
function joinedStringEncoding(words: readonly string[], counts: ArrayLike<number>): { bytes: Uint8Array; counts: Int32Array } {
  const joined = new TextEncoder().encode(words.join('\n'));
  const n = words.length;
  const starts = new Int32Array(n + 1);
  const bucket = new Int32Array(n);
  const next = new Int32Array(n + 2);
  let h = 0x811c9dc5;
  for (let i = 0, k = 0; k < n; i++) {
    if (i < joined.length && joined[i] !== 10) {
      h = Math.imul(h ^ joined[i], 0x01000193);
      continue;
    }
    next[(bucket[k] = bucketOf(h >>> 0, n)) + 1]++;
    starts[++k] = i + 1;
    h = 0x811c9dc5;
  }
  for (let b = 1; b < next.length; b++) next[b] += next[b - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[next[bucket[k]]++] = k;
  const bytes = new Uint8Array(joined.length);
  const orderedCounts = new Int32Array(n);
  for (let j = 0, p = 0; j < n; j++) {
    const k = order[j];
    if (j > 0) bytes[p++] = 10;
    for (let i = starts[k], end = starts[k + 1] - 1; i < end; i++) bytes[p++] = joined[i];
    orderedCounts[j] = counts[k];
  }
  return { bytes, counts: orderedCounts };
}

describe('binary search', () => {
  it('finds the end of a prefix, and values in a sorted array', () => {
    const a = [1, 3, 3, 5, 9];
    for (let v = 0; v <= 10; v++) {
      assert.strictEqual(lowerBound(a.length, (i) => a[i] < v), a.filter((x) => x < v).length, `lowerBound ${v}`);
      assert.strictEqual(sortedIndexOf(Int32Array.from(a), v), a.indexOf(v), `sortedIndexOf ${v}`);
    }
    assert.strictEqual(lowerBound(0, () => true), 0);
    assert.strictEqual(sortedIndexOf(new Int32Array([-7, -2, 4]), -2), 1);
  });
});

describe('document counts', () => {
  it('keep documents sorted by URI, found by binary search', () => {
    const d = new DocCounts();
    for (const [u, n] of [['c', 3], ['a', 1], ['d', 4], ['b', 2]] as const) d.set(u, n);
    assert.deepStrictEqual([...d], [['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    d.set('b', 7);
    assert.strictEqual(d.get('b'), 7);
    assert.strictEqual(d.get('e'), undefined);
    assert.ok(d.delete('a'));
    assert.ok(!d.delete('a'));
    assert.deepStrictEqual([...d.keys()], ['b', 'c', 'd']);
    assert.strictEqual(d.size, 3);
  });
});

describe('cached lists', () => {
  it('mention lists give back the same mentions, as new objects each time, by index, document or walk', () => {
    const mentions = [
      { uri: 'a', start: 1, end: 4, text: 'Foo' },
      { uri: 'a', start: 9, end: 12, text: 'Bar' },
      { uri: 'b', start: 0, end: 3, text: 'Foo' },
    ];
    const list = MentionList.of(mentions);
    assert.strictEqual(list.length, 3);
    assert.deepStrictEqual(list.toArray(), mentions);
    assert.notStrictEqual(list.toArray()[0], list.toArray()[0]);
    assert.deepStrictEqual([...list], mentions);
    assert.deepStrictEqual([list.at(0), list.at(-1), list.at(3), list.at(-4)], [mentions[0], mentions[2], undefined, undefined]);
    assert.deepStrictEqual(list.inDocument('a'), mentions.slice(0, 2));
    assert.deepStrictEqual([list.inDocument('c'), list.firstIn('c')], [[], undefined]);
    assert.deepStrictEqual(list.firstIn('b'), mentions[2]);
    const seen: unknown[] = [];
    list.visit((uri, start, end, text) => seen.push({ uri, start, end, text }) < 2);
    assert.deepStrictEqual(seen, mentions.slice(0, 2));
  });

  it('document count lists sort by count, then corpus order, and answer without objects', () => {
    const sorted = ['a', 'b', 'c', 'd', 'e'];
    // Documents given by rank, in any order, with their counts.
    const list = DocumentCountList.byCount(sorted, [4, 1, 3, 0], [2, 5, 2, 1]);
    const expected = [
      { uri: 'b', count: 5 },
      { uri: 'd', count: 2 },
      { uri: 'e', count: 2 },
      { uri: 'a', count: 1 },
    ];
    assert.deepStrictEqual([list.length, list.total], [4, 10]);
    assert.deepStrictEqual(list.toArray(), expected);
    assert.deepStrictEqual([...list], expected);
    assert.deepStrictEqual(list.slice(0, 2), expected.slice(0, 2));
    assert.deepStrictEqual(list.slice(3, 10), expected.slice(3));
    assert.deepStrictEqual(list.top(2, 'b'), expected.slice(1, 3));
    assert.deepStrictEqual(list.top(9, 'zzz'), expected);
    assert.deepStrictEqual(['b', 'e', 'c', 'zzz'].map((u) => list.countIn(u)), [5, 2, 0, 0]);
    assert.strictEqual(list.at(4), undefined);
  });

  it('the bounded cache evicts the least recently used, by entries and by items', () => {
    const c = new BoundedCache<number[]>(2, 5);
    c.set('a', [1]);
    c.set('b', [1, 2]);
    c.get('a');
    c.set('c', [1]);
    assert.deepStrictEqual([c.get('a'), c.get('b'), c.get('c')], [[1], undefined, [1]]);
    // Now c, then a, most recent last: d goes over the entry bound (a leaves: least recent).
    c.set('d', [1, 2, 3, 4]);
    assert.deepStrictEqual([c.get('a'), c.get('c'), c.get('d')], [undefined, [1], [1, 2, 3, 4]]);
    // Over the item bound: the least recent go until it holds 5 items or less.
    c.set('e', [1, 2]);
    assert.deepStrictEqual([c.get('c'), c.get('d'), c.get('e')], [undefined, undefined, [1, 2]]);
  });
});

describe('decoded records', () => {
  it('keep their text as UTF-8 and decode it again when asked, identical', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `Headline ${i} — “Putin” in Kyiv\n\nZelensky’s reply ${i}: naïve 🙂 text.\n`);
    texts.push('A lone surrogate \ud800 cannot go through UTF-8: this text stays a string.');
    const decoded = texts.map((t) => {
      const a = analyzeDocument(t, { sensitivity: 'precise' }, names);
      return { a, b: decodeAnalysis(encodeAnalysis(a), t, a.hash) };
    });
    // More records than decoded texts are kept: the first ones are decoded again.
    for (const { a, b } of decoded) {
      assert.strictEqual(b.text, a.text);
      assert.strictEqual(textLength(b), a.text.length);
      assert.strictEqual(textSlice(b, 0, 10), a.text.slice(0, 10));
      assert.deepStrictEqual(rangesOf(entitySpans(b)), a.entities.map((e) => ({ start: e.start, end: e.end })));
      assert.deepStrictEqual(rangesOf(sentenceSpans(b)), a.sentences.map((s) => ({ start: s.start, end: s.end })));
      assert.deepStrictEqual(rangesOf(entitySpans(a)), rangesOf(entitySpans(b)));
      for (const [w, n] of a.wordCounts) assert.strictEqual(wordCountIn(b, w), n, w);
      assert.strictEqual(wordCountIn(b, 'absent'), 0);
    }
  });

  it('give their entity mentions for one pass without keeping them (the command line\'s output)', () => {
    const t = 'Putin met Zelensky in Kyiv.\n\nPutin left Kyiv.';
    const a = analyzeDocument(t, { sensitivity: 'precise' }, names);
    const b = decodeAnalysis(encodeAnalysis(a), t, a.hash);
    const once = entityMentionsOnce(b);
    assert.deepStrictEqual(once, a.entities);
    assert.notStrictEqual(entityMentionsOnce(b), once, 'made afresh each time: the record keeps none');
    const kept = b.entities;
    assert.deepStrictEqual(kept, a.entities);
    assert.strictEqual(entityMentionsOnce(b), kept, 'once kept, the kept ones');
    assert.strictEqual(entityMentionsOnce(a), a.entities);
  });
});
