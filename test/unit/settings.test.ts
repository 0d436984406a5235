import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_KEY_TERM_OPTIONS } from '../../server/src/analysis/corpus/keyterms';
import { parseSettings } from '../../server/src/lsp/settings';

describe('settings: key terms', () => {
  it('reads discourseLens.keyTerms.minG2, minLogRatio and correctForTests, with p < 0.001 for the article, corrected, and twice as frequent by default', () => {
    assert.deepStrictEqual(parseSettings({}).keyTerms, { minG2: 10.83, minLogRatio: 1, correctForTests: true });
    assert.deepStrictEqual(parseSettings({ keyTerms: { minG2: 3.84, correctForTests: false } }).keyTerms, { minG2: 3.84, minLogRatio: 1, correctForTests: false });
    assert.deepStrictEqual(parseSettings({ keyTerms: { minG2: -1, minLogRatio: 'high' } }).keyTerms, DEFAULT_KEY_TERM_OPTIONS);
  });

  it('declares the key-term settings in package.json with the same defaults', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties ?? pkg.contributes.configuration[0].properties;
    assert.strictEqual(props['discourseLens.keyTerms.minG2'].default, DEFAULT_KEY_TERM_OPTIONS.minG2);
    assert.strictEqual(props['discourseLens.keyTerms.minLogRatio'].default, DEFAULT_KEY_TERM_OPTIONS.minLogRatio);
    assert.strictEqual(props['discourseLens.keyTerms.correctForTests'].default, DEFAULT_KEY_TERM_OPTIONS.correctForTests);
  });
});
