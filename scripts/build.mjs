// Bundles the extension with esbuild: client, language server, command line and the test suite.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, rmSync } from 'fs';
import { join } from 'path';
import { suiteBuildOptions } from '../test/runners/build-suite.mjs';
import { writeServerCodeCache } from './serverCodeCache.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Keep regular-expression literals with \p{…} as literals: esbuild's tables otherwise rewrite each
  // into `new RegExp(…)`, built again on every call (about 3× slower in the analysis' hot functions).
  // Node 20 and VS Code's Chromium support them.
  supported: { 'regexp-unicode-property-escapes': true },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The language server: server.js starts serverMain.js from the code cache written below.
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/serverMain.ts'], outfile: 'server/out/serverMain.js' },
  // The command line: cli.js starts cliMain.js from the code cache written below (node/codeCache.ts).
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cliMain.ts'], outfile: 'server/out/cliMain.js' },
  // Analysis worker threads (server and command line load it from next to themselves).
  { ...common, entryPoints: ['server/src/worker.ts'], outfile: 'server/out/worker.js' },
  // Webview scripts (concordance; overview with chart.js bundled in: webviews load nothing remote).
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    entryPoints: { concordance: 'media/pageScripts/concordance.ts', overview: 'media/pageScripts/overview.ts', agreement: 'media/pageScripts/agreement.ts' },
    outdir: 'media/out',
  },
];

// Extension-host tests: every test/suite/*.test.ts, bundled with the mocha entry `run()`.
if (!production && existsSync('test/suite/index.ts')) {
  // index.js exports run(); each *.test.ts becomes its own *.test.js, which run() loads.
  builds.push(suiteBuildOptions());
}

/**
 * The command line's code cache (node/codeCache.ts): one scan of the sample articles, in-process,
 * compiles what a scan runs. Not for the packaged extension (the CLI users' Node would reject it).
 */
function writeCodeCache() {
  rmSync('server/out/cliMain.codecache', { force: true });
  if (production || !existsSync('samples')) return;
  try {
    execFileSync(process.execPath, ['server/out/cli.js', 'scan', 'samples', '--json', '--jobs', '0'], {
      env: { ...process.env, DISCOURSE_LENS_WRITE_CODE_CACHE: '1', DISCOURSE_LENS_TIMINGS: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (e) {
    // The command line works without it, only its start-up is slower: no reason to fail the build.
    rmSync('server/out/cliMain.codecache', { force: true });
    console.warn(`esbuild: no code cache for the command line (${e.message})`);
  }
}

/** The language server's code cache (serverCodeCache.mjs); not for the packaged extension either. */
async function writeServerCache() {
  rmSync('server/out/serverMain.codecache', { force: true });
  if (production || !existsSync('samples')) return;
  try {
    await writeServerCodeCache(process.cwd());
  } catch (e) {
    // The server works without it, only its start-up is slower.
    rmSync('server/out/serverMain.codecache', { force: true });
    console.warn(`esbuild: no code cache for the language server (${e.message})`);
  }
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  writeCodeCache();
  await writeServerCache();
  console.log(`esbuild: ${builds.length} bundles in ${Date.now() - started} ms`);
}
