/**
 * Duplicated files: a text that is in two files (the same after folding whitespace) is counted
 * once in corpus figures, listed once with a note, and reported once (a hint on the later copy).
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import type { Recognizers } from '../../server/src/analysis/document';
import type { EntityMention, RhetoricMarker } from '../../server/src/analysis/types';
import { createLanguageService } from '../../server/src/languageFeatures';
import { positionAt } from '../../server/src/languageFeatures/positions';
import { EMPTY_CODEBOOK } from '../../server/src/analysis/codebook/codebook';
import { ClientCommand } from '../../server/src/protocol';
import { foldedTextKey, offsetMapping } from '../../server/src/analysis/corpus/duplicateTexts';

/** Blair and Brown are people, "junta" a rhetoric term. */
const recognizers: Recognizers = {
  entities(seg) {
    const out: EntityMention[] = [];
    for (const m of seg.text.matchAll(/\b(?:Tony Blair|Blair|Gordon Brown|Brown)\b/g)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', confidence: 0.9 });
    return out;
  },
  markers(seg) {
    const out: RhetoricMarker[] = [];
    for (const m of seg.text.matchAll(/\bjunta\b/g)) out.push({ start: m.index!, end: m.index! + 5, text: 'junta', category: 'name-calling', term: 'junta', source: 'lexicon', confidence: 0.9 });
    return out;
  },
};

const STORY = 'Blair defends the plan\n\nTony Blair said the plan would work, and called the army a junta. Blair left early.\n\nGordon Brown said nothing about the budget.\n';
/** The same story with other line breaks and spaces (as a second scrape would save it). */
const STORY_AGAIN = 'Blair defends the plan\n\n\nTony Blair said the plan would work,\nand called the army a  junta. Blair left early.\n\nGordon Brown said nothing about the budget.';
const OTHER = 'Brown answers Blair\n\nGordon Brown replied to Blair on the budget. Brown was calm.\n';

function corpusOf(files: Record<string, string>) {
  const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
  for (const [uri, text] of Object.entries(files)) corpus.update(uri, text);
  const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
  return { corpus, index: corpus.index, service };
}

/** What corpus-wide queries answer, without document names (to compare two corpora). */
function figures(f: ReturnType<typeof corpusOf>) {
  return {
    entities: f.index.entities().map((e) => [e.id, e.mentions, e.documents]),
    terms: f.index.terms().map((t) => [t.id, t.mentions, t.documents]),
    cooccurrence: f.index.cooccurrence(),
    blair: f.index.wordFrequency('blair').total,
    quoted: f.service.provideQuotedSources(),
  };
}

function hoverAt(f: ReturnType<typeof corpusOf>, uri: string, needle: string, nth = 0): { md: string; text: string } {
  const d = f.index.get(uri)!;
  let at = -1;
  for (let k = 0; k <= nth; k++) at = d.text.indexOf(needle, at + 1);
  const h = f.service.provideHover(uri, positionAt({ owner: d, text: d.text }, at + 1))!;
  const r = h.range!;
  const start = d.text.split('\n').slice(0, r.start.line).join('\n').length + (r.start.line ? 1 : 0) + r.start.character;
  return { md: (h.contents as { value: string }).value, text: d.text.slice(start, start + needle.length) };
}

describe('duplicated files', () => {
  const A = 'file:///c/a.txt';
  const B = 'file:///c/b.txt';
  const C = 'file:///c/c.txt';

  it('keys texts by their words, whatever the whitespace, and maps offsets between copies', () => {
    assert.strictEqual(foldedTextKey(STORY), foldedTextKey(STORY_AGAIN));
    assert.notStrictEqual(foldedTextKey(STORY), foldedTextKey(STORY.replace('nothing', 'little')));
    const map = offsetMapping(STORY, STORY_AGAIN);
    const i = STORY.indexOf('junta');
    assert.strictEqual(STORY_AGAIN.slice(map(i), map(i + 5)), 'junta');
  });

  it('counts a text in two files once: entities, terms, word counts, co-occurrence are those of a corpus with one copy', () => {
    const both = corpusOf({ [A]: STORY, [B]: STORY_AGAIN, [C]: OTHER });
    const once = corpusOf({ [A]: STORY, [C]: OTHER });
    assert.deepStrictEqual(figures(both), figures(once));
    assert.deepStrictEqual(both.index.uris(), [A, B, C], 'both files stay documents');
    assert.deepStrictEqual(both.index.countedUris(), [A, C]);
    assert.deepStrictEqual(both.index.copiesOf(B), [A, B]);
  });

  it('reports the later copy once, as a hint that names the first; the first copy keeps its marks', () => {
    const f = corpusOf({ [A]: STORY, [B]: STORY_AGAIN, [C]: OTHER });
    const b = f.service.provideDiagnostics(B);
    assert.deepStrictEqual(b.map((d) => [d.code, d.severity]), [['duplicate-file', 4]]);
    assert.match(String(b[0].message), /‘a\.txt’/);
    const a = f.service.provideDiagnostics(A);
    assert.ok(a.some((d) => d.code === 'rhetoric') && !a.some((d) => d.code === 'duplicate-file'), JSON.stringify(a));
  });

  it('hovers in either copy give the same figures, at the right place, and list the text once with a note', () => {
    const f = corpusOf({ [A]: STORY, [B]: STORY_AGAIN, [C]: OTHER });
    const inA = hoverAt(f, A, 'Blair', 2);
    const inB = hoverAt(f, B, 'Blair', 2);
    assert.strictEqual(inB.text, 'Blair', 'the hover range is in the copy’s own text');
    const counts = (md: string) => /\d+ mentions? in \d+ articles?[^.]*\./.exec(md)?.[0];
    assert.strictEqual(counts(inB.md), counts(inA.md));
    assert.match(inA.md, /5 mentions in 2 articles: 3 in this article, 2 in 1 other article\./, inA.md);
    assert.match(inA.md, /\(also as ‘b\\\.txt’\)/, inA.md);
    assert.match(inB.md, /The same text as \[a\\\.txt\]/, inB.md);
    // No concordance line from the other copy of the same text.
    for (const { md } of [inA, inB]) assert.ok(!md.slice(md.indexOf('In other articles:')).includes('left early'), md);
    const word = hoverAt(f, C, 'calm');
    assert.match(word.md, /once in this article; in no other article\./);
  });

  it('follows the copies as files come, change and go', () => {
    const f = corpusOf({ [B]: STORY_AGAIN, [C]: OTHER });
    assert.deepStrictEqual(f.index.countedUris(), [B, C]);
    f.corpus.update(A, STORY); // sorts first: now the counted copy
    assert.deepStrictEqual(f.index.countedUris(), [A, C]);
    assert.deepStrictEqual(figures(f), figures(corpusOf({ [A]: STORY, [C]: OTHER })));
    f.corpus.update(A, STORY.replace('nothing', 'little')); // an edit: two texts again
    assert.deepStrictEqual(f.index.countedUris(), [A, B, C]);
    assert.deepStrictEqual(figures(f), figures(corpusOf({ [A]: STORY.replace('nothing', 'little'), [B]: STORY_AGAIN, [C]: OTHER })));
    f.corpus.update(A, STORY);
    f.corpus.remove(A);
    assert.deepStrictEqual(f.index.countedUris(), [B, C]);
    assert.deepStrictEqual(figures(f), figures(corpusOf({ [B]: STORY_AGAIN, [C]: OTHER })));
    assert.deepStrictEqual(f.service.provideDiagnostics(B).filter((d) => d.code === 'duplicate-file'), []);
  });
});
