/** Diagnostics publishing: after "diagnose corpus", an edit sends only the articles whose diagnostics changed. */
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver';
import * as fs from 'fs';
import { CORPUS_CHUNK, DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { connectedPair } from './helpers/loopback';

/** A misspelling warning as the server words it, on line `line` of an article. */
function misspelling(line: number, surface: string, canonical: string): Diagnostic {
  const range = { start: { line, character: 0 }, end: { line, character: surface.length } };
  return { range, severity: 2, code: 'misspelling', source: 'Discourse Lens', message: `‘${surface}’ looks like a misspelling of ‘${canonical}’ (one letter left out; confidence 0.91; 41 mentions in 12 articles)` };
}

describe('DiagnosticsPublisher', () => {
  const speeches = ['file:///ungdc/RUS_70_2015.txt', 'file:///ungdc/UKR_70_2015.txt', 'file:///ungdc/USA_70_2015.txt'];
  const current = new Map<string, Diagnostic[]>([
    [speeches[0], [misspelling(3, 'Lavov', 'Lavrov')]],
    [speeches[1], [misspelling(12, 'Lavov', 'Lavrov'), misspelling(40, 'Poroshenco', 'Poroshenko')]],
  ]);
  const sent: [string, number][] = [];
  const publisher = new DiagnosticsPublisher({
    compute: (uri) => current.get(uri) ?? [],
    send: (uri, list) => sent.push([uri, list.length]),
    isOpen: (uri) => uri === speeches[0],
    openUris: () => [speeches[0]],
    corpusUris: () => speeches,
    indexing: () => false,
  });
  after(() => publisher.dispose());

  it('sends every article with diagnostics when the whole corpus is diagnosed', async () => {
    assert.deepStrictEqual(await publisher.diagnoseCorpus(), { documents: 3, diagnostics: 3 });
    assert.deepStrictEqual(sent.splice(0), [[speeches[0], 1], [speeches[1], 2]]);
  });

  it('then sends only the articles whose diagnostics an edit changed', () => {
    // The open speech is edited: its slip is fixed, which leaves the other speech's warnings as they were.
    current.set(speeches[0], []);
    publisher.changed(speeches[0]);
    publisher.flush();
    assert.deepStrictEqual(sent.splice(0), [[speeches[0], 0]]);
    // A corpus-wide change that moves one warning of another article.
    current.set(speeches[1], [misspelling(12, 'Lavov', 'Lavrov'), misspelling(41, 'Poroshenco', 'Poroshenko')]);
    publisher.changed(speeches[0]);
    publisher.flush();
    assert.deepStrictEqual(sent.splice(0), [[speeches[1], 2]]);
    // Nothing changed: nothing is sent.
    publisher.changed();
    publisher.flush();
    assert.deepStrictEqual(sent, []);
  });
});

describe('DiagnosticsPublisher and the answers of long requests', () => {
  it('writes an answer made after the delay ended before it diagnoses', async () => {
    const order: string[] = [];
    const uri = 'file:///ungdc/RUS_70_2015.txt';
    let diagnosed!: () => void;
    const done = new Promise<void>((r) => (diagnosed = r));
    const publisher = new DiagnosticsPublisher(
      {
        compute: () => (order.push('diagnostics'), diagnosed(), []),
        send: () => undefined,
        isOpen: () => true,
        openUris: () => [uri],
        corpusUris: () => [uri],
        indexing: () => false,
      },
      1,
    );
    try {
      // As the connection runs a request (on an immediate) that outlasts the delay, then writes its answer (on an immediate).
      publisher.opened(uri);
      await new Promise<void>((answered) =>
        setImmediate(() => {
          const start = Date.now();
          while (Date.now() - start < 20); // past the delay: the timer is due when this returns
          setImmediate(() => (order.push('answer'), answered()));
        }),
      );
      await done;
      assert.deepStrictEqual(order, ['answer', 'diagnostics']);
    } finally {
      publisher.dispose();
    }
  });

  it('answers a request that came while the whole corpus is diagnosed before the rest of the corpus', async () => {
    const uris = Array.from({ length: 3 * CORPUS_CHUNK }, (_, i) => `file:///ungdc/speech${i}.txt`);
    const { client, serverSide, close } = await connectedPair();
    const order: string[] = [];
    // As vscode-jsonrpc dispatches what it read: on an immediate.
    const requested = new Promise<void>((r) => serverSide.on('data', () => setImmediate(() => (order.push('request'), r()))));
    const publisher = new DiagnosticsPublisher({
      // The first article's diagnostics take long enough for a request to come (written from the client's end).
      compute: (uri) => (uri === uris[0] && client.write('x'), order.push(uri === uris[0] ? 'first' : 'article'), []),
      send: () => undefined,
      isOpen: () => false,
      openUris: () => [],
      corpusUris: () => uris,
      indexing: () => false,
    });
    try {
      // Started from an I/O callback, as the connection's reading of the command is.
      const result = await new Promise((done) => fs.stat(__filename, () => done(publisher.diagnoseCorpus())));
      await requested;
      assert.deepStrictEqual(result, { documents: uris.length, diagnostics: 0 });
      assert.deepStrictEqual(order.indexOf('request'), CORPUS_CHUNK, 'the request is answered after the first chunk of articles');
      assert.strictEqual(order.length, uris.length + 1);
    } finally {
      publisher.dispose();
      close();
    }
  });
});
