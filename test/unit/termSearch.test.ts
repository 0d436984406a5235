/**
 * Key-term occurrences found from the sentences that hold a term's first word (termSearch.ts) are
 * the ones a walk over the whole segmented document finds, whatever spelling the text uses.
 */
import * as assert from 'assert';
import { ngramOccurrences, phraseHash } from '../../server/src/analysis/corpus/keyterms';
import { termOccurrences } from '../../server/src/analysis/corpus/termSearch';
import { spellingForm, spellingsOf } from '../../server/src/analysis/text/spelling';
import { analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';
import { entitySpans } from '../../server/src/analysis/cache/analysisViews';
import { segment } from '../../server/src/analysis/text/structure';

const SPEECH = [
  'Mr. President, my delegation welcomes the co-operation between the United Nations and the regional organisations. Such cooperation has made peace-keeping operations possible where none were before.',
  'The development programme of the Organization depends on that Co-operation. The regional program of the specialized agencies does too. Peacekeeping operations cost less than war; peace-keeping operations in Cyprus have kept a fragile calm for a decade.',
  'We call for a dialog among the nuclear Powers, as the Non-Aligned countries do. We support the peace-',
  'keeping operations of the Organization, and its Development Programme, whose programs reach the least developed countries.',
].join('\n\n');

/** Terms labelled as a corpus may write them, and the n-gram hashes counting gave them. */
const TERMS = ['co-operation', 'peace-keeping operations', 'Programme', 'development programme', 'dialogue', 'keeping operations', 'regional organizations', 'Non-Aligned countries'].map((label) => ({ label, hash: phraseHash(label) }));

describe('key-term search in a document', () => {
  it('folds a spelling back to every spelling that folds to it', () => {
    for (const w of ['co-operation', 'peace-keeping', 'Programs', 'programme', 'dialog', 'organisations', 'Labor', 'Non-Aligned']) {
      assert.ok(spellingsOf(spellingForm(w)).includes(w.toLowerCase().replace(/-/g, '')), w);
    }
  });

  it('finds the occurrences a walk over the whole document finds: "co-operation", "peace-keeping", "program", a word broken across paragraphs', () => {
    const d = analyzeDocument(SPEECH, { sensitivity: 'precise' }, noRecognizers);
    const whole = (terms: typeof TERMS) => ngramOccurrences(segment(SPEECH), entitySpans(d), new Set(terms.map((t) => t.hash)));
    // Each term alone (its first word's sentences only), then all of them.
    for (const t of TERMS) assert.deepStrictEqual(termOccurrences(d, entitySpans(d), [t]), whole([t]), t.label);
    const found = termOccurrences(d, entitySpans(d), TERMS);
    assert.deepStrictEqual(found, whole(TERMS));
    const texts = (hash: number) => found.filter((o) => o.hash === hash).map((o) => SPEECH.slice(o.start, o.end));
    assert.deepStrictEqual(texts(phraseHash('cooperation')), ['co-operation', 'cooperation', 'Co-operation']);
    assert.deepStrictEqual(texts(phraseHash('programme')), ['programme', 'program', 'Programme']);
    // "peace-" at a paragraph's end is a broken word: "keeping operations" after it is no candidate.
    assert.deepStrictEqual(texts(phraseHash('keeping operations')), []);
  });
});
