// Extension-host tests of the client: every command, checked by what it changes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import type { DiscourseLensApi } from '../../client/src/extension';
import { CODEBOOK_TEMPLATE } from '../../client/src/commands/codebook';
import { sortKwic } from '../../client/src/panels/concordanceSort';
import { parseCsv } from '../../server/src/analysis/export/csv';
import { newCoding, serializeCodingsFile } from '../../server/src/analysis/codings';
import { activateExtension, openSample, positionOf, waitFor, workspaceRoot } from './util';

const SAMPLE = "Sunday night's meeting between Lavrov and Kerry.txt";
/** The server may encode URIs differently from VS Code ("'" as %27). */
const canon = (uri: string) => vscode.Uri.parse(uri).toString();
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

async function api(): Promise<DiscourseLensApi> {
  const ext = await activateExtension();
  return ext.exports as DiscourseLensApi;
}

/** The id of the entity under `word` in the sample, once the server has analysed it. */
async function entityAt(lens: DiscourseLensApi['lens'], editor: vscode.TextEditor, word: string, occurrence = 0) {
  const pos = positionOf(editor.document, word, occurrence);
  const item = await waitFor(`an entity at "${word}"`, () => lens.itemAt(editor.document.uri, pos), (i) => !!i && i.kind === 'entity');
  return { item: item!, pos };
}

describe('Discourse Lens client', function () {
  this.timeout(90_000);
  let dl: DiscourseLensApi;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-client-'));

  before(async () => {
    dl = await api();
    await waitFor('the corpus indexed', () => dl.stats(), (s) => s.documents >= 4 && !s.indexing, 60_000);
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(path.join(workspaceRoot().fsPath, 'codebook.yaml'), { force: true });
  });

  it('registers every command of the manifest', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).filter((c) => !all.has(c));
    assert.deepStrictEqual(missing, []);
  });

  it('next / previous mention select the mentions in corpus order, across documents', async () => {
    const editor = await openSample(SAMPLE);
    const { item, pos } = await entityAt(dl.lens, editor, 'Lavrov', 1);
    const mentions = await dl.lens.mentions(item.id);
    assert.ok(mentions.length >= 2, `"${item.label}" should have several mentions`);
    const uri = editor.document.uri.toString();
    const here = mentions.findIndex((m) => canon(m.uri) === uri && new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character).contains(pos));
    assert.ok(here >= 0, 'the cursor mention is among the mentions');
    editor.selection = new vscode.Selection(pos, pos);

    await vscode.commands.executeCommand('discourseLens.nextMention');
    const expected = mentions[(here + 1) % mentions.length];
    let active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), canon(expected.uri));
    assert.deepStrictEqual(
      [active.selection.start.line, active.selection.start.character, active.selection.end.line, active.selection.end.character],
      [expected.range.start.line, expected.range.start.character, expected.range.end.line, expected.range.end.character],
    );
    assert.strictEqual(active.document.getText(active.selection), expected.text);

    await vscode.commands.executeCommand('discourseLens.previousMention');
    active = vscode.window.activeTextEditor!;
    const back = mentions[here];
    assert.strictEqual(active.document.uri.toString(), canon(back.uri));
    assert.strictEqual(active.selection.start.line, back.range.start.line);
    assert.strictEqual(active.selection.start.character, back.range.start.character);

    // Wrapping: previous from the first mention goes to the last one (another document or the end).
    const first = mentions[0];
    await vscode.commands.executeCommand('discourseLens.previousMention', { id: item.id, uri: first.uri, position: first.range.start });
    active = vscode.window.activeTextEditor!;
    const last = mentions[mentions.length - 1];
    assert.strictEqual(active.document.uri.toString(), canon(last.uri));
    assert.strictEqual(active.selection.start.line, last.range.start.line);
  });

  it('concordance: lines for a phrase, sortable by left and right context', async () => {
    const state = await vscode.commands.executeCommand<{ lines: { text: string; left: string; right: string }[]; sort: string }>('discourseLens.showConcordance', { query: 'Ukraine' });
    assert.ok(state, 'the concordance opened');
    assert.ok(state.lines.length >= 3, `several lines for "Ukraine": ${state.lines.length}`);
    for (const l of state.lines) assert.match(l.text, /ukraine/i);
    const left = await vscode.commands.executeCommand<{ lines: never[]; sort: string }>('discourseLens.sortConcordance', 'left');
    assert.strictEqual(left.sort, 'left');
    assert.deepStrictEqual(left.lines, sortKwic(left.lines, 'left'));
    const right = await vscode.commands.executeCommand<{ lines: never[]; sort: string }>('discourseLens.sortConcordance', 'right');
    assert.deepStrictEqual(right.lines, sortKwic(right.lines, 'right'));
    assert.strictEqual(dl.concordance.current()?.sort, 'right');
  });

  it('overview: documents, frequencies and co-occurrence', async () => {
    const data = await vscode.commands.executeCommand<{ documents: unknown[]; frequencies: { counts: number[] }[] }>('discourseLens.showOverview');
    assert.ok(data, 'overview data');
    assert.strictEqual(data.documents.length, (await dl.stats()).documents);
    assert.ok(data.frequencies.length > 0);
    for (const f of data.frequencies) assert.strictEqual(f.counts.length, data.documents.length);
  });

  it('decorations: entities underlined in the visible editor, and the toggles change them', async () => {
    const editor = await openSample(SAMPLE);
    const hl = dl.highlights.highlighter;
    const uri = editor.document.uri;
    const on = await waitFor('decorations on the sample', () => hl.appliedTo(uri), (a) => !!a && a.entities > 0);
    assert.ok(on!.entities > 0);

    const enabled = await vscode.commands.executeCommand<boolean>('discourseLens.toggleHighlights');
    assert.strictEqual(enabled, false);
    assert.strictEqual(dl.highlights.state.enabled, false);
    await waitFor('no decorations when off', () => hl.appliedTo(uri), (a) => !!a && a.entities === 0 && a.terms === 0);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('discourseLens.toggleHighlights'), true);
    await waitFor('decorations back', () => hl.appliedTo(uri), (a) => !!a && a.entities > 0);

    const person = on!.byKey['entity:person'] ?? 0;
    assert.ok(person > 0, 'the sample has person names');
    await vscode.commands.executeCommand('discourseLens.toggleCategoryHighlights', { entityType: 'person' });
    assert.strictEqual(dl.highlights.state.isEntityTypeVisible('person'), false);
    await waitFor('persons hidden', () => hl.appliedTo(uri), (a) => !!a && a.byKey['entity:person'] === 0);
    await vscode.commands.executeCommand('discourseLens.toggleCategoryHighlights', { entityType: 'person' });
    assert.strictEqual(dl.highlights.state.isEntityTypeVisible('person'), true);
    await vscode.commands.executeCommand('discourseLens.toggleCategoryHighlights', { category: 'keyword' });
    assert.strictEqual(dl.highlights.state.isCategoryVisible('keyword'), false);
    await vscode.commands.executeCommand('discourseLens.toggleCategoryHighlights', { category: 'keyword' });
    assert.strictEqual(dl.highlights.state.isCategoryVisible('keyword'), true);
  });

  it('decorations follow typing without flicker: old ones kept until the new version is decorated', async () => {
    const editor = await openSample(SAMPLE);
    const hl = dl.highlights.highlighter;
    const uri = editor.document.uri;
    const before = await waitFor('decorations', () => hl.appliedTo(uri), (a) => !!a && a.entities > 0 && a.version === editor.document.version);
    try {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Angela Merkel spoke. '));
      // Right after the edit, the previous decorations are still there (VS Code shifts them).
      const now = hl.appliedTo(uri)!;
      assert.strictEqual(now.version, before!.version, 'nothing re-rendered before the debounce');
      assert.ok(now.entities > 0);
      const after = await waitFor('decorations of the new version', () => hl.appliedTo(uri), (a) => !!a && a.version === editor.document.version, 10_000);
      assert.ok(after!.entities > 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('export: CSV, JSON and REFI-QDA files written and parsed back', async () => {
    const stats = await dl.stats();
    const csvDir = path.join(tmp, 'csv');
    const csv = await vscode.commands.executeCommand<{ files: string[] }>('discourseLens.export', { format: 'csv', target: csvDir });
    assert.ok(csv, 'csv export result');
    for (const f of ['entities.csv', 'terms.csv', 'mentions.csv']) assert.ok(fs.existsSync(path.join(csvDir, f)), f);
    const entities = parseCsv(fs.readFileSync(path.join(csvDir, 'entities.csv'), 'utf8').replace(/^\uFEFF/, ''));
    assert.deepStrictEqual(entities[0].slice(0, 3), ['id', 'name', 'type']);
    assert.ok(entities.length > 1);
    const mentions = parseCsv(fs.readFileSync(path.join(csvDir, 'mentions.csv'), 'utf8').replace(/^\uFEFF/, ''));
    assert.ok(mentions.length > entities.length - 1);

    const jsonFile = path.join(tmp, 'corpus.json');
    await vscode.commands.executeCommand('discourseLens.export', { format: 'json', target: jsonFile });
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    assert.strictEqual(json.documents.length, stats.documents);
    assert.strictEqual(json.entities.length, entities.length - 1);

    const qdpxFile = path.join(tmp, 'corpus.qdpx');
    await vscode.commands.executeCommand('discourseLens.export', { format: 'qdpx', target: qdpxFile });
    const zip = unzipSync(new Uint8Array(fs.readFileSync(qdpxFile)));
    const qde = strFromU8(zip['project.qde']);
    assert.match(qde, /<Project xmlns="urn:QDA-XML:project:1.0"/);
    const sources = Object.keys(zip).filter((n) => n.startsWith('sources/'));
    assert.strictEqual(sources.length, stats.documents);
    // A coded segment slices its source to its name.
    const sel = /<TextSource guid="[^"]+" name="[^"]*" plainTextPath="internal:\/\/([^"]+)"[^>]*>[\s\S]*?<PlainTextSelection guid="[^"]+" name="([^"&]*)" startPosition="(\d+)" endPosition="(\d+)"/.exec(qde);
    assert.ok(sel, 'at least one coded segment');
    const text = Array.from(strFromU8(zip[`sources/${sel[1]}`]));
    assert.strictEqual(text.slice(Number(sel[3]), Number(sel[4])).join(''), sel[2]);
  });

  it('codings: a concordance line coded, the agreement panel, the coding exports, the coder filter', async () => {
    const editor = await openSample(SAMPLE);
    const uri = editor.document.uri.toString();
    const pos = editor.document.positionAt(editor.document.getText().indexOf('Lavrov'));
    const range = new vscode.Range(pos, pos.translate(0, 'Lavrov'.length));
    const added = await vscode.commands.executeCommand<{ id: string; text: string; code: string; coder: string }>('discourseLens.codeConcordanceLine', { uri, range, code: 'host-test-code' });
    const codings = path.join(workspaceRoot().fsPath, 'codings');
    try {
      assert.ok(added, 'the passage was coded');
      assert.strictEqual(added.text, 'Lavrov');
      assert.strictEqual(added.code, 'host-test-code');
      // A second coder who coded a longer passage: one pair, and a difference quoted from the text.
      const text = editor.document.getText();
      const start = editor.document.offsetAt(pos);
      fs.writeFileSync(
        path.join(codings, 'second-coder.jsonl'),
        serializeCodingsFile([newCoding({ source: SAMPLE, text, start, end: start + 'Lavrov and'.length, code: 'host-test-code', coder: 'second-coder', id: 'urn:uuid:host-second' })]),
      );
      const report = await waitFor('the agreement of two coders', () => dl.agreement.show(), (r) => !!r && r.pairs.length === 1);
      const pair = report!.pairs[0];
      assert.ok(pair.coders.includes('second-coder'));
      assert.deepStrictEqual(pair.codes['host-test-code'].differences.map((d) => [d.coder, d.text]), [['second-coder', ' and']]);
      assert.strictEqual(pair.codes['host-test-code'].characters, 'Lavrov and'.length);

      const csvFile = path.join(tmp, 'codings.csv');
      await vscode.commands.executeCommand('discourseLens.exportCodings', { format: 'codings-csv', target: csvFile });
      const rows = parseCsv(fs.readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, ''));
      assert.deepStrictEqual(rows.slice(1).map((r) => [r[3], r[4], r[6]]).sort(), [['Lavrov', 'host-test-code', added.coder], ['Lavrov and', 'host-test-code', 'second-coder']].sort());
      const qdcFile = path.join(tmp, 'codebook.qdc');
      await vscode.commands.executeCommand('discourseLens.exportCodings', { format: 'qdc', target: qdcFile });
      assert.match(fs.readFileSync(qdcFile, 'utf8'), /<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
      const qdpxFile = path.join(tmp, 'codings.qdpx');
      await vscode.commands.executeCommand('discourseLens.exportCodings', { format: 'qdpx', target: qdpxFile });
      const qde = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(qdpxFile)))['project.qde']);
      assert.match(qde, /<User guid="[^"]+" name="second-coder"/);

      const found = await vscode.commands.executeCommand<{ coding: { coder: string } }[]>('discourseLens.findInCodings', 'lavrov AND');
      assert.deepStrictEqual(found?.map((x) => x.coding.coder), ['second-coder']);
      assert.strictEqual(await vscode.commands.executeCommand('discourseLens.filterCodingsByCoder', 'second-coder'), 'second-coder');
      assert.strictEqual(await vscode.commands.executeCommand('discourseLens.filterCodingsByCoder', null), undefined);
    } finally {
      dl.agreement.dispose();
      fs.rmSync(codings, { recursive: true, force: true });
    }
  });

  describe('codebook commands', () => {
    const file = () => path.join(workspaceRoot().fsPath, 'codebook.yaml');

    it('open codebook creates it from the commented template, and never overwrites it', async () => {
      fs.rmSync(file(), { force: true });
      const opened = await vscode.commands.executeCommand<string>('discourseLens.openCodebook');
      assert.strictEqual(opened, file());
      assert.strictEqual(fs.readFileSync(file(), 'utf8'), CODEBOOK_TEMPLATE);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, file());
      const mine = CODEBOOK_TEMPLATE + '# my own comment\n';
      fs.writeFileSync(file(), mine);
      await vscode.commands.executeCommand('discourseLens.openCodebook');
      assert.strictEqual(fs.readFileSync(file(), 'utf8'), mine, 'an existing codebook is left as it is');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('add note, add to codebook, mark as alias, ignore term: the file changes, comments kept', async () => {
      const read = () => fs.readFileSync(file(), 'utf8');
      const r1 = await vscode.commands.executeCommand<{ applied: boolean }>('discourseLens.addNote', { kind: 'entity', name: 'Sergei Lavrov', type: 'person', note: '', value: 'Russian foreign minister.' });
      assert.ok(r1, 'addNote answered');
      await vscode.commands.executeCommand('discourseLens.addToCodebook', { term: 'reactionary utopia', category: 'loaded-language' });
      await vscode.commands.executeCommand('discourseLens.markAlias', { alias: 'Sergey Lavrov', entity: 'Sergei Lavrov' });
      await vscode.commands.executeCommand('discourseLens.ignoreTerm', { term: 'Tha' });
      await vscode.commands.executeCommand('discourseLens.addToCodebook', { term: 'cobble together', category: 'scorn', categoryLabel: 'Scorn', color: '#aa3377' });

      const text = read();
      assert.ok(text.includes('# my own comment'), 'the user comment is kept');
      assert.ok(text.includes('# Discourse Lens codebook'), 'the template comments are kept');
      const cb = parseYaml(text) as { entities: { name: string; note?: string; aliases?: string[] }[]; terms: { term: string; category: string }[]; ignore: string[]; categories: { id: string; label: string }[] };
      const lavrov = cb.entities.find((e) => e.name === 'Sergei Lavrov');
      assert.strictEqual(lavrov?.note, 'Russian foreign minister.');
      assert.ok(lavrov?.aliases?.includes('Sergey Lavrov'), 'alias added');
      assert.ok(cb.terms.some((t) => t.term === 'reactionary utopia' && t.category === 'loaded-language'));
      assert.ok(cb.terms.some((t) => t.term === 'cobble together' && t.category === 'scorn'));
      assert.ok(cb.categories.some((c) => c.id === 'scorn' && c.label === 'Scorn'));
      assert.ok(cb.ignore.includes('Tha'));

      // The Notes view follows the codebook.
      const notes = await waitFor('the note in the Notes request', () => dl.lens.notes(), (n) => n.some((x) => x.note === 'Russian foreign minister.'));
      assert.ok(notes.length > 0);
    });
  });

  it('entities tree: types with counts, expanding to entities and mentions', async () => {
    const { EntitiesTree } = await import('../../client/src/views/trees');
    const tree = new EntitiesTree(dl.lens);
    try {
      const groups = await waitFor('entity groups', () => tree.getChildren());
      const item = tree.getTreeItem(groups[0]);
      assert.ok(Number(item.description) > 0);
      const entities = await tree.getChildren(groups[0]);
      assert.ok(entities.length > 0);
      const mentions = await tree.getChildren(entities[0]);
      assert.ok(mentions.length > 0);
      const m = tree.getTreeItem(mentions[0]);
      assert.strictEqual(m.command?.command, 'vscode.open');
    } finally {
      tree.dispose();
    }
  });

  it('rescan reports the corpus size', async () => {
    const r = await vscode.commands.executeCommand<{ documents: number }>('discourseLens.rescan');
    assert.ok(r.documents >= 4);
  });
});
