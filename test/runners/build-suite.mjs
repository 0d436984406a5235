// Bundle the extension-host test suite with esbuild:
//   test/suite/index.ts      -> test/out/suite/index.js   (exports run())
//   test/suite/*.test.ts     -> test/out/suite/*.test.js  (picked up by run())
// `vscode` and `mocha` stay external (the host provides vscode; mocha comes from node_modules).
// scripts/build.mjs includes suiteBuildOptions() in its builds; `node test/runners/build-suite.mjs`
// builds the suite alone.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_SRC = path.join(ROOT, 'test', 'suite');
export const SUITE_OUT = path.join(ROOT, 'test', 'out', 'suite');
export const SUITE_ENTRY = path.join(SUITE_OUT, 'index.js');

const testFiles = () => fs.readdirSync(SUITE_SRC).filter((f) => f.endsWith('.test.ts'));

/** esbuild options for the suite (entry points are listed now: re-call after adding a test file). */
export function suiteBuildOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: [path.join(SUITE_SRC, 'index.ts'), ...testFiles().map((f) => path.join(SUITE_SRC, f))],
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    plugins: [
      {
        name: 'clean-suite-out',
        setup(build) {
          // Drop bundles of deleted test files: run() loads every *.test.js it finds.
          build.onStart(() => {
            const keep = new Set(testFiles().map((f) => f.replace(/\.ts$/, '.js')));
            if (!fs.existsSync(SUITE_OUT)) return;
            for (const f of fs.readdirSync(SUITE_OUT)) {
              if (/\.test\.js(\.map)?$/.test(f) && !keep.has(f.replace(/\.map$/, ''))) fs.rmSync(path.join(SUITE_OUT, f));
            }
          });
        },
      },
    ],
  };
}

export async function buildSuite() {
  const options = suiteBuildOptions();
  await esbuild.build(options);
  return { entry: SUITE_ENTRY, tests: options.entryPoints.length - 1 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { tests } = await buildSuite();
  console.log(`test suite bundled: ${path.relative(ROOT, SUITE_ENTRY)} + ${tests} test file(s)`);
}
