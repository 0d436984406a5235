/**
 * Command-line interface: `node server/out/cli.js scan PATH... --json`.
 */
import { runCli } from './cli/main';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`discourse-lens: ${(e as Error).message}\n`);
    process.exit(2);
  },
);
