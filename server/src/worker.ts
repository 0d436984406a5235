/**
 * Worker-thread entry (bundled as `server/out/worker.js`): analyses documents sent by
 * `node/workerPool.ts` and sends back the encoded analysis (transferred, not copied).
 */
import { parentPort } from 'worker_threads';
import { installShippedModels } from './node/modelFiles';
import { runWorker } from './node/workerMain';

if (parentPort) {
  installShippedModels();
  runWorker(parentPort);
}
