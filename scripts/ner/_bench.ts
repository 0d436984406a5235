import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { NerEngine } from '../../server/src/analysis/entities/tagger';
import { NerLexicon } from '../../server/src/analysis/entities/lexicon';
import { detokenize, readConll } from './data';
import * as fs from 'node:fs';
const docs = readConll('/work/shared/corpora/conll2003/valid.txt').map(detokenize);
const segs = docs.map((d) => segment(d.text));
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
const e = NerEngine.load('server/models');
const variants: [string, NerEngine][] = [['new', e]];
if (process.argv[2]) { const lex = NerLexicon.parse(fs.readFileSync(process.argv[2], 'utf8')); variants.push(['oldlex', new NerEngine(e.pass1, e.model, lex)]); }
for (const [name, eng] of variants) {
  let best = Infinity;
  for (let r = 0; r < 6; r++) { const t0 = process.hrtime.bigint(); for (const s of segs) eng.recognize(s); const dt = Number(process.hrtime.bigint() - t0) / 1e9; if (r) best = Math.min(best, dt); }
  console.log(name, 'recognize only', (bytes / 1e6 / best).toFixed(2), 'MB/s', 'gaz', eng.lexicon.gaz.size, 'first', eng.lexicon.gazFirst.size, 'max', eng.lexicon.maxTokens);
}
