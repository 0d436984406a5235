/**
 * A minimal LSP client for protocol tests: starts `server/out/server.js --stdio`
 * and speaks JSON-RPC to it, recording the notifications and progress it sends.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

export const REPO = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(REPO, 'server', 'out', 'server.js');
export const SAMPLES = path.join(REPO, 'samples');
export const DEFAULT_TEXT_DOCUMENT = { hover: { contentFormat: ['markdown'] }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } } };

export interface Notification {
  readonly method: string;
  readonly params: any;
}

export class LspTestClient {
  readonly notifications: Notification[] = [];
  readonly requestsFromServer: Notification[] = [];
  readonly stderr: string[] = [];
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static start(): LspTestClient {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', (d) => client.stderr.push(String(d)));
    connection.onNotification((method, params) => {
      client.notifications.push({ method, params });
    });
    // jsonrpc routes $/progress to progress handlers, never to the catch-all above.
    connection.onUnhandledProgress((params) => {
      client.notifications.push({ method: '$/progress', params });
    });
    connection.onRequest((method, params) => {
      client.requestsFromServer.push({ method, params });
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => null);
      return null;
    });
    connection.listen();
    return client;
  }

  /** A server on `folder`, initialized and done indexing: how most suites begin. */
  static async startIndexed(folder: string, settings?: unknown, options: Record<string, unknown> = {}): Promise<LspTestClient> {
    const client = LspTestClient.start();
    await client.initialize(folder, settings, options);
    await client.indexed(60000);
    return client;
  }

  /** `textDocument`: the client's text-document capabilities (default: Markdown hovers and code-action literals, as Neovim, Helix and Emacs announce). */
  async initialize(folder: string, settings?: unknown, options: Record<string, unknown> = {}, textDocument: Record<string, unknown> = DEFAULT_TEXT_DOCUMENT): Promise<any> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }],
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: false }, textDocument },
      initializationOptions: settings || Object.keys(options).length ? { ...(settings ? { settings } : {}), ...options } : undefined,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when the server has reported the end of a work-done progress. */
  async indexed(timeoutMs = 90000): Promise<void> {
    await this.until(() => this.notifications.some((n) => n.method === '$/progress' && n.params?.value?.kind === 'end'), timeoutMs, 'indexing to end');
  }

  async until(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.process.kill('SIGKILL');
        resolve();
      }, 2000);
      this.process.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

export function sampleUri(name: string): string {
  return pathToFileURL(path.join(SAMPLES, name)).toString();
}

/** The LSP position of the n-th occurrence of `needle` in a file (one character into it). */
export function positionOf(file: string, needle: string, nth = 0): { line: number; character: number } {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in ${file}`);
  const before = text.slice(0, i + 1).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}
