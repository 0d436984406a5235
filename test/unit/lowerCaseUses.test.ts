/**
 * Lower-case uses of the words entity resolution asks about, all counted in one pass
 * (corpus/derived/lowerCaseUses.ts): whole words only, in lower case only, each up to its own
 * `enough`, from fresh analyses and from cached records alike.
 */
import * as assert from 'node:assert';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/analysis/cache/codec';
import { LowerCaseMemo, lowerCaseUses } from '../../server/src/analysis/corpus/derived/lowerCaseUses';
import { DocumentStore } from '../../server/src/analysis/corpus/documentStore';
import { analyzeDocument } from '../../server/src/analysis/document';
import { noRecognizers } from '../../server/src/analysis/recognizers';

const SPEECHES = [
  'Persistent drought, hunger and Malnutrition threaten the gains of the past decade in the Sahel.\n',
  'Chronic malnutrition affects one child in three in our region, and malnutrition in infancy is never made good; malnutrition-related deaths are rising.\n',
  'The persistent efforts of the Secretary-General deserve our thanks, as Herzl wrote. Our mountain peoples welcomed the International Year of the Mountain.\n',
  'We have seen undernutrition and malnutrition before, and persistent, persistent neglect.\n',
];

function storeOf(cached: boolean): DocumentStore {
  const store = new DocumentStore();
  SPEECHES.forEach((t, i) => {
    const d = analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers);
    store.set(`file:///ungdc/${i}.txt`, cached ? decodeAnalysis(encodeAnalysis(d), t, d.hash) : d);
  });
  return store;
}

describe('lower-case uses of the words resolution asks about', () => {
  for (const cached of [false, true]) {
    it(`counts whole lower-case words, each up to its own enough (${cached ? 'cached records' : 'fresh analyses'})`, () => {
      const asked = new Map([
        ['malnutrition', 10],
        ['persistent', 2],
        ['mountain', 5],
        ['herzl', 2],
        ['sahel', 2],
        ['famine', 2],
      ]);
      const uses = lowerCaseUses(storeOf(cached), asked);
      // "Malnutrition" and "malnutrition-related" are no lower-case uses of the word; "undernutrition" holds none.
      assert.deepStrictEqual(Object.fromEntries(uses), { malnutrition: 3, persistent: 2, mountain: 1, herzl: 0, sahel: 0, famine: 0 });
    });
  }

  for (const added of [3, 200]) {
    it(`counts the same with a memo of an earlier count as afresh when ${added} more words are asked (few: looked up one by one in each text read before; many: found in one pass over its word list)`, () => {
      const store = storeOf(false);
      const memo = new LowerCaseMemo();
      const first = new Map([['malnutrition', 10], ['persistent', 1]]);
      assert.deepStrictEqual(Object.fromEntries(lowerCaseUses(store, first, memo)), { malnutrition: 3, persistent: 1 });
      const words = ['mountain', 'drought', 'herzl', 'peoples', 'hunger', 'thanks', 'region', 'deaths', 'neglect', 'before'];
      for (let k = 0; words.length < added; k++) words.push(`word${k}`);
      const more = new Map([...first, ...words.slice(0, added).map((w): [string, number] => [w, 3])]);
      const counted = lowerCaseUses(store, more, memo);
      assert.deepStrictEqual(Object.fromEntries(counted), Object.fromEntries(lowerCaseUses(storeOf(false), more)));
      assert.deepStrictEqual([counted.get('mountain'), counted.get('drought'), counted.get('herzl')], [1, 1, 0]);
      if (added > 3) assert.deepStrictEqual([counted.get('peoples'), counted.get('deaths'), counted.get('word0')], [1, 1, 0]);
    });
  }

  it('counts many words of one text as whole lower-case words ("\'famine", "famine’s", "x-famine", "famine𝐁" beside "famine")', () => {
    const text = [
      "Famine, famine and 'famine: famine’s toll, -famine- and x-famine; famine𝐁 𝐁famine \ud800famine famine\udc00.",
      'Drought droughts drought-stricken drought; the desert and the desert. Locusts, locusts, hunger, hunger and hunger.',
      'A cyclone, the cyclone’s eye, cyclone2 and 2cyclone; floods and floods. İstanbul and i̇stanbul, i̇stanbul.',
    ].join('\n');
    const words = ['famine', 'drought', 'desert', 'locusts', 'hunger', 'cyclone', 'floods', 'i̇stanbul', 'monsoon'];
    const search = (w: string): number => {
      let n = 0;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) if (!/[\p{L}\p{N}'’-]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}'’-]/u.test(text[at + w.length] ?? ' ')) n++;
      return n;
    };
    const store = new DocumentStore();
    store.set('file:///ungdc/famine.txt', analyzeDocument(text, { sensitivity: 'precise' }, noRecognizers));
    const uses = lowerCaseUses(store, new Map(words.map((w): [string, number] => [w, 100])));
    assert.deepStrictEqual(Object.fromEntries(uses), Object.fromEntries(words.map((w) => [w, search(w)])));
    assert.deepStrictEqual([uses.get('famine'), uses.get('drought'), uses.get('hunger'), uses.get('i̇stanbul')], [5, 1, 3, 2]);
  });

  it('counts a word only in a document whose word list holds it, as the tokenizer parts the text (a web address, a letter with a mark)', () => {
    // The phrases' reading of a text counts the words asked too: as many uses as a search finds,
    // where the word list holds the word; none in a text that writes it only inside a longer token.
    const texts = ['See www.malnutrition.org for data, or write to info@malnutrition.net.', 'Acute malnutritioń spreads.', 'malnutrition, and see www.malnutrition.org.', 'Famine: famine, famine-stricken.'];
    const store = new DocumentStore();
    texts.forEach((t, i) => store.set(`file:///ungdc/${i}.txt`, analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers)));
    const asked = new Map([['malnutrition', 100], ['famine', 100], ['light weapons', 40]]);
    assert.deepStrictEqual(Object.fromEntries(lowerCaseUses(store, asked)), { malnutrition: 2, famine: 1, 'light weapons': 0 });
  });

  it('counts the same with a memo when phrases and words are asked since: the texts read again for the phrases count the words too', () => {
    const texts = ['Acute malnutrition and Light Weapons; see www.famine.org.', 'The light weapons trade, famine and malnutrition, malnutrition.', "Famine 𝐁famine, light weapons and famine's toll."];
    const store = new DocumentStore();
    texts.forEach((t, i) => store.set(`file:///ungdc/${i}.txt`, analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers)));
    const memo = new LowerCaseMemo();
    const first = new Map([['acute', 5], ['Light Weapons', 40]]);
    assert.deepStrictEqual(Object.fromEntries(lowerCaseUses(store, first, memo)), { acute: 0, 'Light Weapons': 1 });
    const reads = new Map<number, number>();
    texts.forEach((_, i) => {
      const d = store.get(`file:///ungdc/${i}.txt`)!;
      const text = d.text;
      Object.defineProperty(d, 'text', { get: () => (reads.set(i, (reads.get(i) ?? 0) + 1), text) });
    });
    const more = new Map([...first, ['light weapons', 40], ['malnutrition', 10], ['famine', 10], ['trade', 2]]);
    const counted = lowerCaseUses(store, more, memo);
    // Each text read once, for the phrase, the words counted in the same reading; but the text with
    // a surrogate, searched for the words again.
    assert.deepStrictEqual([0, 1, 2].map((i) => reads.get(i)), [1, 1, 2]);
    assert.deepStrictEqual(Object.fromEntries(counted), Object.fromEntries(lowerCaseUses(store, more)));
    assert.deepStrictEqual(Object.fromEntries(counted), { acute: 0, 'Light Weapons': 1, 'light weapons': 2, malnutrition: 3, famine: 2, trade: 1 });
  });

  it('counts the same words when phrases are asked too and the word filters of their count skip texts', () => {
    // Phrases asked: their count leaves a word filter per document, which answers for the words a
    // text holds only capitalised ("Famine", "Desert") without searching it; not for a text with
    // surrogates (a letter beyond the Basic Multilingual Plane beside a word) nor a word with a mark.
    const texts = [
      'Famine and Drought struck the Desert; the Light Weapons trade went on. İstanbul hosted talks.',
      'famine, drought-stricken fields and light weapons; the desert, the desert. i̇stanbul.',
      "Famine 𝐁famine and famine𝐁 \ud800x; Desert deserts.",
    ];
    const words = ['famine', 'drought', 'desert', 'deserts', 'i̇stanbul', 'monsoon'];
    const search = (text: string, w: string): number => {
      let n = 0;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) if (!/[\p{L}\p{N}'’-]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}'’-]/u.test(text[at + w.length] ?? ' ')) n++;
      return n;
    };
    const store = new DocumentStore();
    texts.forEach((t, i) => store.set(`file:///ungdc/${i}.txt`, analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers)));
    const asked = new Map<string, number>([...words.map((w): [string, number] => [w, 100]), ['light weapons', 40], ['Light Weapons', 40]]);
    const uses = lowerCaseUses(store, asked);
    for (const w of words) assert.strictEqual(uses.get(w), texts.reduce((n, t) => n + search(t, w), 0), w);
    assert.deepStrictEqual([uses.get('famine'), uses.get('desert'), uses.get('i̇stanbul'), uses.get('light weapons'), uses.get('Light Weapons')], [3, 2, 1, 1, 1]);
  });

  it('encodes each word asked once, not once per cached record whose word list is asked about it', () => {
    // A record's word list is searched by the word's UTF-8 bytes; encoded again for each record and
    // word in turn, the lookups allocated a buffer each (the 60 MB corpus asks 2,400 words of 3,300 records).
    const texts: string[] = [];
    for (let i = 0; i < 30; i++) texts.push(`Speech ${i}: malnutrition and famine, then malnutrition again and drought.`);
    const store = new DocumentStore();
    texts.forEach((t, i) => {
      const d = analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers);
      store.set(`file:///ungdc/${i}.txt`, decodeAnalysis(encodeAnalysis(d), t, d.hash));
    });
    const encode = TextEncoder.prototype.encode;
    let encodings = 0;
    TextEncoder.prototype.encode = function (this: InstanceType<typeof TextEncoder>, input?: string) {
      if (input === 'malnutrition') encodings++;
      return encode.call(this, input);
    };
    let uses: Map<string, number>;
    try {
      uses = lowerCaseUses(store, new Map([['malnutrition', 1000], ['famine', 1000], ['drought', 1000], ['light weapons', 10]]));
    } finally {
      TextEncoder.prototype.encode = encode;
    }
    assert.deepStrictEqual(Object.fromEntries(uses), { malnutrition: 60, famine: 30, drought: 30, 'light weapons': 0 });
    assert.ok(encodings <= 2, `${encodings} encodings`);
  });

  it('counts a word with a hyphen ("non-aligned") in the reading of each text, searching none for it', () => {
    // Searching the texts that hold such a word grew with the corpus times the words asked.
    const texts = ['The non-aligned countries met; non-aligned again, not -non-aligned nor non-aligned-ness.', 'The Non-Aligned Movement met.'];
    for (let i = 0; i < 40; i++) texts.push(`Speech ${i} on development, peace and the aligned interests of all.`);
    const store = new DocumentStore();
    texts.forEach((t, i) => store.set(`file:///ungdc/${i}.txt`, analyzeDocument(t, { sensitivity: 'precise' }, noRecognizers)));
    const indexOf = String.prototype.indexOf;
    let searches = 0;
    String.prototype.indexOf = function (this: string, sought: string, from?: number): number {
      if (sought === 'non-aligned') searches++;
      return indexOf.call(this, sought, from);
    };
    let uses: Map<string, number>;
    try {
      uses = lowerCaseUses(store, new Map([['non-aligned', 100], ['development', 100], ['light weapons', 10]]));
    } finally {
      String.prototype.indexOf = indexOf;
    }
    assert.deepStrictEqual(Object.fromEntries(uses), { 'non-aligned': 2, development: 40, 'light weapons': 0 });
    assert.strictEqual(searches, 0);
  });
});
