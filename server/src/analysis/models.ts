/**
 * The model files the analysis needs (`ner.bin`, `ner.lex`, the tables built from them, `rhetoric.bin`), as bytes from a
 * source the host installs before the first analysis: `node/modelFiles.ts` reads the shipped
 * `server/models` folder (server, command line, worker threads, unit tests); anything else can
 * hand bytes from memory. The core itself reads no file.
 */

export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelNotFoundError';
  }
}

/** The bytes of a model file by name (throws ModelNotFoundError when there is none). */
export type ModelSource = (name: string) => Uint8Array;

let source: ModelSource | undefined;

/** Installs where model bytes come from. Models already loaded stay loaded. */
export function setModelSource(next: ModelSource | undefined): void {
  source = next;
}

/** The bytes of a model file from the installed source. */
export function modelBytes(name: string): Uint8Array {
  if (!source) throw new ModelNotFoundError(`Discourse Lens: no model source installed to read ${name} (the host installs one; see node/modelFiles.ts)`);
  return source(name);
}

/**
 * The bytes of a model file, or undefined where the source has none: for tables built from another
 * model file, which the core can build itself when they are missing.
 */
export function optionalModelBytes(name: string): Uint8Array | undefined {
  try {
    return modelBytes(name);
  } catch (e) {
    if (!(e instanceof ModelNotFoundError)) throw e;
    return undefined;
  }
}

export { lazy } from './common/lazy';
