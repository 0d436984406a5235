// Bundle the extension-host test suite with esbuild:
//   test/suite/index.ts      -> test/out/suite/index.js   (exports run())
//   test/suite/*.test.ts     -> test/out/suite/*.test.js  (picked up by run())
// `vscode` and `mocha` stay external (the host provides vscode; mocha comes from node_modules).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_SRC = path.join(ROOT, 'test', 'suite');
export const SUITE_OUT = path.join(ROOT, 'test', 'out', 'suite');
export const SUITE_ENTRY = path.join(SUITE_OUT, 'index.js');

export async function buildSuite() {
  const tests = fs.readdirSync(SUITE_SRC).filter((f) => f.endsWith('.test.ts'));
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(SUITE_SRC, 'index.ts'), ...tests.map((f) => path.join(SUITE_SRC, f))],
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { entry: SUITE_ENTRY, tests };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { tests } = await buildSuite();
  console.log(`test suite bundled: ${path.relative(ROOT, SUITE_ENTRY)} + ${tests.length} test file(s)`);
}
