// Installs the npm dependencies on a fresh checkout, so that `npm start` and `npm test`
// alone do the whole set-up. Node built-ins only: this runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function ensureDependencies() {
  const installed = ['esbuild', 'mocha', 'vscode-languageclient', 'playwright-core'].every((p) => fs.existsSync(path.join(ROOT, 'node_modules', p, 'package.json')));
  if (installed) return;
  console.log('node_modules is missing or incomplete: running `npm ci` once…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('`npm ci` failed: check the network access to the npm registry, then run it by hand.');
    process.exit(r.status ?? 1);
  }
}
