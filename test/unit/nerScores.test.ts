import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { nerEngine } from '../../server/src/analysis/entities/tagger';
import { F_CAND, F_CAP, F_LOWER_WORD, NerDoc, normalizeToken } from '../../server/src/analysis/entities/nerDoc';
import { nerFeatures, nerFeatures2, nerFixed } from '../../server/src/analysis/entities/features';
import { NER_TAGS, typeOfTag } from '../../server/src/analysis/entities/tagSet';
import { FeatureBuffer, SequenceModel, rankRow } from '../../server/src/analysis/learning';
import { addRows, pairWeights } from '../../server/src/analysis/entities/weightSums';
import { installShippedModels } from '../../server/src/node/modelFiles';

installShippedModels();

/** The seed articles, shipped in the repository as samples/. */
const SEEDS = path.join(__dirname, '..', '..', 'samples');

// UN-style paragraphs: names at sentence starts and ends, headlines, one-word sentences, pairs that repeat.
const SPEECHES = [
  'UNITED NATIONS GENERAL ASSEMBLY\nMr. President, allow me to congratulate you on your election. The United Nations was founded in San Francisco. Nations. United we stand.',
  'On behalf of the Government of the Republic of Ghana, I thank Secretary-General Kofi Annan. Ghana supports the Organization of African Unity and the Non-Aligned Movement.',
  'The Security Council must act. Israel and Palestine, India and Pakistan: the Council and the General Assembly of the United Nations cannot look away. Annan said so in New York.',
];

/**
 * The two passes as SequenceModel scores every candidate from all its features at once (nerFeatures,
 * then nerFeatures2 with the cascade of NerEngine.tagWords): the reference for the fast tagger's sums.
 */
function referenceTags(words: string[], starts: Int32Array, ids: Int32Array, seg: ReturnType<typeof segment>): { p1: Int32Array; tags: Int32Array; conf: Float32Array } {
  const engine = nerEngine();
  const n = words.length;
  const T = NER_TAGS.length;
  const doc = new NerDoc(words, starts, engine.lexicon, { types: { ids, vocabulary: seg.vocabulary } });
  const p1 = new Int32Array(n);
  const conf1 = new Float32Array(n);
  const buf = new FeatureBuffer(256);
  engine.pass1.tag(doc, n, nerFeatures, p1, conf1, nerFixed, buf);
  doc.setFirstPass(p1);
  const tags = new Int32Array(n);
  const conf = new Float32Array(n);
  const scores = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    tags[i] = 0;
    conf[i] = 1;
    if (!(doc.flags[i] & F_CAND)) continue;
    const maj = doc.aggMaj![i];
    if (conf1[i] >= engine.skipAbove && (maj === 7 || (maj & 7) === typeOfTag(p1[i]))) {
      tags[i] = p1[i];
      continue;
    }
    buf.clear();
    nerFeatures2(doc, i, tags, buf);
    engine.model.scores(buf, i === 0 ? T : tags[i - 1], scores);
    let best = 0;
    for (let k = 1; k < T; k++) if (scores[k] > scores[best]) best = k;
    tags[i] = best;
    conf[i] = best === 0 ? 1 : SequenceModel.confidence(scores, T, best, engine.model.temperature);
  }
  for (let i = 0; i < n; i++) if (tags[i] !== 0 && conf[i] === 1 && conf1[i] < 1) conf[i] = conf1[i];
  return { p1, tags, conf };
}

describe('entity tagger: paired weights', () => {
  it('holds both passes\' weights of every bucket', () => {
    const { pass1, model } = nerEngine();
    const paired = pairWeights(pass1, model);
    const T = NER_TAGS.length;
    let rows = 0;
    for (let bucket = 0; bucket <= paired.mask; bucket++) {
      const r = rankRow(paired.index, bucket);
      if (r < 0) {
        assert.ok(pass1.rowIndex(bucket) < 0 && model.rowIndex(bucket) < 0, `bucket ${bucket} has weights but no row`);
        continue;
      }
      rows++;
      for (let t = 0; t < T; t++) {
        assert.strictEqual(paired.rows0[r * T + t], pass1.weight(bucket, t), `pass 1, bucket ${bucket}, tag ${t}`);
        assert.strictEqual(paired.rows1[r * T + t], model.weight(bucket, t), `pass 2, bucket ${bucket}, tag ${t}`);
      }
    }
    assert.strictEqual(rows * T, paired.rows0.length);
    assert.strictEqual(rows * T, paired.rows1.length);
    assert.ok(rows > 10000, `${rows} rows`);
  });
});

describe('entity tagger: NerDoc', () => {
  // The tagger builds each document in the memory of the one before, zeroing only some of its rows.
  it('gives a document the same arrays in memory used by another document as in fresh memory', () => {
    const lexicon = nerEngine().lexicon;
    const prepare = (text: string) => {
      const seg = segment(text);
      const ids = seg.tokens.typeIds.slice(0, seg.tokens.length);
      const words = Array.from(ids, (id) => normalizeToken(seg.vocabulary.text(id)));
      return { words, starts: Int32Array.from(seg.sentences, (s) => s.firstToken), types: { ids, vocabulary: seg.vocabulary } };
    };
    const rows = ['lower', 'exact', 'shape', 'sshape', 'flags', 'sentStart', 'sentEnd', 'gazB', 'gazI', 'cluster', 'lcc', 'cacheStart'] as const;
    const memory = new ArrayBuffer(NerDoc.bytes(4096));
    const before = prepare(`${SPEECHES.join(' ')} ${SPEECHES.join(' ')}`);
    const doc = prepare(SPEECHES[1]);
    let compared = 0;
    for (const starts of [doc.starts, doc.starts.subarray(1)]) {
      new NerDoc(before.words, before.starts, lexicon, { types: before.types, memory }).setFirstPass(new Int32Array(before.words.length).fill(3));
      const reused = new NerDoc(doc.words, starts, lexicon, { types: doc.types, memory });
      const fresh = new NerDoc(doc.words, starts, lexicon, { types: doc.types });
      for (const row of rows) assert.deepStrictEqual(Array.from(reused[row]), Array.from(fresh[row]), row);
      compared += fresh.gazB.filter((m) => m !== 0).length;
    }
    assert.ok(compared > 0, 'a gazetteer match compared');
  });
});

describe('entity tagger: addRows', () => {
  it('makes no candidate of a capitalised contraction, at its first occurrence or again, and one of a name with an apostrophe', () => {
    const words = ["They've", 'met', "O'Neill", 'who', "I'd", 'say', "WE'LL", 'go', "They've", 'left', 'Annan', 'or', "I'M", 'no', "We'Ll"];
    const doc = new NerDoc(words, [0], nerEngine().lexicon);
    const candidates = words.filter((_, i) => doc.flags[i] & F_CAND);
    assert.deepStrictEqual(candidates, ["O'Neill", 'Annan', "We'Ll"]);
  });

  it('tells a capitalised word from a lower-case one by its first character, beyond ASCII too', () => {
    const words = ['Élan', 'été', 'Ωmega', 'ωmega', 'ǅemal', 'ǆemal', '«Non', 'Straße', 'ÉTÉ', '中文'];
    const doc = new NerDoc(words, [0], nerEngine().lexicon);
    const cased = words.map((w, i) => `${w}:${doc.flags[i] & F_CAP ? 'cap' : doc.flags[i] & F_LOWER_WORD ? 'lower' : '-'}`);
    assert.deepStrictEqual(cased, ['Élan:cap', 'été:lower', 'Ωmega:cap', 'ωmega:lower', 'ǅemal:lower', 'ǆemal:lower', '«Non:-', 'Straße:cap', 'ÉTÉ:cap', '中文:-']);
  });

  it('adds the listed rows to the sums, for the tagger\'s eleven tags and any other number', () => {
    for (const T of [11, 3]) {
      const rows = Int16Array.from({ length: 5 * T }, (_, k) => ((k * 7919) % 65536) - 32768);
      const list = Int32Array.from([9, 4, 0, 4, 2, 9]);
      const acc = Int32Array.from({ length: T + 2 }, (_, k) => k * 1000 - 5);
      const want = Array.from(acc);
      for (let f = 1; f < 5; f++) for (let k = 0; k < T; k++) want[1 + k] += rows[list[f] * T + k];
      addRows(rows, T, list, 1, 5, acc, 1);
      assert.deepStrictEqual(Array.from(acc), want, `T = ${T}`);
    }
  });
});

describe('entity tagger: scores', () => {
  // The tagger sums the weights of word types, pairs of word types and small feature groups once and
  // reuses the sums across documents: every tag and confidence must be those of all the features at once.
  it('gives every token the tags and confidences of its full feature set, also when the sums come from an earlier document', () => {
    const texts = [
      ...fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')),
      ...SPEECHES,
      'Ghana.',
      'Kofi Annan',
    ];
    let compared = 0;
    for (const text of [...texts, ...texts]) {
      const seg = segment(text);
      const n = seg.tokens.length;
      const ids = seg.tokens.typeIds.slice(0, n);
      const words = Array.from(ids, (id) => normalizeToken(seg.vocabulary.text(id)));
      const starts = Int32Array.from(seg.sentences, (s) => s.firstToken);
      const fast = nerEngine().tagWords(words, starts, { ids, vocabulary: seg.vocabulary });
      const ref = referenceTags(words, starts, ids, seg);
      for (let i = 0; i < n; i++) {
        const where = `token ${i} '${words[i]}' of ${JSON.stringify(text.slice(0, 40))}`;
        assert.strictEqual(fast.doc.p1![i], ref.p1[i], `first pass, ${where}`);
        assert.strictEqual(fast.tags[i], ref.tags[i], where);
        assert.strictEqual(fast.conf[i], ref.conf[i], `confidence, ${where}`);
        if (fast.doc.flags[i] & F_CAND) compared++;
      }
    }
    assert.ok(compared > 500, `${compared} candidates compared`);
  });
});
