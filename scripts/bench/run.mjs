// `npm run bench`: bundles scripts/bench/bench.ts with esbuild and runs the bundle with node, so
// the benchmark process runs the corpus code as the extension ships it (esbuild bundles), without
// tsx compiling sources in the measured process (about 50 MB of RSS). Arguments go to the benchmark;
// `--from-source` runs bench.ts under tsx instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let entry = path.join(here, 'bench.ts');
const nodeArgs = ['--expose-gc'];
if (args.includes('--from-source')) nodeArgs.push('--import', 'tsx');
else {
  const outfile = path.join(here, 'out', 'bench.js');
  // compromise is only the comparison: loaded from node_modules as is.
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['compromise'], logLevel: 'warning' });
  entry = outfile;
}
// The benchmark process runs with the language server's environment (see server/src/node/serverEnvironment.ts).
const serverEnv = JSON.parse(fs.readFileSync(path.join(here, '../../server/src/node/serverEnvironment.json'), 'utf8'));
const env = { ...serverEnv, ...process.env };
const r = spawnSync(process.execPath, [...nodeArgs, entry, ...args], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
