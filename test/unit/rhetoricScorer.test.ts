import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { candidateMemo, loadRhetoricModel, markersAtLevel, rhetoricCandidates, sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import { buildContext, CONTEXT_FEATURES, contextValues, SENTENCE_CONTEXT, sentenceContextValues, TOKEN_CONTEXT } from '../../server/src/analysis/rhetoric/features';
import { builtInLexicon, LEXICON_CATEGORY_IDS, matchLexicon } from '../../server/src/analysis/rhetoric/lexicon';
import { hashCombine } from '../../server/src/analysis/learning';
import { findQuotedSpans } from '../../server/src/analysis/rhetoric/scareQuotes';
import type { Sensitivity } from '../../server/src/analysis/types';

/** The seed articles (samples/) and a few sentences with multi-word lexicon entries and edge cases. */
const TEXTS = [
  ...fs.readdirSync(path.join(__dirname, '..', '..', 'samples')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(__dirname, '..', '..', 'samples', f), 'utf8')),
  'The war criminal called it a witch hunt by the deep state, and it goes without saying that our troops serve the American people. No justice, no peace!',
  'a',
  'Evil.',
  'The the the the regime regime of the puppet regime, the puppet regime.',
];

const LEVELS: Sensitivity[] = ['precise', 'balanced', 'exploratory'];

/** The window maximum, the document frequencies and the lexicon hits of a context are those of their definitions. */
function assertDefinitions(seg: ReturnType<typeof segment>, d: ReturnType<typeof buildContext>): void {
  // Window: the largest rate of the three tokens on each side, the token itself left out (-1 for none).
  for (let i = 0; i < d.n; i++) {
    let m = -1;
    for (let j = Math.max(0, i - 3); j < Math.min(d.n, i + 4); j++) if (j !== i) m = Math.max(m, d.rate[j]);
    assert.strictEqual(d.wmax[i], m, `window at ${i}`);
  }
  // Occurrences of the lemma (capped at 9), and in the tens whether the pair (i-1, i) occurs twice.
  const words = new Map<number, number>();
  const pairs = new Map<number, number>();
  const pairAt = (i: number) => (i > 0 && d.shape[i - 1] < 3 ? hashCombine(d.lh[i - 1], d.lh[i]) | 0 : undefined);
  for (let i = 0; i < d.n; i++) {
    if (d.shape[i] >= 3) continue;
    words.set(d.lh[i], (words.get(d.lh[i]) ?? 0) + 1);
    const p = pairAt(i);
    if (p !== undefined) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  for (let i = 0; i < d.n; i++) {
    const p = pairAt(i);
    const expected = d.shape[i] >= 3 ? 0 : ((p !== undefined && pairs.get(p)! >= 2) ? 10 : 0) + Math.min(9, words.get(d.lh[i])!);
    assert.strictEqual(d.docFreq[i], expected, `document frequency at ${i}`);
  }
  // Hits with the per-type lookups are those of the lexicon's own lookups; each token's sentence, hit category and place in a quote.
  assert.deepStrictEqual(d.hits, matchLexicon(builtInLexicon(), seg.tokens, d.keys));
  for (const s of seg.sentences) for (let i = s.firstToken; i < s.endToken; i++) assert.deepStrictEqual([d.sFirst[i], d.sEnd[i]], [s.firstToken, s.endToken], `sentence at ${i}`);
  const lex = new Int8Array(d.n);
  for (const h of d.hits) lex.fill(LEXICON_CATEGORY_IDS.indexOf(h.entry.category) + 1, h.firstToken, h.endToken);
  assert.deepStrictEqual(d.lex, lex);
  const quote = new Int8Array(d.n);
  const toks = seg.tokens;
  for (const q of d.quotes) for (let i = 0; i < d.n; i++) if (toks.ends[i] > q.start && toks.starts[i] < q.end) quote[i] = toks.starts[i] === q.start || toks.ends[i] === q.end ? 2 : 1;
  assert.deepStrictEqual(d.quote, quote);
}

describe('rhetoric scorer: what it leaves out changes nothing', () => {
  it('a candidate set cut at a threshold is the full set less what is below it, and a memo cut higher computes a lower cut again', () => {
    const model = loadRhetoricModel();
    let cut = 0;
    for (const text of TEXTS) {
      const seg = segment(text);
      for (const level of LEVELS) {
        const m = model.forLevel(level);
        const t = sensitivityThreshold(level, model);
        const all = rhetoricCandidates(seg, undefined, m);
        const kept = all.filter((c) => c.source === 'codebook' || c.confidence >= t);
        cut += all.length - kept.length;
        const memo = candidateMemo(seg, undefined);
        assert.deepStrictEqual(memo(m, t), kept);
        assert.deepStrictEqual(memo(m, t + 0.1), kept, 'a higher threshold reuses the set');
        assert.deepStrictEqual(memo(m), all, 'no threshold: every candidate');
      }
    }
    assert.ok(cut > 0, 'some candidates fall below a threshold');
  });

  it('markers at each level are the same from all candidates as from the cut ones', () => {
    const model = loadRhetoricModel();
    for (const text of TEXTS) {
      const seg = segment(text);
      const full = candidateMemo(seg, undefined);
      const everything = (m: typeof model) => full(m);
      for (const level of LEVELS) {
        const thresholdOf = (s: Sensitivity) => sensitivityThreshold(s, model);
        assert.deepStrictEqual(
          markersAtLevel(text, candidateMemo(seg, undefined), model, level, thresholdOf, undefined, true),
          markersAtLevel(text, everything, model, level, thresholdOf, undefined, true),
        );
      }
    }
  });

  it('the window maximum, the document frequencies and the lexicon hits are those of their definitions', () => {
    const model = loadRhetoricModel();
    for (const text of TEXTS) {
      const seg = segment(text);
      assertDefinitions(seg, buildContext(seg, model.rates));
    }
  });

  it('so they are after a document longer than any before, of words never seen (the scratch grown for it)', () => {
    const model = loadRhetoricModel();
    // 40,000 invented words, each twice, some pairs repeated, and lexicon words among them: more tokens and lemmas than any text before.
    const word = (i: number) => 'zq' + i.toString(26).replace(/[0-9]/g, (c) => 'abcdefghij'[Number(c)]);
    const words: string[] = [];
    for (let i = 0; i < 40000; i++) words.push(word(i), i % 7 === 0 ? 'regime' : word(i >> 1));
    const text = words.join(' ') + '. The puppet regime, the "puppet" regime.';
    for (const t of [text, TEXTS[0]]) {
      const seg = segment(t);
      assertDefinitions(seg, buildContext(seg, model.rates));
    }
  });

  it('the context templates a scorer sums once a sentence have one value in a sentence, and with the others make all templates once', () => {
    const model = loadRhetoricModel();
    assert.deepStrictEqual([...SENTENCE_CONTEXT, ...TOKEN_CONTEXT].sort((a, b) => a - b), Array.from({ length: CONTEXT_FEATURES }, (_, k) => k));
    const first = new Int32Array(CONTEXT_FEATURES);
    const at = new Int32Array(CONTEXT_FEATURES);
    let compared = 0;
    for (const text of TEXTS) {
      const seg = segment(text);
      const d = buildContext(seg, model.rates);
      for (const s of seg.sentences) {
        sentenceContextValues(d, s.firstToken, first);
        for (let i = s.firstToken; i < s.endToken; i++) {
          contextValues(d, i, at);
          for (const k of SENTENCE_CONTEXT) assert.strictEqual(at[k], first[k], `template ${k} at token ${i}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 1000);
  });

  it('finds multi-word entries whose later words follow a common first word', () => {
    const seg = segment('The war criminal said it goes without saying that our troops serve the American people. No justice, no peace!');
    const d = buildContext(seg, loadRhetoricModel().rates);
    const terms = d.hits.map((h) => h.entry.term);
    for (const t of ['war criminal', 'it goes without saying', 'our troops', 'the american people', 'no justice, no peace']) assert.ok(terms.includes(t), `${t} in ${terms.join(', ')}`);
  });

  it('quoted spans to the end of the text are those found character by character', () => {
    // A range ending before the text's end reads it character by character; one ending with it searches each mark.
    const pieces = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', ' ', 'a', 'word', 's', '\n', ',', '.', '-', '('];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const texts = [...TEXTS];
    for (let k = 0; k < 300; k++) texts.push(Array.from({ length: 5 + Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    let found = 0;
    for (const text of texts) {
      const whole = findQuotedSpans(text);
      assert.deepStrictEqual(whole, findQuotedSpans(text + 'x', 0, text.length), JSON.stringify(text));
      assert.deepStrictEqual(findQuotedSpans(text, 3, text.length, 30, true), findQuotedSpans(text + 'x', 3, text.length, 30, true), JSON.stringify(text));
      found += whole.length;
    }
    assert.ok(found > 50, `${found} spans`);
  });
});
