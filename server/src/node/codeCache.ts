/**
 * Runs a CommonJS bundle through a V8 code cache. Node 20 has no module compile cache: each process
 * of the command line parsed its 1.3 MB bundle and then compiled, one by one as they first ran, the
 * hundreds of functions a scan calls (on one article, a sixth of the whole process's instructions).
 * The build runs the command line once on the sample articles with DISCOURSE_LENS_WRITE_CODE_CACHE=1,
 * which writes, on exit, the bytecode of every function compiled so far next to the bundle
 * (`NAME.codecache`); later processes start from it. The cache starts with the SHA-1 of the bundle's
 * text: V8 itself checks only its own version, its flags and the text's length, and would take the
 * bytecode of an edited bundle of the same length. A missing, stale or rejected cache costs nothing
 * but the compiling it would have saved: the bundle runs as it is.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as path from 'path';
import * as vm from 'vm';

const HASH_BYTES = 20;

/** Node's own CommonJS wrapper, so that the bundle sees the usual module variables. */
const WRAP_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_END = '\n})';

export function cacheFileOf(bundle: string): string {
  return bundle.replace(/\.js$/, '') + '.codecache';
}

/** Runs `bundle` (a CommonJS file that requires only Node's own modules) as the main program. */
export function runBundle(bundle: string): void {
  const { script } = compileBundle(bundle);
  const main = new Module(bundle, module);
  main.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(main.exports, main.exports, Module.createRequire(bundle), main, bundle, path.dirname(bundle));
}

/**
 * The bundle compiled with its code cache, and whether V8 took the cache (it checks its version and
 * flags: a cache made by another Node, or under other flags, is rejected).
 */
export function compileBundle(bundle: string): { script: vm.Script; cache: 'none' | 'taken' | 'rejected' } {
  const source = fs.readFileSync(bundle, 'utf8');
  const cacheFile = cacheFileOf(bundle);
  const hash = createHash('sha1').update(source).digest();
  let cachedData: Buffer | undefined;
  try {
    const bytes = fs.readFileSync(cacheFile);
    if (bytes.length > HASH_BYTES && hash.equals(bytes.subarray(0, HASH_BYTES))) cachedData = bytes.subarray(HASH_BYTES);
  } catch {
    /* no cache: compile as usual */
  }
  const script = new vm.Script(WRAP_START + source + WRAP_END, { filename: bundle, cachedData });
  if (process.env.DISCOURSE_LENS_WRITE_CODE_CACHE === '1') {
    // On exit: the functions the run compiled are in the cache too, not only the top level.
    // Written aside and renamed: a build running meanwhile never reads half a cache.
    process.on('exit', () => {
      const part = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(part, Buffer.concat([hash, script.createCachedData()]));
      fs.renameSync(part, cacheFile);
    });
  }
  return { script, cache: !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'taken' };
}
