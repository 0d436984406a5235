/** Protocol tests: the server over stdio on samples/, as any LSP client would drive it. */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { LspTestClient, SAMPLES, sampleUri } from './lspClient';

const LAVROV = "Sunday night's meeting between Lavrov and Kerry.txt";
const DEFEND = 'Defend Ukraine independence!.txt';

describe('language server over stdio', function () {
  this.timeout(120000);
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    const init = await client.initialize(SAMPLES);
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.documentSymbolProvider);
    await client.indexed();
  });

  after(async () => client.stop());

  it('reports indexing with work-done progress: create, begin, report, end', () => {
    assert.ok(client.requestsFromServer.some((r) => r.method === 'window/workDoneProgress/create'));
    const kinds = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
    assert.strictEqual(kinds[0], 'begin');
    assert.ok(kinds.includes('report'));
    assert.strictEqual(kinds[kinds.length - 1], 'end');
  });

  it('answers a hover on a word of a file it indexed from disk, naming the other articles', async () => {
    // "Putin" on line 3 of the Lavrov–Kerry article: "Lavrov made it clear that Putin wants ..."
    const hover = await client.request('textDocument/hover', { textDocument: { uri: sampleUri(LAVROV) }, position: { line: 2, character: 28 } });
    const text: string = hover.contents.value;
    assert.match(text, /\*\*Putin\*\*/);
    assert.match(text, /in this article/);
    assert.match(text, /in 3 other articles/);
    // One set of numbers: the entity's mentions (no word count of "Putin" beside them).
    assert.strictEqual(text.match(/\d+ mentions? in \d+ articles?/g)?.length, 1, text);
    assert.doesNotMatch(text, /in the corpus/);
    assert.match(text, /Defend Ukraine independence/);
    assert.match(text, /Russia must intervene to drive Kiev junta out/);
  });

  it('counts exactly: "Putin" in the Lavrov–Kerry article', async () => {
    const text = readFileSync(path.join(SAMPLES, LAVROV), 'utf8');
    const here = (text.match(/\bPutin\b/g) ?? []).length;
    const hover = await client.request('textDocument/hover', { textDocument: { uri: sampleUri(LAVROV) }, position: { line: 2, character: 28 } });
    assert.match(hover.contents.value, new RegExp(`: ${here} in this article, `));
  });

  it('gives the article structure as document symbols', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: sampleUri(DEFEND) } });
    const byDetail = new Map(symbols.map((s: any) => [s.detail, s]));
    assert.strictEqual((byDetail.get('headline') as any).name, 'Defend Ukraine independence!');
    assert.strictEqual((byDetail.get('byline') as any).name, 'Roy Landersen');
    assert.strictEqual((byDetail.get('date') as any).name, 'April 3, 2023');
    assert.ok(symbols.filter((s: any) => /^paragraph \d+$/.test(s.detail)).length > 20);
  });

  it('follows an open document as it is edited', async () => {
    const uri = sampleUri(DEFEND);
    const text = readFileSync(path.join(SAMPLES, DEFEND), 'utf8');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'zyxwvut ' }],
    });
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(hover.contents.value, /\*\*zyxwvut\*\*: once in this article; in no other article\./);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});
