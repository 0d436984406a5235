/**
 * Mention lists kept through edits: after each edit, every query of the edited corpus equals the
 * same query of a corpus built fresh from the same texts, and the list of an entity the edit did
 * not touch is kept, not built again.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { quotationsIn, quotationsOf } from '../../server/src/analysis/corpus/quotedSources';
import type { EntityType } from '../../server/src/analysis/types';
import { patternRecognizers } from './helpers/taggedMentions';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const uriOf = (f: string) => `file:///samples/${encodeURIComponent(f)}`;
const KIEV = uriOf('Russia must intervene to drive Kiev junta out!.txt');
const TALKS = uriOf("Sunday night's meeting between Lavrov and Kerry.txt");

/** A tiny gazetteer tagger, so that what is tested is the index, not the trained model. */
const GAZ: [RegExp, EntityType][] = [
  [/\b(?:Vladimir Putin|Putin|Sergei Lavrov|Lavrov|John Kerry|Kerry|Barack Obama|Obama)\b/g, 'person'],
  [/\b(?:Ukraine|Russia|Moscow|Kiev|Crimea|Washington)\b/g, 'place'],
  [/\b(?:NATO|European Union|United Nations)\b/g, 'organization'],
];
const gazetteer = patternRecognizers(GAZ);

function corpusOf(texts: ReadonlyMap<string, string>): Corpus {
  const corpus = new Corpus({ sensitivity: 'precise' }, gazetteer);
  for (const [uri, text] of texts) corpus.update(uri, text);
  return corpus;
}

/** Everything the hover and the views ask of an entity, for every entity. */
function queries(corpus: Corpus): unknown {
  const index = corpus.index;
  return index.entities().map((e) => ({
    record: e,
    mentions: index.mentionsOf(e.id).toArray(),
    documents: index.documentsOf(e.id).toArray(),
    quotations: quotationsOf(index, e.id),
    concordance: index.concordance(e.id),
  }));
}

describe('mention lists through edits', () => {
  const texts = new Map<string, string>();
  for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()) texts.set(uriOf(f), readFileSync(path.join(SAMPLES, f), 'utf8'));

  it('answers every query after an edit as a corpus built fresh from the same texts', () => {
    const current = new Map(texts);
    const corpus = corpusOf(current);
    const edit = (uri: string, text: string | undefined) => {
      if (text === undefined) (current.delete(uri), corpus.remove(uri));
      else (current.set(uri, text), corpus.update(uri, text));
    };
    const kiev = texts.get(KIEV)!;
    const talks = texts.get(TALKS)!;
    const steps: [string, () => void][] = [
      ['a mention added', () => edit(KIEV, `${kiev}\nPutin spoke to Lavrov in Moscow.\n`)],
      ['a quotation of Lavrov added', () => edit(KIEV, `${kiev}\n"We will not allow this," Lavrov told reporters in Moscow.\n`)],
      ['one mention removed', () => edit(TALKS, talks.replace(/\bPutin\b/, 'the President'))],
      ['every mention of one entity removed from the document', () => edit(TALKS, talks.replace(/\b(?:Sergei Lavrov|Lavrov)\b/g, 'the minister'))],
      ['an entity new to the document', () => edit(TALKS, `${talks}\nThe European Union met in Crimea.\n`)],
      ['a name new to the corpus', () => edit(TALKS, `${talks}\nThe United Nations met in Washington.\n`)],
      ['an entity moved up past others', () => edit(TALKS, `${talks}\n${'Kerry flew to Washington. '.repeat(6)}\n`)],
      ['and down again, below its old place', () => edit(TALKS, talks.replace(/\b(?:John Kerry|Kerry)\b/g, 'the secretary'))],
      ['the text back', () => edit(TALKS, talks)],
      ['two documents edited before a query', () => (edit(KIEV, kiev), edit(TALKS, `${talks}\nPutin met Kerry.\n`))],
      ['a document deleted', () => edit(KIEV, undefined)],
      ['a document added', () => edit('file:///samples/zzz.txt', 'Vladimir Putin and John Kerry met in Moscow.\n')],
    ];
    queries(corpus); // lists cached before the first edit
    // The quotations of an entity as they were found before they were kept per generation: a pass over the corpus per entity.
    const quotationsFound = (id: string) => corpus.index.countedUris().flatMap((uri) => quotationsIn(corpus.index, uri).filter((q) => q.entityId === id));
    for (const [step, change] of steps) {
      change();
      assert.deepStrictEqual(queries(corpus), queries(corpusOf(current)), step);
      for (const e of corpus.index.entities()) assert.deepStrictEqual(quotationsOf(corpus.index, e.id), quotationsFound(e.id), `${step}: ${e.name}`);
    }
  });

  it('keeps the corpus order through an edit (the documents are not sorted again)', () => {
    const corpus = corpusOf(texts);
    // The counted store's shared sorted list (private: what mention lists and rankings are built on).
    const order = () => (corpus.index as unknown as { counted: { sortedUris(): readonly string[] } }).counted.sortedUris();
    corpus.index.entities();
    const before = order();
    assert.strictEqual(before.length, texts.size);
    corpus.update(KIEV, `${texts.get(KIEV)!}\nPutin spoke again.\n`);
    corpus.index.entities();
    assert.strictEqual(order(), before);
  });

  it('keeps the list of an entity the edited document does not name', () => {
    const corpus = corpusOf(texts);
    const index = corpus.index;
    const kerry = index.entityIdOf('John Kerry')!;
    const putin = index.entityIdOf('Putin')!;
    const kiev = texts.get(KIEV)!;
    assert.ok(!/\bKerry\b/.test(kiev) && /\bPutin\b/.test(kiev));
    const kerryBefore = index.mentionsOf(kerry);
    const putinBefore = index.mentionsOf(putin).length;
    corpus.update(KIEV, `${kiev}\nPutin spoke again.\n`);
    assert.strictEqual(index.mentionsOf(kerry), kerryBefore);
    assert.strictEqual(index.mentionsOf(putin).length, putinBefore + 1);
  });

  it('keeps the quotation list of an entity the edited document does not quote, and replaces the edited part of the others', () => {
    const corpus = corpusOf(texts);
    const index = corpus.index;
    const putin = index.entityIdOf('Putin')!;
    const lavrov = index.entityIdOf('Lavrov')!;
    const kiev = texts.get(KIEV)!;
    // Putin is quoted in the talks only; Lavrov in both.
    const putinBefore = index.quotationsOf(putin);
    assert.ok(putinBefore.length && putinBefore.every((q) => q.uri === TALKS));
    assert.ok(index.quotationsOf(lavrov).some((q) => q.uri === KIEV));
    corpus.update(KIEV, `"We stand firm," Lavrov said.\n${kiev}`);
    assert.strictEqual(index.quotationsOf(putin), putinBefore);
    const lavrovNow = index.quotationsOf(lavrov);
    assert.deepStrictEqual(lavrovNow, corpusOf(new Map([...texts, [KIEV, `"We stand firm," Lavrov said.\n${kiev}`]])).index.quotationsOf(lavrov));
    assert.strictEqual(lavrovNow.filter((q) => q.uri === KIEV).length, 3, JSON.stringify(lavrovNow));
  });
});
