import * as assert from 'node:assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import type { Recognizers } from '../../server/src/analysis/document';
import { createLanguageService } from '../../server/src/languageFeatures';

/** Diagnostics' messages of one article whose rhetoric markers are the given words (as the analysis would mark them). */
function messages(text: string, marked: Record<string, string>): string[] {
  const recognizers: Recognizers = {
    entities: () => [],
    markers: (seg) => Object.entries(marked).flatMap(([term, category]) => [...seg.text.matchAll(new RegExp(term, 'g'))].map((m) => ({
      start: m.index!, end: m.index! + term.length, text: term, category, term, source: 'lexicon' as const, confidence: 0.9,
    }))),
  };
  const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
  corpus.update('file:///news/a.txt', `A report\n\n${text}\n`);
  return createLanguageService({ corpus }).provideDiagnostics('file:///news/a.txt').filter((d) => d.code === 'rhetoric' || d.code === 'scare-quote').map((d) => String(d.message));
}

describe('shown marks: words held at a distance and words of a quoted speaker (samples)', () => {
  it('shows a scare quote around loaded words as the one mark: the writer holds them at a distance', () => {
    const text = 'Hundreds have been dragged before Russian courts charged with the “crime” of spreading “fake news” about the war. The junta lies.';
    assert.deepStrictEqual(messages(text, { 'fake news': 'loaded-language', junta: 'name-calling' }), ['Scare quote: “crime”', 'Scare quote: “fake news”', 'Name calling: ‘junta’']);
  });

  it('says whose words a marker inside a quotation is', () => {
    const text = 'At the same time, he called the breakup of the Soviet Union ‘the biggest geopolitical disaster of the century’ – and Putin condemns it. This is a disaster.';
    const found = messages(text.replace('he called', 'Putin called'), { disaster: 'appeal-to-fear' });
    assert.deepStrictEqual(found, ['Appeal to fear: ‘disaster’ (in the words of Putin)', 'Appeal to fear: ‘disaster’']);
  });
});

describe('shown marks: the hover of a marker inside a quotation (samples)', () => {
  function hoverAt(text: string, marked: Record<string, string>, word: string, nth = 0): string {
    const recognizers: Recognizers = {
      entities: () => [],
      markers: (seg) => Object.entries(marked).flatMap(([term, category]) => [...seg.text.matchAll(new RegExp(term, 'g'))].map((m) => ({
        start: m.index!, end: m.index! + term.length, text: term, category, term, source: 'lexicon' as const, confidence: 0.9,
      }))),
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    const doc = `A report\n\n${text}\n`;
    corpus.update('file:///news/a.txt', doc);
    let at = -1;
    for (let i = 0; i <= nth; i++) at = doc.indexOf(word, at + 1);
    const before = doc.slice(0, at + 1).split('\n');
    const h = createLanguageService({ corpus }).provideHover('file:///news/a.txt', { line: before.length - 1, character: before[before.length - 1].length - 1 + 1 });
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  }

  it('says whose words they are, as the Problems message does, and nothing of the kind outside the quotation', () => {
    const text = 'At the same time, Putin called the breakup of the Soviet Union ‘the biggest geopolitical disaster of the century’ – and he meant it. This is a disaster.';
    assert.match(hoverAt(text, { disaster: 'appeal-to-fear' }, 'disaster'), /Here in the words of \*\*Putin\*\* \(a quotation\), not the writer's\./);
    assert.doesNotMatch(hoverAt(text, { disaster: 'appeal-to-fear' }, 'disaster', 1), /in the words of|inside a quotation/);
  });
});
