/**
 * Command-line interface: `node server/out/cli.js scan PATH... --json`. This entry only sets the V8
 * flags (node/v8Flags.ts) and starts the bundled program (`cliMain.ts`, built as `cliMain.js` beside
 * it) from its code cache.
 */
import * as path from 'path';
import { runBundle } from './node/codeCache';
import { setAnalysisV8Flags } from './node/v8Flags';

setAnalysisV8Flags();
runBundle(path.join(__dirname, 'cliMain.js'));
