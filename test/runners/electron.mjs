// Run the extension-host suite in desktop VS Code with @vscode/test-electron
// (downloads VS Code into .vscode-test/ on first use: needs internet access).
// `npm run test:electron`. On machines without it, `npm test` runs the same suite in code-server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, tempCopy } from '../../scripts/code-server.mjs';
import { buildSuite, SUITE_ENTRY } from './build-suite.mjs';

await buildSuite();
const workspace = tempCopy(path.join(ROOT, 'samples'));
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-electron-'));
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE_ENTRY,
    launchArgs: [
      workspace,
      '--disable-extensions', // only ours
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', path.join(userData, 'user-data'),
      '--extensions-dir', path.join(userData, 'extensions'),
    ],
  });
} catch (e) {
  console.error(`test-electron failed: ${e?.message ?? e}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(String(e?.message ?? e))) {
    console.error('VS Code cannot be downloaded from here; use `npm test`, which runs the same suite in code-server.');
  }
  code = 1;
} finally {
  fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
}
process.exit(code);
