import * as assert from 'node:assert';
import { GAZ_COUNTRY, GAZ_LOC, GAZ_PER, LC_ALWAYS_LOWER, NerLexicon, extendKey, formatLexicon, lowerHash } from '../../server/src/analysis/entities/lexicon';

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
});
