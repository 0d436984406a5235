/**
 * Queries while the corpus is being indexed: a hover answers from the derived data of an earlier
 * generation for a while instead of resolving the growing corpus again on every arrival, says
 * nothing wrong of the articles that came since, and is exact again once indexing ends. Time is
 * Date.now replaced by a counter the test moves: nothing here depends on how fast it runs.
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { INDEXING_HOLD_MS } from '../../server/src/analysis/corpus/derived/servedGeneration';
import type { Recognizers } from '../../server/src/analysis/document';
import type { EntityMention } from '../../server/src/analysis/types';
import { EMPTY_CODEBOOK } from '../../server/src/analysis/codebook/codebook';
import { createLanguageService } from '../../server/src/languageFeatures';
import { positionAt } from '../../server/src/languageFeatures/positions';
import { desertificationDebate } from './helpers/generalDebate';
import { resolveInput } from '../../server/src/analysis/corpus/derived/entityResolution';

/** Politicians by their full name or surname; nothing else is recognised. */
const recognizers: Recognizers = {
  entities(seg) {
    const out: EntityMention[] = [];
    for (const m of seg.text.matchAll(/\b(?:(?:Tony|Gordon|Angela|Jacques|Helmut|Romano) )?(?:Blair|Brown|Merkel|Chirac|Kohl|Prodi)\b/g)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', confidence: 0.9 });
    }
    return out;
  },
  markers: () => [],
};

/** Speeches as they arrive: each names someone the corpus has not seen yet (new surface forms). */
const ARTICLES: [string, string][] = [
  ['file:///c/a.txt', 'Tony Blair spoke on the budget. Later Blair left the chamber.'],
  ['file:///c/b.txt', 'Blair answered Gordon Brown on the budget.'],
  ['file:///c/c.txt', 'Angela Merkel met Blair. Blair and Merkel spoke of the budget, the budget again.'],
  ['file:///c/d.txt', 'Jacques Chirac welcomed Blair.'],
  ['file:///c/e.txt', 'Helmut Kohl recalled Blair and Chirac.'],
  ['file:///c/f.txt', 'Romano Prodi thanked Blair.'],
];

function setUp() {
  const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
  const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK } });
  const hover = (uri: string, needle: string): string => {
    const d = corpus.index.get(uri)!;
    const h = service.provideHover(uri, positionAt({ owner: d, text: d.text }, d.text.indexOf(needle) + 1));
    return (h?.contents as { value: string } | undefined)?.value ?? '';
  };
  return { corpus, service, hover };
}

/**
 * A speech about desertification, one naming it in passing, statements that do not (a key term of
 * the first), all added while the index is indexing.
 */
function desertificationWhileIndexing() {
  const { corpus, service, hover } = setUp();
  const index = corpus.index;
  const files = Object.entries(desertificationDebate());
  const niger = 'file:///ungdc/NER_52_1997.txt';
  const keyHere = () => index.keywordsIn(niger).filter((k) => k.label.toLowerCase() === 'desertification').length;
  index.setIndexing({ done: 0, total: files.length });
  for (const [uri, text] of files) corpus.update(uri, text);
  return { index, service, hover, niger, keyHere };
}

describe('queries while indexing', () => {
  const realNow = Date.now;
  let now = 1_000_000;
  beforeEach(() => (Date.now = () => now));
  afterEach(() => (Date.now = realNow));

  it('answers from the resolution of an earlier generation, which the indexing (never a query) replaces once the corpus doubled, and is exact after indexing', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    // As if more files were to come: the indexing rebuilds in the first half of them only.
    const files = 2 * ARTICLES.length;
    index.setIndexing({ done: 0, total: files });
    const add = (k: number) => {
      corpus.update(...ARTICLES[k]);
      index.setIndexing({ done: k + 1, total: files });
    };
    add(0);
    add(1);
    const first = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 1);
    assert.match(first, /3 mentions in 2 articles: 2 in this article, 1 in 1 other article\./, first);
    assert.match(first, /Indexing: 2 of 12 files/, first);
    assert.match(hover('file:///c/a.txt', 'budget'), /\*\*budget\*\*: once in this article; 2 times in the corpus, in 1 other article/);

    // c.txt names Merkel, a new form: exact answers would group the forms again.
    add(2);
    const held = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 1, 'no new grouping within the hold');
    assert.match(held, /Indexing: 3 of 12 files/, held);
    // An article of the held generation: its mentions and places are still right, only counts lag.
    assert.match(held, /3 mentions in 2 articles: 2 in this article/, held);
    // The new article's own word counts come from its own analysis, never "0 times in this article".
    const word = hover('file:///c/c.txt', 'budget again');
    assert.match(word, /\*\*budget\*\*: 2 times in this article;/, word);

    // Past the hold no query rebuilds (a hover would wait for it): the indexing moves on, once the corpus doubled.
    now += INDEXING_HOLD_MS;
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 1, 'not before the corpus doubled (3 articles, 2 served)');
    add(3);
    assert.match(hover('file:///c/a.txt', 'Blair left'), /3 mentions in 2 articles: 2 in this article/);
    assert.strictEqual(index.resolutions, 1, 'a query past the hold still reads the held generation');
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 2, 'the indexing rebuilt it');
    const rebuilt = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 2);
    assert.match(rebuilt, /6 mentions in 4 articles: 2 in this article/, rebuilt);
    add(4);
    add(5);
    now += 10 * INDEXING_HOLD_MS;
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 2, 'not before the corpus doubled again (6 articles, 4 served)');

    // Indexing ends: exact again, the same answer as a corpus that was never indexed.
    index.setIndexing(undefined);
    const exact = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 3);
    const fresh = setUp();
    for (const [uri, text] of ARTICLES) fresh.corpus.update(uri, text);
    assert.strictEqual(exact, fresh.hover('file:///c/a.txt', 'Blair left'));
    assert.match(exact, /8 mentions in 6 articles: 2 in this article/, exact);
    assert.doesNotMatch(exact, /Indexing/, exact);
  });

  it('rebuilds nothing while indexing for a corpus no query reads (the indexing of a workspace nobody hovers yet costs no resolution)', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    index.setIndexing({ done: 0, total: ARTICLES.length });
    corpus.update(...ARTICLES[0]);
    hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 1);
    for (const [uri, text] of ARTICLES.slice(1, 3)) corpus.update(uri, text);
    now += INDEXING_HOLD_MS;
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 2, 'read, doubled, held long enough: rebuilt');
    for (const [uri, text] of ARTICLES.slice(3)) corpus.update(uri, text);
    now += INDEXING_HOLD_MS;
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 2, 'doubled, but no query read the rebuilt generation');
    assert.match(hover('file:///c/a.txt', 'Blair left'), /5 mentions in 3 articles/, 'the generation the indexing built');
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 3, 'read since: rebuilt');
  });

  it('rebuilds nothing in the second half of the files (the exact resolution at the end soon replaces it, at the same cost)', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    index.setIndexing({ done: 0, total: ARTICLES.length });
    corpus.update(...ARTICLES[0]);
    hover('file:///c/a.txt', 'Blair left');
    for (const [uri, text] of ARTICLES.slice(1, 4)) corpus.update(uri, text);
    now += INDEXING_HOLD_MS;
    index.setIndexing({ done: 4, total: ARTICLES.length });
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 1, '4 of 6 files done');
    index.setIndexing({ done: 3, total: ARTICLES.length });
    index.refreshWhileIndexing();
    assert.strictEqual(index.resolutions, 2, '3 of 6 files done');
  });

  it('shows no key terms while indexing rather than compute those of part of the corpus, and shows them once it ends', () => {
    const { index, hover, niger, keyHere } = desertificationWhileIndexing();
    assert.strictEqual(keyHere(), 0);
    assert.doesNotMatch(hover(niger, 'desertification, for'), /— key term/);
    index.setIndexing(undefined);
    assert.strictEqual(keyHere(), 6);
    assert.match(hover(niger, 'desertification, for'), /\*\*desertification\*\* — key term/);
  });

  it('computes no key terms while indexing for a corpus-wide request either (workspace symbols from an editor): its marks would show those of part of the corpus', () => {
    const { index, service, hover, niger, keyHere } = desertificationWhileIndexing();
    const symbols = service.provideWorkspaceSymbols('desertification');
    assert.ok(!symbols.some((s) => /desertification/i.test(s.name) && /key/i.test(JSON.stringify(s))), JSON.stringify(symbols));
    assert.strictEqual(keyHere(), 0);
    assert.doesNotMatch(hover(niger, 'desertification, for'), /— key term/);
    index.setIndexing(undefined);
    assert.strictEqual(keyHere(), 6);
    assert.ok(service.provideWorkspaceSymbols('desertification').length > 0);
  });

  it('keeps answering from the held generation after indexing while another thread resolves the entities, then exactly from its answer', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    index.setIndexing({ done: 0, total: ARTICLES.length });
    for (const [uri, text] of ARTICLES.slice(0, 2)) corpus.update(uri, text);
    hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 1);
    for (const [uri, text] of ARTICLES.slice(2)) corpus.update(uri, text);
    index.setIndexing({ done: ARTICLES.length, total: ARTICLES.length });
    index.setIndexing(undefined);
    const input = index.resolutionInput();
    index.holdWhileResolving(true);
    // The end's other steps (key terms) meanwhile resolve nothing either.
    index.keyTerms();
    const held = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(index.resolutions, 1, 'no grouping on this thread while the other resolves');
    assert.match(held, /3 mentions in 2 articles: 2 in this article/, held);
    assert.match(held, /Indexing: 6 of 6 files/, held);
    // The other thread's answer (here resolved as it would: the same input, name checks and counts).
    const other = setUp();
    for (const [uri, text] of ARTICLES) other.corpus.update(uri, text);
    const resolved = resolveInput(input, undefined, (asked) => other.corpus.index.lowerCaseUses(asked));
    index.offerResolution(input, resolved.resolved, resolved.misspellings());
    index.holdWhileResolving(false);
    const exact = hover('file:///c/a.txt', 'Blair left');
    assert.strictEqual(exact, other.hover('file:///c/a.txt', 'Blair left'));
    assert.doesNotMatch(exact, /Indexing/, exact);
  });

  it('answers exactly after an edit while another thread resolves the entities at the end of indexing', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    index.setIndexing({ done: 0, total: 3 });
    for (const [uri, text] of ARTICLES.slice(0, 3)) corpus.update(uri, text);
    hover('file:///c/a.txt', 'Blair left');
    index.setIndexing(undefined);
    index.holdWhileResolving(true);
    corpus.update('file:///c/b.txt', 'Blair answered Gordon Brown and Romano Prodi on the budget.');
    const edited = hover('file:///c/b.txt', 'Prodi');
    assert.match(edited, /\*\*Romano Prodi\*\*/, edited);
    assert.strictEqual(index.resolutions, 2);
  });

  it('answers exactly after an edit or a removal while indexing (held results would have its old offsets)', () => {
    const { corpus, hover } = setUp();
    const index = corpus.index;
    index.setIndexing({ done: 0, total: ARTICLES.length });
    for (const [uri, text] of ARTICLES.slice(0, 3)) corpus.update(uri, text);
    hover('file:///c/a.txt', 'Blair left');
    const before = index.resolutions;
    corpus.update('file:///c/b.txt', 'Blair answered Gordon Brown and Romano Prodi on the budget.');
    const edited = hover('file:///c/b.txt', 'Prodi');
    assert.strictEqual(index.resolutions, before + 1);
    assert.match(edited, /\*\*Romano Prodi\*\*/, edited);
    corpus.remove('file:///c/c.txt');
    const removed = hover('file:///c/a.txt', 'Blair left');
    assert.match(removed, /3 mentions in 2 articles/, removed);
  });

  it('lists the key terms of the views from the last computation for half a minute after an edit: the status bar and the Terms view ask after every edit, and recomputing them all took 0.5-0.7 s on 10 MB', () => {
    const { corpus, service } = setUp();
    const files = Object.entries(desertificationDebate());
    for (const [uri, text] of files) corpus.update(uri, text);
    const keyTerms = () => service.provideTerms().filter((t) => t.kind === 'keyword');
    const before = keyTerms();
    assert.ok(before.some((t) => t.label.toLowerCase() === 'desertification'), JSON.stringify(before.map((t) => t.label)));
    const [otherUri, otherText] = files.find(([uri]) => !uri.includes('NER_52'))!;
    corpus.update(otherUri, `${otherText}\n\nWe thank the President once more for his guidance.`);
    now += 10_000;
    const afterEdit = keyTerms();
    assert.strictEqual(afterEdit.length, before.length);
    assert.ok(afterEdit.every((t, i) => t === before[i]), 'the same records, not recomputed');
    now += 21_000;
    const later = keyTerms();
    assert.ok(later.some((t) => t.label.toLowerCase() === 'desertification'));
    assert.ok(!later.some((t) => before.includes(t)), 'recomputed once the half minute is over');
  });

  it("keeps the Terms view through edits for half a minute (reading every article's marks again took 1.4-1.6 s on 38 MB), and computes it again at once after an addition or a removal", () => {
    const { corpus, service } = setUp();
    const files = Object.entries(desertificationDebate());
    for (const [uri, text] of files.slice(0, -1)) corpus.update(uri, text);
    const first = service.provideTerms();
    const [editedUri, editedText] = files[0];
    corpus.update(editedUri, `${editedText}\n\nWe thank the President once more for his guidance.`);
    now += 10_000;
    assert.strictEqual(service.provideTerms(), first, 'the same records after an edit');
    now += 21_000;
    const afterHalfMinute = service.provideTerms();
    assert.notStrictEqual(afterHalfMinute, first, 'computed again once the half minute is over');
    const [addedUri, addedText] = files[files.length - 1];
    corpus.update(addedUri, addedText);
    const afterAddition = service.provideTerms();
    assert.notStrictEqual(afterAddition, afterHalfMinute, 'computed again after an addition');
    corpus.remove(editedUri);
    assert.notStrictEqual(service.provideTerms(), afterAddition, 'computed again after a removal');
  });
});
