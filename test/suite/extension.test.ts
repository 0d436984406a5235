import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openSample, positionOf, waitFor } from './util';

const SAMPLE = 'The first step.txt';
const WORD = 'Donbas';

describe('Discourse Lens extension', () => {
  it('activates', async () => {
    const ext = await activateExtension();
    console.log(`      (extension loaded from ${ext.extensionPath})`);
    // In the packaged-vsix run, prove the extension comes from the installed package,
    // not from the development folder.
    if (process.env.DISCOURSE_LENS_EXPECT_INSTALLED === '1') {
      assert.ok(
        !ext.extensionPath.startsWith(process.env.DISCOURSE_LENS_REPO ?? '\0'),
        `expected the installed .vsix, but the extension was loaded from ${ext.extensionPath}`,
      );
    }
  });

  it('hover on a word shows its counts', async () => {
    const editor = await openSample(SAMPLE);
    const doc = editor.document;
    const expected = (doc.getText().match(new RegExp(`\\b${WORD}\\b`, 'g')) ?? []).length;
    assert.ok(expected > 1, `sample should contain "${WORD}" several times`);
    const pos = positionOf(doc, WORD);
    const text = await waitFor(
      `a hover on "${WORD}" that mentions its count (${expected})`,
      async () =>
        hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)),
      (t) => t.includes(WORD) && new RegExp(`\\b${expected}\\b`).test(t),
    );
    assert.match(text, new RegExp(`\\b${expected}\\b`));
  });

  it('document symbols are provided', async () => {
    const editor = await openSample(SAMPLE);
    const symbols = await waitFor('document symbols', () =>
      vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        editor.document.uri,
      ),
    );
    assert.ok(symbols.length > 0);
    for (const s of symbols) assert.ok(s.name.trim().length > 0, 'symbol without a name');
  });
});
