/**
 * Writes `ner.lex.tables` beside `ner.lex` (the hash tables the lexicon parses into, which every
 * isolate then reads as they are; see analysis/entities/lexicon.ts): `npm run pack:ner-lexicon
 * [-- --dir DIR]`, for a ner.lex changed by other means than `npm run train:ner` (which writes both).
 * `--check` writes nothing and fails if the tables there are not those of the ner.lex there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NER_LEXICON_TABLES_FILE, lexiconTablesOfFile } from '../../server/src/analysis/entities/lexicon';
import { NER_LEXICON_FILE } from '../../server/src/analysis/entities/tagger';
import { argValue } from './data';

const argv = process.argv.slice(2);
const dir = path.resolve(argValue(argv, '--dir') ?? path.join(__dirname, '../../server/models'));
const tables = lexiconTablesOfFile(fs.readFileSync(path.join(dir, NER_LEXICON_FILE)));
const out = path.join(dir, NER_LEXICON_TABLES_FILE);
if (argv.includes('--check')) {
  const same = fs.existsSync(out) && Buffer.compare(fs.readFileSync(out), tables) === 0;
  console.log(same ? `${out}: the tables of ${NER_LEXICON_FILE}` : `${out}: NOT the tables of ${NER_LEXICON_FILE}; run npm run pack:ner-lexicon`);
  if (!same) process.exitCode = 1;
} else {
  fs.writeFileSync(out, tables);
  console.log(`wrote ${out} (${(tables.length / 1e6).toFixed(2)} MB)`);
}
