/**
 * Phrase uses counted without matching the word expression over every text
 * (corpus/derived/phraseUses.ts) are the uses the simple count over each whole text finds: case as
 * written, words parted by white space only, two to four words, each phrase up to its `enough`;
 * in every document (each is counted alone too, so a document the fast path skips shows).
 */
import * as assert from 'node:assert';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/analysis/cache/codec';
import { LowerCaseMemo, lowerCaseUses } from '../../server/src/analysis/corpus/derived/lowerCaseUses';
import { phraseUses } from '../../server/src/analysis/corpus/derived/phraseUses';
import { DocumentStore } from '../../server/src/analysis/corpus/documentStore';
import { analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';

const SPEECHES = [
  'The illicit trade in small arms and light weapons fuels conflict. The Programme of Action on Small Arms and Light Weapons\nmust be implemented; light\n\tweapons kill. Small Arms, Light Weapons and ammunition.\n',
  'A large Western Power once held The Hague to account; the Hague Conventions, a Western power’s hegemony and a western power. We met at The  Hague in 1899, at The-Hague of old.\n',
  'Abimael Guzmán Reynoso led the Shining Path. Abimael guzmán reynoso, Abimael Guzmán-Reynoso. The African Unionís summit and the African unionís troops; the African Union’s Peace and Security Council.\n',
  // Astral letters are letters; a lone surrogate is none. "Aa" and "BB" hash alike.
  'The 𝐁old Initiative and the 𝐁old initiative; the \ud800Bold Initiative. BB Bb and Aa Bb, Aa Bb, aa bb. ΟΔΟΣ ΕΙΡΗΝΗΣ and οδος ειρηνης.\n',
  'non-aligned countries and Non-Aligned Countries; the Non-Aligned Movement. Group of 77 and China; the group of 77 and China. Rio+20 Conference, 2030 Agenda for Sustainable Development.\n',
  'General Assembly resolution 2758; the general assembly of the Union. General Assembly. General Assembly! general\u00a0assembly, General\r\nAssembly.\n',
];

const ASKED = [
  'light weapons', 'Light Weapons', 'small arms and light', 'Small Arms and Light', 'Arms Light', 'arms light',
  'Western power', 'Western Power', 'western power', 'The Hague', 'the Hague', 'the hague', 'Hague Conventions',
  'Abimael Guzmán Reynoso', 'Abimael guzmán reynoso', 'Guzmán Reynoso', 'African Unionís', 'African unionís', "African Union's", 'Union’s Peace',
  '𝐁old Initiative', '𝐁old initiative', 'Bold Initiative', 'Aa Bb', 'BB Bb', 'aa bb', 'ΟΔΟΣ ΕΙΡΗΝΗΣ', 'οδος ειρηνης',
  'non-aligned countries', 'Non-Aligned Countries', 'Non-Aligned Movement', 'Group of 77 and', 'group of 77',
  'Agenda for Sustainable Development', '2030 Agenda for Sustainable Development', 'Conference', 'Rio+20 Conference',
  'General Assembly', 'general assembly', 'General Assembly resolution 2758',
];

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The simple count: every word of every whole text, each run of two to four looked up. */
function simpleUses(texts: readonly string[], asked: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map([...asked.keys()].map((p): [string, number] => [p, 0]));
  for (const text of texts) {
    const words = [...text.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      let written = words[i][0];
      for (let j = i + 1; j < words.length && j < i + 4; j++) {
        if (!/^\s+$/.test(text.slice(words[j - 1].index + words[j - 1][0].length, words[j].index))) break;
        written += ` ${words[j][0]}`;
        if (written.toLowerCase() !== words.slice(i, j + 1).map((w) => w[0].toLowerCase()).join(' ')) continue;
        const n = counts.get(written);
        if (n !== undefined && n < asked.get(written)!) counts.set(written, n + 1);
      }
    }
  }
  return counts;
}

function storeOf(texts: readonly string[], cached: boolean): DocumentStore {
  const store = new DocumentStore();
  texts.forEach((t, i) => {
    const d = analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers);
    store.set(`file:///ungdc/${i}.txt`, cached ? decodeAnalysis(encodeAnalysis(d), t, d.hash) : d);
  });
  return store;
}

describe('phrase uses without matching every text', () => {
  for (const cached of [false, true]) {
    it(`are the simple count's in the corpus and in each document (${cached ? 'cached records' : 'fresh analyses'})`, () => {
      const asked = new Map(ASKED.map((p): [string, number] => [p, 100]));
      const expected = simpleUses(SPEECHES, asked);
      assert.deepStrictEqual(phraseUses(storeOf(SPEECHES, cached), asked), expected);
      // The corpus holds what the rule is about.
      assert.deepStrictEqual(
        ['light weapons', 'Light Weapons', 'The Hague', 'Abimael Guzmán Reynoso', '𝐁old Initiative', 'Aa Bb', 'BB Bb', 'ΟΔΟΣ ΕΙΡΗΝΗΣ', 'Arms Light', 'Rio+20 Conference', 'Union’s Peace'].map((p) => expected.get(p)),
        [2, 2, 2, 1, 1, 2, 1, 1, 0, 0, 1],
      );
      for (const text of SPEECHES) assert.deepStrictEqual(phraseUses(storeOf([text], cached), asked), simpleUses([text], asked), text);
    });
  }

  it('counts each phrase up to its own enough', () => {
    const asked = new Map([['General Assembly', 2], ['general assembly', 5], ['light weapons', 1], ['Light Weapons', 9]]);
    const uses = phraseUses(storeOf(SPEECHES, false), asked);
    assert.deepStrictEqual(Object.fromEntries(uses), Object.fromEntries(simpleUses(SPEECHES, asked)));
    assert.deepStrictEqual(Object.fromEntries(uses), { 'General Assembly': 2, 'general assembly': 2, 'light weapons': 1, 'Light Weapons': 2 });
  });

  it('read again, with a memo, only the edited document and those that may hold a phrase asked since', () => {
    const store = storeOf(SPEECHES, true);
    const reads = new Map<number, number>();
    const watch = (i: number): void => {
      const d = store.get(`file:///ungdc/${i}.txt`)!;
      const text = d.text;
      Object.defineProperty(d, 'text', { get: () => (reads.set(i, (reads.get(i) ?? 0) + 1), text) });
    };
    SPEECHES.forEach((_, i) => watch(i));
    const memo = new LowerCaseMemo();
    const asked = new Map(ASKED.map((p): [string, number] => [p, 100]));
    assert.deepStrictEqual(lowerCaseUses(store, asked, memo), simpleUses(SPEECHES, asked));
    assert.ok(SPEECHES.every((_, i) => reads.get(i) === 1), 'each text read once');
    // An edit of the first speech (a new analysis) and a name asked since ("Security Council", "Light weapons"): the
    // first text is read, and the third, whose words may hold "Security Council"; no other.
    reads.clear();
    const edited = `${SPEECHES[0]}The Security Council and the Light weapons trade.\n`;
    store.set('file:///ungdc/0.txt', analyzeDocument(edited, { sensitivity: 'precise' }, noRecognizers));
    watch(0);
    const again = new Map([...asked, ['Security Council', 100], ['Light weapons', 100]]);
    assert.deepStrictEqual(lowerCaseUses(store, again, memo), simpleUses([edited, ...SPEECHES.slice(1)], again));
    assert.deepStrictEqual([...reads.keys()].sort(), [0, 2]);
    // Asked again as it was: nothing read, the same counts.
    reads.clear();
    assert.deepStrictEqual(lowerCaseUses(store, asked, memo), simpleUses([edited, ...SPEECHES.slice(1)], asked));
    assert.strictEqual(reads.size, 0);
    // Words asked since, and fewer uses asked of a word than before: as a count without the memo finds them.
    const words = new Map([...asked, ['weapons', 100], ['assembly', 1], ['hague', 3], ['light', 2]]);
    assert.deepStrictEqual(lowerCaseUses(store, words, memo), lowerCaseUses(store, words));
    assert.deepStrictEqual([lowerCaseUses(store, words, memo).get('weapons'), lowerCaseUses(store, words, memo).get('assembly')], [3, 1]);
  });
});
