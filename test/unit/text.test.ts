/** The text layer: tokens, paragraphs, sentences, article structure and decoding, with exact offsets. */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import * as path from 'path';
import { articleStructure } from '../../server/src/analysis/text/article';
import { decodeArticle, firstInvalidUtf8 } from '../../server/src/analysis/text/decode';
import { segment, stripBom } from '../../server/src/analysis/text/structure';
import { tokenize } from '../../server/src/analysis/text/tokens';
import { TypeMemo, TypeTable, Vocabulary, currentVocabulary } from '../../server/src/analysis/text/vocabulary';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { findRhetoricMarkers } from '../../server/src/analysis/rhetoric';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const sample = (name: string) => readFileSync(path.join(SAMPLES, name), 'utf8');
const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits possessives and contractions, PTB style, with straight and curly apostrophes', () => {
    assert.deepStrictEqual(texts("Putin's men hasn’t said Moscow’s"), ['Putin', "'s", 'men', 'has', 'n’t', 'said', 'Moscow', '’s']);
  });

  it('keeps hyphenated words, dotted abbreviations and initialisms whole', () => {
    assert.deepStrictEqual(texts('counter-revolutionary U.S. troops on Feb. 26, Mr. Lavrov and J. Smith.'), [
      'counter-revolutionary', 'U.S.', 'troops', 'on', 'Feb.', '26', ',', 'Mr.', 'Lavrov', 'and', 'J.', 'Smith', '.',
    ]);
  });

  it('separates quotes and dashes from words and treats NBSP and zero-width space as spaces', () => {
    assert.deepStrictEqual(texts('‘no-fly’ zones – “the end”\u00a0of\u200bit'), ['‘', 'no-fly', '’', 'zones', '–', '“', 'the', 'end', '”', 'of', 'it']);
  });

  it('gives offsets that slice to the token in every script, including astral characters', () => {
    const text = 'Зеленский said “мир” to 習近平 😀 and Ολυμπία’s team.';
    for (const t of tokenize(text)) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.ok(texts(text).includes('Зеленский'));
    assert.ok(texts(text).includes('😀'));
  });

  it('answers the same for a character asked again, in and out of surrogate pairs (the per-code-unit memo)', () => {
    const text = 'São Tomé: café ١٢٣ 𝐀𝐁 x\u0301y é.g. São';
    const once = texts(text);
    assert.deepStrictEqual(once, ['São', 'Tomé', ':', 'café', '١٢٣', '𝐀𝐁', 'x\u0301y', 'é.g.', 'São']);
    assert.deepStrictEqual(texts(text), once);
  });

  it('gives a one-character word the same id however it is asked', () => {
    const v = new Vocabulary();
    const dot = v.id('a. b', 1, 2);
    assert.strictEqual(v.id('.'), dot);
    assert.strictEqual(v.text(dot), '.');
    assert.notStrictEqual(v.id('\u2014'), v.id('\u2013'));
    assert.strictEqual(v.id('x\u2014', 1, 2), v.id('\u2014'));
    assert.strictEqual(v.id('\u3001'), v.id('y\u3001', 1));
  });

  it('classifies numbers and words', () => {
    const kinds = tokenize('In 2014 , 50 people').map((t) => t.kind);
    assert.deepStrictEqual(kinds, ['word', 'number', 'punct', 'number', 'word']);
  });
});

describe('glued photo credits', () => {
  it('splits an agency credit glued to the next word, and nothing else', () => {
    assert.deepStrictEqual(texts('ReutersCrimean Tatars protest'), ['Reuters', 'Crimean', 'Tatars', 'protest']);
    assert.deepStrictEqual(texts('GettyThe man, APTN, AFPTV, Reuters reported, Bloomberg'), ['Getty', 'The', 'man', ',', 'APTN', ',', 'AFPTV', ',', 'Reuters', 'reported', ',', 'Bloomberg']);
    assert.deepStrictEqual(texts('ReutersÉmile APÉcole AFPÉCOLE TASSé'), ['Reuters', 'Émile', 'AP', 'École', 'AFPÉCOLE', 'TASSé']);
    const [credit, word] = tokenize('ReutersCrimean');
    assert.deepStrictEqual([credit.start, credit.end, word.start, word.end], [0, 7, 7, 14]);
  });
});

describe('word types', () => {
  it('gives equal token texts one id and one shared string', () => {
    const toks = tokenize('the war, the War and the war');
    const the = toks.filter((t) => t.text === 'the');
    assert.strictEqual(new Set(the.map((t) => t.typeId)).size, 1);
    const ids = new Set(toks.map((t) => t.typeId));
    assert.strictEqual(ids.size, new Set(toks.map((t) => t.text)).size, 'one id per distinct text');
    const v = currentVocabulary();
    for (const t of toks) assert.strictEqual(v.text(t.typeId), t.text);
  });

  it('starts a new vocabulary past its size limit, and memos start over with it', () => {
    const before = currentVocabulary();
    const memo = new TypeMemo<string>();
    const table = memo.table(before);
    table[before.id('junta')] = 'memoised';
    assert.strictEqual(memo.table(before)[before.id('junta')], 'memoised');
    const after = currentVocabulary(0);
    assert.notStrictEqual(after, before);
    assert.ok(memo.table(after).every((v) => v === undefined), 'a new vocabulary empties the memo');
    assert.ok(memo.table(after, 'another model').length >= after.size, 'long enough for every id');
  });

  it('analyses a text segmented before a vocabulary change exactly like a fresh one', () => {
    const a = sample('Defend Ukraine independence!.txt');
    const stale = segment(a);
    currentVocabulary(0); // a new vocabulary: the stale text's ids belong to the old one
    segment(sample(readdirSync(SAMPLES).find((f) => !f.startsWith('Defend'))!));
    const fresh = segment(a);
    assert.notStrictEqual(fresh.vocabulary, stale.vocabulary);
    assert.deepStrictEqual(recognizeEntities(stale), recognizeEntities(fresh));
    assert.deepStrictEqual(findRhetoricMarkers(stale, { sensitivity: 'balanced' }), findRhetoricMarkers(fresh, { sensitivity: 'balanced' }));
    assert.ok(recognizeEntities(fresh).length > 10);
  });

  it('keeps integer records per type through growth, and empties them with a new vocabulary or key', () => {
    const v = new Vocabulary();
    const records = new TypeTable(3);
    const first = v.id('first');
    records.table(v)[first * 3 + 2] = 42;
    for (let k = 0; k < 3000; k++) v.id(`w${k}`);
    const grown = records.table(v);
    assert.ok(grown.length >= v.size * 3);
    assert.strictEqual(grown[first * 3 + 2], 42, 'kept through growth');
    assert.strictEqual(grown[(v.size - 1) * 3], 0, 'zero for types never stored');
    assert.strictEqual(records.table(v, 'other lexicon')[first * 3 + 2], 0, 'another key starts over');
    assert.strictEqual(records.table(new Vocabulary())[first * 3 + 2] ?? 0, 0, 'another vocabulary starts over');
  });

  it('does not keep analysed texts alive through the words it keeps', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let d = 0; d < 40; d++) {
      // New long words (a slice of 13+ characters is a view of the whole text in V8) in a 400 KB text.
      const words = Array.from({ length: 20 }, (_, k) => `verylongwordnumber${d}x${k}`).join(' ');
      segment(`${words} ${'the '.repeat(100_000)}`);
    }
    gc();
    const retainedMB = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(retainedMB < 4, `retained ${retainedMB.toFixed(1)} MB of 16 MB of texts`);
  });

  it('keeps ids apart between vocabularies', () => {
    const v = new Vocabulary();
    assert.deepStrictEqual([v.id('a'), v.id('b'), v.id('a')], [0, 1, 0]);
    assert.strictEqual(v.size, 2);
  });

  it('looks words up inside a text by range, and keeps every id through table growth', () => {
    const v = new Vocabulary();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}é`);
    const text = words.join(' ');
    const ids: number[] = [];
    let at = 0;
    for (const w of words) {
      ids.push(v.id(text, at, at + w.length));
      at += w.length + 1;
    }
    assert.deepStrictEqual(ids, words.map((_, k) => k));
    for (let k = 0; k < words.length; k++) {
      assert.strictEqual(v.id(words[k]), k, 'found again after growth');
      assert.strictEqual(v.text(k), words[k]);
    }
    assert.strictEqual(v.id('w0'), words.length, 'a prefix of a known word is a new word');
    assert.strictEqual(v.id(''), words.length + 1);
  });
});

describe('segment', () => {
  it('makes every non-blank line a paragraph and keeps CRLF offsets exact', () => {
    const text = 'Headline here\r\n\r\nFirst para. Second sentence!\r\nNext para';
    const seg = segment(text);
    assert.deepStrictEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)), ['Headline here', 'First para. Second sentence!', 'Next para']);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['Headline here', 'First para.', 'Second sentence!', 'Next para']);
  });

  it('ends a line at CR, LF or CRLF, trims it and drops blank ones (lines found by code unit)', () => {
    const text = '\r\n \tHeadline\u00a0\rFirst line.\nSecond line.\r\n\r\n \t \n\u2003Last line\r';
    const seg = segment(text);
    assert.deepStrictEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end)), ['Headline', 'First line.', 'Second line.', 'Last line']);
    assert.deepStrictEqual(segment('One line, no break').paragraphs, [{ start: 0, end: 18 }]);
    assert.deepStrictEqual(segment('\n\r\n').paragraphs, []);
  });

  it('does not end a sentence after an abbreviation and keeps closing quotes with the sentence', () => {
    const text = 'Mr. Lavrov met U.S. envoys on Feb. 26. “It failed.” Then they left.';
    const seg = segment(text);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['Mr. Lavrov met U.S. envoys on Feb. 26.', '“It failed.”', 'Then they left.']);
  });

  it('starts a sentence at an upper-case or non-letter character in any script, not at a lower-case letter', () => {
    const text = 'It ended. élan vital went on. Élan won. 3 left. ¿Qué? Да. ok';
    const seg = segment(text);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['It ended. élan vital went on.', 'Élan won.', '3 left.', '¿Qué?', 'Да. ok']);
  });

  it('starts a sentence at an opening quote or dash, a number or a capital beyond ASCII (by the type, whatever the token)', () => {
    const text = 'It ended. «Non» came. “Yes” came. ‘No’ came. — Then. – So. ½ left. ² up. ß is lower. Ω is upper. 中文 too. ǅ is title.';
    const seg = segment(text);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), [
      'It ended.', '«Non» came.', '“Yes” came.', '‘No’ came.', '— Then.', '– So.', '½ left.', '² up. ß is lower.', 'Ω is upper. 中文 too.', 'ǅ is title.',
    ]);
  });

  it('sentence token ranges point at the sentence tokens', () => {
    const seg = segment(sample('The first step.txt'));
    for (const s of seg.sentences) {
      assert.strictEqual(seg.tokens.starts[s.firstToken], s.start);
      assert.strictEqual(seg.tokens.ends[s.endToken - 1], s.end);
    }
  });

  it('strips a leading BOM only', () => {
    assert.strictEqual(stripBom('\ufeffabc'), 'abc');
    assert.strictEqual(stripBom('a\ufeffbc'), 'a\ufeffbc');
  });

  it('handles one line of several megabytes in linear time', () => {
    const line = 'The Kremlin said the so-called talks failed, and ‘partnership’ ended. '.repeat(60000);
    const seg = segment(line);
    assert.strictEqual(seg.paragraphs.length, 1);
    assert.strictEqual(seg.sentences.length, 60000);
  });
});

describe('articleStructure', () => {
  const structureOf = (text: string) => {
    const a = articleStructure(text, segment(text).paragraphs);
    const slice = (r?: { start: number; end: number }) => (r ? text.slice(r.start, r.end) : undefined);
    return { headline: slice(a.headline), standfirst: slice(a.standfirst), byline: a.byline?.author, date: a.date?.value };
  };

  it('finds headline, standfirst, byline and date in "Defend Ukraine independence!"', () => {
    assert.deepStrictEqual(structureOf(sample('Defend Ukraine independence!.txt')), {
      headline: 'Defend Ukraine independence!',
      standfirst: 'Demand Moscow’s troops out\u00a0now', // the source has a non-breaking space
      byline: 'Roy Landersen',
      date: 'April 3, 2023',
    });
  });

  it('finds a headline ending in an ellipsis and none when the article starts with its first sentence', () => {
    assert.strictEqual(structureOf(sample('The first step.txt')).headline, 'The first step…');
    assert.strictEqual(structureOf(sample("Sunday night's meeting between Lavrov and Kerry.txt")).headline, undefined);
  });

  it('takes no headline from a speech\'s hard-wrapped first paragraph, and a news headline in capitals or above a dateline', () => {
    // UN General Debate speeches start with their first sentence, hard-wrapped; some break it at a page number.
    for (const speech of [
      'I would first like to\ncongratulate Mr. Jan Eliasson upon his election to the\n10\n\npresidency of the General Assembly.\n',
      'On behalf of the Foreign\nMinister of Australia, Mr. Alexander Downer, who is\nunable to be here because of our national election next\n23\n\n\nweek, I would like to extend warm congratulations to you.\n',
      '1. My first act in addressing this Assembly will be to convey to you the greetings of our great leader.\n\n2. The world has changed.\n',
    ]) assert.strictEqual(structureOf(speech).headline, undefined, speech);
    assert.strictEqual(structureOf('SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.\n\nLONDON 1996-08-30\n\nThe world\'s costliest footballer Alan Shearer was named as the new England captain on Friday.\n').headline, 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.');
    assert.strictEqual(structureOf('Jones Medical completes acquisition.\n\nST. LOUIS 1996-08-30\n\nJones Medical Industries Inc said it completed the acquisition.\n').headline, 'Jones Medical completes acquisition.');
    assert.strictEqual(structureOf('Jones Medical completes acquisition.\n\nJones Medical Industries Inc said on Friday it completed the acquisition.\n').headline, undefined, 'a sentence without a dateline is the article\'s first sentence');
  });
});

describe('decodeArticle', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('decodes UTF-8 and removes a BOM', () => {
    const r = decodeArticle(new Uint8Array(Buffer.from('\ufeffKyiv “quoted”', 'utf8')));
    assert.deepStrictEqual(r, { ok: true, text: 'Kyiv “quoted”', warnings: [] });
  });

  it('decodes invalid UTF-8 with replacement characters and says where', () => {
    const r = decodeArticle(bytes(0x4b, 0x79, 0xff, 0x69, 0x76));
    assert.ok(r.ok);
    assert.strictEqual(r.text, 'Ky\ufffdiv');
    assert.match(r.warnings[0], /invalid UTF-8 \(first bad byte at offset 2\)/);
    assert.strictEqual(firstInvalidUtf8(bytes(0xe2, 0x80, 0x9c, 0xc3)), 3);
  });

  it('refuses binary files', () => {
    const r = decodeArticle(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13));
    assert.deepStrictEqual(r.ok, false);
    assert.match((r as { reason: string }).reason, /binary/);
  });

  it('accepts an empty file and decodes UTF-16 with a BOM', () => {
    assert.deepStrictEqual(decodeArticle(bytes()), { ok: true, text: '', warnings: [] });
    const r = decodeArticle(bytes(0xff, 0xfe, 0x4b, 0, 0x79, 0));
    assert.ok(r.ok && r.text === 'Ky');
  });

  it('refuses files over the size limit without decoding them', () => {
    const r = decodeArticle(new Uint8Array(2048), 1024);
    assert.strictEqual(r.ok, false);
    assert.match((r as { reason: string }).reason, /over the limit/);
  });
});
