import * as assert from 'node:assert';
import { ModelFormatError } from '../../server/src/analysis/learning';
import {
  GAZ_COUNTRY, GAZ_LOC, GAZ_PER, LC_ALWAYS_LOWER, NER_LEXICON_TABLES_FILE, NerLexicon, extendKey, formatLexicon, lexiconTablesOfFile, lexiconTablesSource, lowerHash,
} from '../../server/src/analysis/entities/lexicon';
import { fnvBytes } from '../../server/src/analysis/common/fnv';
import { readModelFile } from '../../server/src/node/modelFiles';

describe('entities: the NER lexicon file', () => {
  const gaz = new Map([
    ['United Arab Emirates', GAZ_LOC | GAZ_COUNTRY],
    ["Côte d'Ivoire", GAZ_COUNTRY],
    ['Kofi  Annan', GAZ_PER],
    ['a b c d e f g h', GAZ_LOC],
  ]);
  const lc = new Map([['ÉTAT', LC_ALWAYS_LOWER]]);
  const key = (entry: string) => entry.split(' ').slice(1).reduce(extendKey, lowerHash(entry.split(' ')[0]));

  it('keys each entry by its lower-cased tokens and each proper prefix of them', () => {
    const lex = NerLexicon.parse(formatLexicon(gaz, lc));
    for (const [entry, mask] of gaz) assert.strictEqual(lex.gaz.get(key(entry)), mask, entry);
    assert.strictEqual(lex.gaz.get(key('united arab emirates')), GAZ_LOC | GAZ_COUNTRY);
    assert.strictEqual(lex.gaz.get(key("CÔTE D'IVOIRE")), GAZ_COUNTRY);
    for (const prefix of ['United', 'United Arab', 'Kofi', 'Kofi ', 'a b c d e f g']) assert.ok(lex.gazPrefix.has(key(prefix)), prefix);
    assert.ok(!lex.gazPrefix.has(key('United Arab Emirates')));
    assert.strictEqual(lex.gaz.size, gaz.size);
    assert.strictEqual(lex.lc.get(lowerHash('état')), LC_ALWAYS_LOWER);
    assert.strictEqual(lex.maxTokens, 6);
  });

  it('says which line is corrupt, and when the file is cut short', () => {
    const text = formatLexicon(gaz, lc);
    const lines = text.split('\n');
    const broken = (k: number, line: string) => [...lines.slice(0, k), line, ...lines.slice(k + 1)].join('\n');
    assert.throws(() => NerLexicon.parse(broken(2, 'G 1 united')), /ner\.lex: corrupt line 3/);
    assert.throws(() => NerLexicon.parse(broken(2, 'X\t1\tunited')), /corrupt line 3/);
    assert.throws(() => NerLexicon.parse(broken(2, '\tG\t1')), /corrupt line 3/);
    assert.throws(() => NerLexicon.parse(lines.slice(0, 3).join('\n')), /truncated \(no end marker\)/);
    assert.throws(() => NerLexicon.parse([...lines.slice(0, 3), 'E\t0\t5'].join('\n')), /truncated \(expected 5 entries, found 2\)/);
    assert.throws(() => NerLexicon.parse(`x${text}`), /bad header/);
  });

  it('reads its tables file as the lexicon parse builds, and refuses a damaged one', () => {
    const source = new TextEncoder().encode(formatLexicon(gaz, lc));
    const parsed = NerLexicon.parse(new TextDecoder().decode(source));
    const tables = lexiconTablesOfFile(source);
    for (const at of [4, 2]) {
      // At a byte offset of 4 the slots are viewed over the file's bytes; at 2 (unaligned) copied.
      const file = new Uint8Array(tables.length + 8);
      file.set(tables, at);
      const lex = NerLexicon.fromTables(file.subarray(at, at + tables.length));
      for (const t of ['gaz', 'gazPrefix', 'lc'] as const) assert.deepStrictEqual(lex[t].slots, parsed[t].slots, t);
      assert.strictEqual(lex.gaz.slots.keys.buffer === file.buffer, at === 4);
      assert.strictEqual(lex.maxTokens, parsed.maxTokens);
      assert.strictEqual(lex.gaz.get(key('united arab emirates')), GAZ_LOC | GAZ_COUNTRY);
    }
    assert.deepStrictEqual(lexiconTablesSource(tables), { length: source.length, fnv: fnvBytes(source, 0, source.length) });
    assert.throws(() => NerLexicon.fromTables(tables.subarray(0, tables.length - 4)), (e: Error) => e instanceof ModelFormatError && /ner\.lex\.tables: truncated/.test(e.message));
    const badMagic = tables.slice();
    badMagic[0] ^= 1;
    assert.throws(() => NerLexicon.fromTables(badMagic), /bad magic/);
    const allUsed = tables.slice();
    allUsed.fill(1, allUsed.length - 16);
    assert.throws(() => NerLexicon.fromTables(allUsed), /corrupt table/);
    const badCapacity = tables.slice();
    new DataView(badCapacity.buffer).setUint32(24, 1000, true);
    assert.throws(() => NerLexicon.fromTables(badCapacity), ModelFormatError);
  });

  it('ships the tables of the shipped ner.lex (npm run pack:tables writes them)', () => {
    const shipped = readModelFile(NER_LEXICON_TABLES_FILE);
    const source = readModelFile('ner.lex');
    assert.deepStrictEqual(lexiconTablesSource(shipped), { length: source.length, fnv: fnvBytes(source, 0, source.length) }, 'ner.lex.tables was made from another ner.lex');
    assert.ok(Buffer.from(lexiconTablesOfFile(source)).equals(Buffer.from(shipped)), 'ner.lex.tables is not what ner.lex builds');
  });
});
