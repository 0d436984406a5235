/**
 * What the server offers depends on what the client declares: code lenses and the code actions
 * that prompt through client commands only for a client that lists them in
 * `initializationOptions.clientCommands` (the VS Code client); and refusals come back as
 * JSON-RPC errors with their LSP codes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { ClientCommand } from '../../server/src/protocol';
import { LspTestClient, SAMPLES, positionOf, sampleUri } from './lspClient';

const LAVROV = "Sunday night's meeting between Lavrov and Kerry.txt";

async function codeError(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    return (e as { code: number }).code;
  }
  assert.fail('the request succeeded');
}

describe('client commands and error codes over stdio', function () {
  this.timeout(120000);
  const uri = sampleUri(LAVROV);
  const pos = positionOf(path.join(SAMPLES, LAVROV), 'Lavrov made');
  const clientOnly = new Set<string>(Object.values(ClientCommand));

  describe('a client that runs the client commands', () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.startIndexed(SAMPLES, undefined, { clientCommands: Object.values(ClientCommand) });
    });
    after(async () => client.stop());

    it('gets the code lenses, each calling a command it declared', async () => {
      const lenses: any[] = await client.request('textDocument/codeLens', { textDocument: { uri } });
      assert.deepStrictEqual(lenses.map((l) => l.command.arguments[0].kind), ['entities', 'rhetoric', 'keywords']);
      assert.ok(lenses.every((l) => !/^0 /.test(l.command.title)), lenses.map((l) => l.command.title).join(' | '));
      assert.deepStrictEqual([...new Set(lenses.map((l) => l.command.command))].sort(), [ClientCommand.showEntities, ClientCommand.showTerms].sort());
    });

    it('has the Terms view built within the indexing progress (its status bar asks for it as indexing ends)', () => {
      const messages = client.notifications.filter((n) => n.method === '$/progress' && n.params.value.kind === 'report').map((n) => n.params.value.message);
      assert.ok(messages.includes('listing the terms for the views'), messages.join(' | '));
    });

    it('gets the prompting code actions (note, new category, alias of …)', async () => {
      const commandsAt = async (position: unknown) => {
        const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
        return new Set(actions.map((a) => a.command?.command));
      };
      // On a name: a note and an alias; on a word: the codebook term under a category picked in the prompt.
      const onName = await commandsAt(pos);
      assert.ok(onName.has(ClientCommand.addNote) && onName.has(ClientCommand.markAlias), [...onName].join());
      const onWord = await commandsAt(positionOf(path.join(SAMPLES, LAVROV), 'conclusively'));
      assert.ok(onWord.has(ClientCommand.addToCodebook), [...onWord].join());
    });
  });

  describe('another editor (no client commands declared)', () => {
    let client: LspTestClient;
    let init: any;
    before(async () => {
      client = LspTestClient.start();
      init = await client.initialize(SAMPLES);
      await client.indexed(60000);
    });
    after(async () => client.stop());

    it('has no view built for it: it shows none', () => {
      const messages = client.notifications.filter((n) => n.method === '$/progress' && n.params.value.kind === 'report').map((n) => n.params.value.message);
      assert.ok(messages.includes('building the corpus tables'), messages.join(' | '));
      assert.ok(!messages.includes('listing the terms for the views'), messages.join(' | '));
    });

    it('gets no code lenses and no action that calls a command only VS Code runs', async () => {
      assert.deepStrictEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
      const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
      assert.ok(actions.length > 0);
      assert.deepStrictEqual(actions.filter((a) => clientOnly.has(a.command?.command)).map((a) => a.title), []);
      for (const a of actions) if (a.command) assert.ok(init.capabilities.executeCommandProvider.commands.includes(a.command.command), a.command.command);
    });

    it('an unknown command is InvalidParams; a rename where there is no entity is RequestFailed', async () => {
      assert.strictEqual(await codeError(client.request('workspace/executeCommand', { command: 'discourseLens.server.nope', arguments: [] })), ErrorCodes.InvalidParams);
      const word = positionOf(path.join(SAMPLES, LAVROV), 'conclusively');
      assert.strictEqual(await codeError(client.request('textDocument/prepareRename', { textDocument: { uri }, position: word })), LSPErrorCodes.RequestFailed);
    });
  });

  describe('a client without code-action literals', () => {
    let client: LspTestClient;
    let init: any;
    before(async () => {
      client = LspTestClient.start();
      init = await client.initialize(SAMPLES, undefined, {}, { hover: { contentFormat: ['markdown'] } });
      await client.indexed(60000);
    });
    after(async () => client.stop());

    it('gets Commands the server runs, no CodeAction literal', async () => {
      const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
      assert.ok(actions.length > 0);
      for (const a of actions) {
        assert.ok(typeof a.command === 'string' && typeof a.title === 'string' && !('kind' in a) && !('edit' in a), JSON.stringify(a));
        assert.ok(init.capabilities.executeCommandProvider.commands.includes(a.command), a.command);
      }
      assert.ok(actions.some((a) => a.title === 'Ignore ‘Lavrov’'), actions.map((a) => a.title).join(' | '));
    });
  });

  describe('an untrusted workspace', () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.startIndexed(SAMPLES, undefined, { trusted: false });
    });
    after(async () => client.stop());

    it('refuses rename and export with RequestFailed', async () => {
      assert.strictEqual(await codeError(client.request('textDocument/prepareRename', { textDocument: { uri }, position: pos })), LSPErrorCodes.RequestFailed);
      assert.strictEqual(await codeError(client.request('discourseLens/export', { format: 'json', target: path.join(SAMPLES, 'never-written.json') })), LSPErrorCodes.RequestFailed);
      assert.ok(!fs.existsSync(path.join(SAMPLES, 'never-written.json')));
    });
  });
});
