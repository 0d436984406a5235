/**
 * Where a document's key terms occur (keyTermUses.ts): searched in its text, or taken from the
 * occurrences a walk over the whole document found for more terms (the documents the labels were
 * read from), with the same result.
 */
import * as assert from 'assert';
import { ngramOccurrences, phraseHash } from '../../server/src/analysis/corpus/keyterms';
import { findKeyTermUses } from '../../server/src/analysis/corpus/derived/keyTermUses';
import { DocCounts } from '../../server/src/analysis/corpus/docCounts';
import type { TermRecord } from '../../server/src/analysis/corpus/model';
import { analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';
import { entitySpans } from '../../server/src/analysis/cache/analysisViews';
import { segment } from '../../server/src/analysis/text/structure';

const TEXT = [
  'The co-operation of the regional organizations made peace-keeping operations possible. Such cooperation is rare.',
  'Peacekeeping operations cost less than war, and the development programme of the Organization depends on co-operation.',
].join('\n\n');
const LABELS = ['co-operation', 'peace-keeping operations', 'development programme', 'regional organizations'];

describe('key-term uses of a document', () => {
  const d = analyzeDocument(TEXT, { sensitivity: 'precise' }, noRecognizers);
  const docs = new Map([['a', d]]);
  const hashes = LABELS.map((l) => phraseHash(l));
  const byId = new Map<string, TermRecord>(LABELS.map((label) => [`keyword:${label}`, { id: `keyword:${label}`, label, kind: 'keyword', category: 'keyword', mentions: 1, documents: 1 }]));
  const idOfHash = new Map(LABELS.map((label, i) => [hashes[i], `keyword:${label}`]));
  const docCounts = new Map(LABELS.map((label) => {
    const c = new DocCounts();
    c.set('a', 1);
    return [`keyword:${label}`, c];
  }));
  // Two of the terms are key in the document.
  const perDoc = new Map([['a', [{ h: hashes[0] }, { h: hashes[1] }]]]);
  const uses = (known?: Parameters<typeof findKeyTermUses>[3]) => Array.from(findKeyTermUses(docs, perDoc, { byId, idOfHash, docCounts }, known).get('a')!.at);

  it('takes the occurrences found for more terms in the whole document, as a search finds them', () => {
    const wanted = new Set(hashes);
    const found = ngramOccurrences(segment(TEXT), entitySpans(d), wanted);
    const searched = uses();
    assert.strictEqual(searched.length, 3 * 5, 'co-operation 3 times, peace-keeping operations twice');
    assert.deepStrictEqual(uses(new Map([['a', { wanted, found }]])), searched);
    // Taken, not searched again: what was found is what it gives.
    assert.deepStrictEqual(uses(new Map([['a', { wanted, found: found.slice(0, 1) }]])), searched.slice(0, 3));
  });

  it('searches the text when the occurrences found were not for every term it needs', () => {
    const wanted = new Set([hashes[0]]);
    assert.deepStrictEqual(uses(new Map([['a', { wanted, found: [] }]])), uses());
  });
});
