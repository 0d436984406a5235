/**
 * The server's codings host: re-anchored codings cached per document version (every hover,
 * decoration and diagnostic asks again), recomputed when the text or the codings change.
 */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { newCoding, serializeCodingsFile } from '../../server/src/analysis/codings';
import { CodingsHost } from '../../server/src/lsp/codingsHost';

const TEXT = 'The junta shelled Donetsk again. Civilians fled the city.\n';

describe('codings host', function () {
  this.timeout(120_000);
  let ws: string;
  let host: CodingsHost;
  let text = TEXT;
  let uri: string;

  beforeEach(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'dl-codings-host-'));
    mkdirSync(path.join(ws, 'codings'));
    const start = TEXT.indexOf('Civilians fled');
    writeFileSync(path.join(ws, 'codings', 'alice.jsonl'), serializeCodingsFile([newCoding({ source: 'a.txt', text: TEXT, start, end: start + 14, code: 'flight', coder: 'alice', id: 'urn:uuid:1' })]));
    uri = pathToFileURL(path.join(ws, 'a.txt')).toString();
    text = TEXT;
    host = new CodingsHost({
      folders: () => [ws],
      setting: () => ({ folder: 'codings', coder: 'alice' }),
      trusted: () => true,
      textOf: (u) => (u === uri ? text : undefined),
      changed: () => undefined,
      log: { warn: () => undefined, error: () => undefined },
    });
    await host.load();
  });
  afterEach(() => {
    host.dispose();
    rmSync(ws, { recursive: true, force: true });
  });

  it('answers the same document version from its cache, and re-anchors when the text changes', () => {
    const first = host.codingsOf(uri);
    assert.strictEqual(first.length, 1);
    assert.strictEqual(host.codingsOf(uri), first, 'same text: the cached anchoring');
    assert.strictEqual(host.all()[0].coding, first[0], 'all() shares the cache');
    text = 'BREAKING: ' + TEXT;
    const moved = host.codingsOf(uri);
    assert.notStrictEqual(moved, first);
    assert.strictEqual(text.slice(moved[0].start, moved[0].end), 'Civilians fled');
  });

  it('recomputes after the codings change', async () => {
    const before = host.codingsOf(uri);
    await host.add(uri, 4, 9, 'actor');
    const after = host.codingsOf(uri);
    assert.notStrictEqual(after, before);
    assert.deepStrictEqual(after.map((c) => [c.code, TEXT.slice(c.start, c.end)]), [['actor', 'junta'], ['flight', 'Civilians fled']]);
  });
});
