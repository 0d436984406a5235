/**
 * The Entities view's "Quoted sources" (issue 11): only entities. A pronoun the quotation code
 * resolves ("Kofi Annan … He said") counts for its person; an unresolved "he", the speech's own
 * "I" (the speaker of every speech: one label would merge them all) and a bare title
 * ("the Secretary-General": which one depends on the year) are no source of their own.
 */
import * as assert from 'node:assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { quotedSources } from '../../server/src/analysis/corpus/quotedSources';
import { patternRecognizers } from './helpers/taggedMentions';

// In the style of UN General Debate speeches.
const SPEECH = `Statement

The Secretary-General Kofi Annan spoke to this Assembly last year. He said: "We must never forget that the Organization was created to save succeeding generations from the scourge of war."
In his report the Secretary-General says: "The past year has been full of uncertainty."
I said last year: "Development is the new name of peace", and I say it again.
The sermon of the Friar delivered in 1511 remains a telling message. "Tell me," he said, "what right have you to enslave them?"
`;

describe('quoted sources: entities only (issue 11)', () => {
  it('lists the person a resolved pronoun stands for, not "he", "I" or a bare title', () => {
    const corpus = new Corpus({ sensitivity: 'precise' }, patternRecognizers([[/Kofi Annan/g, 'person']]));
    corpus.update('file:///un/speech.txt', SPEECH);
    const sources = quotedSources(corpus.index);
    assert.deepStrictEqual(sources.map((s) => [s.name, s.quotes]), [['Kofi Annan', 1]], JSON.stringify(sources));
  });
});
