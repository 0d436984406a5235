// Mocha entry point for the extension-host test suite.
// Bundled by test/runners/build-suite.mjs to test/out/suite/index.js; every
// test/suite/*.test.ts is bundled next to it as test/out/suite/*.test.js and
// picked up here. Used by both hosts: @vscode/test-electron (desktop VS Code)
// and code-server (VS Code for the web) driven by Chromium.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // The spec reporter writes through console.log, which both hosts forward.
    reporter: 'spec',
    timeout: Number(process.env.DISCOURSE_LENS_TEST_TIMEOUT ?? 60_000),
    grep: process.env.DISCOURSE_LENS_TEST_GREP || undefined,
  });
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${dir}`);
  for (const f of files) mocha.addFile(path.join(dir, f));

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
