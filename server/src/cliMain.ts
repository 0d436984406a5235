/**
 * Command-line interface: `node server/out/cli.js scan PATH... --json`. Bundled as
 * `server/out/cliMain.js`, which `cli.js` runs through a code cache (see node/codeCache.ts).
 */
import { runCli } from './cli/main';
import { installShippedModels } from './node/modelFiles';

/** Exits once stdout and stderr are flushed: a pipe takes output asynchronously, and exiting early truncates it. */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

installShippedModels();
runCli(process.argv.slice(2)).then(exitWhenFlushed, (e) => {
  process.stderr.write(`discourse-lens: ${(e as Error).message}\n`);
  exitWhenFlushed(2);
});
