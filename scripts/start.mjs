#!/usr/bin/env node
// `npm start`: build what is missing, then open samples/ with the extension loaded:
//   - desktop VS Code if `code` is on PATH (code --extensionDevelopmentPath=<repo> samples);
//   - otherwise code-server on 127.0.0.1:<free port> (installed on first use into .vscode-test/),
//     with the extension development folder loaded through the URL; stays in the foreground
//     until Ctrl-C and cleans up.
// Options: --port N (code-server port), --code-server (use code-server even if `code` exists),
//          --rebuild (build even if the bundles exist).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDependencies } from './deps.mjs';
import { ROOT, checkSystemPackages, isCodeServerInstalled, startCodeServer } from './code-server.mjs';

const SAMPLES = path.join(ROOT, 'samples');
const BUNDLES = ['client/out/extension.js', 'server/out/server.js'];
const args = process.argv.slice(2);

function argValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function build() {
  const missing = BUNDLES.filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (!args.includes('--rebuild') && missing.length === 0) return;
  console.log(missing.length ? `building (missing: ${missing.join(', ')})...` : 'building...');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function main() {
  ensureDependencies();
  build();
  const code = !args.includes('--code-server') && which('code');
  if (code) {
    console.log(`opening ${path.relative(ROOT, SAMPLES)}/ in VS Code with the extension from ${ROOT}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, SAMPLES], { stdio: 'inherit' });
    child.on('exit', (c) => process.exit(c ?? 0));
    return;
  }

  checkSystemPackages({ install: !isCodeServerInstalled() });
  console.log('`code` is not on PATH: starting code-server (VS Code for the web) instead.');
  const server = await startCodeServer({
    quiet: true,
    port: argValue('--port'),
    settings: { '[plaintext]': { 'editor.wordWrap': 'on' }, '[article]': { 'editor.wordWrap': 'on' } },
  });
  const url = server.folderUrl(SAMPLES, { extensionDevelopmentPath: ROOT });
  console.log(`\nDiscourse Lens is running in code-server. Open this address in a browser:\n\n  ${url}\n`);
  console.log(`(server log: ${server.logFile}; rebuild with \`npm run watch\` in another terminal and reload the page)`);
  console.log('Press Ctrl-C to stop.');
  // SIGINT/SIGTERM stop the server (handlers installed by startCodeServer); if it dies, we exit too.
  server.child.on('exit', (c, sig) => {
    if (server.stopping) return;
    console.error(`code-server exited (${sig ?? c}); see ${server.logFile}`);
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
