/**
 * Mocha's `require` (.mocharc.json): the unit tests analyse with the shipped models, read from
 * server/models through node/modelFiles.ts as the server and the command line do.
 */
import { installShippedModels } from '../server/src/node/modelFiles';

installShippedModels();
