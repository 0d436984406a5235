/**
 * Trains the entity tagger: `npm run train:ner [-- --data DIR] [--epochs N] [--out DIR]`.
 * Reads CoNLL-2003 train.txt (and valid.txt for a report) from the corpora folder
 * (default ../shared/corpora relative to the repository, or env DISCOURSE_LENS_CORPORA),
 * plus unlabelled modern news from ptc/train-articles (word statistics only) and the GeoNames /
 * country / curated lists of ./modern.ts, and writes server/models/ner.bin, server/models/ner.lex and
 * their tables as loaded (ner.lex.tables, ner.bin.tables: ../learning/packTables.ts).
 * `--clusters FILE` adds word clusters (./clusters.ts) as features and writes them beside the model
 * as ner.clusters (the shipped model has none: they did not help, see the README's ablation table);
 * `--holdout N` scores a development set cut from train.txt (valid.txt otherwise), `--doc-scores FILE`
 * writes that set's scores per document (for ./bootstrap.ts), `--local` the ablation without
 * non-local features.
 * Deterministic (fixed seed; `--seed N` for another run, to measure the variance of training alone).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeatureBuffer, fitTemperature, packModels } from '../../server/src/analysis/learning';
import { mulberry32, trainSequenceTagger, TrainingExample } from '../learning/training';
import { FEATURE_VERSION, ablation, nerFeatures, nerFeatures2, nerFixed } from '../../server/src/analysis/entities/features';
import { NerDoc, normalizeToken } from '../../server/src/analysis/entities/nerDoc';
import { NER_TAGS } from '../../server/src/analysis/entities/tagSet';
import { NER_LEXICON_TABLES_FILE, NerLexicon, formatLexicon, lexiconTablesOfFile } from '../../server/src/analysis/entities/lexicon';
import { NER_LEXICON_FILE, NER_MODEL_FILE, NER_WEIGHTS_TABLES_FILE, nerWeightsTables } from '../../server/src/analysis/entities/tagger';
import { loadNerEngineFrom } from '../../server/src/node/modelFiles';
import { NER_CLUSTERS_FILE, WordClusters } from '../../server/src/analysis/entities/wordClusters';
import { fnvBytes } from '../../server/src/analysis/common/fnv';
import { argValue, buildLexicon, corporaDir, readConll } from './data';
import { report, scoreConllPerDoc, sumScores } from './score';

/** The shipped model's seed (`--seed N` trains another, to measure how much a run varies by chance alone). */
const SEED = 20031;

function main(): void {
  const argv = process.argv.slice(2);
  const data = corporaDir(argv);
  const epochs = Number(argValue(argv, '--epochs') ?? 12);
  const bits = Number(argValue(argv, '--bits') ?? 20);
  const outDir = path.resolve(argValue(argv, '--out') ?? path.join(__dirname, '../../server/models'));
  const dropRate = Number(argValue(argv, '--drop') ?? 0.25);
  const seed = Number(argValue(argv, '--seed') ?? SEED);
  const dropRand = mulberry32(seed + 1);
  // --local: an ablation without the non-local features (scored here; not a model to ship).
  if (argv.includes('--local')) {
    if (!argValue(argv, '--out')) throw new Error('--local trains an ablation, not a model to ship: give it --out DIR');
    ablation.nonLocal = false;
  }
  const t0 = Date.now();
  const trainFile = path.join(data, 'conll2003', 'train.txt');
  if (!fs.existsSync(trainFile)) throw new Error(`CoNLL-2003 training data not found at ${trainFile}; pass --data DIR or set DISCOURSE_LENS_CORPORA`);
  // --holdout N: every Nth training document is left out (of the lexicon too) and scored at the end,
  // a development set for tuning decisions that keeps valid.txt unseen.
  const holdout = Number(argValue(argv, '--holdout') ?? 0);
  const allTrain = readConll(trainFile);
  const isDev = (i: number): boolean => holdout > 0 && i % holdout === holdout - 1;
  const train = allTrain.filter((_, i) => !isDev(i));
  const dev = allTrain.filter((_, i) => isDev(i));
  const built = buildLexicon(train, path.join(data, 'ptc', 'train-articles'));
  const lexText = formatLexicon(built.gaz, built.lc);
  const lex = NerLexicon.parse(lexText);
  // --clusters FILE: word clusters as features (npm run train:clusters); the model records their checksum.
  const clustersArg = argValue(argv, '--clusters');
  const clustersFile = clustersArg ? path.resolve(clustersArg) : '';
  let clustersHash: number | undefined;
  if (clustersArg) {
    const bytes = new Uint8Array(fs.readFileSync(clustersFile));
    lex.clusters = WordClusters.parse(bytes, clustersFile);
    clustersHash = fnvBytes(bytes, 0, bytes.length);
    console.log(`word clusters: ${lex.clusters.size} from ${clustersFile}`);
  }
  const examples: TrainingExample<NerDoc>[] = train.map((d, di) => {
    const { words, starts, gold } = tokensOf(d);
    const doc = new NerDoc(words, starts, lex, { gazFilter: built.filterFor(di) });
    if (dropRate > 0) {
      doc.dropIdentity = new Uint8Array(words.length);
      for (let i = 0; i < words.length; i++) if (dropRand() < dropRate) doc.dropIdentity[i] = 1;
    }
    return { seq: doc, length: words.length, gold: Int32Array.from(gold) };
  });
  // How many gold entity tokens are excluded by the candidate filter (fixed to O)?
  let lost = 0;
  let ents = 0;
  for (const e of examples) for (let i = 0; i < e.length; i++) if (e.gold[i] !== 0) { ents++; if (nerFixed(e.seq, i) >= 0) lost++; }
  console.log(`train: ${train.length} docs, ${examples.reduce((a, e) => a + e.length, 0)} tokens; entity tokens outside candidates ${lost}/${ents}`);
  const opts = (label: string) => ({
    tags: NER_TAGS,
    bucketBits: bits,
    epochs,
    seed,
    fixed: nerFixed,
    onEpoch: (ep: number, acc: number) => {
      if (ep === epochs) console.log(`${label}: ${ep} epochs, train accuracy ${acc.toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    },
  });
  // Pass 1 on everything (shipped), and K-fold pass-1 predictions for training pass 2 on realistic input.
  const pass1 = trainSequenceTagger(examples, nerFeatures, opts('pass 1'));
  const FOLDS = 5;
  for (let f = 0; f < FOLDS; f++) {
    const m = trainSequenceTagger(examples.filter((_, i) => i % FOLDS !== f), nerFeatures, opts(`pass 1, fold ${f + 1}/${FOLDS}`));
    examples.forEach((e, i) => {
      if (i % FOLDS !== f) return;
      const tags = new Int32Array(e.length);
      m.tag(e.seq, e.length, nerFeatures, tags, undefined, nerFixed);
      e.seq.setFirstPass(tags);
    });
  }
  const model = trainSequenceTagger(examples, nerFeatures2, opts('pass 2'));
  // Confidence calibration: softmax temperature fitted on valid.txt (held out from training).
  const validFile = path.join(data, 'conll2003', 'valid.txt');
  let temperature = 1;
  let temperature1 = 1;
  if (fs.existsSync(validFile)) {
    const samples: { scores: Float64Array; gold: number }[] = [];
    const samples1: { scores: Float64Array; gold: number }[] = [];
    const buf = new FeatureBuffer();
    // Greedy decoding that records (scores, gold) at every scored position.
    const collect = (m: typeof model, doc: NerDoc, n: number, extract: typeof nerFeatures, gold: number[], out: typeof samples): Int32Array => {
      const hist = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        if (nerFixed(doc, i) >= 0) continue;
        buf.clear();
        extract(doc, i, hist, buf);
        const sc = new Float64Array(NER_TAGS.length);
        m.scores(buf, i === 0 ? NER_TAGS.length : hist[i - 1], sc);
        let best = 0;
        for (let k = 1; k < sc.length; k++) if (sc[k] > sc[best]) best = k;
        hist[i] = best;
        out.push({ scores: sc, gold: gold[i] });
      }
      return hist;
    };
    for (const d of readConll(validFile)) {
      const { words, starts, gold } = tokensOf(d);
      const doc = new NerDoc(words, starts, lex);
      const t1 = collect(pass1, doc, words.length, nerFeatures, gold, samples1);
      doc.setFirstPass(t1);
      collect(model, doc, words.length, nerFeatures2, gold, samples);
    }
    temperature1 = fitTemperature(samples1);
    temperature = fitTemperature(samples);
    console.log(`confidence temperatures: pass 1 ${temperature1}, pass 2 ${temperature} (fitted on ${samples.length} valid.txt positions)`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const meta = { features: FEATURE_VERSION, epochs, seed, bits, clusters: clustersHash };
  const bytes = packModels([pass1.serialize({ ...meta, temperature: temperature1 }), model.serialize({ ...meta, temperature })]);
  fs.writeFileSync(path.join(outDir, NER_MODEL_FILE), bytes);
  fs.writeFileSync(path.join(outDir, NER_LEXICON_FILE), lexText);
  fs.writeFileSync(path.join(outDir, NER_LEXICON_TABLES_FILE), lexiconTablesOfFile(new TextEncoder().encode(lexText)));
  fs.writeFileSync(path.join(outDir, NER_WEIGHTS_TABLES_FILE), nerWeightsTables(bytes));
  if (clustersHash !== undefined && path.dirname(clustersFile) !== outDir) fs.copyFileSync(clustersFile, path.join(outDir, NER_CLUSTERS_FILE));
  console.log(`wrote ${outDir}/: ${NER_MODEL_FILE} ${(bytes.length / 1e6).toFixed(2)} MB (two passes, ${pass1.nonZero()} + ${model.nonZero()} non-zero int16 weights), ${NER_LEXICON_FILE} ${(lexText.length / 1e6).toFixed(2)} MB`);
  const engine = loadNerEngineFrom(outDir);
  if (!ablation.nonLocal) engine.skipAbove = 2; // the cascade consults the document aggregates too
  const scoreDocs = dev.length ? dev : fs.existsSync(validFile) ? readConll(validFile) : [];
  if (scoreDocs.length) {
    const perDoc = scoreConllPerDoc(engine, scoreDocs);
    console.log(report(sumScores(perDoc), dev.length ? `development set: every ${holdout}th train.txt document, ${dev.length} (gold tokenisation)` : 'valid.txt (gold tokenisation)'));
    // --doc-scores FILE: the scores of each document, for a paired bootstrap (./bootstrap.ts).
    const docScores = argValue(argv, '--doc-scores');
    if (docScores) fs.writeFileSync(docScores, JSON.stringify(perDoc));
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main();

/** A CoNLL document as the tagger sees it: normalised words, sentence starts and gold tag indices. */
function tokensOf(d: ReturnType<typeof readConll>[number]): { words: string[]; starts: number[]; gold: number[] } {
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
  return { words, starts, gold };
}
