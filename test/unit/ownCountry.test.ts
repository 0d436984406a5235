/**
 * Flag-waving that only names the speaker's own country is not shown (languageFeatures/ownCountry.ts);
 * flag-waving that praises it is. Through the language service on an in-memory workspace.
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { Recognizers } from '../../server/src/analysis/document';
import { codebookInput, parseCodebook } from '../../server/src/analysis/codebook/codebook';
import { createLanguageService } from '../../server/src/languageFeatures';
import { isPlainOwnCountry } from '../../server/src/languageFeatures/ownCountry';

/** A rhetoric model that marks these spans as flag-waving, as the shipped one does in UN speeches. */
const FLAG_WAVING = [
  'damage in our country', 'economy of my country', 'the people of my country', 'our country’s history',
  'sacred soil of our motherland', 'glory of our nation', 'heroic people of my country', 'honour of our country',
];
const recognizers: Recognizers = {
  entities: () => [],
  markers: (seg) => FLAG_WAVING.flatMap((term) => [...seg.text.matchAll(new RegExp(term, 'gi'))].map((m) => ({
    start: m.index!, end: m.index! + term.length, text: m[0], category: 'flag-waving', term, source: 'tagger' as const, confidence: 0.9,
  }))),
};

const SPEECH = 'Statement by the Head of Delegation\n\n'
  + 'Last year the floods caused great damage in our country, the worst in our country’s history, and the economy of my country has not yet recovered. '
  + 'The people of my country thank the donors for their help. '
  + 'We will defend the sacred soil of our motherland and the glory of our nation, won by the heroic people of my country, and the honour of our country.\n';

const ALL_EIGHT = [
  'damage in our country', 'our country’s history', 'economy of my country', 'The people of my country',
  'sacred soil of our motherland', 'glory of our nation', 'heroic people of my country', 'honour of our country',
].map((m) => `Flag-waving: ‘${m}’`);

/** The speech first, then 23 others; `naming` of them speak of "our country" as UN speeches do. */
function corpusWith(naming: number, codebookText?: string): { corpus: Corpus; uri: string } {
  const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
  if (codebookText) corpus.setCodebook(codebookInput(parseCodebook(codebookText).codebook!));
  corpus.update('file:///un/speech0.txt', SPEECH);
  for (let i = 1; i < 24; i++) {
    const own = i <= naming ? ' My country supports the Secretary-General in this endeavour.' : '';
    corpus.update(`file:///un/speech${i}.txt`, `Statement ${i}\n\nThe Assembly meets again to consider the report on development.${own}\n`);
  }
  return { corpus, uri: 'file:///un/speech0.txt' };
}

const shownIn = (corpus: Corpus, uri: string, codebookText?: string) =>
  createLanguageService({ corpus, codebook: codebookText ? { codebook: parseCodebook(codebookText).codebook! } : undefined })
    .provideDiagnostics(uri).filter((d) => d.code === 'rhetoric').map((d) => String(d.message));

describe('shown marks: flag-waving on the speaker\'s own country', () => {
  it('where speeches name their own country, a mark that only names it is not shown; one that praises it is', () => {
    const { corpus, uri } = corpusWith(8);
    assert.deepStrictEqual(shownIn(corpus, uri), ALL_EIGHT.slice(4));
    assert.strictEqual(createLanguageService({ corpus }).provideSemanticTokens(uri).data.length / 5, 4, 'the highlights show the same four');
  });

  it('where few documents name their own country (news articles), every mark stays', () => {
    const { corpus, uri } = corpusWith(3);
    assert.deepStrictEqual(shownIn(corpus, uri), ALL_EIGHT, '4 of 24 documents name their own country');
  });

  it('the analyst who declares the term sees it', () => {
    const codebook = 'terms:\n  - term: the people of my country\n    category: flag-waving\n';
    const { corpus, uri } = corpusWith(8, codebook);
    assert.ok(shownIn(corpus, uri, codebook).includes('Flag-waving: ‘The people of my country’'));
  });

  it('only flag-waving that holds a possessive of the own country is judged', () => {
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'our nation’s economy'), true);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'the territory of our State'), true);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'the sacrifices of our people'), false, 'a word of pride');
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'our heroic people'), false, 'a loaded word between');
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'the patriotic duty of our people'), false);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'national pride'), false, 'no own country');
    assert.strictEqual(isPlainOwnCountry('loaded-language', 'damage in our country'), false, 'another technique');
  });
});
