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

describe('shown marks: flag-waving on the speaker\'s own country', () => {
  it('a mark that only names the own country is not shown; one that praises it is', () => {
    const uri = 'file:///un/speech.txt';
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update(uri, SPEECH);
    const service = createLanguageService({ corpus });
    const shown = service.provideDiagnostics(uri).filter((d) => d.code === 'rhetoric').map((d) => String(d.message));
    assert.deepStrictEqual(shown, [
      'Flag-waving: ‘sacred soil of our motherland’', 'Flag-waving: ‘glory of our nation’',
      'Flag-waving: ‘heroic people of my country’', 'Flag-waving: ‘honour of our country’',
    ]);
    assert.strictEqual(service.provideSemanticTokens(uri).data.length / 5, 4, 'the highlights show the same four');
  });

  it('the analyst who declares the term sees it', () => {
    const uri = 'file:///un/speech.txt';
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    const codebook = parseCodebook('terms:\n  - term: the people of my country\n    category: flag-waving\n').codebook!;
    corpus.setCodebook(codebookInput(codebook));
    corpus.update(uri, SPEECH);
    const shown = createLanguageService({ corpus, codebook: { codebook } }).provideDiagnostics(uri).map((d) => String(d.message));
    assert.ok(shown.includes('Flag-waving: ‘The people of my country’'), shown.join(' | '));
  });

  it('only flag-waving that holds a possessive of the own country is judged', () => {
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'our nation’s economy'), true);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'the territory of our State'), true);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'our heroic people'), false, 'a loaded word between');
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'the patriotic duty of our people'), false);
    assert.strictEqual(isPlainOwnCountry('flag-waving', 'national pride'), false, 'no own country');
    assert.strictEqual(isPlainOwnCountry('loaded-language', 'damage in our country'), false, 'another technique');
  });
});
