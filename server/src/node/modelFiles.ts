/**
 * Finds and reads the shipped model files in `server/models/` and installs them as the analysis
 * core's model source (analysis/models.ts). Every host calls `installShippedModels()` once at
 * start: the server, the command line, each worker thread and the unit tests.
 *
 * The code runs from source (tsx: `server/src/node/modelFiles.ts`) and bundled (esbuild:
 * `server/out/server.js`, `cli.js`, `worker.js`), so the folder is found by searching upward from
 * `__dirname` for `models/ner.bin` (also `server/models/ner.bin`, for a bundle living elsewhere).
 * Override with the environment variable `DISCOURSE_LENS_MODELS`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ModelNotFoundError, ModelSource, setModelSource } from '../analysis/models';
import { NER_LEXICON_FILE, NER_MODEL_FILE, NerEngine } from '../analysis/entities/tagger';
import { RhetoricModel } from '../analysis/rhetoric/model';
import { NER_CLUSTERS_FILE } from '../analysis/entities/wordClusters';

let cachedDir: string | undefined;

/** The `server/models` folder (throws ModelNotFoundError if none is found). */
export function modelsDir(marker = NER_MODEL_FILE, from: string = __dirname): string {
  if (cachedDir && from === __dirname && fs.existsSync(path.join(cachedDir, marker))) return cachedDir;
  const env = process.env.DISCOURSE_LENS_MODELS;
  if (env && fs.existsSync(path.join(env, marker))) return (cachedDir = path.resolve(env));
  let dir = path.resolve(from);
  for (;;) {
    for (const cand of [path.join(dir, 'models'), path.join(dir, 'server', 'models')]) {
      if (fs.existsSync(path.join(cand, marker))) {
        if (from === __dirname) cachedDir = cand;
        return cand;
      }
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ModelNotFoundError(`Discourse Lens: model file ${marker} not found (searched upward from ${from} for models/${marker}); run npm run train or reinstall the extension`);
}

/** Reads a model file as bytes from a folder (default: the shipped models folder). */
export function readModelFile(name: string, dir?: string): Uint8Array {
  const p = path.join(dir ?? modelsDir(name), name);
  if (!fs.existsSync(p)) throw new ModelNotFoundError(`Discourse Lens: model file ${p} is missing; run npm run train`);
  return new Uint8Array(fs.readFileSync(p));
}

/** A model source reading from a folder (default: the shipped models folder). */
export function modelFolderSource(dir?: string): ModelSource {
  // Tables (`X.tables`) only from the folder of the file X they were built from (none there: the core builds them from X).
  return (name) => readModelFile(name, dir ?? (name.endsWith(TABLES) ? modelsDir(name.slice(0, -TABLES.length)) : undefined));
}

const TABLES = '.tables';

/** Makes the analysis core read its models from the shipped folder (or `dir`). */
export function installShippedModels(dir?: string): void {
  setModelSource(modelFolderSource(dir));
}

/** The entity tagger of a models folder (`ner.bin`, `ner.lex`, `ner.clusters`), e.g. one just trained. */
export function loadNerEngineFrom(dir: string): NerEngine {
  const names = { model: path.join(dir, NER_MODEL_FILE), lexicon: path.join(dir, NER_LEXICON_FILE), clusters: path.join(dir, NER_CLUSTERS_FILE) };
  return NerEngine.fromBytes(readModelFile(NER_MODEL_FILE, dir), readModelFile(NER_LEXICON_FILE, dir), names, () => readModelFile(NER_CLUSTERS_FILE, dir));
}

/** A rhetoric model file (training output, evaluation of a given file). */
export function loadRhetoricModelFrom(file: string): RhetoricModel {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new Error(`rhetoric model: cannot read ${file}: ${(e as Error).message}`);
  }
  return RhetoricModel.deserialize(bytes, `rhetoric model ${file}`);
}
