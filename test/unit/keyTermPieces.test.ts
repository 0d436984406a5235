/**
 * Key terms: a word that a key phrase holds is no key term of its own ("illicit" of "illicit drugs",
 * "cane" of "sugar cane": the seed-157 audit), and the hover says why a key term of other articles
 * is not key in this one (its figures here against this article's corrected threshold).
 */
import * as assert from 'assert';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { segment } from '../../server/src/analysis/text/structure';
import { DEFAULT_KEY_TERM_OPTIONS, isPhrasePiece, ngramOccurrences, phraseHash } from '../../server/src/analysis/corpus/keyterms';
import { NgramCounts } from '../../server/src/analysis/corpus/tables/ngramCounts';
import { piecePhraseIn } from '../../server/src/analysis/corpus/derived/piecePhrases';
import { spanColumnsOf } from '../../server/src/analysis/corpus/spans';
import { createLanguageService } from '../../server/src/languageFeatures';
import { positionAt } from '../../server/src/languageFeatures/positions';
import { EMPTY_CODEBOOK } from '../../server/src/analysis/codebook/codebook';
import { ClientCommand } from '../../server/src/protocol';
import { noEntities, rotatedSpeech } from './helpers/generalDebate';

const speech = rotatedSpeech;

/** Two Caribbean speeches on "illicit drugs" (once "illicit arms"), and one on illicit trade of every kind. */
const DRUGS = ['The traffic in illicit drugs ruins our young people, and illicit drugs pay for crime.', 'We welcome the special session on illicit drugs and the fight against illicit arms.'];
const TRADE = ['Illicit trade in timber and illicit fishing rob our coasts.', 'Illicit financial flows and illicit mining drain the treasury, and illicit logging goes on.'];

function corpus(): Corpus {
  const c = new Corpus({ sensitivity: 'precise' }, noEntities);
  c.update('file:///u/tto.txt', speech(100, [...DRUGS, ...DRUGS]));
  c.update('file:///u/jam.txt', speech(101, [...DRUGS, ...DRUGS]));
  c.update('file:///u/trade.txt', speech(102, [...TRADE, ...TRADE]));
  c.update('file:///u/once.txt', speech(103, ['Illicit wealth has no place here.']));
  for (let d = 0; d < 40; d++) c.update(`file:///u/${d}.txt`, speech(d));
  return c;
}

describe('key terms: pieces of key phrases', function () {
  this.timeout(60_000);

  it('reports the phrase a single word ends ("sugar cane"), and calls a word most of whose uses key phrases hold a piece', () => {
    const seg = segment('We have banned sugar cane plantations in areas of native vegetation, and sugar cane ethanol is clean.');
    const occ = ngramOccurrences(seg, spanColumnsOf([]), new Set([phraseHash('cane')]));
    assert.strictEqual(occ.length, 2);
    assert.ok(occ.every((o) => o.preceded === phraseHash('sugar cane')), JSON.stringify(occ));
    assert.strictEqual(isPhrasePiece(1, 6, 4), true);
    assert.strictEqual(isPhrasePiece(1, 6, 3), false, 'half is not most');
    assert.strictEqual(isPhrasePiece(2, 6, 6), false, 'a phrase is left to the modifier rule');
  });

  it('does not show a word in a document where a phrase key there holds most of its uses, and keeps it where it stands alone', () => {
    const c = corpus();
    const own = (uri: string) => c.index.keyTermsOf(uri).map((k) => k.label.toLowerCase());
    assert.ok(own('file:///u/tto.txt').includes('illicit drugs'), JSON.stringify(own('file:///u/tto.txt')));
    assert.ok(!own('file:///u/tto.txt').includes('illicit'), JSON.stringify(c.index.keyTermsOf('file:///u/tto.txt')));
    assert.ok(own('file:///u/trade.txt').includes('illicit'), JSON.stringify(own('file:///u/trade.txt')));
  });

  it('keeps a piece word a key term of a document where no phrase key there holds it (the theme is not lost), and shows the phrase where one does', () => {
    // "illicit" is a piece of "illicit drugs" in the three speeches read for its label (jam, kna, tto); wsm is on illicit trade of every kind.
    const c = new Corpus({ sensitivity: 'precise' }, noEntities);
    for (const d of ['jam', 'kna', 'tto']) c.update(`file:///u/${d}.txt`, speech(d.charCodeAt(0), [...DRUGS, ...DRUGS]));
    c.update('file:///u/wsm.txt', speech(104, [...TRADE, ...TRADE, ...TRADE]));
    for (let d = 0; d < 40; d++) c.update(`file:///u/${d}.txt`, speech(d));
    const own = (uri: string) => c.index.keyTermsOf(uri).map((k) => k.label.toLowerCase());
    assert.ok(own('file:///u/wsm.txt').includes('illicit'), JSON.stringify(own('file:///u/wsm.txt')));
    assert.ok(own('file:///u/jam.txt').includes('illicit drugs') && !own('file:///u/jam.txt').includes('illicit'), JSON.stringify(own('file:///u/jam.txt')));
    // The phrase to show in a piece word's place: the one holding most of its uses there, when key there.
    const counts = new NgramCounts();
    for (const u of c.index.uris()) counts.contribute(c.index.get(u)!, 1);
    const phrase = (uri: string) => piecePhraseIn(c.index.get(uri)!, { hash: phraseHash('illicit'), label: 'illicit' }, counts, 44, DEFAULT_KEY_TERM_OPTIONS, new Set())?.label;
    assert.strictEqual(phrase('file:///u/kna.txt'), 'illicit drugs');
    assert.strictEqual(phrase('file:///u/wsm.txt'), undefined, 'no phrase holds most of its uses');
  });

  it('says in the hover of a word why a key term of other articles is not key in this one', () => {
    const c = corpus();
    const service = createLanguageService({ corpus: c, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const hover = (uri: string, needle: string) => {
      const d = c.index.get(uri)!;
      const p = positionAt({ owner: d, text: d.text }, d.text.indexOf(needle) + 1);
      return (service.provideHover(uri, p)!.contents as { value: string }).value;
    };
    const once = hover('file:///u/once.txt', 'Illicit wealth');
    assert.match(once, /A key term in 1 article, not in this one\. Here: used once \(a key term is used 3 times at least\)\./, once);
    const held = hover('file:///u/tto.txt', 'illicit arms');
    assert.match(held, /not in this one\. Here: used 8 times, G² [\d.]+ \(needs G² ≥ [\d.]+, p < 0\.001 corrected for the \d+ terms this article tests\), log ratio [\d.]+ \(needs ≥ [\d.]+\); significant, but a longer key phrase/, held);
  });
});
