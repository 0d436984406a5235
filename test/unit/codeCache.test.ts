import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheFileOf } from '../../server/src/node/codeCache';
import { SERVER_EXEC_ARGV } from '../../server/src/node/serverEnvironment';

const CODE_CACHE = path.resolve(__dirname, '..', '..', 'server', 'src', 'node', 'codeCache.ts');

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

describe("code cache of the language server (the build's)", function () {
  this.timeout(60000);
  const bundle = path.resolve(__dirname, '..', '..', 'server', 'out', 'serverMain.js');

  /** Whether V8 takes the cache in a process started with these Node options. */
  const cacheIn = (execArgv: readonly string[]) => {
    const r = spawnSync(process.execPath, [...execArgv, '--import', 'tsx', '-e', `process.stdout.write(require(${JSON.stringify(CODE_CACHE)}).compileBundle(${JSON.stringify(bundle)}).cache)`], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout;
  };

  it('is taken by a server started with the Node options an editor starts it with (V8 rejects a cache made under other flags)', () => {
    assert.ok(existsSync(cacheFileOf(bundle)), 'the build wrote server/out/serverMain.codecache');
    assert.strictEqual(cacheIn(SERVER_EXEC_ARGV), 'taken');
  });
});
