// Shared helpers for extension-host tests (test/suite/*.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'discourse-lens.discourse-lens';

/** The workspace folder opened for the suite: a temporary copy of samples/. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder (a copy of samples/)');
  return folder.uri;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Activate the extension (if not yet) and return it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed/loaded`);
  if (!ext.isActive) await ext.activate();
  assert.ok(ext.isActive, 'extension did not activate');
  return ext;
}

/** Open a sample file in an editor. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Position of the `occurrence`-th (0-based) match of `text` in the document (cursor inside the match). */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + Math.floor(text.length / 2));
}

/**
 * Poll `probe` until it returns a value accepted by `ok` (default: truthy / non-empty array),
 * or throw after `timeoutMs` with the last value seen. Use instead of sleeping: the language
 * server needs a moment to start and analyse the workspace.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Thenable<T> | T,
  ok: (v: T) => boolean = (v) => (Array.isArray(v) ? v.length > 0 : !!v),
  timeoutMs = 30_000,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last value: ${safeJson(last)}` +
          (lastErr ? `; last error: ${String(lastErr)}` : ''),
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Plain text of hover contents (MarkdownString | MarkedString). */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s && s.length > 500 ? s.slice(0, 500) + '…' : String(s);
  } catch {
    return String(v);
  }
}
