/**
 * Trains the entity tagger: `npm run train:ner [-- --data DIR] [--epochs N] [--out DIR]`.
 * Reads CoNLL-2003 train.txt (and valid.txt for a report) from the corpora folder
 * (default ../shared/corpora relative to the repository, or env DISCOURSE_LENS_CORPORA),
 * writes server/models/ner.bin and server/models/ner.lex. Deterministic (fixed seed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { trainSequenceTagger, TrainingExample } from '../../server/src/analysis/learning';
import { FEATURE_VERSION, NER_TAGS, NerDoc, nerFeatures, nerFixed, normalizeToken } from '../../server/src/analysis/entities/features';
import { NerLexicon, formatLexicon } from '../../server/src/analysis/entities/lexicon';
import { NerEngine, NER_LEXICON_FILE, NER_MODEL_FILE } from '../../server/src/analysis/entities/tagger';
import { argValue, buildLexicon, corporaDir, readConll } from './data';
import { report, scoreConll } from './score';

const SEED = 20031;

function main(): void {
  const argv = process.argv.slice(2);
  const data = corporaDir(argv);
  const epochs = Number(argValue(argv, '--epochs') ?? 12);
  const bits = Number(argValue(argv, '--bits') ?? 20);
  const outDir = path.resolve(argValue(argv, '--out') ?? path.join(__dirname, '../../server/models'));
  const t0 = Date.now();
  const trainFile = path.join(data, 'conll2003', 'train.txt');
  if (!fs.existsSync(trainFile)) throw new Error(`CoNLL-2003 training data not found at ${trainFile}; pass --data DIR or set DISCOURSE_LENS_CORPORA`);
  const train = readConll(trainFile);
  const built = buildLexicon(train);
  const lexText = formatLexicon(built.gaz, built.lc);
  const lex = NerLexicon.parse(lexText);
  const examples: TrainingExample<NerDoc>[] = train.map((d, di) => {
    const words: string[] = [];
    const starts: number[] = [];
    const gold: number[] = [];
    for (const s of d.sentences) {
      starts.push(words.length);
      s.words.forEach((w, k) => {
        words.push(normalizeToken(w));
        gold.push(NER_TAGS.indexOf(s.tags[k]));
      });
    }
    const doc = new NerDoc(words, starts, lex, built.filterFor(di));
    return { seq: doc, length: words.length, gold: Int32Array.from(gold) };
  });
  // How many gold entity tokens are excluded by the candidate filter (fixed to O)?
  let lost = 0;
  let ents = 0;
  for (const e of examples) for (let i = 0; i < e.length; i++) if (e.gold[i] !== 0) { ents++; if (nerFixed(e.seq, i) >= 0) lost++; }
  console.log(`train: ${train.length} docs, ${examples.reduce((a, e) => a + e.length, 0)} tokens; entity tokens outside candidates ${lost}/${ents}`);
  const model = trainSequenceTagger(examples, nerFeatures, {
    tags: NER_TAGS,
    bucketBits: bits,
    epochs,
    seed: SEED,
    fixed: nerFixed,
    onEpoch: (ep, acc) => console.log(`epoch ${ep}: train accuracy ${acc.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
  });
  fs.mkdirSync(outDir, { recursive: true });
  const bytes = model.serialize({ features: FEATURE_VERSION, epochs, seed: SEED, bits });
  fs.writeFileSync(path.join(outDir, NER_MODEL_FILE), bytes);
  fs.writeFileSync(path.join(outDir, NER_LEXICON_FILE), lexText);
  console.log(`wrote ${path.join(outDir, NER_MODEL_FILE)} (${(bytes.length / 1e6).toFixed(2)} MB, ${model.nonZero()} non-zero weights) and ${NER_LEXICON_FILE} (${(lexText.length / 1e6).toFixed(2)} MB)`);
  const validFile = path.join(data, 'conll2003', 'valid.txt');
  if (fs.existsSync(validFile)) {
    const engine = NerEngine.load(outDir);
    console.log(report(scoreConll(engine, readConll(validFile)), 'valid.txt (gold tokenisation)'));
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main();
