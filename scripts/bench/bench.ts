/**
 * Benchmark: `npm run bench` (`--quick` for a small run, `--size MB` to choose the corpus size).
 * `npm run bench` runs this file bundled by esbuild, as the extension ships its code (see run.mjs);
 * `--from-source` runs it under tsx.
 *
 * Builds a corpus from the PTC training articles in ../shared/corpora (replicated with
 * variation: paragraphs shuffled and swapped between articles, names substituted) in a temp
 * folder, then measures cold analysis (worker threads, all cores), the warm start from the disk
 * cache, peak RSS, query latencies, the re-analysis of one 10,000-word document after an edit,
 * and compromise's entity extraction on a sample of the same text, as a throughput ratio.
 * Prints a table, and the figures as JSON on the last line. Never committed: the corpus is
 * written under os.tmpdir() and removed afterwards.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { spawnSync } from 'child_process';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { AnalysisCache, cacheKey } from '../../server/src/node/cacheStore';
import { scanFiles } from '../../server/src/node/scan';
import { WorkerPool } from '../../server/src/node/workerPool';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const sizeArg = argv.indexOf('--size');
const TARGET_MB = sizeArg >= 0 ? Number(argv[sizeArg + 1]) : quick ? 5 : 50;
const COMPROMISE_MB = quick ? 0.5 : 3;
const QUERIES = quick ? 200 : 1000;
const keep = argv.includes('--keep');

/** The repository root: the nearest folder up with a package.json (from the source or the bundle). */
const REPO = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
const SOURCE = path.resolve(REPO, '../shared/corpora/ptc/train-articles');
/** Node arguments to run this file again (the warm-start child): tsx when running from source. */
const SELF = [...(__filename.endsWith('.ts') ? ['--import', 'tsx'] : []), __filename];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_SETS: [RegExp, string[]][] = [
  [/\bPutin\b/g, ['Putin', 'Medvedev', 'Lavrov', 'Shoigu']],
  [/\bObama\b/g, ['Obama', 'Biden', 'Kerry', 'Clinton']],
  [/\bTrump\b/g, ['Trump', 'Pence', 'Bannon', 'Sessions']],
  [/\bUkraine\b/g, ['Ukraine', 'Georgia', 'Moldova', 'Belarus']],
  [/\bSyria\b/g, ['Syria', 'Iraq', 'Libya', 'Yemen']],
  [/\bWashington\b/g, ['Washington', 'London', 'Paris', 'Berlin']],
  [/\bFrancis\b/g, ['Francis', 'Benedict', 'John Paul']],
];

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

async function main(): Promise<void> {
  // Workers run the bundled worker.js, as the extension ships it (built from these sources now).
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (built.status === 0) process.env.DISCOURSE_LENS_WORKER = path.join(REPO, 'server', 'out', 'worker.js');
  else console.log(`build failed, workers run from source: ${built.stderr}`);
  const rssTimer = setInterval(sampleRss, 20);
  rssTimer.unref();
  if (!fs.existsSync(SOURCE)) throw new Error(`PTC articles not found in ${SOURCE}`);
  const articles = fs
    .readdirSync(SOURCE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SOURCE, f), 'utf8'));
  const paras = articles.map((a) => a.split(/\r?\n/).filter((l) => l.trim()));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-bench-'));
  const corpusDir = path.join(root, 'corpus');
  const cacheDir = path.join(root, 'cache');
  const target = TARGET_MB * 1024 * 1024;
  const rand = rng(42);
  let bytes = 0;
  let files = 0;
  const built0 = performance.now();
  for (let round = 0; bytes < target; round++) {
    const dir = path.join(corpusDir, `r${String(round).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < paras.length && bytes < target; i++) {
      const ps = paras[i];
      if (!ps.length) continue;
      const body = ps.slice(1);
      // Shuffle the body (round 0 keeps the originals), and swap in paragraphs from other articles.
      if (round > 0) {
        for (let k = body.length - 1; k > 0; k--) {
          const j = Math.floor(rand() * (k + 1));
          [body[k], body[j]] = [body[j], body[k]];
        }
        for (let k = 0; k < body.length; k++) {
          if (rand() < 0.25) {
            const other = paras[Math.floor(rand() * paras.length)];
            if (other.length > 1) body[k] = other[1 + Math.floor(rand() * (other.length - 1))];
          }
        }
      }
      let text = [ps[0], '', ...body].join('\n') + '\n';
      if (round > 0) for (const [re, names] of NAME_SETS) text = text.replace(re, names[(round + i) % names.length]);
      fs.writeFileSync(path.join(dir, `a${i}.txt`), text);
      bytes += Buffer.byteLength(text);
      files++;
    }
  }
  const mb = bytes / 1024 / 1024;
  console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB in ${root} (built in ${((performance.now() - built0) / 1000).toFixed(1)} s)`);
  const items: { uri: string; file: string }[] = [];
  for (const d of fs.readdirSync(corpusDir).sort()) for (const f of fs.readdirSync(path.join(corpusDir, d)).sort()) items.push({ uri: `file://${path.join(corpusDir, d, f)}`, file: path.join(corpusDir, d, f) });

  const results: Record<string, number | string> = { corpusMB: +mb.toFixed(1), files, runs: __filename.endsWith('.ts') ? 'source (tsx)' : 'bundle', mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? 'unset' };

  const phases: string[] = [];
  const lat: Record<string, number[]> = { mentions: [], concordance: [], concordancePhrase: [], hover: [] };
  // The cold corpus lives in this scope only, so that it can be collected before the warm start.
  await (async () => {
    // ---------------------------------------------------------------- cold
    gc();
    const rssBefore = process.memoryUsage().rss;
    const corpus: Corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    const pool = new WorkerPool();
    const cache = new AnalysisCache(cacheDir, cacheKey(corpus.analysisOptions));
    cache.load();
    let t0 = performance.now();
    const elu0 = performance.eventLoopUtilization();
    const report = await scanFiles(corpus, items, { pool, cache });
    const coldS = (performance.now() - t0) / 1000;
    // Diagnostics: how busy the main thread was during the scan (it shares the cores with the
    // workers), and what the main process holds right after it.
    results.coldMainThreadBusy = +performance.eventLoopUtilization(elu0).utilization.toFixed(2);
    const memCold = process.memoryUsage();
    results.coldHeapUsedMB = Math.round(memCold.heapUsed / 1048576);
    results.coldArrayBuffersMB = Math.round(memCold.arrayBuffers / 1048576);
    results.coldRssMB = Math.round(memCold.rss / 1048576);
    results.coldPeakRssMB = Math.round(peakRss / 1048576);
    results.workers = pool.size;
    await pool.close();
    t0 = performance.now();
    const firstEntities = corpus.index.entities().length;
    const resolveS = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const keyTerms = corpus.index.keyTerms().length;
    const keyTermsS = (performance.now() - t0) / 1000;
    sampleRss();
    phases.push(`keyTerms ${Math.round(process.memoryUsage().rss / 1048576)} (peak ${Math.round(peakRss / 1048576)})`);
    t0 = performance.now();
    const saveErr = cache.save();
    const saveS = (performance.now() - t0) / 1000;
    sampleRss();
    phases.push(`save ${Math.round(process.memoryUsage().rss / 1048576)} (peak ${Math.round(peakRss / 1048576)})`);
    if (saveErr) console.log(saveErr);
    results.coldMBps = +(mb / coldS).toFixed(2);
    results.coldS = +coldS.toFixed(2);
    results.resolveS = +resolveS.toFixed(2);
    results.keyTermsS = +keyTermsS.toFixed(2);
    results.cacheSaveS = +saveS.toFixed(2);
    results.cacheMB = +(fs.statSync(path.join(cacheDir, 'analyses.bin')).size / 1024 / 1024).toFixed(1);
    console.log(`cold: ${report.analysed} analysed, ${report.failed} failed, ${firstEntities} entities, ${keyTerms} key terms`);

    // ---------------------------------------------------------------- queries
    const index = corpus.index;
    const entities = index.entities();
    const rand2 = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand2() * Math.min(xs.length, 500))];
    const uris = index.uris();
    const time = (fn: () => unknown): number => {
      const s = performance.now();
      fn();
      return performance.now() - s;
    };
    const words = ['government', 'war', 'people', 'president', 'migrants', 'church', 'media', 'election', 'sanctions', 'border'];
    for (let q = 0; q < QUERIES; q++) {
      const e = pick(entities);
      lat.mentions.push(time(() => index.mentionsOf(e.id)));
      lat.concordance.push(time(() => index.concordance(pick(entities).id, { width: 60, limit: 20 })));
      lat.concordancePhrase.push(time(() => index.concordance(words[q % words.length], { width: 60, limit: 20 })));
      // Hover-sized: the item under the cursor, its record, its top documents, a word's frequency.
      const uri = uris[Math.floor(rand2() * uris.length)];
      const d = index.get(uri)!;
      const off = Math.floor(rand2() * d.text.length);
      lat.hover.push(
        time(() => {
          const it = index.itemAt(uri, off);
          if (it) {
            if (it.kind === 'entity') index.entity(it.id);
            else index.term(it.id);
            index.documentsOf(it.id).slice(0, 5);
            index.concordance(it.id, { width: 40, limit: 3, excludeUri: uri });
          }
          index.wordFrequency(d.text.slice(off, off + 6).replace(/\W.*$/, '') || 'the');
        }),
      );
    }
    for (const [k, xs] of Object.entries(lat)) {
      results[`${k}P50ms`] = +percentile(xs, 50).toFixed(3);
      results[`${k}P95ms`] = +percentile(xs, 95).toFixed(3);
    }
    sampleRss();
    phases.push(`queries ${Math.round(process.memoryUsage().rss / 1048576)} (peak ${Math.round(peakRss / 1048576)})`);

    // ---------------------------------------------------------------- re-analysis after an edit
    const parts: string[] = [];
    let wordsSoFar = 0;
    for (let i = 0; wordsSoFar < 10000; i++) {
      const a = articles[i % articles.length];
      parts.push(i === 0 ? a : a.split(/\r?\n/).slice(1).join('\n'));
      wordsSoFar += a.split(/\s+/).length;
    }
    const big = parts.join('\n');
    const bigUri = 'file:///bench/big.txt';
    // The server analyses edits in its main thread: warm it up as a session would (a few edits).
    for (let k = 0; k < 20; k++) corpus.update(bigUri, big + ' '.repeat(k));
    sampleRss();
    phases.push(`modelsInMain ${Math.round(process.memoryUsage().rss / 1048576)} (peak ${Math.round(peakRss / 1048576)})`);
    corpus.update(bigUri, big);
    index.entities();
    const reTimes: number[] = [];
    const reQuery: number[] = [];
    for (let k = 0; k < (quick ? 5 : 15); k++) {
      const at = big.indexOf(' the ', 1000 + k * 997);
      const edited = big.slice(0, at) + ` the new${k} ` + big.slice(at + 5);
      reTimes.push(time(() => corpus.update(bigUri, edited)));
      // The first query after the edit pays for the lazy corpus-level recomputation.
      reQuery.push(time(() => index.itemAt(bigUri, 100)));
    }
    results.reanalysisWords = big.split(/\s+/).length;
    results.reanalysisMs = +percentile(reTimes, 50).toFixed(1);
    results.firstQueryAfterEditMs = +percentile(reQuery, 50).toFixed(1);
    sampleRss();
    results.peakRssMB = +(peakRss / 1024 / 1024).toFixed(0);
    results.peakRssRatio = +(peakRss / 1024 / 1024 / mb).toFixed(2);
    results.rssBeforeMB = +(rssBefore / 1024 / 1024).toFixed(0);
    results.rssPhasesMB = phases.join(', ');

  })();
  // ---------------------------------------------------------------- warm start
  // A warm start is a new process (the editor reopened): measured in a child process, which
  // loads the cache, reads every file and builds the index.
  const listFile = path.join(root, 'items.json');
  fs.writeFileSync(listFile, JSON.stringify(items));
  const child = spawnSync(process.execPath, [...SELF, '--warm-child', listFile, cacheDir], { encoding: 'utf8', cwd: REPO });
  const warmOut = JSON.parse(child.stdout.trim().split('\n').pop() || '{}') as { firstEntityQueryS?: number; warmS?: number; verifyS?: number; mismatches?: number; fromCache?: number; analysed?: number; rssMB?: number };
  if (child.status !== 0 || warmOut.warmS === undefined) console.log(`warm start child failed: ${child.stderr}`);
  const warmS = warmOut.warmS ?? NaN;
  results.warmS = +warmS.toFixed(2);
  results.warmVerifyS = warmOut.verifyS ?? NaN;
  results.warmFirstEntityQueryS = warmOut.firstEntityQueryS ?? NaN;
  results.warmVerifyMismatches = warmOut.mismatches ?? NaN;
  results.warmFromCache = warmOut.fromCache ?? NaN;
  results.warmAnalysed = warmOut.analysed ?? NaN;
  results.warmRssMB = warmOut.rssMB ?? NaN;
  results.warmRssRatio = +((warmOut.rssMB ?? NaN) / mb).toFixed(2);

  // ---------------------------------------------------------------- compromise
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const nlp = require('compromise') as (t: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const it of items) {
    if (sampleBytes >= COMPROMISE_MB * 1024 * 1024) break;
    const t = fs.readFileSync(it.file, 'utf8');
    sample.push(t);
    sampleBytes += Buffer.byteLength(t);
  }
  const t0 = performance.now();
  for (const t of sample) {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const compS = (performance.now() - t0) / 1000;
  const compMBps = sampleBytes / 1024 / 1024 / compS;
  results.compromiseMBps = +compMBps.toFixed(3);
  results.compromiseSampleMB = +(sampleBytes / 1024 / 1024).toFixed(1);
  results.compromiseExtrapolatedS = +(mb / compMBps).toFixed(1);
  results.speedupVsCompromise = +(Number(results.coldMBps) / compMBps).toFixed(1);
  sampleRss();
  results.peakRssMBFinal = +(peakRss / 1024 / 1024).toFixed(0);

  // ---------------------------------------------------------------- report
  const row = (name: string, value: string, tgt = '', ok?: boolean) => console.log(`${pad(name, 44)}${pad(value, 22)}${pad(tgt, 16)}${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`);
  console.log('');
  row('metric', 'value', 'target');
  row('corpus', `${mb.toFixed(1)} MB, ${files} files`);
  row('process', `${results.runs}, MALLOC_ARENA_MAX=${results.mallocArenaMax}`);
  row('benchmark process runs', String(results.runs));
  row(`cold analysis (${results.workers} workers)`, `${results.coldMBps} MB/s (${results.coldS} s)`, '>= 5 MB/s', Number(results.coldMBps) >= 5);
  row('  entity resolution (first query)', `${results.resolveS} s`);
  row('  key terms (first query)', `${results.keyTermsS} s`);
  row('  main thread busy during the scan', `${Math.round(Number(results.coldMainThreadBusy) * 100)} %`);
  row('  after the scan: RSS (peak) / heap / buffers', `${results.coldRssMB} (${results.coldPeakRssMB}) / ${results.coldHeapUsedMB} / ${results.coldArrayBuffersMB} MB`);
  row('  RSS by phase (MB)', String(results.rssPhasesMB));
  row('  cache write', `${results.cacheSaveS} s, ${results.cacheMB} MB`);
  row('warm start from cache', `${results.warmS} s (${results.warmFromCache} hits)`, '<= 1 s', warmS <= 1);
  row('  then first entity query (resolution)', `${results.warmFirstEntityQueryS} s`);
  row('  then hash verification (background)', `${results.warmVerifyS} s, ${results.warmVerifyMismatches} changed`);
  row('  RSS of the warm process', `${results.warmRssMB} MB = ${results.warmRssRatio}x`, '<= 10x', Number(results.warmRssRatio) <= 10);
  row('peak RSS (after cold + queries)', `${results.peakRssMB} MB = ${results.peakRssRatio}x`, '<= 10x', Number(results.peakRssRatio) <= 10);
  for (const k of Object.keys(lat)) row(`query ${k} p50 / p95`, `${results[`${k}P50ms`]} / ${results[`${k}P95ms`]} ms`, '<= 5 ms', Number(results[`${k}P95ms`]) <= 5);
  row(`re-analysis of ${results.reanalysisWords} words`, `${results.reanalysisMs} ms`, '<= 30 ms', Number(results.reanalysisMs) <= 30);
  row('  first query after the edit', `${results.firstQueryAfterEditMs} ms`);
  row(`compromise (${results.compromiseSampleMB} MB sample)`, `${results.compromiseMBps} MB/s`);
  row('  extrapolated to the corpus', `${results.compromiseExtrapolatedS} s`);
  row('  Discourse Lens speed-up', `${results.speedupVsCompromise}x`);
  console.log(JSON.stringify(results));
  if (!keep) fs.rmSync(root, { recursive: true, force: true });
}

/** Child process: a warm start from the cache (prints JSON). */
async function warmChild(listFile: string, cacheDir: string): Promise<void> {
  const items = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { uri: string; file: string }[];
  const t0 = performance.now();
  const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
  const cache = new AnalysisCache(cacheDir, cacheKey(corpus.analysisOptions));
  cache.load();
  // Files whose size and mtime match the cache are taken without hashing; verified right after.
  const report = await scanFiles(corpus, items, { cache, trustFileTimes: true });
  const warmS = (performance.now() - t0) / 1000;
  let t1 = performance.now();
  corpus.index.entities(); // the first entity query resolves names across the corpus (lazily)
  const firstEntityQueryS = +((performance.now() - t1) / 1000).toFixed(2);
  t1 = performance.now();
  const mismatches = await report.verify();
  const verifyS = +((performance.now() - t1) / 1000).toFixed(2);
  console.log(JSON.stringify({ warmS, firstEntityQueryS, verifyS, mismatches, fromCache: report.fromCache, analysed: report.analysed, rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024) }));
}

const warmIdx = argv.indexOf('--warm-child');
(warmIdx >= 0 ? warmChild(argv[warmIdx + 1], argv[warmIdx + 2]) : main()).then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
