// The language server's code cache (node/codeCache.ts): the build starts the bundled server over
// stdio, as an editor does (with the Node options of serverEnvironment.json: V8 rejects a cache made
// under other flags), has it index the sample articles, mark and hover one, and shuts it down; on
// exit it writes the bytecode of what that compiled beside server/out/serverMain.js.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node';

const TIMEOUT_MS = 60_000;

export async function writeServerCodeCache(root) {
  const { env, execArgv } = JSON.parse(readFileSync(path.join(root, 'server/src/node/serverEnvironment.json'), 'utf8'));
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-build-'));
  const child = spawn(process.execPath, [...execArgv, path.join(root, 'server/out/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env, DISCOURSE_LENS_WRITE_CODE_CACHE: '1' },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const tokens = new Set();
  let indexed;
  const indexedPromise = new Promise((resolve) => (indexed = resolve));
  conn.onRequest('window/workDoneProgress/create', (p) => {
    tokens.add(p.token);
    return null;
  });
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.onUnhandledProgress((p) => tokens.has(p.token) && p.value?.kind === 'end' && indexed());
  conn.listen();
  const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
  try {
    const samples = path.join(root, 'samples');
    const rootUri = pathToFileURL(samples).toString();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'samples' }],
      capabilities: { window: { workDoneProgress: true } },
      initializationOptions: { cacheDir },
    });
    await conn.sendNotification('initialized', {});
    await indexedPromise;
    // A hover on the first token the server marks in the first article.
    const file = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0];
    const textDocument = { uri: pathToFileURL(path.join(samples, file)).toString() };
    const tokensOf = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument });
    const [line = 0, character = 0] = tokensOf?.data ?? [];
    await conn.sendRequest('textDocument/hover', { textDocument, position: { line, character } });
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    const code = await exited;
    if (code !== 0) throw new Error(`the server exited with code ${code}`);
  } finally {
    clearTimeout(timer);
    conn.dispose();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
