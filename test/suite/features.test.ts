// Extension-host tests of the language features in the real VS Code, on a temporary copy of samples/:
// hover, diagnostics, references, definition, symbols and every code action, checking the codebook
// file (comments included) after each edit.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openSample, positionOf, waitFor, workspaceRoot } from './util';

const LAVROV = "Sunday night's meeting between Lavrov and Kerry.txt";
const JUNTA = 'Russia must intervene to drive Kiev junta out!.txt';
const DEFEND = 'Defend Ukraine independence!.txt';
const FIRST = 'The first step.txt';
/** The server may encode URIs differently from VS Code ("'" as %27). */
const canon = (uri: vscode.Uri | string) => vscode.Uri.parse(uri.toString()).toString();

const CODEBOOK = `# Codebook for the feature tests: this comment must survive every edit.
categories:
  - id: delegitimizing-label   # our own category
    label: Delegitimizing label
    description: Words that deny an actor's legitimacy.
entities:
  - name: Sergei Lavrov
    type: person
    aliases: [Lavrov]   # surname alone
    note: Russian foreign minister since 2004.
ignore: [Monday]
`;

describe('Discourse Lens language features', function () {
  this.timeout(120_000);
  let codebookPath: string;

  const codebookText = () => fs.readFileSync(codebookPath, 'utf8');
  const assertComments = (text: string) => {
    assert.ok(text.startsWith('# Codebook for the feature tests: this comment must survive every edit.\n'), text);
    assert.match(text, /# our own category/);
    assert.match(text, /# surname alone/);
  };
  const actionsAt = async (uri: vscode.Uri, range: vscode.Range, want: (a: vscode.CodeAction[]) => boolean) =>
    waitFor('code actions', async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [], want);
  const run = async (action: vscode.CodeAction) => {
    if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
    if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  };
  const hoverAt = (uri: vscode.Uri, pos: vscode.Position) => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos).then(hoverText);

  before(async () => {
    codebookPath = path.join(workspaceRoot().fsPath, 'codebook.yaml');
    fs.writeFileSync(codebookPath, CODEBOOK);
    await activateExtension();
    const editor = await openSample(LAVROV);
    const pos = positionOf(editor.document, 'Lavrov made');
    // Indexed, with the codebook loaded (its note shows).
    await waitFor('the codebook note in a hover', () => hoverAt(editor.document.uri, pos), (t) => /Russian foreign minister since 2004/.test(t), 60_000);
  });

  it('hover on an entity: name, type, note and a concordance line from another article, linked', async () => {
    const editor = await openSample(LAVROV);
    const text = await hoverAt(editor.document.uri, positionOf(editor.document, 'Lavrov made'));
    assert.match(text, /\*\*Sergei Lavrov\*\* — person/);
    assert.match(text, /In other articles:/);
    assert.match(text, /Russia must intervene to drive Kiev junta out/);
    assert.match(text, /\]\(file:\/\/\/[^)]*#L\d+,\d+\)/);
    assert.doesNotMatch(text, /command:/);
  });

  it('diagnostics: "Lavov" is a Warning that looks like "Lavrov"', async () => {
    const editor = await openSample(JUNTA);
    const diags = await waitFor('a misspelling diagnostic', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'misspelling'));
    assert.match(diags[0].message, /^‘Lavov’ looks like a misspelling of ‘Lavrov’ \(a letter left out; confidence 0\.\d\d; \d+ mentions? in \d+ articles?\)$/);
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(diags[0].source, 'discourse-lens');
    assert.strictEqual(editor.document.getText(diags[0].range), 'Lavov');
  });

  it('references on "Putin" reach all four articles', async () => {
    const editor = await openSample(LAVROV);
    const refs = await waitFor('references', () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, 'Putin')), (r) => (r ?? []).length > 20);
    const files = new Set(refs.map((r) => path.basename(r.uri.fsPath)));
    assert.deepStrictEqual([...files].sort(), [DEFEND, JUNTA, LAVROV, FIRST].sort());
  });

  it('definition of "Lavrov" is its codebook entry', async () => {
    const editor = await openSample(LAVROV);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, positionOf(editor.document, 'Lavrov made'));
    assert.strictEqual(defs.length, 1);
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetRange' in d ? d.targetRange : d.range;
    assert.strictEqual(canon(uri), canon(vscode.Uri.file(codebookPath)));
    assert.strictEqual(codebookText().split('\n')[range.start.line].trim(), '- name: Sergei Lavrov');
  });

  it('document symbols: byline "Roy Landersen", date "April 3, 2023", then paragraphs with their mentions', async () => {
    const editor = await openSample(DEFEND);
    const symbols = await waitFor('document symbols', () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri));
    assert.strictEqual(symbols.find((s) => s.detail === 'byline')?.name, 'Roy Landersen');
    assert.strictEqual(symbols.find((s) => s.detail === 'date')?.name, 'April 3, 2023');
    const all = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children)]);
    assert.ok(all(symbols).some((c) => /Putin/.test(c.name) && /^person/.test(c.detail ?? '')));
  });

  it('code action: correct a misspelling (edits the article only when applied)', async () => {
    const editor = await openSample(JUNTA);
    const diag = (await waitFor('a misspelling diagnostic', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'misspelling')))[0];
    const actions = await actionsAt(editor.document.uri, diag.range, (a) => a.some((x) => x.title === 'Correct ‘Lavov’ to ‘Lavrov’'));
    const before = codebookText();
    await run(actions.find((x) => x.title === 'Correct ‘Lavov’ to ‘Lavrov’')!);
    assert.strictEqual(editor.document.getText(diag.range.with({ end: diag.range.start.translate(0, 6) })), 'Lavrov');
    assert.strictEqual(codebookText(), before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.ok(editor.document.getText().includes('Lavov'));
  });

  it('code action: mark "Lavov" as an alias of Sergei Lavrov', async () => {
    const editor = await openSample(JUNTA);
    const pos = positionOf(editor.document, 'Lavov');
    // On the misspelling the quick fix "Keep…" makes it the alias; the same edit is not offered twice.
    const actions = await actionsAt(editor.document.uri, new vscode.Range(pos, pos), (a) => a.some((x) => x.title === 'Keep ‘Lavov’: mark it as an alias of Sergei Lavrov'));
    assert.ok(!actions.some((x) => x.title === 'Mark ‘Lavov’ as an alias of Sergei Lavrov'), actions.map((x) => x.title).join('\n'));
    await run(actions.find((x) => x.title === 'Keep ‘Lavov’: mark it as an alias of Sergei Lavrov')!);
    const text = codebookText();
    assertComments(text);
    assert.match(text, /aliases: \[Lavrov, Lavov\] {3}# surname alone/);
  });

  it('code action: add a term under a known category, then under a built-in one', async () => {
    const editor = await openSample(JUNTA);
    const pos = positionOf(editor.document, 'junta');
    let actions = await actionsAt(editor.document.uri, new vscode.Range(pos, pos), (a) => a.some((x) => x.title === 'Add ‘junta’ to the codebook as Delegitimizing label'));
    await run(actions.find((x) => x.title === 'Add ‘junta’ to the codebook as Delegitimizing label')!);
    let text = codebookText();
    assertComments(text);
    assert.match(text, /- term: junta\n\s+category: delegitimizing-label/);
    // A Loaded-language marker: its own category is offered, the other built-in ones through the prompt.
    const word = positionOf(editor.document, 'smash');
    actions = await actionsAt(editor.document.uri, new vscode.Range(word, word), (a) => a.some((x) => x.title === 'Add ‘smash’ to the codebook as Loaded language'));
    assert.ok(actions.some((x) => x.title === 'Add ‘smash’ to the codebook under another category…' && x.command?.command === 'discourseLens.addToCodebook'));
    assert.ok(!actions.some((x) => x.title === 'Add ‘smash’ to the codebook as Name calling'));
    await run(actions.find((x) => x.title === 'Add ‘smash’ to the codebook as Loaded language')!);
    text = codebookText();
    assertComments(text);
    assert.match(text, /- term: smash\n\s+category: loaded-language/);
    assert.match(text, /- id: loaded-language\n\s+label: Loaded language/);
    // The hover follows the codebook.
    await waitFor('the junta hover in its codebook category', () => hoverAt(editor.document.uri, pos), (t) => /\*\*junta\*\* — Delegitimizing label/.test(t));
  });

  it('code action: ignore a term', async () => {
    const editor = await openSample(LAVROV);
    const pos = positionOf(editor.document, 'conclusively');
    const actions = await actionsAt(editor.document.uri, new vscode.Range(pos, pos), (a) => a.some((x) => x.title === 'Ignore ‘conclusively’'));
    await run(actions.find((x) => x.title === 'Ignore ‘conclusively’')!);
    const text = codebookText();
    assertComments(text);
    assert.match(text, /ignore: \[Monday, conclusively\]/);
  });

  it('code action: add or edit a note (the client prompts; the server writes)', async () => {
    const editor = await openSample(LAVROV);
    const pos = positionOf(editor.document, 'Lavrov made');
    const actions = await actionsAt(editor.document.uri, new vscode.Range(pos, pos), (a) => a.some((x) => x.command?.command === 'discourseLens.addNote'));
    const note = actions.find((x) => x.command?.command === 'discourseLens.addNote')!;
    assert.strictEqual(note.title, 'Edit the note on Sergei Lavrov…');
    const args = note.command!.arguments![0] as { kind: string; name: string; note: string };
    assert.deepStrictEqual([args.kind, args.name, args.note], ['entity', 'Sergei Lavrov', 'Russian foreign minister since 2004.']);
    // What the client sends once the user typed the note:
    await vscode.commands.executeCommand('discourseLens.server.codebookEdit', { op: 'setNote', target: { kind: 'entity', name: 'Sergei Lavrov' }, note: 'Foreign minister; a note edited in the test.' });
    const text = codebookText();
    assertComments(text);
    assert.match(text, /note: Foreign minister; a note edited in the test\./);
    const other = await openSample(JUNTA);
    await waitFor('the new note in another article', () => hoverAt(other.document.uri, positionOf(other.document, 'Lavrov')), (t) => /a note edited in the test/.test(t));
  });

  it('rename of an entity renames it in the codebook, not in the articles', async () => {
    const editor = await openSample(LAVROV);
    const before = editor.document.getText();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'Lavrov made'), 'Sergey Lavrov');
    assert.strictEqual(edit.size, 0);
    assert.strictEqual(editor.document.getText(), before);
    const text = codebookText();
    assertComments(text);
    assert.match(text, /- name: Sergey Lavrov/);
    assert.match(text, /aliases: \[Lavrov, Lavov, Sergei Lavrov\]/);
  });
});
