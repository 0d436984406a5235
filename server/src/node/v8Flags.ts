/**
 * V8 flags the command line and the language server set in their own process, before their bundle
 * is compiled (cli.ts, server.ts).
 *
 * --interrupt-budget (V8 11.3's default 67584): how much bytecode a function runs between checks
 * of whether to optimise it. At the default TurboFan compiles hundreds of the analysis' functions
 * before every branch has run: nearly all its deoptimisations are "insufficient type feedback",
 * each followed by another compilation, on the core the analysis could use. Eight times the budget
 * was the best of 2x/4x/8x/16x in alternating pairs of whole scans of 2 KB articles (about a sixth
 * less CPU and wall time); on 30 MB of speeches a tenth less, on 60 MB no gain (the compiling is a
 * smaller part of a long run). A lower inlining limit added nothing.
 *
 * Set in the process rather than as Node options: a V8 flag an editor's runtime does not know stops
 * the process at start when given as an option, where v8.setFlagsFromString only prints a line on
 * stderr. And only on the V8 the figures were measured on: another V8 tiers differently (Node 22's,
 * or VS Code's Electron, where Maglev sits between the interpreter and TurboFan).
 *
 * The flags are global to the process: worker threads run under them too. V8 takes a code cache only
 * under the flags it was written with, and the build writes both caches through these same entries.
 */
import * as v8 from 'v8';

export const MEASURED_V8 = '11.3.';

export const ANALYSIS_V8_FLAGS: readonly string[] = ['--interrupt-budget=540672'];

/** Sets the flags if this process runs the V8 they were measured on; returns those it set. */
export function setAnalysisV8Flags(v8Version: string = process.versions.v8): readonly string[] {
  if (!v8Version.startsWith(MEASURED_V8)) return [];
  for (const flag of ANALYSIS_V8_FLAGS) v8.setFlagsFromString(flag);
  return ANALYSIS_V8_FLAGS;
}
