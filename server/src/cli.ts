/**
 * Command-line interface: `node server/out/cli.js scan PATH... --json`. This entry only starts the
 * bundled program (`cliMain.ts`, built as `cliMain.js` beside it) from its code cache.
 */
import * as path from 'path';
import { runBundle } from './node/codeCache';

runBundle(path.join(__dirname, 'cliMain.js'));
