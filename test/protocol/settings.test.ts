/** Analysis settings changed while the server runs: every document is analysed again, open or not. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspTestClient, SAMPLES, sampleUri } from './lspClient';

const JUNTA = 'Russia must intervene to drive Kiev junta out!.txt';
const FILES = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();

/** Rhetoric markers the server shows in a document (its markup, as the client's decorations get it). */
async function markerCount(client: LspTestClient, uri: string): Promise<number> {
  const markup: { terms: { kind: string }[] } = await client.request('discourseLens/documentMarkup', { uri });
  return markup.terms.filter((t) => t.kind === 'rhetoric').length;
}

function lastDiagnostics(client: LspTestClient, uri: string): any[] | undefined {
  return client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop()?.params.diagnostics;
}

describe('runtime settings', function () {
  this.timeout(120000);
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.startIndexed(SAMPLES, { rhetoric: { sensitivity: 'precise' } });
  });
  after(async () => client.stop());

  it('re-analyses every document when discourseLens.rhetoric.sensitivity changes', async () => {
    const open = sampleUri(JUNTA);
    await client.notify('textDocument/didOpen', { textDocument: { uri: open, languageId: 'plaintext', version: 1, text: fs.readFileSync(path.join(SAMPLES, JUNTA), 'utf8') } });
    await client.until(() => lastDiagnostics(client, open) !== undefined, 60000, 'diagnostics of the open document');
    const rhetoricIn = (uri: string) => (lastDiagnostics(client, uri) ?? []).filter((d) => d.code === 'rhetoric').length;
    const openBefore = rhetoricIn(open);
    const before = new Map<string, number>();
    for (const f of FILES) before.set(f, await markerCount(client, sampleUri(f)));
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

    await client.notify('workspace/didChangeConfiguration', { settings: { discourseLens: { rhetoric: { sensitivity: 'exploratory' } } } });
    // Exploratory shows more markers; wait until the open document's diagnostics and every file's Outline say so.
    await client.until(() => rhetoricIn(open) > openBefore, 60000, 'more rhetoric diagnostics in the open document');
    const after = new Map<string, number>();
    for (let tries = 0; ; tries++) {
      for (const f of FILES) after.set(f, await markerCount(client, sampleUri(f)));
      if (FILES.filter((f) => f !== JUNTA).every((f) => after.get(f)! > before.get(f)!) || tries > 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const f of FILES) assert.ok(after.get(f)! > before.get(f)!, `${f}: ${before.get(f)} markers at precise, ${after.get(f)} at exploratory`);
    assert.ok(total(after) > total(before));

    // And back: the precise figures again.
    await client.notify('workspace/didChangeConfiguration', { settings: { discourseLens: { rhetoric: { sensitivity: 'precise' } } } });
    await client.until(() => rhetoricIn(open) === openBefore, 60000, 'the precise diagnostics again');
    for (let tries = 0; tries < 200; tries++) {
      let same = true;
      for (const f of FILES) same = same && (await markerCount(client, sampleUri(f))) === before.get(f);
      if (same) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('the markers did not return to the precise figures');
  });
});
