/**
 * The manifest's semantic token types against the server's legend. VS Code keeps one registry of
 * token types for every language: redeclaring a standard type replaces it for all of them, and a
 * type that is its own super type sent the workbench's style lookup into an endless loop
 * ("Invalid array length" in getTokenStyleMetadata, the window frozen until then).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/languageFeatures/semanticTokens';

/** VS Code's standard semantic token types (tokenClassificationRegistry.ts). */
const STANDARD_TYPES: ReadonlySet<string> = new Set([
  'comment', 'string', 'keyword', 'number', 'regexp', 'operator', 'namespace', 'type', 'struct', 'class', 'interface', 'enum',
  'typeParameter', 'function', 'member', 'method', 'macro', 'variable', 'parameter', 'property', 'enumMember', 'event', 'decorator', 'label',
]);

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const declared: { id: string; superType?: string }[] = manifest.contributes.semanticTokenTypes;
const byId = new Map(declared.map((t) => [t.id, t]));

describe('semantic token types in the manifest', () => {
  it('declares no standard type again', () => {
    for (const t of declared) assert.ok(!STANDARD_TYPES.has(t.id), `${t.id} is a standard type`);
  });

  it('gives each declared type a chain of super types that ends in a standard type', () => {
    for (const t of declared) {
      const seen = new Set<string>();
      let id: string | undefined = t.id;
      while (id && byId.has(id)) {
        assert.ok(!seen.has(id), `${t.id}: its super types come back to ${id}`);
        seen.add(id);
        id = byId.get(id)!.superType;
      }
      assert.ok(id && STANDARD_TYPES.has(id), `${t.id} ends in ${id}, not a standard type`);
    }
  });

  it('covers every type of the server legend, declared or standard', () => {
    for (const id of SEMANTIC_TOKENS_LEGEND.tokenTypes) assert.ok(byId.has(id) || STANDARD_TYPES.has(id), id);
  });
});
