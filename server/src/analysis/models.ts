/**
 * Finds and loads the shipped model files in `server/models/`.
 *
 * The code runs from source (tsx: `server/src/analysis/models.ts`) and bundled
 * (esbuild: `server/out/server.js`, `server/out/cli.js`), so the folder is found by searching
 * upward from `__dirname` for `models/ner.bin` (also `server/models/ner.bin`, for a bundle
 * living elsewhere). Override with the environment variable `DISCOURSE_LENS_MODELS`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelNotFoundError';
  }
}

let cachedDir: string | undefined;

/** The `server/models` folder (throws ModelNotFoundError if none is found). */
export function modelsDir(marker = 'ner.bin', from: string = __dirname): string {
  if (cachedDir && from === __dirname && fs.existsSync(path.join(cachedDir, marker))) return cachedDir;
  const env = process.env.DISCOURSE_LENS_MODELS;
  if (env && fs.existsSync(path.join(env, marker))) return (cachedDir = path.resolve(env));
  let dir = path.resolve(from);
  const tried: string[] = [];
  for (;;) {
    for (const cand of [path.join(dir, 'models'), path.join(dir, 'server', 'models')]) {
      tried.push(cand);
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

/** Reads a model file as bytes from the models folder. */
export function readModelFile(name: string, dir?: string): Uint8Array {
  const d = dir ?? modelsDir(name);
  const p = path.join(d, name);
  if (!fs.existsSync(p)) throw new ModelNotFoundError(`Discourse Lens: model file ${p} is missing; run npm run train`);
  return new Uint8Array(fs.readFileSync(p));
}

/** Lazily computed value, computed once (errors are not cached, so a fixed file can be retried). */
export function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = load();
      done = true;
    }
    return value as T;
  };
}
