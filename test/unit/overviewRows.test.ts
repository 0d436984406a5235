/** The overview at corpus scale: the articles that matter for the chart, the rest summed up. */
import * as assert from 'assert';
import { dispersionRows, topArticles } from '../../media/pageScripts/overviewRows';

const docs = Array.from({ length: 2000 }, (_, i) => ({ uri: `file:///c/${String(i).padStart(4, '0')}.txt`, title: `Speech ${i}` }));

describe('overview rows', () => {
  it('shows the 25 articles with the most mentions and one bar for the other 1,975, with their sums', () => {
    const a = docs.map((_, i) => (i % 100 === 7 ? 50 : 1));
    const b = docs.map((_, i) => (i === 1999 ? 400 : 0));
    const rows = topArticles(docs, [{ counts: a }, { counts: b }]);
    assert.strictEqual(rows.length, 26);
    assert.strictEqual(rows[0].title, 'Speech 1999');
    assert.deepStrictEqual(rows.slice(1, 21).map((r) => r.counts[0]), Array(20).fill(50));
    const others = rows[25];
    assert.strictEqual(others.title, '1,975 other articles');
    assert.strictEqual(others.uri, undefined);
    const sum = (xs: readonly number[]) => xs.reduce((x, y) => x + y, 0);
    assert.strictEqual(sum(rows.map((r) => r.counts[0])), sum(a));
    assert.strictEqual(sum(rows.map((r) => r.counts[1])), sum(b));
    assert.strictEqual(topArticles(docs.slice(0, 3), [{ counts: [1, 2, 3] }]).length, 3, 'a small corpus: every article, no "others"');
  });

  it('plots only the articles that mention the item, most mentions first, at most 200', () => {
    const counts = docs.map((_, i) => (i % 5 === 0 ? 1 + (i % 7) : 0));
    const positions = counts.map((n) => Array(n).fill(0.5));
    const { rows, omitted } = dispersionRows(docs, positions, counts);
    assert.strictEqual(rows.length, 200);
    assert.strictEqual(omitted, 400 - 200);
    assert.ok(rows.every((r, i) => i === 0 || rows[i - 1].positions.length >= r.positions.length));
    assert.deepStrictEqual(dispersionRows(docs, docs.map(() => []), docs.map(() => 0)), { rows: [], omitted: 0 });
  });
});
