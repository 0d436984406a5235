/**
 * Writes the entity tagger's tables as it loads them beside the files they are built from:
 * `ner.lex.tables` (the lexicon's hash tables, analysis/entities/lexicon.ts) and `ner.bin.tables`
 * (both passes' paired weights, analysis/entities/tagger.ts nerWeightsTables), which every isolate
 * then reads without parsing or building them: `npm run pack:ner-tables [-- --dir DIR]`, for model
 * files changed by other means than `npm run train:ner` (which writes them too). `--check` writes
 * nothing and fails if the tables there are not those of the files there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NER_LEXICON_TABLES_FILE, lexiconTablesOfFile } from '../../server/src/analysis/entities/lexicon';
import { NER_LEXICON_FILE, NER_MODEL_FILE, NER_WEIGHTS_TABLES_FILE, nerWeightsTables } from '../../server/src/analysis/entities/tagger';
import { argValue } from './data';

const argv = process.argv.slice(2);
const dir = path.resolve(argValue(argv, '--dir') ?? path.join(__dirname, '../../server/models'));
const check = argv.includes('--check');
for (const [source, name, build] of [
  [NER_LEXICON_FILE, NER_LEXICON_TABLES_FILE, lexiconTablesOfFile],
  [NER_MODEL_FILE, NER_WEIGHTS_TABLES_FILE, nerWeightsTables],
] as const) {
  const tables = build(new Uint8Array(fs.readFileSync(path.join(dir, source))));
  const out = path.join(dir, name);
  if (check) {
    const same = fs.existsSync(out) && Buffer.compare(fs.readFileSync(out), tables) === 0;
    console.log(same ? `${out}: the tables of ${source}` : `${out}: NOT the tables of ${source}; run npm run pack:ner-tables`);
    if (!same) process.exitCode = 1;
  } else {
    fs.writeFileSync(out, tables);
    console.log(`wrote ${out} (${(tables.length / 1e6).toFixed(2)} MB)`);
  }
}
