/** Short texts analysed together, step by step (analyzeDocuments), give what each analysed alone gives. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, analyzeDocuments } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';

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
});
