/**
 * The language server as an editor starts it (`node server/out/server.js --stdio`, with the
 * client's environment and Node options), measured over LSP only: indexing a workspace (spawn to
 * the end of its work-done progress, with a fresh cache folder), the first hover after it, hover latencies on
 * entity and term mentions, and an edit of a long open article observed through a hover sent
 * right behind it (the server analyses pending edits before it answers a request); then a second
 * start on the cache the first one wrote (a warm start) to its first hover.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/node/serverEnvironment';
import { BenchCorpus, rng } from './corpora';
import { PeakRss, percentile } from './measure';

export interface LspRun {
  /** Spawn to the end of the indexing progress. */
  readonly indexSeconds: number;
  readonly firstHoverMs: number;
  readonly firstHoverFound: boolean;
  readonly hoverP50Ms: number;
  readonly hoverP95Ms: number;
  /** p95 of the hovers on entity mentions, and on terms (rhetoric, key terms, codebook). */
  readonly entityHoverP95Ms: number;
  readonly termHoverP95Ms: number;
  /** The slowest hovers, as `ms kind` (what the p95 is made of). */
  readonly slowestHovers: string[];
  readonly hovers: number;
  /** Hovers that answered something (on an entity or term token). */
  readonly hoversAnswered: number;
  /** The first analysis in the server's main thread (opening the long article). */
  readonly openArticleMs: number;
  /** Median of edit → answer of a hover sent right after it, and of the same hover without an edit. */
  readonly editThenHoverMs: number;
  readonly hoverAloneMs: number;
  readonly peakRssAfterIndexMB: number;
  readonly peakRssMB: number;
  /** A second start on the cache the first one wrote (the editor reopened): indexing, first hover, memory. */
  readonly warmIndexSeconds: number;
  readonly warmFirstHoverMs: number;
  readonly warmPeakRssMB: number;
}

export interface LspOptions {
  readonly server: string;
  readonly cacheDir: string;
  readonly hovers: number;
  readonly edits: number;
  /** The long article (about 10,000 words), opened from outside the workspace. */
  readonly article: { readonly file: string; readonly text: string };
  readonly seed: number;
}

const ENTITY_TYPES = new Set(['person', 'place', 'organization', 'group', 'event']);

/** Line and character (UTF-16) of an offset. */
function position(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** A mention of "United Nations" after the first line, in the first file that has one. */
export function firstHoverTarget(paths: readonly string[]): { uri: string; position: { line: number; character: number } } | undefined {
  for (const file of paths) {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const at = text.indexOf('United Nations', text.indexOf('\n') + 1);
    if (text.indexOf('\n') >= 0 && at > 0) return { uri: pathToFileURL(file).toString(), position: position(text, at + 3) };
  }
  return undefined;
}

interface Session {
  readonly conn: MessageConnection;
  readonly legend: readonly string[];
  /** Spawn to the end of the indexing progress. */
  readonly indexSeconds: number;
  readonly rss: PeakRss;
  stderr(): string;
  close(): Promise<void>;
}

/** Starts the server on the corpus folder (cache in `cacheDir`) and waits for its indexing to end. */
async function startSession(corpus: BenchCorpus, server: string, cacheDir: string): Promise<Session> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...serverEnvironment(process.env) } });
  const rss = new PeakRss(child.pid!);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const tokens = new Set<string | number>();
  let indexed!: (at: number) => void;
  const indexedAt = new Promise<number>((r) => (indexed = r));
  conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    tokens.add(p.token);
    return null;
  });
  conn.onRequest(() => null);
  conn.onNotification(() => undefined);
  conn.onUnhandledProgress((p: { token: string | number; value?: { kind?: string } }) => {
    if (tokens.has(p.token) && p.value?.kind === 'end') indexed(performance.now());
  });
  conn.listen();
  const close = async () => {
    rss.stop();
    await Promise.race([conn.sendRequest('shutdown').then(() => conn.sendNotification('exit')), new Promise((r) => setTimeout(r, 5000))]).catch(() => undefined);
    conn.dispose();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  try {
    const rootUri = pathToFileURL(corpus.dir).toString();
    const init = await conn.sendRequest<{ capabilities: { semanticTokensProvider?: { legend: { tokenTypes: string[] } } } }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(corpus.dir) }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
      initializationOptions: { cacheDir },
    });
    await conn.sendNotification('initialized', {});
    const indexSeconds = ((await indexedAt) - t0) / 1000;
    return { conn, legend: init.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [], indexSeconds, rss, stderr: () => stderr, close };
  } catch (e) {
    await close();
    throw new Error(`language server on ${corpus.name}: ${(e as Error).message}\n${stderr}`);
  }
}

async function timed<R>(fn: () => Promise<R>): Promise<[number, R]> {
  const s = performance.now();
  const r = await fn();
  return [performance.now() - s, r];
}

function hover(conn: MessageConnection, uri: string, pos: { line: number; character: number }) {
  return conn.sendRequest<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: pos });
}

/** Cold start and measures, then a warm start (same cache folder) to its first hover. */
export async function runLanguageServer(corpus: BenchCorpus, o: LspOptions): Promise<LspRun> {
  fs.rmSync(o.cacheDir, { recursive: true, force: true });
  const target = firstHoverTarget(corpus.paths);
  if (!target) throw new Error(`no "United Nations" in ${corpus.name}`);
  try {
    const cold = await measureSession(await startSession(corpus, o.server, o.cacheDir), corpus, target, o);
    const warm = await startSession(corpus, o.server, o.cacheDir);
    try {
      const [warmFirstHoverMs] = await timed(() => hover(warm.conn, target.uri, target.position));
      return { ...cold, warmIndexSeconds: warm.indexSeconds, warmFirstHoverMs, warmPeakRssMB: warm.rss.sample() };
    } finally {
      await warm.close();
    }
  } finally {
    fs.rmSync(o.cacheDir, { recursive: true, force: true });
  }
}

type Target = NonNullable<ReturnType<typeof firstHoverTarget>>;

async function measureSession(session: Session, corpus: BenchCorpus, target: Target, o: LspOptions): Promise<Omit<LspRun, 'warmIndexSeconds' | 'warmFirstHoverMs' | 'warmPeakRssMB'>> {
  const { conn, rss, indexSeconds } = session;
  try {
    const peakRssAfterIndexMB = rss.sample();

    // The first hover: nothing else was asked before it.
    const [firstHoverMs, first] = await timed(() => hover(conn, target.uri, target.position));

    // Hovers on mentions the server itself reports (semantic tokens, not timed), in random documents.
    const legend = session.legend;
    const rand = rng(o.seed);
    const times: number[] = [];
    const kinds: string[] = [];
    let answered = 0;
    for (let k = 0; k < o.hovers; k++) {
      const uri = pathToFileURL(corpus.paths[Math.floor(rand() * corpus.paths.length)]).toString();
      const st = await conn.sendRequest<{ data: number[] } | null>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const data = st?.data ?? [];
      const spots: { line: number; character: number; entity: boolean; type: string }[] = [];
      for (let i = 0, line = 0, ch = 0; i + 4 < data.length; i += 5) {
        line += data[i];
        ch = data[i] ? data[i + 1] : ch + data[i + 1];
        spots.push({ line, character: ch + (data[i + 2] >> 1), entity: ENTITY_TYPES.has(legend[data[i + 3]]), type: legend[data[i + 3]] ?? '?' });
      }
      if (!spots.length) continue;
      // Two of three on entities, as an analyst mostly hovers names.
      const pool = rand() < 2 / 3 && spots.some((s) => s.entity) ? spots.filter((s) => s.entity) : spots;
      const spot = pool[Math.floor(rand() * pool.length)];
      const [ms, h] = await timed(() => hover(conn, uri, spot));
      times.push(ms);
      kinds.push(spot.type);
      if (h) answered++;
    }

    // The long article: opened (its first analysis runs in the server's main thread), a few
    // edits to warm up, then edits each followed at once by a hover.
    const uri = pathToFileURL(o.article.file).toString();
    const text = o.article.text;
    const hoverAt = position(text, text.indexOf('United Nations') >= 0 ? text.indexOf('United Nations') + 3 : 0);
    const [openArticleMs] = await timed(async () => {
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      return hover(conn, uri, hoverAt);
    });
    let version = 1;
    let current = text;
    const edit = (k: number) => {
      const at = current.indexOf(' the ', 2000 + k * 613);
      const pos = position(current, at);
      current = `${current.slice(0, at)} w${k}${current.slice(at)}`;
      return conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: pos, end: pos }, text: ` w${k}` }] });
    };
    for (let k = 0; k < 5; k++) await timed(async () => (await edit(k), hover(conn, uri, hoverAt)));
    const editTimes: number[] = [];
    const aloneTimes: number[] = [];
    for (let k = 5; k < 5 + o.edits; k++) {
      editTimes.push((await timed(async () => (await edit(k), hover(conn, uri, hoverAt))))[0]);
      aloneTimes.push((await timed(() => hover(conn, uri, hoverAt)))[0]);
    }
    const peakRssMB = rss.sample();
    return {
      indexSeconds,
      firstHoverMs,
      firstHoverFound: !!first?.contents,
      hoverP50Ms: percentile(times, 50),
      hoverP95Ms: percentile(times, 95),
      entityHoverP95Ms: percentile(times.filter((_, i) => ENTITY_TYPES.has(kinds[i])), 95),
      termHoverP95Ms: percentile(times.filter((_, i) => !ENTITY_TYPES.has(kinds[i])), 95),
      slowestHovers: times.map((t, i) => [t, kinds[i]] as const).sort((a, b) => b[0] - a[0]).slice(0, 5).map(([t, k]) => `${t.toFixed(0)} ms ${k}`),
      hovers: times.length,
      hoversAnswered: answered,
      openArticleMs,
      editThenHoverMs: percentile(editTimes, 50),
      hoverAloneMs: percentile(aloneTimes, 50),
      peakRssAfterIndexMB,
      peakRssMB,
    };
  } catch (e) {
    throw new Error(`language server on ${corpus.name}: ${(e as Error).message}\n${session.stderr()}`);
  } finally {
    await session.close();
  }
}
