/** Short texts analysed together, step by step (analyzeDocuments), give what each analysed alone gives. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { Recognizers, SHORT_TEXT_CHARS, analyzeDocument, analyzeDocuments } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { scanFiles } from '../../server/src/node/scan';
import { SegmentedText, segment } from '../../server/src/analysis/text/structure';
import type { EntityMention } from '../../server/src/analysis/types';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

describe('analyzeDocuments', () => {
  it('gives each text the analysis analyzeDocument gives it alone', () => {
    const texts = fs.readdirSync(SAMPLES).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    // Cut into paragraphs, as short articles: many texts through each step in turn.
    const short = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((t) => t.trim());
    assert.ok(short.length > 8);
    const options = { sensitivity: 'balanced' as const };
    const together = analyzeDocuments(short, options, defaultRecognizers);
    const plain = (a: object) => JSON.stringify(a, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v instanceof Map ? [...v] : v));
    short.forEach((t, i) => assert.strictEqual(plain(together[i]), plain(analyzeDocument(t, options, defaultRecognizers)), `text ${i}`));
  });

  it('tags every text of a batch before the name rules of any, each text as the recogniser alone finds its entities', () => {
    const texts = fs.readdirSync(SAMPLES).sort().slice(0, 3).map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    const order: string[] = [];
    const { steps } = defaultRecognizers.entities;
    const recording: Recognizers = {
      ...defaultRecognizers,
      entities: Object.assign((seg: SegmentedText) => defaultRecognizers.entities(seg), {
        steps: {
          tag: (seg: SegmentedText) => (order.push(`tag ${texts.indexOf(seg.text)}`), steps.tag(seg)),
          rules: (seg: SegmentedText, tagged: EntityMention[]) => (order.push(`rules ${texts.indexOf(seg.text)}`), steps.rules(seg, tagged)),
        },
      }),
    };
    const analyses = analyzeDocuments(texts, { sensitivity: 'balanced' }, recording);
    assert.deepStrictEqual(order, ['tag 0', 'tag 1', 'tag 2', 'rules 0', 'rules 1', 'rules 2']);
    texts.forEach((t, i) => assert.deepStrictEqual(analyses[i].entities, defaultRecognizers.entities(segment(t)), `text ${i}`));
    assert.ok(analyses.every((a) => a.entities.length > 0));
  });

  it('a scan reports the one short text whose analysis fails and keeps the others of its batch', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-batch-'));
    try {
      const bodies = ['The minister spoke in Geneva on Monday.', 'Talks broke down over the ceasefire.', 'Delegates left the hall early.'];
      const items = bodies.map((body, i) => {
        const file = path.join(dir, `${i}.txt`);
        fs.writeFileSync(file, body);
        return { uri: `u${i}`, file };
      });
      // The tagger failing on one text (a bug that text triggers) must not take the batch with it.
      const failing: Recognizers = {
        ...defaultRecognizers,
        entities: (seg) => {
          if (seg.text.includes('ceasefire')) throw new Error('tagger failed');
          return defaultRecognizers.entities(seg);
        },
      };
      const corpus = new Corpus({ sensitivity: 'balanced' }, failing);
      const errors: string[] = [];
      const report = await scanFiles(corpus, items, { onError: (item) => errors.push(item.uri) });
      assert.deepStrictEqual([report.analysed, report.failed, errors], [2, 1, ['u1']]);
      assert.deepStrictEqual(corpus.index.uris(), ['u0', 'u2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a scan with batchLongTexts analyses long texts together, each as it is analysed alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-batch-long-'));
    try {
      const samples = fs.readdirSync(SAMPLES).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
      // Speeches' length: each text longer than SHORT_TEXT_CHARS, which a scan otherwise analyses alone.
      const texts = samples.slice(0, 3).map((t) => {
        let long = t;
        while (long.length <= SHORT_TEXT_CHARS) long += `\n\n${t}`;
        return long;
      });
      const items = texts.map((body, i) => {
        const file = path.join(dir, `${i}.txt`);
        fs.writeFileSync(file, body);
        return { uri: `u${i}`, file };
      });
      const steps: string[] = [];
      const counting: Recognizers = {
        ...defaultRecognizers,
        markers: (seg, options) => (steps.push(`markers ${texts.indexOf(seg.text)}`), defaultRecognizers.markers(seg, options)),
        entities: (seg) => (steps.push(`entities ${texts.indexOf(seg.text)}`), defaultRecognizers.entities(seg)),
      };
      const scan = async (batchLongTexts: boolean, longBatchChars?: number) => {
        steps.length = 0;
        const corpus = new Corpus({ sensitivity: 'balanced' }, counting);
        await scanFiles(corpus, items, { batchLongTexts, longBatchChars });
        return { corpus, steps: steps.slice() };
      };
      const alone = await scan(false);
      assert.deepStrictEqual(alone.steps, ['markers 0', 'entities 0', 'markers 1', 'entities 1', 'markers 2', 'entities 2']);
      const together = await scan(true);
      assert.deepStrictEqual(together.steps, ['markers 0', 'markers 1', 'markers 2', 'entities 0', 'entities 1', 'entities 2']);
      // A batch closes once it holds longBatchChars (the language server's smaller batches): here the first two texts.
      const two = await scan(true, texts[0].length + texts[1].length);
      assert.deepStrictEqual(two.steps, ['markers 0', 'markers 1', 'entities 0', 'entities 1', 'markers 2', 'entities 2']);
      const plain = (a: object) => JSON.stringify(a, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v instanceof Map ? [...v] : v));
      items.forEach(({ uri }) => assert.strictEqual(plain(together.corpus.index.get(uri)!), plain(alone.corpus.index.get(uri)!), uri));
      items.forEach(({ uri }) => assert.strictEqual(plain(two.corpus.index.get(uri)!), plain(alone.corpus.index.get(uri)!), uri));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
