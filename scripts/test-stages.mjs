#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//
//   build      node scripts/build.mjs + bundle the extension-host suite (test/out/suite)
//   typecheck  tsc -p . --noEmit, then the webview page scripts (media/pageScripts, DOM types)
//   unit       mocha --import=tsx 'test/unit/**/*.test.ts'
//   protocol   mocha --import=tsx 'test/protocol/**/*.test.ts'
//   host       extension-host suite (test/suite) in code-server, extension from the dev folder
//   package    npm run package -> discourse-lens.vsix
//   vsix       the same suite in code-server with the packaged .vsix installed
//   ui         UI tests (test/ui) in Chromium against code-server with the .vsix installed
//
// Options: --only a,b   --skip a,b   --list
// Env: DISCOURSE_LENS_TEST_GREP=<mocha --grep for the extension-host suite and the UI tests>
//      DISCOURSE_LENS_UPDATE_SCREENSHOTS=1  UI tests also refresh the screenshots in docs/
//      DISCOURSE_LENS_VERBOSE=1  all workbench log lines
//      KEEP_TEMP=1  keep code-server's temp folders (logs) for debugging
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  checkSystemPackages,
  ensureCodeServer,
  isCodeServerInstalled,
  removeTemp,
  startCodeServer,
  tempCopy,
} from './code-server.mjs';
import { buildSuite, SUITE_ENTRY } from '../test/runners/build-suite.mjs';
import { runSuiteInCodeServer } from '../test/runners/code-server.mjs';

const VSIX = path.join(ROOT, 'discourse-lens.vsix');
const SAMPLES = path.join(ROOT, 'samples');
const HOST_STUB = path.join(ROOT, 'test', 'runners', 'host-stub');
const MOCHA = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const keepTemp = process.env.KEEP_TEMP === '1';

class StageFailure extends Error {}
class Skip extends Error {}

function run(cmd, args, opts = {}, label = [path.basename(cmd) === 'node' ? '' : path.basename(cmd), ...args.map((a) => (path.isAbsolute(a) ? path.relative(ROOT, a).replace(/^node_modules\/[^/]+\/bin\//, '').replace(/^(\w+)\.js$/, '$1') : a))].filter(Boolean).join(' ')) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      if (code === 0) resolve();
      else reject(new StageFailure(`\`${label}\` failed (${sig ?? 'exit ' + code})`));
    });
  });
}

/** Files under `dir` whose name ends with `suffix` (recursive). */
function findFiles(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(suffix))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

async function mochaStage(folder) {
  const files = findFiles(path.join(ROOT, 'test', folder), '.test.ts');
  if (files.length === 0) throw new Skip(`no test/${folder}/**/*.test.ts yet`);
  await run(process.execPath, [MOCHA, '--import=tsx', `test/${folder}/**/*.test.ts`]);
}

let packaged = false; // the package stage ran in this process

/** A fresh code-server (own user data, nothing shared between stages) with the .vsix installed. */
async function startVsixServer() {
  if (!fs.existsSync(VSIX)) throw new StageFailure(`${path.basename(VSIX)} not found: run the package stage (npm run package)`);
  if (!packaged) {
    const vsixTime = fs.statSync(VSIX).mtimeMs;
    const newer = ['client/src', 'server/src', 'package.json']
      .flatMap((p) => (fs.statSync(path.join(ROOT, p)).isDirectory() ? findFiles(path.join(ROOT, p), '') : [path.join(ROOT, p)]))
      .filter((f) => fs.statSync(f).mtimeMs > vsixTime);
    if (newer.length) console.warn(`warning: ${path.basename(VSIX)} is older than ${newer.length} source file(s); add the package stage to test them`);
  }
  return startCodeServer({
    installExtensions: [VSIX],
    settings: { 'editor.wordWrap': 'on' },
    env: { DISCOURSE_LENS_EXPECT_INSTALLED: '1', DISCOURSE_LENS_REPO: ROOT },
    keepTemp,
  });
}

async function hostSuite(server, extensionDevelopmentPath) {
  if (!fs.existsSync(SUITE_ENTRY)) throw new StageFailure('test/out/suite/index.js missing: run the build stage');
  const workspace = tempCopy(SAMPLES);
  try {
    const code = await runSuiteInCodeServer({
      server,
      workspace,
      extensionDevelopmentPath,
      extensionTestsPath: SUITE_ENTRY,
    });
    if (code !== 0) {
      dumpLogs(server);
      throw new StageFailure(
        `extension-host suite failed (exit ${code}); code-server log: ${server.logFile}${keepTemp ? '' : ' (set KEEP_TEMP=1 to keep it)'}`,
      );
    }
  } finally {
    removeTemp(path.dirname(workspace));
  }
}

/** On failure: the tail of the extension host's log and of our extension's output channels. */
function dumpLogs(server) {
  const logs = findFiles(path.join(server.dirs.userData, 'logs'), '.log').filter(
    (f) => /exthost/.test(f) && !/Telemetry|[\\/]vscode\.[^\\/]+[\\/]/.test(f),
  );
  for (const f of logs) {
    const lines = fs.readFileSync(f, 'utf8').trimEnd().split('\n');
    if (!lines.join('').trim()) continue;
    console.error(`\n── ${path.relative(server.dirs.userData, f)} (last ${Math.min(40, lines.length)} lines) ──`);
    console.error(lines.slice(-40).join('\n'));
  }
}

const STAGES = [
  {
    name: 'build',
    async run() {
      const build = path.join(ROOT, 'scripts', 'build.mjs');
      if (!fs.existsSync(build)) throw new StageFailure('scripts/build.mjs is missing');
      await run(process.execPath, [build]);
      await buildSuite();
      for (const f of ['client/out/extension.js', 'server/out/server.js']) {
        if (!fs.existsSync(path.join(ROOT, f))) throw new StageFailure(`build did not produce ${f}`);
      }
    },
  },
  {
    name: 'typecheck',
    async run() {
      if (!fs.existsSync(path.join(ROOT, 'tsconfig.json'))) throw new Skip('no tsconfig.json');
      await run(process.execPath, [TSC, '-p', '.', '--noEmit']);
      await run(process.execPath, [TSC, '-p', 'media/pageScripts', '--noEmit']);
    },
  },
  { name: 'unit', run: () => mochaStage('unit') },
  { name: 'protocol', run: () => mochaStage('protocol') },
  {
    name: 'host',
    async run() {
      checkSystemPackages({ chromium: true, install: !isCodeServerInstalled() });
      ensureCodeServer();
      const server = await startCodeServer({ keepTemp });
      try {
        await hostSuite(server, ROOT);
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'package',
    async run() {
      fs.rmSync(VSIX, { force: true });
      await run('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
      if (!fs.existsSync(VSIX)) throw new StageFailure(`npm run package did not produce ${path.basename(VSIX)}`);
      console.log(`${path.basename(VSIX)}: ${(fs.statSync(VSIX).size / 1024).toFixed(0)} KiB`);
      packaged = true;
    },
  },
  {
    name: 'vsix',
    async run() {
      checkSystemPackages({ chromium: true, install: !isCodeServerInstalled() });
      const server = await startVsixServer();
      try {
        await hostSuite(server, HOST_STUB);
      } finally {
        await server.stop();
      }
    },
  },
  {
    name: 'ui',
    async run() {
      checkSystemPackages({ chromium: true, install: !isCodeServerInstalled() });
      const files = findFiles(path.join(ROOT, 'test', 'ui'), '.test.ts');
      if (files.length === 0) throw new Skip('no test/ui/**/*.test.ts');
      const server = await startVsixServer();
      const workspace = tempCopy(SAMPLES);
      try {
        const grep = process.env.DISCOURSE_LENS_TEST_GREP ? ['--grep', process.env.DISCOURSE_LENS_TEST_GREP] : [];
        await run(process.execPath, [MOCHA, '--import=tsx', '--timeout', '120000', ...grep, 'test/ui/**/*.test.ts'], {
          env: { ...process.env, DISCOURSE_LENS_UI_URL: server.url, DISCOURSE_LENS_UI_WORKSPACE: workspace },
        });
      } catch (e) {
        dumpLogs(server);
        throw e;
      } finally {
        removeTemp(path.dirname(workspace));
        await server.stop();
      }
    },
  },
];

function parseList(flag) {
  const i = process.argv.indexOf(flag);
  if (i < 0) return null;
  const names = (process.argv[i + 1] ?? '').split(',').filter(Boolean);
  for (const n of names) {
    if (!STAGES.some((s) => s.name === n)) {
      console.error(`unknown stage "${n}"; stages: ${STAGES.map((s) => s.name).join(', ')}`);
      process.exit(2);
    }
  }
  return names;
}

async function main() {
  if (process.argv.includes('--list')) {
    console.log(STAGES.map((s) => s.name).join('\n'));
    return 0;
  }
  const only = parseList('--only');
  const skip = parseList('--skip') ?? [];
  const stages = STAGES.filter((s) => (!only || only.includes(s.name)) && !skip.includes(s.name));
  // Fail fast on missing system packages (chromium, and what installing code-server needs).
  if (stages.some((s) => ['host', 'vsix', 'ui'].includes(s.name))) {
    try {
      checkSystemPackages({ chromium: true, install: !isCodeServerInstalled() });
    } catch (e) {
      console.error(`✖ npm test: ${e.message}`);
      return 1;
    }
  }
  const timings = [];
  const t00 = Date.now();
  const summary = () => {
    console.log('\n── timings ──');
    for (const t of timings) console.log(`  ${t.name.padEnd(10)} ${t.status.padEnd(7)} ${(t.ms / 1000).toFixed(1).padStart(6)} s${t.note ? '  ' + t.note : ''}`);
    console.log(`  ${'total'.padEnd(10)} ${''.padEnd(7)} ${((Date.now() - t00) / 1000).toFixed(1).padStart(6)} s`);
  };
  try {
    for (const stage of stages) {
      console.log(`\n▶ ${stage.name}`);
      const t0 = Date.now();
      try {
        await stage.run();
        timings.push({ name: stage.name, status: 'ok', ms: Date.now() - t0 });
      } catch (e) {
        if (e instanceof Skip) {
          console.log(`  (skipped: ${e.message})`);
          timings.push({ name: stage.name, status: 'skipped', ms: Date.now() - t0, note: e.message });
          continue;
        }
        timings.push({ name: stage.name, status: 'FAILED', ms: Date.now() - t0 });
        summary();
        console.error(`\n✖ npm test: stage "${stage.name}" failed: ${e.message}`);
        if (!(e instanceof StageFailure) && e.stack && !e.constructor.name.startsWith('MissingSystem')) console.error(e.stack);
        return 1;
      }
    }
  } finally {
    /* servers are stopped by their stages (and at exit, whatever happens) */
  }
  summary();
  console.log('\n✔ npm test: all stages passed');
  return 0;
}

process.exitCode = await main();
