/**
 * The command line's codings: `scan --json` lists each document's codings at re-anchored offsets,
 * `agreement` against hand-computed figures, `export` (qdpx with codings, qdc, CSV) and `import`
 * of a .qdpx's codings into another workspace, run in-process on a temporary workspace.
 */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { newCoding, parseCodingsFile, serializeCodingsFile } from '../../server/src/analysis/codings';
import { parseCsv } from '../../server/src/analysis/export';
import { runCliCaptured } from './helpers/cliRun';

const cli = runCliCaptured;

const ARTICLE = 'The junta shelled Donetsk again. Civilians fled the city.\n';
const LETTERS = 'abcdefghijklmnopqrst';

describe('cli: codings', function () {
  this.timeout(60000);
  let ws: string;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  };
  const coding = (source: string, text: string, start: number, end: number, code: string, coder: string, memo?: string) =>
    newCoding({ source, text, start, end, code, coder, memo, now: '2026-03-01T10:00:00.000Z', id: `urn:uuid:${coder}-${code}-${source.length}-${start}` });

  beforeEach(() => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-cli-'));
    write('articles/junta.txt', ARTICLE);
    write('articles/letters.txt', LETTERS);
    const s = ARTICLE.indexOf('shelled Donetsk');
    write('codings/alice.jsonl', serializeCodingsFile([
      coding('articles/junta.txt', ARTICLE, s, s + 'shelled Donetsk'.length, 'violence', 'alice', 'a <b>memo</b>'),
      { ...coding('articles/junta.txt', ARTICLE, 0, 9, 'delegitimization', 'alice'), exact: 'a passage deleted since', prefix: '', suffix: '' },
      coding('articles/letters.txt', LETTERS, 0, 10, 'x', 'alice'),
    ]));
    write('codings/bob.jsonl', serializeCodingsFile([coding('articles/letters.txt', LETTERS, 5, 15, 'x', 'bob')]));
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('scan --json lists each document’s codings at their re-anchored offsets, orphans flagged', async () => {
    write('articles/junta.txt', 'BREAKING: ' + ARTICLE); // edited since it was coded
    const r = await cli(['scan', path.join(ws, 'articles'), '--json', '--workspace', ws]);
    assert.strictEqual(r.code, 0, r.stderr);
    const docs = JSON.parse(r.stdout).documents as { path: string; codings: Record<string, unknown>[] }[];
    const junta = docs.find((d) => d.path.endsWith('junta.txt'))!;
    const text = 'BREAKING: ' + ARTICLE;
    const s = text.indexOf('shelled Donetsk');
    assert.deepStrictEqual(junta.codings.find((c) => c.code === 'violence'), {
      id: `urn:uuid:alice-violence-18-${s - 10}`, start: s, end: s + 15, text: 'shelled Donetsk', code: 'violence', coder: 'alice', memo: 'a <b>memo</b>', orphaned: false,
    });
    const orphan = junta.codings.find((c) => c.code === 'delegitimization')!;
    assert.strictEqual(orphan.orphaned, true);
    assert.strictEqual(orphan.text, 'a passage deleted since');
    const letters = docs.find((d) => d.path.endsWith('letters.txt'))!;
    assert.deepStrictEqual(letters.codings.map((c) => [c.coder, c.start, c.end]), [['alice', 0, 10], ['bob', 5, 15]]);
    // The codings file itself is not rewritten by a scan.
    assert.strictEqual(parseCodingsFile(readFileSync(path.join(ws, 'codings/alice.jsonl'), 'utf8')).codings[0].start, 0);
  });

  it('scan --csv has a row per coding (code, id, coder, memo), orphans as orphaned-coding', async () => {
    const r = await cli(['scan', path.join(ws, 'articles'), '--csv', '--workspace', ws]);
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = parseCsv(r.stdout.replace(/^\uFEFF/, ''));
    assert.deepStrictEqual(rows[0], ['path', 'start', 'end', 'text', 'kind', 'type_or_category', 'id', 'coder', 'memo']);
    const codingRows = rows.filter((row) => row[4] === 'coding' || row[4] === 'orphaned-coding').map((row) => [path.basename(row[0]), ...row.slice(1)]);
    const s = ARTICLE.indexOf('shelled Donetsk');
    assert.deepStrictEqual(codingRows, [
      ['junta.txt', '0', '9', 'a passage deleted since', 'orphaned-coding', 'delegitimization', 'urn:uuid:alice-delegitimization-18-0', 'alice', ''],
      ['junta.txt', String(s), String(s + 15), 'shelled Donetsk', 'coding', 'violence', `urn:uuid:alice-violence-18-${s}`, 'alice', 'a <b>memo</b>'],
      ['letters.txt', '0', '10', 'abcdefghij', 'coding', 'x', 'urn:uuid:alice-x-20-0', 'alice', ''],
      ['letters.txt', '5', '15', 'fghijklmno', 'coding', 'x', 'urn:uuid:bob-x-20-5', 'bob', ''],
    ]);
  });

  it('agreement: percent, κ and α per code and overall, as computed by hand', async () => {
    // 20 characters: both coded 5, only alice 5, only bob 5, neither 5.
    // pₒ = 10/20 = 0.5; pₑ = 0.5·0.5 + 0.5·0.5 = 0.5, κ = 0; α = 1 − 39·10/(20·20) = 0.025.
    const r = await cli(['agreement', path.join(ws, 'articles'), '--json', '--workspace', ws]);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.strictEqual(report.pairs.length, 1);
    const p = report.pairs[0];
    assert.deepStrictEqual(p.coders, ['alice', 'bob']);
    assert.deepStrictEqual(p.documents, ['articles/letters.txt']);
    assert.deepStrictEqual(p.codes.x.percentAgreement, 0.5);
    assert.deepStrictEqual(p.codes.x.kappa, 0);
    assert.deepStrictEqual(p.codes.x.alpha, 0.025);
    assert.strictEqual(p.codes.x.characters, 15);
    assert.deepStrictEqual(p.codes.x.differences.map((d: { coder: string; text: string }) => [d.coder, d.text]), [['alice', 'abcde'], ['bob', 'klmno']]);
    assert.deepStrictEqual(p.overall, { percentAgreement: 0.5, kappa: 0, alpha: 0.025, characters: 15 });
    const text = await cli(['agreement', path.join(ws, 'articles'), '--workspace', ws, '--codes', 'x']);
    assert.match(text.stdout, /^alice × bob \(1 document\)\n {2}overall: agreement 50\.0%, κ 0\.000, α 0\.025\n {2}x: agreement 50\.0%/);
    assert.match(text.stdout, /only bob: articles\/letters\.txt:10-15 "klmno"/);
  });

  it('export writes a REFI-QDA project with the codings, a .qdc codebook and the codings CSV; import reads the project back', async () => {
    const out = path.join(ws, 'out');
    const r = await cli(['export', path.join(ws, 'articles'), '--workspace', ws, '--no-markers', '--qdpx', path.join(out, 'p.qdpx'), '--qdc', path.join(out, 'c.qdc'), '--codings-csv', path.join(out, 'codings.csv')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const files = unzipSync(readFileSync(path.join(out, 'p.qdpx')));
    const qde = strFromU8(files['project.qde']);
    assert.match(qde, /<User guid="[^"]+" name="alice"/);
    assert.match(qde, /<User guid="[^"]+" name="bob"/);
    assert.strictEqual((qde.match(/<PlainTextSelection /g) ?? []).length, 3, 'three live codings, the orphan left out');
    assert.match(qde, /a &lt;b&gt;memo&lt;\/b&gt;/);
    const qdc = readFileSync(path.join(out, 'c.qdc'), 'utf8');
    assert.match(qdc, /<CodeBook xmlns="urn:QDA-XML:codebook:1\.0"/);
    const rows = parseCsv(readFileSync(path.join(out, 'codings.csv'), 'utf8').replace(/^\uFEFF/, ''));
    assert.deepStrictEqual(rows[0], ['document', 'start', 'end', 'text', 'code', 'code_label', 'coder', 'memo', 'orphaned']);
    assert.ok(rows.some((row) => row[3] === 'shelled Donetsk' && row[6] === 'alice' && row[7] === 'a <b>memo</b>'));
    assert.strictEqual(rows.filter((row) => row.length > 1).length, 1 + 4);

    // Another workspace with the same articles (one renamed) imports the codings of both coders.
    const other = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-import-'));
    try {
      mkdirSync(path.join(other, 'texts'));
      writeFileSync(path.join(other, 'texts', 'renamed.txt'), ARTICLE);
      writeFileSync(path.join(other, 'texts', 'letters.txt'), LETTERS);
      const args = ['import', path.join(out, 'p.qdpx'), path.join(other, 'texts'), '--workspace', other, '--codebook', path.join(other, 'codebook.yaml')];
      const imp = await cli(args);
      assert.strictEqual(imp.code, 0, imp.stderr);
      const alice = parseCodingsFile(readFileSync(path.join(other, 'codings', 'alice.jsonl'), 'utf8')).codings;
      const bob = parseCodingsFile(readFileSync(path.join(other, 'codings', 'bob.jsonl'), 'utf8')).codings;
      assert.deepStrictEqual(alice.map((c) => [c.source, c.start, c.end, c.exact, c.memo]), [
        ['texts/letters.txt', 0, 10, 'abcdefghij', undefined],
        ['texts/renamed.txt', 10, 25, 'shelled Donetsk', 'a <b>memo</b>'],
      ]);
      assert.deepStrictEqual(bob.map((c) => [c.source, c.start, c.end]), [['texts/letters.txt', 5, 15]]);
      assert.match(readFileSync(path.join(other, 'codebook.yaml'), 'utf8'), /violence/);
      // Importing again adds nothing.
      const again = await cli(args);
      assert.match(again.stdout, /3 codings were there already/);
      assert.strictEqual(parseCodingsFile(readFileSync(path.join(other, 'codings', 'alice.jsonl'), 'utf8')).codings.length, 2);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('rejects export without an output and import without articles', async () => {
    assert.strictEqual((await cli(['export', path.join(ws, 'articles'), '--workspace', ws])).code, 2);
    assert.strictEqual((await cli(['import', path.join(ws, 'x.qdpx')])).code, 2);
  });
});
