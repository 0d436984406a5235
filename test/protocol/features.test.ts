/**
 * Protocol tests of the language features over stdio, on samples/ (read-only) and on temporary
 * copies of it (codebook tests), with expectations from reading the articles.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient, SAMPLES, positionOf, sampleUri } from './lspClient';

const LAVROV = "Sunday night's meeting between Lavrov and Kerry.txt";
const JUNTA = 'Russia must intervene to drive Kiev junta out!.txt';
const DEFEND = 'Defend Ukraine independence!.txt';
const FIRST = 'The first step.txt';


function tempCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-protocol-'));
  for (const f of fs.readdirSync(SAMPLES)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(SAMPLES, f), path.join(dir, f));
  return dir;
}
const uriIn = (dir: string, f: string) => pathToFileURL(path.join(dir, f)).toString();

/** Every link is a server-made file: link; no raw HTML, no command: URI, no unescaped backtick. */
function assertSafeMarkdown(md: string): void {
  for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1], /^file:\/\/\/[^\s]*#L\d+,\d+$/, `live link ${m[1]} in ${md}`);
  assert.doesNotMatch(md, /(?<!\\)<[a-zA-Z/!]/, `raw HTML in ${md}`);
  assert.doesNotMatch(md, /command:/i, `command URI in ${md}`);
  assert.doesNotMatch(md, /(?<!\\)`/, `unescaped backtick in ${md}`);
}

const hoverText = async (client: LspTestClient, uri: string, position: { line: number; character: number }): Promise<string> => {
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position });
  return h?.contents?.value ?? '';
};

describe('language features over stdio (samples)', function () {
  this.timeout(120000);
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    const init = await client.initialize(SAMPLES);
    for (const cap of ['referencesProvider', 'definitionProvider', 'documentHighlightProvider', 'workspaceSymbolProvider', 'codeActionProvider', 'codeLensProvider', 'renameProvider', 'semanticTokensProvider', 'executeCommandProvider']) assert.ok(init.capabilities[cap], cap);
    await client.indexed(60000);
  });
  after(async () => client.stop());

  it('hover on "Lavrov" in the Lavrov–Kerry article shows a concordance line from the article on the Kiev junta', async () => {
    const md = await hoverText(client, sampleUri(LAVROV), positionOf(path.join(SAMPLES, LAVROV), 'Lavrov made'));
    assert.match(md, /\*\*(Sergei )?Lavrov\*\* — person/);
    const others = md.slice(md.indexOf('In other articles:'));
    assert.ok(md.includes('In other articles:'), md);
    assert.ok(others.includes(`](${sampleUri(JUNTA).replace(/'/g, '%27')}#L`), md);
    assertSafeMarkdown(md);
  });

  it('references on "Putin" reach all four articles', async () => {
    const refs: any[] = await client.request('textDocument/references', { textDocument: { uri: sampleUri(LAVROV) }, position: positionOf(path.join(SAMPLES, LAVROV), 'Putin'), context: { includeDeclaration: true } });
    assert.deepStrictEqual([...new Set(refs.map((r) => r.uri))].sort(), [DEFEND, JUNTA, LAVROV, FIRST].map(sampleUri).sort());
  });

  it('"Lavov" gets a misspelling Warning pointing to "Lavrov", and a quick fix', async () => {
    const uri = sampleUri(JUNTA);
    const text = fs.readFileSync(path.join(SAMPLES, JUNTA), 'utf8');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    let diags: any[] = [];
    await client.until(() => {
      const last = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop();
      diags = last?.params.diagnostics ?? [];
      return diags.some((d) => d.code === 'misspelling');
    }, 60000, 'misspelling diagnostics');
    const d = diags.find((x) => x.code === 'misspelling');
    assert.match(d.message, /^‘Lavov’ looks like a misspelling of ‘Lavrov’ \(a letter left out; confidence 0\.\d\d; \d+ mentions? in \d+ articles?\)$/);
    assert.strictEqual(d.severity, 2);
    assert.strictEqual(d.source, 'discourse-lens');
    assert.deepStrictEqual(d.range.start, { ...positionOf(path.join(SAMPLES, JUNTA), 'Lavov'), character: positionOf(path.join(SAMPLES, JUNTA), 'Lavov').character - 1 });
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.title === 'Correct ‘Lavov’ to ‘Lavrov’');
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    assert.deepStrictEqual(fix.edit.changes[uri], [{ range: d.range, newText: 'Lavrov' }]);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('diagnoses the whole corpus on demand, with the duplicated paragraphs of "Defend Ukraine independence!"', async () => {
    const r = await client.request('workspace/executeCommand', { command: 'discourseLens.server.diagnoseCorpus', arguments: [] });
    assert.strictEqual(r.documents, 4);
    const last = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === sampleUri(DEFEND)).pop()!;
    const dups = last.params.diagnostics.filter((d: any) => d.code === 'duplicate-paragraph');
    assert.strictEqual(dups.length, 2, JSON.stringify(dups));
  });

  it('the symbols of "Defend Ukraine independence!" have the byline, the date and the people named', async () => {
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: sampleUri(DEFEND) } });
    assert.strictEqual(symbols.find((s) => s.detail === 'byline').name, 'Roy Landersen');
    assert.strictEqual(symbols.find((s) => s.detail === 'date').name, 'April 3, 2023');
    const all = (list: any[]): any[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.ok(all(symbols).some((c: any) => /Putin/.test(c.name) && /^person/.test(c.detail ?? '')), JSON.stringify(symbols.map((s) => s.name)));
  });

  it('definition, highlights, workspace symbols, semantic tokens and code lens answer', async () => {
    const uri = sampleUri(LAVROV);
    const pos = positionOf(path.join(SAMPLES, LAVROV), 'Putin');
    const defs: any[] = await client.request('textDocument/definition', { textDocument: { uri }, position: pos });
    assert.strictEqual(defs.length, 1);
    const hs: any[] = await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: pos });
    assert.ok(hs.length >= 11, `${hs.length}`);
    const ws: any[] = await client.request('workspace/symbol', { query: 'lavr' });
    assert.match(ws[0].name, /Lavrov/);
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length > 0);
    // This client declares no client commands (as other editors): the lenses, which only call them, are not offered.
    const lenses: any[] = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepStrictEqual(lenses, []);
  });

  it('custom requests: stats, itemAt, mentions, concordance, entities, terms, categories, overview, documentMarkup', async () => {
    const stats = await client.request('discourseLens/stats', {});
    assert.strictEqual(stats.documents, 4);
    assert.ok(stats.entities > 0);
    const item = await client.request('discourseLens/itemAt', { uri: sampleUri(LAVROV), position: positionOf(path.join(SAMPLES, LAVROV), 'Putin') });
    assert.strictEqual(item.kind, 'entity');
    const mentions: any[] = await client.request('discourseLens/mentions', { id: item.id });
    assert.strictEqual(new Set(mentions.map((m) => m.uri)).size, 4);
    const conc = await client.request('discourseLens/concordance', { query: item.id, limit: 5 });
    assert.strictEqual(conc.lines.length, 5);
    assert.ok((await client.request('discourseLens/entities', {})).length > 0);
    assert.ok((await client.request('discourseLens/terms', {})).length > 0);
    const cats: any[] = await client.request('discourseLens/categories', {});
    assert.ok(cats.some((c) => c.id === 'name-calling' && /^#[0-9a-f]{6}$/i.test(c.color)));
    const ov = await client.request('discourseLens/overview', {});
    assert.strictEqual(ov.documents.length, 4);
    const markup = await client.request('discourseLens/documentMarkup', { uri: sampleUri(LAVROV) });
    assert.ok(markup.entities.length > 0);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-export-'));
    try {
      const exported = await client.request('discourseLens/export', { format: 'json', target: path.join(out, 'corpus.json') });
      assert.ok(exported.files.length >= 1 && exported.files.every((f: string) => fs.existsSync(f)));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('codebook over stdio (temporary copy of samples/)', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let dir: string;
  let codebook: string;
  const CODEBOOK = `# Our codebook: keep this comment.
entities:
  - name: Sergei Lavrov   # the foreign minister
    type: person
    aliases: [Lavrov]
    note: Russian foreign minister since 2004.
`;

  before(async () => {
    dir = tempCopy();
    codebook = path.join(dir, 'codebook.yaml');
    fs.writeFileSync(codebook, CODEBOOK);
    client = await LspTestClient.startIndexed(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a note in codebook.yaml shows in the hover of every article that mentions its entity', async () => {
    for (const f of [LAVROV, JUNTA]) {
      const md = await hoverText(client, uriIn(dir, f), positionOf(path.join(dir, f), 'Lavrov'));
      assert.match(md, /\*\*Note:\*\* Russian foreign minister since 2004\\\./, `${f}: ${md}`);
    }
  });

  it('definition of "Lavrov" is its codebook entry', async () => {
    const defs: any[] = await client.request('textDocument/definition', { textDocument: { uri: uriIn(dir, LAVROV) }, position: positionOf(path.join(dir, LAVROV), 'Lavrov made') });
    assert.strictEqual(defs[0].uri, pathToFileURL(codebook).toString());
    assert.strictEqual(defs[0].range.start.line, 2);
  });

  it('picks up a hand edit of the codebook live', async () => {
    fs.writeFileSync(codebook, CODEBOOK.replace('since 2004.', 'since 2004, edited by hand.'));
    await client.until(() => false, 0, 'x').catch(() => undefined);
    const deadline = Date.now() + 60000;
    let md = '';
    while (Date.now() < deadline && !/edited by hand/.test(md)) {
      md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'Lavrov'));
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(md, /edited by hand/);
  });

  it('a malformed codebook gets diagnostics with line and column; the last good one stays in use; edits are refused', async () => {
    const bad = CODEBOOK + 'terms:\n  - term: junta\n    category: [oops\n';
    fs.writeFileSync(codebook, bad);
    const uri = pathToFileURL(codebook).toString();
    await client.until(() => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.some((d: any) => d.severity === 1)), 60000, 'codebook diagnostics');
    const d = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop()!.params.diagnostics[0];
    assert.match(d.message, /line \d+, column \d+/);
    assert.ok(d.range.start.line >= 7);
    const md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'Lavrov'));
    assert.match(md, /edited by hand/);
    const r = await client.request('discourseLens/codebookEdit', { op: 'ignore', term: 'Monday' });
    assert.strictEqual(r.applied, false);
    assert.match(r.message, /errors/);
    assert.strictEqual(fs.readFileSync(codebook, 'utf8'), bad);
  });

  it('codebook edits (request and server command) keep comments, and the analysis follows', async () => {
    fs.writeFileSync(codebook, CODEBOOK);
    const uri = pathToFileURL(codebook).toString();
    await client.until(() => {
      const last = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop();
      return !!last && last.params.diagnostics.length === 0;
    }, 60000, 'codebook diagnostics cleared');
    const r = await client.request('discourseLens/codebookEdit', { op: 'addAlias', entity: 'Lavrov', alias: 'Lavov' });
    assert.strictEqual(r.applied, true, r.message);
    const r2 = await client.request('workspace/executeCommand', { command: 'discourseLens.server.codebookEdit', arguments: [{ op: 'addTerm', term: 'junta', category: 'delegitimizing-label' }] });
    assert.strictEqual(r2.applied, true, r2.message);
    const text = fs.readFileSync(codebook, 'utf8');
    assert.ok(text.startsWith('# Our codebook: keep this comment.\n'), text);
    assert.ok(text.includes('  - name: Sergei Lavrov   # the foreign minister\n'), text);
    assert.match(text, /aliases: \[Lavrov, Lavov\]/);
    assert.match(text, /term: junta\n\s+category: delegitimizing-label/);
    const md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'junta'));
    assert.match(md, /\*\*junta\*\* — Delegitimizing label/);
  });

  it('rename of an entity changes its name in the codebook, not the articles', async () => {
    const before = fs.readFileSync(path.join(dir, LAVROV), 'utf8');
    const pos = positionOf(path.join(dir, LAVROV), 'Lavrov made');
    const prep = await client.request('textDocument/prepareRename', { textDocument: { uri: uriIn(dir, LAVROV) }, position: pos });
    assert.strictEqual(prep.placeholder, 'Sergei Lavrov');
    const edit = await client.request('textDocument/rename', { textDocument: { uri: uriIn(dir, LAVROV) }, position: pos, newName: 'Sergey Lavrov' });
    assert.deepStrictEqual(edit, { changes: {} });
    assert.strictEqual(fs.readFileSync(path.join(dir, LAVROV), 'utf8'), before);
    assert.match(fs.readFileSync(codebook, 'utf8'), /name: Sergey Lavrov {3}# the foreign minister/);
    assert.match(fs.readFileSync(codebook, 'utf8'), /aliases: \[Lavrov, Lavov, Sergei Lavrov\]/);
  });
});

describe('untrusted workspace over stdio', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let dir: string;

  before(async () => {
    dir = tempCopy();
    fs.writeFileSync(path.join(dir, 'codebook.yaml'), 'entities:\n  - name: Sergei Lavrov\n    aliases: [Lavrov]\n    note: A note from the workspace.\n');
    client = await LspTestClient.startIndexed(dir, undefined, { trusted: false });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes nothing from the workspace codebook and writes nothing', async () => {
    const md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'Lavrov'));
    assert.doesNotMatch(md, /A note from the workspace/);
    const before = fs.readFileSync(path.join(dir, 'codebook.yaml'), 'utf8');
    const r = await client.request('discourseLens/codebookEdit', { op: 'ignore', term: 'Monday' });
    assert.strictEqual(r.applied, false);
    assert.match(r.message, /not trusted/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'codebook.yaml'), 'utf8'), before);
  });

  it('reads the codebook once the user trusts the workspace', async () => {
    await client.notify('discourseLens/trustChanged', { trusted: true });
    const deadline = Date.now() + 60000;
    let md = '';
    while (Date.now() < deadline && !/A note from the workspace/.test(md)) {
      md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'Lavrov'));
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(md, /A note from the workspace/);
  });
});

describe('injection corpus over stdio', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let dir: string;
  const A = 'Putin and Lavrov [x](command:workbench.action.quit).txt';
  const TEXT_A = [
    'Moscow talks [x](command:workbench.action.quit)',
    '',
    'Vladimir Putin met Sergei Lavrov in Moscow. <img src=x onerror=alert(1)> Putin said so.',
    '',
    'Lavrov replied: <a href="command:workbench.action.quit">Putin</a> and `Putin` and *Putin* and **Lavrov**_ and [Putin](command:workbench.action.reloadWindow).',
    '',
    'Later, Putin and Lavrov flew to Minsk. <script>alert(1)</script> ![img](command:x) <!-- c -->',
    '',
  ].join('\n');
  const TEXT_B = 'Kremlin news\n\nVladimir Putin spoke in Moscow. [y](command:workbench.action.quit) *Putin*_ <b>Lavrov</b> `code` Putin.\n\nSergei Lavrov agreed with Putin in Moscow.\n';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-injection-'));
    fs.writeFileSync(path.join(dir, A), TEXT_A);
    fs.writeFileSync(path.join(dir, 'b.txt'), TEXT_B);
    client = await LspTestClient.startIndexed(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('no hover anywhere carries a markdown link other than the server’s file: links, a command: URI or live HTML', async () => {
    let hovers = 0;
    for (const [name, text] of [[A, TEXT_A], ['b.txt', TEXT_B]]) {
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character < lines[line].length; character += 2) {
          const h = await client.request('textDocument/hover', { textDocument: { uri: uriIn(dir, name) }, position: { line, character } });
          if (!h) continue;
          hovers++;
          assert.strictEqual(h.contents.kind, 'markdown');
          assert.ok(!('isTrusted' in h.contents));
          assertSafeMarkdown(h.contents.value);
        }
      }
    }
    assert.ok(hovers > 20);
  });
});

describe('codebook.json variant over stdio', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let dir: string;

  before(async () => {
    dir = tempCopy();
    fs.writeFileSync(path.join(dir, 'codebook.json'), JSON.stringify({ entities: [{ name: 'Sergei Lavrov', type: 'person', aliases: ['Lavrov'], note: 'A note from codebook.json.' }] }, null, 2) + '\n');
    client = await LspTestClient.startIndexed(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads codebook.json when there is no codebook.yaml, and edits it as JSON', async () => {
    const md = await hoverText(client, uriIn(dir, JUNTA), positionOf(path.join(dir, JUNTA), 'Lavrov'));
    assert.match(md, /A note from codebook\\\.json\\\./);
    const r = await client.request('discourseLens/codebookEdit', { op: 'ignore', term: 'Monday' });
    assert.strictEqual(r.applied, true, r.message);
    assert.strictEqual(r.path, path.join(dir, 'codebook.json'));
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'codebook.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(data), ['entities', 'ignore']);
    assert.deepStrictEqual(data.ignore, ['Monday']);
    assert.ok(!fs.existsSync(path.join(dir, 'codebook.yaml')));
  });
});
