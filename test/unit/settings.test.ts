import * as assert from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
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

describe('settings: the client reads each setting at its declared scope', () => {
  // VS Code logs a warning for each window-scoped setting read through a resource, and a resource-scoped
  // one read without a resource ignores folder settings: config() is for the first, folderConfig() the second.
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
  const props: Record<string, { scope?: string }> = pkg.contributes.configuration.properties ?? pkg.contributes.configuration[0].properties;
  const clientDir = path.resolve(__dirname, '..', '..', 'client', 'src');
  const reads = readdirSync(clientDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(path.join(clientDir, f), 'utf8').matchAll(/\b(config|folderConfig)\(\)\.get(?:<[^>]*>)?\('([^']+)'/g)].map((m) => ({ file: f, accessor: m[1], key: m[2] })));

  it('finds the reads it checks', () => {
    assert.ok(reads.some((r) => r.accessor === 'config') && reads.some((r) => r.accessor === 'folderConfig'), JSON.stringify(reads));
  });

  it('reads window-scoped settings through config() and resource-scoped ones through folderConfig()', () => {
    for (const r of reads) {
      const declared = props[`discourseLens.${r.key}`];
      assert.ok(declared, `${r.file} reads undeclared setting ${r.key}`);
      const resource = declared.scope === 'resource' || declared.scope === 'language-overridable' || declared.scope === 'machine-overridable';
      assert.strictEqual(r.accessor, resource ? 'folderConfig' : 'config', `${r.file} reads ${r.key} (scope ${declared.scope ?? 'window'}) through ${r.accessor}()`);
    }
  });
});
