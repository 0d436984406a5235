/**
 * Environment variables the language server process runs with (the client sets them when it starts
 * the server, `npm run bench` when it starts the benchmark, so that both measure the same process).
 *
 * MALLOC_ARENA_MAX: glibc gives every thread that allocates its own malloc arena, and memory freed
 * in a worker thread's arena after the cold scan stays resident; two arenas keep it reusable (about
 * 45 MB less peak memory on the 50 MB benchmark corpus, at the same speed). Other C libraries ignore it.
 * MALLOC_MMAP_THRESHOLD_: glibc serves allocations from 128 KB with their own mappings, given back
 * when freed, but raises that threshold to the size of any such block freed, after which big blocks
 * come from the arenas and stay resident when freed (the entity worker's model tables, the messages of
 * its batches): fixed at 128 KB, the server's memory while it builds the tables after indexing 38 MB
 * of speeches fell from 340 to 315 MB (the worker gone: 70 MB given back, not 44), and the cache's
 * save after it from 373 to 345-348 MB. A fixed threshold turns off glibc's adjustment of it.
 * The values live in serverEnvironment.json (`env`, and the Node options as `execArgv`), which the
 * build reads too: it writes the server's code cache in a process started with these options, as V8
 * takes a code cache only under the flags it was made with.
 */
import defaults from './serverEnvironment.json';

/** The variables to add to `env` (those the user has set already are left as they are). */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(defaults.env as Record<string, string>)) if (env[k] === undefined) out[k] = v;
  return out;
}

/**
 * Node options the server process starts with (the client's run and debug options, the benchmark's
 * launcher). --max-semi-space-size=8 (MB; V8's default on 64 bits grows to 16): each isolate's young
 * generation, the main thread's and every worker's, is committed at up to three semi-spaces, which
 * a long analysis fills; halved, the peak memory of indexing 38 MB of speeches with one worker fell
 * from 356-362 to 342-344 MB, and of 5 MB of short articles in-process from 216 to 191 MB, at the
 * same CPU time.
 */
export const SERVER_EXEC_ARGV: readonly string[] = defaults.execArgv;
