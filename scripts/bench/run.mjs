// `npm run bench`: builds the extension (the benchmark measures server/out/cli.js and
// server/out/server.js as they ship), bundles scripts/bench/bench.ts with esbuild (its in-process
// parts then run the analysis code as bundled, without tsx in the process) and runs it.
// Arguments go to the benchmark; `--from-source` runs bench.ts under tsx instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
let entry = path.join(here, 'bench.ts');
const nodeArgs = [];
if (args.includes('--from-source')) nodeArgs.push('--import', 'tsx');
else {
  const outfile = path.join(here, 'out', 'bench.js');
  // compromise is only the comparison: loaded from node_modules as is.
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['compromise'], logLevel: 'warning', supported: { 'regexp-unicode-property-escapes': true } });
  entry = outfile;
}
const r = spawnSync(process.execPath, [...nodeArgs, entry, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
