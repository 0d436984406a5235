/**
 * Writes the tables the analysis loads as they are beside the model files they are built from:
 * `ner.lex.tables` (the entity lexicon's hash tables, analysis/entities/lexicon.ts), `ner.bin.tables`
 * (the entity tagger's paired weights, analysis/entities/tagger.ts nerWeightsTables) and
 * `rhetoric.bin.tables` (the rhetoric tagger's rows and pair rates, analysis/rhetoric/model.ts
 * rhetoricTables), which every isolate then reads without parsing or building them:
 * `npm run pack:tables [-- --dir DIR]`, for model files changed by other means than the training
 * (which writes them too). `--check` writes nothing and fails if the tables there are not those of
 * the model files there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NER_LEXICON_TABLES_FILE, lexiconTablesOfFile } from '../../server/src/analysis/entities/lexicon';
import { NER_LEXICON_FILE, NER_MODEL_FILE, NER_WEIGHTS_TABLES_FILE, nerWeightsTables } from '../../server/src/analysis/entities/tagger';
import { MODEL_FILE, MODEL_TABLES_FILE, rhetoricTables } from '../../server/src/analysis/rhetoric/model';

const argv = process.argv.slice(2);
const at = argv.indexOf('--dir');
const dir = path.resolve(at >= 0 ? argv[at + 1] : path.join(__dirname, '../../server/models'));
const check = argv.includes('--check');
for (const [source, name, build] of [
  [NER_LEXICON_FILE, NER_LEXICON_TABLES_FILE, lexiconTablesOfFile],
  [NER_MODEL_FILE, NER_WEIGHTS_TABLES_FILE, nerWeightsTables],
  [MODEL_FILE, MODEL_TABLES_FILE, rhetoricTables],
] as const) {
  const tables = build(new Uint8Array(fs.readFileSync(path.join(dir, source))));
  const out = path.join(dir, name);
  if (check) {
    const same = fs.existsSync(out) && Buffer.compare(fs.readFileSync(out), tables) === 0;
    console.log(same ? `${out}: the tables of ${source}` : `${out}: NOT the tables of ${source}; run npm run pack:tables`);
    if (!same) process.exitCode = 1;
  } else {
    fs.writeFileSync(out, tables);
    console.log(`wrote ${out} (${(tables.length / 1e6).toFixed(2)} MB)`);
  }
}
