/** Protocol tests: the analysts' codings over plain LSP, on a temporary workspace. */
import * as assert from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { newCoding, parseCodingsFile, serializeCodingsFile } from '../../server/src/analysis/codings';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../../server/src/analysis/export';
import { LspTestClient } from './lspClient';

const TEXT = 'The junta shelled Donetsk again. Civilians fled the city.\n';

describe('codings over LSP', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let ws: string;
  let uri: string;

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-lsp-'));
    writeFileSync(path.join(ws, 'a.txt'), TEXT);
    uri = pathToFileURL(path.join(ws, 'a.txt')).toString();
    client = LspTestClient.start();
    await client.initialize(ws, { coder: 'alice' });
    await client.indexed();
  });

  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('adds a coding as the configured coder, writes it to codings/<coder>.jsonl and lists it', async () => {
    const start = TEXT.indexOf('shelled Donetsk');
    const added = await client.request('discourseLens/addCoding', { uri, start, end: start + 15, code: 'violence', memo: 'first' });
    assert.deepStrictEqual({ ...added, id: undefined }, { id: undefined, start, end: start + 15, text: 'shelled Donetsk', code: 'violence', coder: 'alice', memo: 'first', orphaned: false });
    const onDisk = parseCodingsFile(readFileSync(path.join(ws, 'codings', 'alice.jsonl'), 'utf8')).codings;
    assert.deepStrictEqual(onDisk.map((c) => [c.id, c.source, c.start, c.end, c.code, c.memo]), [[added.id, 'a.txt', start, start + 15, 'violence', 'first']]);
    const listed = await client.request('discourseLens/documentCodings', { uri });
    assert.deepStrictEqual(listed, [added]);
  });

  it('re-anchors the codings in the editor’s text as it is edited', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'BREAKING: ' }] });
    const listed = await client.request('discourseLens/documentCodings', { uri });
    assert.strictEqual(listed.length, 1);
    assert.strictEqual(listed[0].start, TEXT.indexOf('shelled Donetsk') + 10);
    assert.strictEqual(listed[0].orphaned, false);
  });

  it('shows codings in the hover (escaped) and the Outline, changes code and memo, finds them, reports agreement', async () => {
    const [c] = await client.request('discourseLens/documentCodings', { uri });
    const updated = await client.request('discourseLens/updateCoding', { id: c.id, code: 'shelling', memo: '[click](command:x) <b>' });
    assert.strictEqual(updated.code, 'shelling');
    assert.strictEqual(updated.memo, '[click](command:x) <b>');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: c.start + 2 } });
    const md: string = hover.contents.value;
    assert.match(md, /\*\*Codings\*\*/);
    assert.match(md, /coded by alice/);
    assert.match(md, /0 other passages with this code/);
    assert.ok(!md.includes('[click](command:x)') && !md.includes('<b>'), md);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const flat = (list: any[]): any[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    assert.ok(flat(symbols).some((s: { name: string; detail: string }) => s.name.endsWith(': shelled Donetsk') && s.detail === 'alice'), JSON.stringify(symbols));
    const found = await client.request('discourseLens/findInCodings', { query: 'COMMAND:X' });
    assert.deepStrictEqual(found.map((f: { uri: string; coding: { id: string } }) => [f.uri, f.coding.id]), [[uri, c.id]]);
    assert.deepStrictEqual(await client.request('discourseLens/findInCodings', { query: 'nowhere' }), []);
    const all = await client.request('discourseLens/allCodings', null);
    assert.strictEqual(all.length, 1);
    const report = await client.request('discourseLens/agreement', {});
    assert.deepStrictEqual(report, { pairs: [] }, 'one coder: no pair');
  });

  it('exports the codings: in the REFI-QDA project, as CSV, and the codebook as .qdc', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-export-'));
    try {
      const csv = await client.request('discourseLens/export', { format: 'codings-csv', target: path.join(out, 'codings.csv') });
      assert.deepStrictEqual(csv.files, [path.join(out, 'codings.csv')]);
      const rows = parseCsv(readFileSync(path.join(out, 'codings.csv'), 'utf8').replace(/^\uFEFF/, ''));
      assert.deepStrictEqual(rows.slice(1).map((r) => [r[0], r[3], r[4], r[6], r[7]]), [['a.txt', 'shelled Donetsk', 'shelling', 'alice', '[click](command:x) <b>']]);
      await client.request('discourseLens/export', { format: 'qdc', target: path.join(out, 'codebook.qdc') });
      assert.match(readFileSync(path.join(out, 'codebook.qdc'), 'utf8'), /<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
      await client.request('discourseLens/export', { format: 'qdpx', target: path.join(out, 'p.qdpx') });
      const qde = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(out, 'p.qdpx'))))['project.qde']);
      assert.match(qde, /<User guid="[^"]+" name="alice"/);
      assert.match(qde, /name="shelled Donetsk"/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the overview lists each code: passages per article, co-occurring codes and entities', async () => {
    const overview = await client.request('discourseLens/overview', {});
    assert.strictEqual(overview.codes.length, 1);
    const [k] = overview.codes;
    assert.strictEqual(k.code, 'shelling');
    assert.strictEqual(k.passages, 1);
    assert.deepStrictEqual(k.perArticle.map((a: { passages: number }) => a.passages), [1]);
    assert.deepStrictEqual(k.codes, []);
    assert.ok(Array.isArray(k.entities));
  });

  it('reports a coding whose passage was deleted as an orphaned-coding diagnostic', async () => {
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'Nothing of it is left.\n' }] });
    await client.until(() => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.some((d: { code: string }) => d.code === 'orphaned-coding')), 60000, 'orphaned-coding diagnostic');
    const [c] = await client.request('discourseLens/documentCodings', { uri });
    assert.strictEqual(c.orphaned, true);
    assert.strictEqual(c.text, 'shelled Donetsk');
  });

  it('rejects an empty selection, and removes a coding by id', async () => {
    await assert.rejects(client.request('discourseLens/addCoding', { uri, start: 3, end: 3, code: 'x' }), /Select the passage/);
    const [c] = await client.request('discourseLens/documentCodings', { uri });
    assert.strictEqual(await client.request('discourseLens/removeCoding', { id: c.id }), true);
    assert.strictEqual(await client.request('discourseLens/removeCoding', { id: c.id }), false);
    assert.deepStrictEqual(await client.request('discourseLens/documentCodings', { uri }), []);
    assert.strictEqual(readFileSync(path.join(ws, 'codings', 'alice.jsonl'), 'utf8'), '');
  });

  it('removes a coding from the file that holds it, even when its creator is named otherwise', async () => {
    const text = 'Nothing of it is left.\n';
    const c = newCoding({ source: 'a.txt', text, start: 0, end: 7, code: 'x', coder: 'Bob Smith', id: 'urn:uuid:bob-1' });
    writeFileSync(path.join(ws, 'codings', 'bob.jsonl'), serializeCodingsFile([c]));
    const deadline = Date.now() + 60000;
    while (!(await client.request('discourseLens/documentCodings', { uri })).length) {
      assert.ok(Date.now() < deadline, 'the watcher read bob.jsonl');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.strictEqual(await client.request('discourseLens/removeCoding', { id: 'urn:uuid:bob-1' }), true);
    assert.strictEqual(readFileSync(path.join(ws, 'codings', 'bob.jsonl'), 'utf8'), '');
    assert.ok(!existsSync(path.join(ws, 'codings', 'Bob Smith.jsonl')));
  });
});

describe('codings over LSP in an untrusted workspace', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let ws: string;

  afterEach(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  it('reads and shows the codings, refuses every write, and reads no codings folder outside the workspace', async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-untrusted-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-outside-'));
    try {
      writeFileSync(path.join(ws, 'a.txt'), TEXT);
      const uri = pathToFileURL(path.join(ws, 'a.txt')).toString();
      const start = TEXT.indexOf('Civilians fled');
      const inside = newCoding({ source: 'a.txt', text: TEXT, start, end: start + 14, code: 'flight', coder: 'alice', id: 'urn:uuid:inside' });
      const elsewhere = newCoding({ source: 'a.txt', text: TEXT, start: 0, end: 9, code: 'elsewhere', coder: 'mallory', id: 'urn:uuid:outside' });
      mkdirSync(path.join(ws, 'codings'));
      writeFileSync(path.join(ws, 'codings', 'alice.jsonl'), serializeCodingsFile([inside]));
      writeFileSync(path.join(outside, 'mallory.jsonl'), serializeCodingsFile([elsewhere]));
      client = LspTestClient.start();
      // The workspace's settings point outside it: untrusted, the default folder is read instead.
      await client.initialize(ws, { coder: 'alice', codingsFolder: outside }, { trusted: false });
      await client.indexed();
      const listed = await client.request('discourseLens/documentCodings', { uri });
      assert.deepStrictEqual(listed.map((c: { id: string; text: string }) => [c.id, c.text]), [['urn:uuid:inside', 'Civilians fled']]);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: start + 2 } });
      assert.match(hover.contents.value, /coded by alice/);
      assert.strictEqual((await client.request('discourseLens/allCodings', null)).length, 1);
      await assert.rejects(client.request('discourseLens/addCoding', { uri, start: 0, end: 3, code: 'x' }), /not trusted/);
      await assert.rejects(client.request('discourseLens/updateCoding', { id: 'urn:uuid:inside', memo: 'm' }), /not trusted/);
      await assert.rejects(client.request('discourseLens/removeCoding', { id: 'urn:uuid:inside' }), /not trusted/);
      assert.strictEqual(readFileSync(path.join(ws, 'codings', 'alice.jsonl'), 'utf8'), serializeCodingsFile([inside]));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
