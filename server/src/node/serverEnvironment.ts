/**
 * Environment variables the language server process runs with (the client sets them when it starts
 * the server, `npm run bench` when it starts the benchmark, so that both measure the same process).
 *
 * MALLOC_ARENA_MAX: glibc gives every thread that allocates its own malloc arena, and memory freed
 * in a worker thread's arena after the cold scan stays resident; two arenas keep it reusable (about
 * 45 MB less peak memory on the 50 MB benchmark corpus, at the same speed). Other C libraries ignore it.
 * The values live in serverEnvironment.json, which the benchmark's launcher reads too.
 */
import defaults from './serverEnvironment.json';

/** The variables to add to `env` (those the user has set already are left as they are). */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(defaults as Record<string, string>)) if (env[k] === undefined) out[k] = v;
  return out;
}
