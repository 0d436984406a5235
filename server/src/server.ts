/**
 * Entry point of the Discourse Lens language server (`node server/out/server.js --stdio`). This
 * entry only starts the bundled server (`serverMain.ts`, built as `serverMain.js` beside it) from
 * its code cache.
 */
import * as path from 'path';
import { runBundle } from './node/codeCache';

runBundle(path.join(__dirname, 'serverMain.js'));
