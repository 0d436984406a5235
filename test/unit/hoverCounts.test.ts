/**
 * Hover figures: one set of numbers per entity or term, counted words written correctly
 * ("1 article"), and each concordance line shown once.
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import type { Recognizers } from '../../server/src/analysis/document';
import type { EntityMention } from '../../server/src/analysis/types';
import { createLanguageService } from '../../server/src/languageFeatures';
import { positionAt } from '../../server/src/languageFeatures/positions';
import { EMPTY_CODEBOOK } from '../../server/src/analysis/codebook/codebook';
import { ClientCommand } from '../../server/src/protocol';
import { doneOf } from '../../server/src/languageFeatures/counts';

/** "Blair" and "Tony Blair" are one person; nothing else is recognised. */
const recognizers: Recognizers = {
  entities(seg) {
    const out: EntityMention[] = [];
    for (const m of seg.text.matchAll(/(?:Tony )?Blair\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', confidence: 0.9 });
    return out;
  },
  markers: () => [],
};

function service(files: Record<string, string>) {
  const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
  for (const [uri, text] of Object.entries(files)) corpus.update(uri, text);
  return { corpus, service: createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) }) };
}

function hoverAt(f: ReturnType<typeof service>, uri: string, needle: string): string {
  const d = f.corpus.index.get(uri)!;
  const p = positionAt({ owner: d, text: d.text }, d.text.indexOf(needle) + 1);
  return (f.service.provideHover(uri, p)!.contents as { value: string }).value;
}

describe('hover figures', () => {
  it('an entity hover gives the entity’s counts only, with this article’s share of them', () => {
    // "Blair" the word also occurs as a street name the tagger left out: a word count would differ.
    const f = service({
      'file:///c/a.txt': 'Tony Blair spoke. Later Blair left. Blair Street was closed.',
      'file:///c/b.txt': 'Blair answered.',
      'file:///c/c.txt': 'Blair again, and Blair.',
    });
    const md = hoverAt(f, 'file:///c/a.txt', 'Blair left');
    // 6 mentions: 3 in a (the street name is one too: the tagger says so), 1 in b, 2 in c.
    assert.match(md, /6 mentions in 3 articles: 3 in this article, 3 in 2 other articles\./, md);
    assert.doesNotMatch(md, /in the corpus|times in this article/, md);
  });

  it('writes "1 article", never "1 articles"', () => {
    const f = service({ 'file:///c/a.txt': 'Blair spoke.', 'file:///c/b.txt': 'Blair answered. Nothing else.' });
    const md = hoverAt(f, 'file:///c/a.txt', 'Blair');
    assert.match(md, /2 mentions in 2 articles: 1 in this article, 1 in 1 other article\./, md);
    assert.doesNotMatch(md, /\b1 (other )?articles\b/, md);
    const word = hoverAt(f, 'file:///c/b.txt', 'Nothing');
    assert.match(word, /once in this article; in no other article\./, word);
    const only = service({ 'file:///c/a.txt': 'Blair spoke, Blair left.' });
    assert.match(hoverAt(only, 'file:///c/a.txt', 'Blair'), /2 mentions, all in this article\./);
    const symbols = only.service.provideWorkspaceSymbols('Blair');
    assert.ok(symbols.length && symbols.every((s) => !/\b1 articles\b/.test(s.containerName ?? '')), JSON.stringify(symbols));
  });

  it('shows a concordance line once when other articles repeat it word for word', () => {
    const line = 'Tony Blair said the plan was a risk worth taking for the country.';
    const f = service({ 'file:///c/a.txt': 'Blair spoke first.', 'file:///c/b.txt': line, 'file:///c/c.txt': `${line}\n`, 'file:///c/d.txt': 'Then Blair  left, quietly.' });
    const md = hoverAt(f, 'file:///c/a.txt', 'Blair');
    const lines = md.slice(md.indexOf('In other articles:')).split('\n').filter((l) => l.startsWith('- '));
    assert.strictEqual(lines.filter((l) => l.includes('risk worth taking')).length, 1, md);
    assert.strictEqual(lines.length, 2, md);
  });

  it('writes the number of articles it does not name as every other count (“and 1,003 more”)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1012; i++) files[`file:///c/${i}.txt`] = `Speech ${i}. The Assembly spoke of peace${i % 2 ? ' and peace' : ''}.`;
    const h = hoverAt(service(files), 'file:///c/0.txt', 'peace');
    assert.match(h, /in 1,011 other articles:/);
    assert.match(h, /^- and 1,003 more$/m);
  });
});

describe('progress figures', () => {
  it('writes the files done and to do as the text writes numbers, in the indexing progress and the hover during it', () => {
    assert.strictEqual(doneOf(1052, 6350, 'articles'), '1,052 of 6,350 articles');
  });
});
