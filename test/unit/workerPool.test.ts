/** The worker pool: options travel once per change, and every text is analysed with the options it was sent with. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisOptions, analyzeDocument } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { IN_PROCESS_MAX_BYTES, SHARED_WORKER_MIN_BYTES, WorkerPool, analyzeWithFallback, enoughTextForWorkers, textAmount, workersBesideMainThread } from '../../server/src/node/workerPool';
import { CACHE_FILE } from '../../server/src/node/cacheStore';
import { ServerAnalysis, coresIdleBetween, indexingThreads } from '../../server/src/node/serverAnalysis';
import { SERVER_EXEC_ARGV, serverEnvironment } from '../../server/src/node/serverEnvironment';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { scanFiles } from '../../server/src/node/scan';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const texts = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));

const markersOf = (a: { markers: readonly { start: number; end: number; term: string; source: string }[] }) => a.markers.map((m) => [m.start, m.end, m.term, m.source]);

describe('worker pool options', function () {
  this.timeout(60000);

  it('analyses each text with its own options, codebook terms and ignore list included, as in-process', async () => {
    const pool = new WorkerPool(2);
    try {
      const precise: AnalysisOptions = { sensitivity: 'precise' };
      const withCodebook: AnalysisOptions = {
        sensitivity: 'exploratory',
        codebookTerms: [{ term: 'junta', category: 'labels' }, { term: 'working class', category: 'class', variants: ['workers'] }],
        ignore: new Set(['imperialism']),
      };
      // Interleaved: each worker sees the options change back and forth.
      const jobs = [precise, withCodebook, precise, withCodebook, withCodebook, precise].flatMap((options) => texts.map((text) => ({ text, options })));
      const results = await Promise.all(jobs.map((j) => analyzeWithFallback(pool, j.text, j.options, defaultRecognizers)));
      assert.strictEqual(pool.size, 2, pool.failure);
      for (let k = 0; k < jobs.length; k++) {
        assert.ok(results[k].record, 'analysed in a worker');
        const local = analyzeDocument(jobs[k].text, jobs[k].options, defaultRecognizers);
        assert.deepStrictEqual(markersOf(results[k].analysis), markersOf(local), `job ${k}`);
      }
      const codebookMarkers = results.filter((_, k) => jobs[k].options === withCodebook).flatMap((r) => r.analysis.markers.filter((m) => m.source === 'codebook'));
      assert.ok(codebookMarkers.some((m) => m.term === 'junta'), 'codebook terms reach the workers');
    } finally {
      await pool.close();
    }
  });
});

describe('scan with the calling thread working too', function () {
  this.timeout(60000);

  it('analyses every file once, in a worker or in-process, and the corpus is the in-process one', async () => {
    const items = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ uri: f, file: path.join(SAMPLES, f) }));
    // Many jobs for one worker: its backlog fills, so the calling thread takes some.
    const many = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((k) => items.map((i) => ({ uri: `${k}/${i.uri}`, file: i.file })));
    const alone = new Corpus({ sensitivity: 'balanced' }, defaultRecognizers);
    await scanFiles(alone, many);
    const pool = new WorkerPool(1);
    const both = new Corpus({ sensitivity: 'balanced' }, defaultRecognizers);
    let analysed = 0;
    try {
      const report = await scanFiles(both, many, { pool, mainThreadToo: true, onAnalysed: () => analysed++ });
      assert.strictEqual(report.analysed, many.length);
    } finally {
      await pool.close();
    }
    assert.strictEqual(analysed, many.length);
    assert.deepStrictEqual(both.index.uris(), alone.index.uris());
    for (const u of alone.index.uris()) {
      const [a, b] = [alone.index.get(u)!, both.index.get(u)!];
      assert.strictEqual(b.hash, a.hash, u);
      assert.deepStrictEqual(b.entities.map((e) => [e.start, e.end, e.type]), a.entities.map((e) => [e.start, e.end, e.type]), u);
      assert.deepStrictEqual(markersOf(b), markersOf(a), u);
    }
  });
});

describe('server process environment', () => {
  it("adds glibc's malloc settings (two arenas, a fixed mmap threshold) unless the user has set them", () => {
    assert.deepStrictEqual(serverEnvironment({}), { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
    assert.deepStrictEqual(serverEnvironment({ MALLOC_ARENA_MAX: '8' }), { MALLOC_MMAP_THRESHOLD_: '131072' });
    assert.deepStrictEqual(serverEnvironment({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536' }), {});
  });

  it('starts Node with options it accepts (a mistyped one would stop the server from starting)', () => {
    const r = spawnSync(process.execPath, [...SERVER_EXEC_ARGV, '-e', 'process.stdout.write(JSON.stringify(process.execArgv))'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).slice(0, SERVER_EXEC_ARGV.length), [...SERVER_EXEC_ARGV]);
  });
});

describe('workers only for enough text', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'dl-workers-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A file of `bytes` (sparse: nothing is written). */
  const sized = (name: string, bytes: number) => {
    const f = path.join(dir, name);
    closeSync(openSync(f, 'w'));
    truncateSync(f, bytes);
    return f;
  };

  it('counts the files\' sizes, scaled by the share still to analyse', () => {
    const big = [sized('a.txt', IN_PROCESS_MAX_BYTES / 2), sized('b.txt', IN_PROCESS_MAX_BYTES / 2)];
    assert.strictEqual(enoughTextForWorkers(big), true);
    assert.strictEqual(enoughTextForWorkers(big, 0.5), false);
    assert.strictEqual(enoughTextForWorkers(big.slice(1)), false);
    assert.strictEqual(enoughTextForWorkers([...big, path.join(dir, 'gone.txt')]), true);
  });

  it('tells little, some and much text apart, by the share still to analyse', () => {
    const some = [sized('a.txt', SHARED_WORKER_MIN_BYTES / 2), sized('b.txt', SHARED_WORKER_MIN_BYTES / 2)];
    const big = [sized('c.txt', IN_PROCESS_MAX_BYTES / 2), sized('d.txt', IN_PROCESS_MAX_BYTES / 2)];
    assert.strictEqual(textAmount(some), 'some');
    assert.strictEqual(textAmount(some, 0.5), 'little');
    assert.strictEqual(textAmount(big), 'big');
    assert.strictEqual(textAmount(big, 0.5), 'some');
  });

  it('the language server tags entities in its worker from some text with a core idle, which finds the markers only for a big corpus (whose long texts go in batches), and never with one core or few files to analyse', () => {
    const files = (name: string, total: number) => Array.from({ length: 16 }, (_, k) => sized(`${name}${k}.txt`, total / 16));
    const some = files('s', SHARED_WORKER_MIN_BYTES);
    const big = files('b', IN_PROCESS_MAX_BYTES);
    const little = files('l', SHARED_WORKER_MIN_BYTES / 2);
    assert.deepStrictEqual(indexingThreads(little, 16, 1, 1), { entityWorker: false, markersHere: false, longBatches: false });
    assert.deepStrictEqual(indexingThreads(some, 16, 1, 1), { entityWorker: true, markersHere: true, longBatches: false });
    assert.deepStrictEqual(indexingThreads(big, 16, 1, 1), { entityWorker: true, markersHere: false, longBatches: true });
    assert.deepStrictEqual(indexingThreads(big, 16, 0, 1), { entityWorker: false, markersHere: false, longBatches: false });
    assert.deepStrictEqual(indexingThreads(big, 7, 1, 1), { entityWorker: false, markersHere: false, longBatches: false });
    // Half of the big corpus in the cache: some text left to analyse.
    assert.deepStrictEqual(indexingThreads(big, 8, 1, 1), { entityWorker: true, markersHere: true, longBatches: false });
    // Under half a core idle: some text in one thread, a big corpus still with the worker.
    assert.deepStrictEqual(indexingThreads(some, 16, 1, 0.4), { entityWorker: false, markersHere: false, longBatches: false });
    assert.deepStrictEqual(indexingThreads(big, 16, 1, 0), { entityWorker: true, markersHere: false, longBatches: true });
  });

  it('tells the idle cores from two readings of the processors\' times', () => {
    const cpu = (user: number, idle: number): os.CpuInfo => ({ model: '', speed: 0, times: { user, nice: 0, sys: 0, idle, irq: 0 } });
    // One core busy, the other idle for 300 ms, then both busy.
    assert.strictEqual(coresIdleBetween([cpu(0, 0), cpu(0, 0)], [cpu(300, 0), cpu(0, 300)]), 1);
    assert.strictEqual(coresIdleBetween([cpu(300, 0), cpu(0, 300)], [cpu(600, 0), cpu(300, 300)]), 0);
    assert.strictEqual(coresIdleBetween([cpu(0, 0), cpu(0, 0)], [cpu(150, 150), cpu(150, 150)]), 1);
  });

  it('the language server starts its entity worker before the first scan only without a cache file and with a core idle, and a scan of little text indexes in one thread', async function () {
    if (workersBesideMainThread() < 1) this.skip();
    const items = texts.slice(0, 2).map((text, k) => {
      const file = path.join(dir, `${k}.txt`);
      writeFileSync(file, text);
      return { uri: file, file };
    });
    const warm = new ServerAnalysis(() => undefined);
    const cold = new ServerAnalysis(() => undefined);
    mkdirSync(path.join(dir, 'warm'));
    writeFileSync(path.join(dir, 'warm', CACHE_FILE), '');
    warm.configure(path.join(dir, 'warm'), [dir]);
    cold.configure(path.join(dir, 'cold'), [dir]);
    try {
      assert.strictEqual(warm.startWorkerEarly(1), false);
      assert.strictEqual(cold.startWorkerEarly(0.4), false);
      assert.strictEqual(cold.startWorkerEarly(1), true);
      await cold.scan(new Corpus({ sensitivity: 'precise' }, defaultRecognizers), items, {});
      assert.strictEqual(cold.workers, 0);
    } finally {
      await warm.dispose();
      await cold.dispose();
    }
  });

  it('the language server resolves the entities of a scan below IN_PROCESS_MAX_BYTES in its worker, and only after such a scan', async function () {
    if (workersBesideMainThread() < 1) this.skip();
    // Some text (from SHARED_WORKER_MIN_BYTES): each sample again, told apart by a line of its own.
    const items = [];
    for (let k = 0, bytes = 0; bytes < SHARED_WORKER_MIN_BYTES; k++) {
      const file = path.join(dir, `${k}.txt`);
      const text = `${texts[k % texts.length]}\n\nCopy ${k} of the samples, read by Lavrov.`;
      writeFileSync(file, text);
      items.push({ uri: `file:///some/${k}.txt`, file });
      bytes += Buffer.byteLength(text);
    }
    const alone = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    await scanFiles(alone, items);
    const split = new ServerAnalysis(() => undefined);
    const one = new ServerAnalysis(() => undefined);
    split.configure(path.join(dir, 'split'), [dir]);
    one.configure(path.join(dir, 'one'), [dir]);
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    try {
      // A core idle when the worker started: the scan tags there and keeps it.
      assert.strictEqual(split.startWorkerEarly(1), true);
      await split.scan(corpus, items, {});
      assert.strictEqual(split.workers, 1);
      const beside = split.resolveBeside(corpus);
      assert.ok(beside, 'no worker kept for the resolution');
      assert.strictEqual(await beside, true);
      assert.strictEqual(split.resolveBeside(corpus), undefined, 'the worker resolves once');
      // One thread (a small folder): nothing kept.
      await one.scan(new Corpus({ sensitivity: 'precise' }, defaultRecognizers), items.slice(0, 4), {});
      assert.strictEqual(one.resolveBeside(corpus), undefined);
    } finally {
      await split.dispose();
      await one.dispose();
    }
    assert.ok(alone.index.entities().length > 10);
    assert.deepStrictEqual(corpus.index.entities(), alone.index.entities());
    assert.deepStrictEqual(corpus.index.misspellings(), alone.index.misspellings());
  });

  it('the language server indexes a small folder in-process, however many files it has', async () => {
    const items = [];
    for (let k = 0; k < 24; k++) {
      const file = path.join(dir, `${k}.txt`);
      writeFileSync(file, `${texts[k % texts.length]}\n\nCopy ${k}.`);
      items.push({ uri: file, file });
    }
    const engine = new ServerAnalysis(() => undefined);
    engine.configure(path.join(dir, 'cache'), [dir]);
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    try {
      const report = await engine.scan(corpus, items, {});
      assert.strictEqual(report.analysed, items.length);
      assert.strictEqual(engine.workers, 0);
    } finally {
      await engine.dispose();
    }
  });
});
