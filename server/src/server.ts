/**
 * Entry point of the Discourse Lens language server (`node server/out/server.js --stdio`). This
 * entry only sets the V8 flags (node/v8Flags.ts) and starts the bundled server (`serverMain.ts`,
 * built as `serverMain.js` beside it) from its code cache.
 */
import * as path from 'path';
import { runBundle } from './node/codeCache';
import { setAnalysisV8Flags } from './node/v8Flags';

setAnalysisV8Flags();
runBundle(path.join(__dirname, 'serverMain.js'));
