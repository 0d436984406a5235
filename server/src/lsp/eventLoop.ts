/**
 * Where this thread's own work (not asked for by a request) yields to the client's requests: LSP
 * messages are handled one at a time on this thread, so a request that comes during such work waits.
 */
import { performance } from 'perf_hooks';

/**
 * Resolves after the requests that came meanwhile were answered and the answers already made were
 * written. The connection dispatches a message on an immediate queued when it reads it, in the poll
 * phase, and writes an answer on an immediate too (vscode-jsonrpc's write semaphore): one immediate
 * of ours may run before the next poll (then before theirs), a timer may fire before it (a late
 * loop); an immediate then a timer set from the next turn's immediates fires after theirs.
 */
export function afterPendingRequests(): Promise<void> {
  return new Promise((r) => setImmediate(() => setImmediate(() => setTimeout(r, 0))));
}

/**
 * Resolves once the client sent nothing for `quietMs` (`lastMessageAt`: performance.now() when its
 * last message was handled) and what it sent before was answered.
 */
export async function whenQuiet(lastMessageAt: () => number, quietMs: number): Promise<void> {
  for (;;) {
    await afterPendingRequests();
    const quiet = performance.now() - lastMessageAt();
    if (quiet >= quietMs) return;
    await new Promise((r) => setTimeout(r, quietMs - quiet));
  }
}
