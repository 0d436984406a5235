/** A separate process that adds codings one by one to a coder's file: for the concurrent-writers test. */
import * as fs from 'fs';
import * as path from 'path';
import { newCoding } from '../../../server/src/analysis/codings';
import { CodingsStore } from '../../../server/src/node/codingsStore';

const [folder, coder, tag, count] = process.argv.slice(2);
const store = new CodingsStore(folder);
const text = 'abcdefghijklmnopqrstuvwxyz';
void (async () => {
  // Start together: each writer announces itself and waits for the other, so the writes overlap.
  fs.writeFileSync(path.join(folder, `ready-${tag}`), '');
  while (fs.readdirSync(folder).filter((n) => n.startsWith('ready-')).length < 2) await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < Number(count); i++) {
    const c = newCoding({ source: `${tag}.txt`, text, start: i % 20, end: (i % 20) + 3, code: tag, coder });
    await store.change(coder, [{ op: 'put', coding: c }]);
  }
})();
