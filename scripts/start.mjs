#!/usr/bin/env node
// `npm start`: build what is missing, then open a temporary copy of samples/ with the extension
// loaded (a quick fix, a note or a new codebook.yaml never changes the repository's samples):
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
import os from 'node:os';
import { ROOT, checkSystemPackages, isCodeServerInstalled, startCodeServer, tempCopy } from './code-server.mjs';

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
  const forced = args.includes('--code-server');
  const code = !forced && which('code');
  if (code) {
    // Desktop VS Code outlives this process: its copy stays until the user deletes it.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-samples-')), 'samples');
    fs.cpSync(SAMPLES, copy, { recursive: true });
    console.log(`opening a copy of samples/ (${copy}) in VS Code with the extension from ${ROOT}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, copy], { stdio: 'inherit' });
    child.on('exit', (c) => process.exit(c ?? 0));
    return;
  }

  checkSystemPackages({ install: !isCodeServerInstalled() });
  if (!forced) console.log('`code` is not on PATH: starting code-server (VS Code for the web) instead.');
  const copy = tempCopy(SAMPLES); // removed when this process ends
  console.log(`workspace: a copy of samples/ in ${copy} (removed on exit)`);
  const server = await startCodeServer({
    quiet: true,
    port: argValue('--port'),
    settings: { '[plaintext]': { 'editor.wordWrap': 'on' }, '[article]': { 'editor.wordWrap': 'on' } },
  });
  const url = server.folderUrl(copy, { extensionDevelopmentPath: ROOT });
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
