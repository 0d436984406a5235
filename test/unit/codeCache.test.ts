import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheFileOf } from '../../server/src/node/codeCache';
import { SERVER_EXEC_ARGV } from '../../server/src/node/serverEnvironment';
import { ANALYSIS_V8_FLAGS, MEASURED_V8, setAnalysisV8Flags } from '../../server/src/node/v8Flags';

const CODE_CACHE = path.resolve(__dirname, '..', '..', 'server', 'src', 'node', 'codeCache.ts');
const V8_FLAGS = path.resolve(__dirname, '..', '..', 'server', 'src', 'node', 'v8Flags.ts');

/** Runs a bundle through runBundle in a process of its own (the cache is written on exit). */
function runThrough(bundle: string, write: boolean): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', `require(${JSON.stringify(CODE_CACHE)}).runBundle(${JSON.stringify(bundle)})`], {
    encoding: 'utf8',
    env: { ...process.env, DISCOURSE_LENS_WRITE_CODE_CACHE: write ? '1' : '' },
  });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout;
}

describe('code cache of the command line', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'dl-codecache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bundleText = (speaker: string) =>
    `"use strict";\nfunction quoted() { return ${JSON.stringify(speaker)} + ' said ' + require('path').basename(__filename); }\nprocess.stdout.write(quoted() + (module.exports === exports ? '' : '!'));\n`;

  it('runs the bundle with the module variables, writes the cache on exit and starts from it', () => {
    const bundle = path.join(dir, 'cliMain.js');
    writeFileSync(bundle, bundleText('Annan'));
    assert.strictEqual(runThrough(bundle, true), 'Annan said cliMain.js');
    const cache = readFileSync(cacheFileOf(bundle));
    assert.ok(createHash('sha1').update(readFileSync(bundle, 'utf8')).digest().equals(cache.subarray(0, 20)));
    assert.strictEqual(runThrough(bundle, false), 'Annan said cliMain.js');
  });

  it('ignores the cache of an edited bundle of the same length (V8 would run the old bytecode)', () => {
    const bundle = path.join(dir, 'cliMain.js');
    writeFileSync(bundle, bundleText('Annan'));
    runThrough(bundle, true);
    assert.ok(existsSync(cacheFileOf(bundle)));
    writeFileSync(bundle, bundleText('Obama'));
    assert.strictEqual(runThrough(bundle, false), 'Obama said cliMain.js');
  });
});

/** In a process of its own: the launchers' V8 flags set (or not), whether V8 takes `bundle`'s cache, here and in a worker thread. */
function cacheUnderFlags(bundle: string, execArgv: readonly string[], flags: boolean): { main: string; worker: string } {
  const compile = `require(${JSON.stringify(CODE_CACHE)}).compileBundle(${JSON.stringify(bundle)}).cache`;
  const workerCode = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require('worker_threads').parentPort.postMessage(${compile});`;
  const script = [
    flags ? `require(${JSON.stringify(V8_FLAGS)}).setAnalysisV8Flags();` : '',
    `const main = ${compile};`,
    `const w = new (require('worker_threads').Worker)(${JSON.stringify(workerCode)}, { eval: true });`,
    `w.once('message', (worker) => { process.stdout.write(JSON.stringify({ main, worker })); w.terminate(); });`,
  ].join('\n');
  const r = spawnSync(process.execPath, [...execArgv, '--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** The flags are set only on the V8 they were measured on. */
const flagsHere = process.versions.v8.startsWith(MEASURED_V8);

describe("the build's code caches and the launchers' V8 flags", function () {
  this.timeout(60000);
  const out = path.resolve(__dirname, '..', '..', 'server', 'out');

  it('the command line: its cache is taken under the flags cli.js sets, in worker threads too', () => {
    const bundle = path.join(out, 'cliMain.js');
    assert.ok(existsSync(cacheFileOf(bundle)), 'the build wrote server/out/cliMain.codecache');
    assert.deepStrictEqual(cacheUnderFlags(bundle, [], true), { main: 'taken', worker: 'taken' });
    // Proves that the flags are in force: V8 rejects a cache made under other flags.
    if (flagsHere) assert.deepStrictEqual(cacheUnderFlags(bundle, [], false), { main: 'rejected', worker: 'rejected' });
  });

  it('the language server: its cache is taken under the Node options an editor starts it with and the flags server.js sets', () => {
    const bundle = path.join(out, 'serverMain.js');
    assert.ok(existsSync(cacheFileOf(bundle)), 'the build wrote server/out/serverMain.codecache');
    assert.deepStrictEqual(cacheUnderFlags(bundle, SERVER_EXEC_ARGV, true), { main: 'taken', worker: 'taken' });
    if (flagsHere) assert.strictEqual(cacheUnderFlags(bundle, SERVER_EXEC_ARGV, false).main, 'rejected');
  });

  it('sets no flag on another V8 (it tiers differently: the flags were measured on one)', () => {
    assert.deepStrictEqual(setAnalysisV8Flags('13.2.152.41-electron.0'), []);
    assert.ok(ANALYSIS_V8_FLAGS.length > 0);
  });
});
