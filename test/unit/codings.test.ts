import * as assert from 'assert';
import {
  AnchoredCoding,
  Coding,
  agreementJson,
  anchorCoding,
  codeProfile,
  codingsCsv,
  computeAgreement,
  figures,
  newCoding,
  parseCodingsFile,
  serializeCodingsFile,
  toAnnotation,
} from '../../server/src/analysis/codings';
import { parseCsv } from '../../server/src/analysis/export';
import { codingsHoverMarkdown } from '../../server/src/languageFeatures/codings';

const TEXT = 'The junta in Kiev shelled Donetsk again. Residents fled the city. The junta denied it.';

function code(text: string, quote: string, code = 'victim', coder = 'alice', from = 0, memo?: string): Coding {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, quote);
  return newCoding({ source: 'a.txt', text, start, end: start + quote.length, code, coder, memo, now: '2026-01-02T03:04:05.000Z' });
}

const at = (c: AnchoredCoding, text: string) => text.slice(c.start, c.end);

describe('codings: Web Annotation JSONL', () => {
  it('writes W3C Web Annotations with a quote and a position selector, and a memo as a commenting body', () => {
    const c = code(TEXT, 'shelled Donetsk', 'victim', 'alice', 0, 'Agency only for the junta');
    const a = toAnnotation(c) as Record<string, any>;
    assert.strictEqual(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(a.type, 'Annotation');
    assert.match(a.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.deepStrictEqual(a.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'victim' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Agency only for the junta' },
    ]);
    assert.strictEqual(a.target.source, 'a.txt');
    assert.deepStrictEqual(a.target.selector[0], { type: 'TextQuoteSelector', exact: 'shelled Donetsk', prefix: 'The junta in Kiev ', suffix: ' again. Residents fled the city.' });
    assert.deepStrictEqual(a.target.selector[1], { type: 'TextPositionSelector', start: 18, end: 33 });
    assert.strictEqual(a.created, '2026-01-02T03:04:05.000Z');
    assert.strictEqual(a.creator.name, 'alice');
  });

  it('prefix and suffix keep at most 32 characters', () => {
    const long = 'x'.repeat(50) + 'PASSAGE' + 'y'.repeat(50);
    const c = code(long, 'PASSAGE');
    assert.strictEqual(c.prefix, 'x'.repeat(32));
    assert.strictEqual(c.suffix, 'y'.repeat(32));
  });

  it('round-trips through a file sorted by source and start, and keeps broken lines with their line numbers', () => {
    const a = code(TEXT, 'Residents fled');
    const b = code(TEXT, 'The junta');
    const c = { ...code(TEXT, 'junta'), source: '0-first.txt' };
    const text = serializeCodingsFile([a, b, c]);
    const lines = text.trimEnd().split('\n');
    assert.deepStrictEqual(lines.map((l) => JSON.parse(l).id), [c.id, b.id, a.id]);
    const broken = `${lines[0]}\n{"not json\n${lines[1]}\n{"type":"Annotation","id":"x"}\n${lines[2]}\n`;
    const parsed = parseCodingsFile(broken);
    assert.deepStrictEqual(parsed.codings.map((x) => x.id), [c.id, b.id, a.id]);
    assert.deepStrictEqual(parsed.problems.map((p) => p.line), [2, 4]);
    assert.match(parsed.problems[0].message, /not valid JSON/);
    assert.match(parsed.problems[1].message, /target/);
    assert.deepStrictEqual(parsed.codings[1], b);
    const again = serializeCodingsFile(parsed.codings, parsed.brokenLines);
    assert.ok(again.includes('{"not json\n') && again.includes('{"type":"Annotation","id":"x"}\n'), 'broken lines are written back');
  });
});

describe('codings: re-anchoring', () => {
  const c = code(TEXT, 'shelled Donetsk');

  it('keeps its position when the text did not change', () => {
    const a = anchorCoding(c, TEXT);
    assert.deepStrictEqual([a.start, a.end, a.orphaned], [c.start, c.end, false]);
  });

  it('follows an insertion before the passage', () => {
    const t = 'BREAKING. ' + TEXT;
    const a = anchorCoding(c, t);
    assert.strictEqual(at(a, t), 'shelled Donetsk');
    assert.strictEqual(a.start, c.start + 10);
    assert.strictEqual(a.prefix, 'BREAKING. The junta in Kiev '.slice(-32));
  });

  it('is unchanged by an insertion after the passage', () => {
    const t = TEXT + ' More later.';
    const a = anchorCoding(c, t);
    assert.deepStrictEqual([a.start, a.end, a.orphaned], [c.start, c.end, false]);
  });

  it('grows with an insertion inside the passage (fuzzy)', () => {
    const t = TEXT.replace('shelled Donetsk', 'shelled the city of Donetsk');
    const a = anchorCoding(c, t);
    assert.strictEqual(a.orphaned, false);
    assert.strictEqual(at(a, t), 'shelled the city of Donetsk');
  });

  it('finds a passage whose own words were edited, by its context', () => {
    const t = TEXT.replace('shelled Donetsk', 'shelled Donezk');
    const a = anchorCoding(c, t);
    assert.strictEqual(at(a, t), 'shelled Donezk');
  });

  it('is orphaned, kept and flagged, when the passage is deleted', () => {
    const t = TEXT.replace('shelled Donetsk ', '');
    const a = anchorCoding(c, t);
    assert.strictEqual(a.orphaned, true);
    assert.strictEqual(a.exact, 'shelled Donetsk', 'the quote is kept for a later repair');
    assert.ok(a.start <= t.length && a.end <= t.length);
  });

  it('keeps each of two codings of the same quote on its own occurrence after edits', () => {
    const first = code(TEXT, 'The junta');
    const second = code(TEXT, 'The junta', 'victim', 'alice', 10);
    assert.notStrictEqual(first.start, second.start);
    // Insert before both: positions no longer hold; context picks the right occurrence.
    const t = 'Update: ' + TEXT.replace('Residents fled', 'Many residents fled');
    const a1 = anchorCoding(first, t);
    const a2 = anchorCoding(second, t);
    assert.strictEqual(a1.start, t.indexOf('The junta'));
    assert.strictEqual(a2.start, t.lastIndexOf('The junta'));
    // Delete the first occurrence: the second's coding stays on its own, the first is not moved onto it wrongly by context.
    const t2 = TEXT.replace('The junta in Kiev', 'Forces in Kiev');
    const b2 = anchorCoding(second, t2);
    assert.strictEqual(b2.start, t2.lastIndexOf('The junta'));
    assert.strictEqual(at(b2, t2), 'The junta');
  });

  it('fuzzy: among many candidates with the same context, takes the edited passage nearest its place', () => {
    // 300 sentences share the passage's context; the coded one is edited, so only the fuzzy step finds it.
    const filler = Array.from({ length: 300 }, (_, i) => `Item ${i}: the council met and the vote was held. `).join('');
    const passage = 'the council met and the vote was postponed';
    const text = filler + `Item X: ${passage}. ` + filler;
    const c = code(text, passage);
    const edited = text.replace(passage, 'the council met and the vote was again postponed');
    const a = anchorCoding(c, edited);
    assert.strictEqual(a.orphaned, false);
    assert.strictEqual(at(a, edited), 'the council met and the vote was again postponed');
  });

  it('finds a moved paragraph by exact quote with the best context', () => {
    const t = 'Residents fled the city. The junta denied it. The junta in Kiev shelled Donetsk again.';
    const a = anchorCoding(c, t);
    assert.strictEqual(at(a, t), 'shelled Donetsk');
  });
});

describe('codings: character-level agreement', () => {
  // Ten characters; A codes [0,4), B codes [2,6) with "x".
  const text = 'abcdefghij';
  const mk = (coder: string, start: number, end: number, c = 'x', source = 'd.txt'): AnchoredCoding => ({
    ...newCoding({ source, text, start, end, code: c, coder, now: '2026-01-01T00:00:00Z' }),
    orphaned: false,
  });

  it('percent agreement, Cohen κ and Krippendorff α on a hand-computed table', () => {
    // both = 2 (c,d), onlyA = 2 (a,b), onlyB = 2 (e,f), neither = 4, N = 10.
    // pₒ = 0.6; pA = pB = 0.4, pₑ = 0.16 + 0.36 = 0.52, κ = 0.08 / 0.48 = 1/6.
    // α: n = 20 values, n₁ = 2·2 + 4 = 8, n₀ = 2·4 + 4 = 12, α = 1 − 19·4 / (8·12) = 1 − 76/96 = 0.208333…
    const r = computeAgreement([mk('alice', 0, 4), mk('bob', 2, 6)], new Map([['d.txt', text]]));
    assert.strictEqual(r.pairs.length, 1);
    const p = r.pairs[0];
    assert.deepStrictEqual(p.coders, ['alice', 'bob']);
    const x = p.codes.x;
    assert.strictEqual(x.percentAgreement, 0.6);
    assert.ok(Math.abs(x.kappa! - 1 / 6) < 1e-12, String(x.kappa));
    assert.ok(Math.abs(x.alpha! - 20 / 96) < 1e-12, String(x.alpha));
    assert.strictEqual(x.characters, 6);
    assert.deepStrictEqual(
      x.differences.map((d) => [d.coder, d.start, d.end, d.text]),
      [
        ['alice', 0, 2, 'ab'],
        ['bob', 4, 6, 'ef'],
      ],
    );
  });

  it('perfect agreement is 1; two codes are pooled into the overall figure; documents only one coder coded are left out', () => {
    const codings = [mk('alice', 0, 5), mk('bob', 0, 5), mk('alice', 5, 10, 'y'), mk('bob', 5, 8, 'y'), mk('bob', 0, 3, 'x', 'only-bob.txt')];
    const r = computeAgreement(codings, new Map([['d.txt', text], ['only-bob.txt', text]]));
    const p = r.pairs[0];
    assert.deepStrictEqual(p.documents, ['d.txt']);
    assert.deepStrictEqual([p.codes.x.percentAgreement, p.codes.x.kappa, p.codes.x.alpha], [1, 1, 1]);
    // y: both 3, onlyA 2, neither 5. pₒ = .8; pA = .5, pB = .3, pₑ = .15 + .35 = .5, κ = .6.
    assert.ok(Math.abs(p.codes.y.kappa! - 0.6) < 1e-12);
    // pooled: both 8, onlyA 2, onlyB 0, neither 10 (N = 20): pₒ = .9; pA = .5, pB = .4, pₑ = .2 + .3 = .5, κ = .8;
    // α: n = 40, n₁ = 16 + 2 = 18, n₀ = 20 + 2 = 22, α = 1 − 39·2 / (18·22) = 1 − 78/396.
    assert.strictEqual(p.overall.percentAgreement, 0.9);
    assert.ok(Math.abs(p.overall.kappa! - 0.8) < 1e-12);
    assert.ok(Math.abs(p.overall.alpha! - (1 - 78 / 396)) < 1e-12);
  });

  it('κ and α are undefined (null) when neither coder varies; --codes restricts the codes', () => {
    assert.deepStrictEqual(figures({ both: 0, onlyA: 0, onlyB: 0, neither: 10 }), { percentAgreement: 1, kappa: null, alpha: null, characters: 0 });
    const r = computeAgreement([mk('alice', 0, 4), mk('bob', 2, 6), mk('alice', 0, 1, 'z'), mk('carol', 0, 4)], new Map([['d.txt', text]]), { codes: ['x'] });
    assert.deepStrictEqual(r.pairs.map((p) => p.coders.join('+')), ['alice+bob', 'alice+carol', 'bob+carol']);
    assert.deepStrictEqual(Object.keys(r.pairs[0].codes), ['x']);
    const json = agreementJson(r);
    assert.strictEqual(json.pairs[0].overall.kappa, 0.1667);
  });

  it('orphaned codings are not counted', () => {
    const r = computeAgreement([mk('alice', 0, 4), { ...mk('bob', 0, 4), orphaned: true }, mk('bob', 6, 7)], new Map([['d.txt', text]]));
    assert.strictEqual(r.pairs[0].codes.x.characters, 5);
  });
});

describe('codings: CSV', () => {
  it('one row per coded passage with document, offsets, text, code, coder and memo', () => {
    const c = { ...code(TEXT, 'shelled Donetsk', 'victim', 'bob', 0, 'memo, with "quotes"\nand a line'), orphaned: false };
    const d = { ...code(TEXT, 'The junta', 'label', 'alice'), orphaned: true };
    const rows = parseCsv(codingsCsv([c, d], (k) => k.toUpperCase()));
    assert.deepStrictEqual(rows[0], ['document', 'start', 'end', 'text', 'code', 'code_label', 'coder', 'memo', 'orphaned']);
    assert.deepStrictEqual(rows[1], ['a.txt', '0', '9', 'The junta', 'label', 'LABEL', 'alice', '', 'yes']);
    assert.deepStrictEqual(rows[2], ['a.txt', '18', '33', 'shelled Donetsk', 'victim', 'VICTIM', 'bob', 'memo, with "quotes"\nand a line', '']);
  });
});

describe('codings: a code’s profile (frequency per article, co-occurrence)', () => {
  const A = 'The junta shelled Donetsk. Kiev denied it. Civilians fled Donetsk.';
  const B = 'Kiev shelled nothing. The junta lied.';
  const mk = (source: string, text: string, quote: string, c: string, coder = 'alice') => {
    const start = text.indexOf(quote);
    return { ...newCoding({ source, text, start, end: start + quote.length, code: c, coder }), orphaned: false };
  };
  const sentences = (text: string) => [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const mentions = (text: string, names: string[]) => names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, id: `entity:${n}` })));

  it('counts passages per article, and codes and entities met by overlap or in the same sentence', () => {
    const articles = [
      {
        source: 'a.txt',
        // violence overlaps blame; "fled" shares a sentence with Donetsk; denial in its own sentence.
        codings: [mk('a.txt', A, 'junta shelled', 'violence'), mk('a.txt', A, 'The junta', 'blame', 'bob'), mk('a.txt', A, 'Civilians fled', 'violence'), mk('a.txt', A, 'denied', 'denial')],
        sentences: sentences(A),
        entities: mentions(A, ['Donetsk', 'Kiev']),
      },
      { source: 'b.txt', codings: [mk('b.txt', B, 'shelled', 'violence'), { ...mk('b.txt', B, 'lied', 'violence'), orphaned: true }], sentences: sentences(B), entities: mentions(B, ['Kiev']) },
      { source: 'c.txt', codings: [mk('c.txt', 'x y', 'x', 'other')], sentences: [], entities: [] },
    ];
    const p = codeProfile('violence', articles);
    assert.strictEqual(p.passages, 3, 'the orphaned passage is not counted');
    assert.deepStrictEqual(p.perArticle, [{ source: 'a.txt', passages: 2 }, { source: 'b.txt', passages: 1 }]);
    assert.deepStrictEqual(p.codes, [{ code: 'blame', passages: 1 }]);
    assert.deepStrictEqual(p.entities, [{ id: 'entity:Donetsk', passages: 2 }, { id: 'entity:Kiev', passages: 1 }]);
  });

  it('the hover lists them, escaped', () => {
    const c = mk('a.txt', A, 'junta shelled', 'violence');
    const profile = { passages: 2, perArticle: [{ source: 'a*b.txt', passages: 2 }], codes: [{ code: 'blame', passages: 1 }], entities: [{ id: 'e1', passages: 2 }] };
    const md = codingsHoverMarkdown([c], c.start + 1, (k) => k.toUpperCase(), () => ({ profile, codeLabel: (k) => k.toUpperCase(), entityLabel: () => '[Donetsk](command:x)' }));
    assert.match(md, /1 other passage with this code/);
    assert.ok(md.includes('*In 1 article:* a\\*b\\.txt \\(2\\)'), md);
    assert.ok(md.includes('*With the codes:* BLAME \\(1\\)'), md);
    assert.ok(md.includes('*With the entities:* \\[Donetsk\\]\\(command\\:x\\) \\(2\\)'), md);
  });
});
