/**
 * Work asked of every article (the Terms view, `check`, the whole corpus's diagnostics) that does not
 * depend on the article is done once per corpus state, not once per article: on the 6,349 UN
 * speeches the register test's word counts (28 s) and the misspellings' closest spellings (68 s)
 * were most of `check`'s 150 s. Counted here as calls, on an in-memory corpus.
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { Recognizers } from '../../server/src/analysis/document';
import type { EntityMention, RhetoricMarker } from '../../server/src/analysis/types';
import { featureContext } from '../../server/src/languageFeatures/context';
import { computeDiagnostics } from '../../server/src/languageFeatures/diagnostics';
import { computeShownMarks, shownMarks } from '../../server/src/languageFeatures/shownMarks';

const all = (text: string, word: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))];
const recognizers: Recognizers = {
  entities: (seg) => ['Lavrov', 'Lavov', 'Moscow'].flatMap((name) => all(seg.text, name).map((m): EntityMention => ({
    start: m.index!, end: m.index! + name.length, text: name, type: name === 'Moscow' ? 'place' : 'person', confidence: 0.9,
  }))).sort((a, b) => a.start - b.start),
  markers: (seg) => all(seg.text, 'brutal').map((m): RhetoricMarker => ({
    start: m.index!, end: m.index! + 6, text: m[0], category: 'loaded-language', term: 'brutal', source: 'lexicon', confidence: 0.9,
  })),
};

const uri = (i: number) => `file:///un/speech${i}.txt`;
const N = 24;

describe('corpus-wide work done once, not per article', () => {
  it('the register test counts a marker word\'s documents once for all articles, and again after a change', () => {
    // "brutal" in 5 of 24 articles: under a quarter, no register; shown in each.
    const c = new Corpus({ sensitivity: 'precise' }, recognizers);
    for (let i = 0; i < N; i++) c.update(uri(i), `Speech ${i}\n\nThe Assembly meets again.${i < 5 ? ' The brutal war goes on.' : ''}\n`);
    const asked: string[] = [];
    const wordInAtLeast = c.index.wordInAtLeast.bind(c.index);
    c.index.wordInAtLeast = (word, min) => (asked.push(word), wordInAtLeast(word, min));
    const marks = () => {
      const ctx = featureContext(c.index);
      return Array.from({ length: N }, (_, i) => shownMarks(ctx, uri(i)).map((m) => m.text)).flat();
    };
    assert.deepStrictEqual(marks(), ['brutal', 'brutal', 'brutal', 'brutal', 'brutal']);
    assert.deepStrictEqual(asked, ['brutal'], 'one count for the five articles that use the word');
    // A sixth article uses it: a quarter of 24, the corpus's register; the test is asked afresh.
    c.update(uri(5), 'Speech 5\n\nThe Assembly meets again. The brutal war goes on.\n');
    assert.deepStrictEqual(marks(), []);
    assert.deepStrictEqual(asked, ['brutal', 'brutal']);
    const ctx = featureContext(c.index);
    assert.deepStrictEqual(computeShownMarks(ctx, uri(0)), shownMarks(ctx, uri(0)));
  });

  it('an article without a corpus misspelling asks nothing about it; one with it is flagged', () => {
    const c = new Corpus({ sensitivity: 'precise' }, recognizers);
    // Lavrov in 20 articles, and 24 others that name only Moscow.
    for (let i = 0; i < 20; i++) c.update(uri(100 + i), `Report ${i}\n\nMinister Lavrov spoke in Moscow. Lavrov said it again, and Lavrov was heard.\n`);
    for (let i = 0; i < N; i++) c.update(uri(i), `Speech ${i}\n\nThe delegation met in Moscow.\n`);
    c.update(uri(N), 'Speech with a slip\n\nMinister Lavov spoke in Moscow.\n');
    const ctx = featureContext(c.index);
    assert.deepStrictEqual(ctx.q.misspellings().map((m) => m.surface), ['Lavov'], 'the corpus has one misspelling');
    const askedEntities: string[] = [];
    const entity = ctx.q.entity.bind(ctx.q);
    const counted = { ...ctx, q: { ...ctx.q, entity: (id: string) => (askedEntities.push(id), entity(id)) } };
    const misspellings = (u: string) => computeDiagnostics(counted, u).filter((d) => d.code === 'misspelling').map((d) => String(d.message).split(' looks')[0]);
    for (let i = 0; i < N; i++) assert.deepStrictEqual(misspellings(uri(i)), []);
    const lavrov = ctx.q.misspellings()[0].entityId;
    assert.deepStrictEqual(askedEntities.filter((id) => id === lavrov), [], 'no closest spelling sought in the 24 articles without the slip');
    assert.deepStrictEqual(misspellings(uri(N)), ['‘Lavov’']);
  });
});
