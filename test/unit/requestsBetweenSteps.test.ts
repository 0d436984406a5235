/**
 * The end of indexing builds the query tables step by step, and a request that came during a step
 * is answered before the next one (eventLoop.ts): the connection reads a
 * message in the event loop's poll phase and dispatches it on an immediate, which an immediate of
 * ours queued earlier would run before.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { DocumentSync, EditsBeforeRequests } from '../../server/src/lsp/documentSync';
import { afterPendingRequests, whenQuiet } from '../../server/src/lsp/eventLoop';
import { connectedPair } from './helpers/loopback';

/** Runs `step` from an I/O callback (the poll phase, as a scan's continuation may), a request sent during it; the order things ran in. */
async function requestDuringStep(yieldAfter: () => Promise<unknown>): Promise<string[]> {
  const { client, serverSide, close } = await connectedPair();
  const order: string[] = [];
  // As vscode-jsonrpc dispatches what it read: on an immediate.
  const answered = new Promise<void>((r) => serverSide.on('data', () => setImmediate(() => (order.push('request'), r()))));
  try {
    await new Promise<void>((done) =>
      fs.stat(__filename, async () => {
        client.write('x'); // in the other end's receive buffer once written (loopback)
        order.push('step');
        await yieldAfter();
        order.push('next step');
        done();
      }),
    );
    await answered;
    return order;
  } finally {
    close();
  }
}

describe('requests between the steps of the end of indexing', () => {
  it('answers a request that came during a step before the next step', async () => {
    assert.deepStrictEqual(await requestDuringStep(afterPendingRequests), ['step', 'request', 'next step']);
  });

  it('(a bare immediate would run the next step first: the order this guards against)', async () => {
    assert.deepStrictEqual(await requestDuringStep(() => new Promise((r) => setImmediate(r))), ['step', 'next step', 'request']);
  });
});

describe('work that waits for a quiet moment (eventLoop.ts, whenQuiet)', () => {
  it('waits the quiet time again after a message that came while it waited', async () => {
    let last = performance.now();
    const quiet = whenQuiet(() => last, 30);
    await new Promise((r) => setTimeout(r, 10));
    last = performance.now(); // a message, 10 ms into the wait
    await quiet;
    assert.ok(performance.now() - last >= 30, `resolved ${(performance.now() - last).toFixed(1)} ms after the last message`);
  });
});

describe('the client\'s last message (documentSync.ts, EditsBeforeRequests)', () => {
  it('counts from when a message was handled, not from when it came: a long request is no quiet time', () => {
    const sync = { lastMessageAt: 0, applyPendingEdits: () => undefined };
    const strategy = new EditsBeforeRequests();
    strategy.attach(sync as unknown as DocumentSync);
    let handledAt = 0;
    strategy.handleMessage({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} } as never, () => {
      const start = performance.now();
      while (performance.now() - start < 5); // the request's work
      handledAt = performance.now();
    });
    assert.ok(sync.lastMessageAt >= handledAt, `last message at ${sync.lastMessageAt.toFixed(1)}, handled at ${handledAt.toFixed(1)}`);
  });
});
