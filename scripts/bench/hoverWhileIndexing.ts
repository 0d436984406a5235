/**
 * Hovers while the language server indexes a folder: starts `server/out/server.js --stdio` on the
 * folder (a fresh cache folder: a cold start), hovers on one mention of "United Nations" every
 * `--every` ms (one at a time: the next is sent when the last answered and its tick came) until
 * the indexing progress ends, then `--after` more, and prints the latencies of each phase
 * (median, p95, max) with how many hovers found the entity. `--control` hovers on a document the
 * server does not have instead: what waiting for the server's thread alone costs (the scan's work
 * in it), the floor under the hovers' latencies.
 *
 *   npx tsx scripts/bench/hoverWhileIndexing.ts FOLDER [--every 200] [--after 20] [--control]
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/node/serverEnvironment';
import { percentile } from './measure';
import { firstHoverTarget } from './lspRun';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function summary(label: string, times: readonly number[], found: number): string {
  if (!times.length) return `${label}: no hovers`;
  return `${label}: ${times.length} hovers (${found} on the entity), median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !fs.statSync(folder).isDirectory()) throw new Error('usage: hoverWhileIndexing.ts FOLDER [--every ms] [--after n]');
  const every = option('every', 200);
  const after = option('after', 20);
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(folder, f));
  const found = firstHoverTarget(files);
  if (!found) throw new Error(`no "United Nations" in ${folder}`);
  const target = process.argv.includes('--control') ? { ...found, uri: pathToFileURL(path.join(folder, 'not-in-the-corpus.txt')).toString() } : found;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-hover-cache-'));
  const server = path.resolve(__dirname, '../../server/out/server.js');
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...serverEnvironment(process.env) } });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const tokens = new Set<string | number>();
  let indexing = true;
  let progressText = '';
  conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => (tokens.add(p.token), null));
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.onUnhandledProgress((p: { token: string | number; value?: { kind?: string; message?: string } }) => {
    if (!tokens.has(p.token)) return;
    if (p.value?.message) progressText = p.value.message;
    if (p.value?.kind === 'end') indexing = false;
  });
  conn.listen();
  const t0 = performance.now();
  try {
    const rootUri = pathToFileURL(folder).toString();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(folder) }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
      initializationOptions: { cacheDir },
    });
    await conn.sendNotification('initialized', {});
    const during: number[] = [];
    const afterwards: number[] = [];
    let foundDuring = 0;
    let foundAfter = 0;
    let lastSample = '';
    while (indexing || afterwards.length < after) {
      const tick = performance.now();
      const wasIndexing = indexing;
      const h = await conn.sendRequest<{ contents?: { value?: string } } | null>('textDocument/hover', { textDocument: { uri: target.uri }, position: target.position });
      const ms = performance.now() - tick;
      const onEntity = !!h?.contents?.value?.includes('— organization');
      if (wasIndexing) (during.push(ms), (foundDuring += onEntity ? 1 : 0));
      else (afterwards.push(ms), (foundAfter += onEntity ? 1 : 0));
      if (process.env.HOVER_TRACE) console.log(`${((tick - t0) / 1000).toFixed(1)} s ${wasIndexing ? 'indexing' : 'indexed'} ${ms.toFixed(1)} ms ${progressText} ${h?.contents?.value?.split('\n').slice(2, 3).join('') ?? 'null'}`);
      lastSample = h?.contents?.value ?? '';
      await new Promise((r) => setTimeout(r, Math.max(0, every - (performance.now() - tick))));
    }
    console.log(`indexing took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(summary('during indexing', during, foundDuring));
    console.log(summary('after indexing', afterwards, foundAfter));
    if (process.env.HOVER_TRACE) console.log(lastSample);
    await Promise.race([conn.sendRequest('shutdown').then(() => conn.sendNotification('exit')), new Promise((r) => setTimeout(r, 5000))]);
  } finally {
    conn.dispose();
    if (child.exitCode === null) child.kill();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
