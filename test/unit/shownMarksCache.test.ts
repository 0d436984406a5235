/**
 * The one cache of shown marks (languageFeatures/shownMarks.ts) answers what a fresh computation
 * answers after each change of what the marks depend on: the scare-quote setting, the codebook, an
 * edit of the article and an edit of another article (the corpus's register). Each change here
 * changes the article's marks, so a cache that left that part out of its key would answer the old
 * ones.
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { Recognizers } from '../../server/src/analysis/document';
import { Codebook, EMPTY_CODEBOOK, parseCodebook } from '../../server/src/analysis/codebook/codebook';
import { featureContext } from '../../server/src/languageFeatures/context';
import { computeShownMarks, shownMarks } from '../../server/src/languageFeatures/shownMarks';

/** A rhetoric model that marks these spans as flag-waving, as the shipped one does in UN speeches. */
const FLAG_WAVING = ['the people of my country', 'glory of our nation'];
const recognizers: Recognizers = {
  entities: () => [],
  markers: (seg) => FLAG_WAVING.flatMap((term) => [...seg.text.matchAll(new RegExp(term, 'gi'))].map((m) => ({
    start: m.index!, end: m.index! + term.length, text: m[0], category: 'flag-waving', term, source: 'tagger' as const, confidence: 0.9,
  }))),
};

const SPEECH = 'Statement by the Head of Delegation\n\n'
  + 'The people of my country thank the donors. We will defend the glory of our nation. '
  + 'The structure has proved inadequate for the needs of the “family”.\n';
const URI = 'file:///un/speech0.txt';
const OTHER = 'file:///un/speech1.txt';

/** The speech and 23 others; it and 5 of them name their own country: a quarter, the register of UN speeches (ownCountry.ts). */
function corpus(): Corpus {
  const c = new Corpus({ sensitivity: 'precise' }, recognizers);
  c.update(URI, SPEECH);
  for (let i = 1; i < 24; i++) c.update(`file:///un/speech${i}.txt`, other(i, i <= 5));
  return c;
}
const other = (i: number, namesOwn: boolean) =>
  `Statement ${i}\n\nThe Assembly meets again to consider the report on development.${namesOwn ? ' My country supports the Secretary-General.' : ''}\n`;

const texts = (marks: readonly { text: string }[]) => marks.map((m) => m.text);

describe('shown marks: one cache, exact invalidation', () => {
  it('answers as a fresh computation after each change of setting, codebook, this article and another', () => {
    const c = corpus();
    let codebook: Codebook = EMPTY_CODEBOOK;
    const ctx = () => featureContext(c.index, codebook);
    /** The cached marks (asked twice: the second answer is the cache's), checked against a fresh computation; their texts. */
    const check = (allScareQuotes?: boolean): string[] => {
      shownMarks(ctx(), URI, allScareQuotes);
      const marks = shownMarks(ctx(), URI, allScareQuotes);
      assert.deepStrictEqual(marks, computeShownMarks(ctx(), URI, allScareQuotes));
      return texts(marks);
    };

    // Own country is the register: the plain "people of my country" is not shown; no cue, no scare quote at the precise level.
    assert.deepStrictEqual(check(), ['glory of our nation']);
    // The setting: every single quoted word.
    assert.deepStrictEqual(check(true), ['glory of our nation', '“family”']);
    assert.deepStrictEqual(check(false), ['glory of our nation']);
    // The codebook declares the term: shown.
    codebook = parseCodebook('terms:\n  - term: the people of my country\n    category: flag-waving\n').codebook!;
    assert.deepStrictEqual(check(), ['The people of my country', 'glory of our nation']);
    codebook = EMPTY_CODEBOOK;
    assert.deepStrictEqual(check(), ['glory of our nation']);
    // An edit of this article.
    c.update(URI, SPEECH.replace('We will defend the glory of our nation. ', ''));
    assert.deepStrictEqual(check(), []);
    // An edit of another article: 5 of 24 name their own country, no longer the register.
    c.update(OTHER, other(1, false));
    assert.deepStrictEqual(check(), ['The people of my country']);
  });
});
