/**
 * Benchmark: `npm run bench [-- --runs N] [--sizes 10,30,60,all] [--short MB] [--lsp-sizes 10,60]
 * [--only cli,lsp,single,compromise] [--quick] [--keep]`.
 *
 * Fresh text only: speeches of the UN General Debate corpus (../shared/corpora/ungdc), a seeded
 * selection, more speeches for a bigger size; nothing is replicated or varied synthetically.
 * Measures whole processes from outside (the built command line and language server), each figure
 * a median over runs with min–max:
 * - `scan --json` cold (no cache), spawn to exit, output to a file: seconds, MB/s, peak RSS, and the
 *   command line's own step timings (DISCOURSE_LENS_TIMINGS=1) with their growth per doubling;
 * - the language server over stdio: indexing (spawn to the end of its work-done progress, fresh
 *   cache folder), the first hover, hover p50/p95, an edit of a 10,000-word open article; then a
 *   warm start on the cache it wrote;
 * - single-thread analysis after warm-up (in-process, and `scan --jobs 0` whole process);
 * - compromise on the same kind of text, as a throughput ratio.
 * Prints a table, then the figures as JSON on the last line. Corpora are written under
 * os.tmpdir() and removed afterwards (the whole corpus is read in place).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BenchCorpus, MB, longArticle, listSpeeches, shuffled, takeMB, wholeCorpus, writeShortArticles, writeSpeeches } from './corpora';
import { articleAnalysisMs, compromiseMBps, singleThreadMBps } from './inProcess';
import { LspRun, runLanguageServer } from './lspRun';
import { CliRun, fmt, json, perDoubling, runCli, spread } from './measure';

const SEED = 2026;
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const RUNS = Number(option('--runs') ?? (quick ? 1 : 3));
const SIZES = (option('--sizes') ?? (quick ? '2,5' : '10,30,60,all')).split(',');
const SHORT_MB = Number(option('--short') ?? (quick ? 2 : 5));
const LSP_SIZES = (option('--lsp-sizes') ?? (quick ? '5' : '10,60')).split(',').map(Number);
const ONLY = new Set((option('--only') ?? 'cli,lsp,single,compromise').split(','));
const SINGLE_MB = quick ? 2 : 10;
const COMPROMISE_MB = quick ? 0.3 : 1;
const HOVERS = quick ? 100 : 300;
const EDITS = quick ? 5 : 15;

/** The repository root: the nearest folder up with a package.json (from the source or the bundle). */
const REPO = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
const UNGDC = path.resolve(REPO, '../shared/corpora/ungdc');
const CLI = path.join(REPO, 'server', 'out', 'cli.js');
const SERVER = path.join(REPO, 'server', 'out', 'server.js');

const loads: number[] = [];
const noteLoad = () => loads.push(os.loadavg()[0]);
const log = (m: string) => process.stderr.write(`${m}\n`);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const mbOf = (c: BenchCorpus) => c.bytes / MB;

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)) + 2);
  console.log(head.map((h, i) => pad(h, widths[i])).join('').trimEnd());
  for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('').trimEnd());
}

async function main(): Promise<number> {
  if (!fs.existsSync(UNGDC)) {
    console.error(`The UN General Debate corpus is not at ${UNGDC} (../shared/corpora/ungdc beside the repository): the benchmark measures on it only.`);
    return 2;
  }
  for (const f of [CLI, SERVER]) if (!fs.existsSync(f)) {
    console.error(`${f} is missing: run npm run build (npm run bench builds it).`);
    return 2;
  }
  noteLoad();
  const speeches = listSpeeches(UNGDC);
  const order = shuffled(speeches, SEED);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-bench-'));
  const results: Record<string, unknown> = {};
  try {
    // ------------------------------------------------------------ corpora
    const bySize = new Map<number, BenchCorpus>();
    const speechCorpus = (mb: number): BenchCorpus => {
      let c = bySize.get(mb);
      if (!c) bySize.set(mb, (c = writeSpeeches(`ungdc-${mb}`, path.join(tmp, `ungdc-${mb}`), takeMB(order, mb))));
      return c;
    };
    const short = writeShortArticles(`short-${SHORT_MB}`, path.join(tmp, `short-${SHORT_MB}`), order, SHORT_MB);
    const cliCorpora = [short, ...SIZES.map((s) => (s === 'all' ? wholeCorpus(UNGDC, speeches) : speechCorpus(Number(s))))];
    const lspCorpora = [short, ...LSP_SIZES.map(speechCorpus)];
    const singleCorpus = speechCorpus(Number(SIZES.find((s) => s !== 'all') ?? SINGLE_MB));
    // The open article is made of speeches in none of the corpora (the end of the seeded order).
    const article = { file: path.join(tmp, 'open', 'long-article.txt'), text: longArticle(order.slice(-300), 10000) };
    fs.mkdirSync(path.dirname(article.file), { recursive: true });
    fs.writeFileSync(article.file, article.text);
    const corpusInfo = (c: BenchCorpus) => ({ name: c.name, files: c.files, MB: +mbOf(c).toFixed(1) });
    results.corpora = [...new Set([...cliCorpora, ...lspCorpora])].map(corpusInfo);
    log(`corpora in ${tmp}: ${[...new Set([...cliCorpora, ...lspCorpora])].map((c) => `${c.name} ${mbOf(c).toFixed(1)} MB, ${c.files} files`).join('; ')}`);

    // ------------------------------------------------------------ command line
    // Runs alternate between corpora, so a change of load touches every size alike.
    const cli = new Map<BenchCorpus, CliRun[]>(cliCorpora.map((c) => [c, []]));
    const jobs0: CliRun[] = [];
    if (ONLY.has('cli')) {
      for (let r = 0; r < RUNS; r++) {
        for (const c of cliCorpora) {
          noteLoad();
          const run = await runCli(CLI, ['scan', c.dir, '--json'], path.join(tmp, 'scan.json'));
          cli.get(c)!.push(run);
          log(`run ${r + 1}/${RUNS} scan ${c.name}: ${run.seconds.toFixed(2)} s, ${(mbOf(c) / run.seconds).toFixed(2)} MB/s, peak ${run.peakRssMB.toFixed(0)} MB ${JSON.stringify(run.steps)}`);
        }
        noteLoad();
        const run = await runCli(CLI, ['scan', singleCorpus.dir, '--json', '--jobs', '0'], path.join(tmp, 'scan.json'));
        jobs0.push(run);
        log(`run ${r + 1}/${RUNS} scan --jobs 0 ${singleCorpus.name}: ${run.seconds.toFixed(2)} s ${JSON.stringify(run.steps)}`);
      }
    }

    // ------------------------------------------------------------ language server
    const lsp = new Map<BenchCorpus, LspRun[]>(lspCorpora.map((c) => [c, []]));
    if (ONLY.has('lsp')) {
      for (let r = 0; r < RUNS; r++) {
        for (const c of lspCorpora) {
          noteLoad();
          const run = await runLanguageServer(c, { server: SERVER, cacheDir: path.join(tmp, 'server-cache'), hovers: HOVERS, edits: EDITS, article, seed: SEED + r });
          lsp.get(c)!.push(run);
          log(`run ${r + 1}/${RUNS} server ${c.name}: ${JSON.stringify(run)}`);
        }
      }
    }

    // ------------------------------------------------------------ in-process
    const single: number[] = [];
    const articleMs: number[] = [];
    if (ONLY.has('single')) {
      // Speeches from the end of the seeded order, other ones in every run.
      let from = order.length - 300;
      for (let r = 0; r < RUNS; r++) {
        const warmup = takeMB(order.slice(0, from).reverse(), 1);
        from -= warmup.length;
        const measured = takeMB(order.slice(0, from).reverse(), SINGLE_MB);
        from -= measured.length;
        noteLoad();
        single.push(singleThreadMBps(warmup, measured));
        articleMs.push(articleAnalysisMs(article.text, EDITS));
        log(`run ${r + 1}/${RUNS} single thread: ${single[r].toFixed(2)} MB/s; the long article analysed in ${articleMs[r].toFixed(1)} ms`);
      }
    }
    let compromise = NaN;
    if (ONLY.has('compromise')) {
      noteLoad();
      compromise = compromiseMBps(order.slice(1000), COMPROMISE_MB);
      log(`compromise: ${compromise.toFixed(3)} MB/s`);
    }
    noteLoad();

    // ------------------------------------------------------------ report
    const cpu = os.cpus();
    const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? '?'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
    const load = spread(loads);
    results.machine = machine;
    results.loadAverage1min = { start: +loads[0].toFixed(2), end: +loads[loads.length - 1].toFixed(2), min: +load.min.toFixed(2), max: +load.max.toFixed(2) };
    results.runs = RUNS;
    console.log(`\nDiscourse Lens benchmark: fresh UNGDC speeches, ${RUNS} run(s) each; median (min–max)`);
    console.log(`machine: ${machine}; 1-minute load average from ${loads[0].toFixed(2)} to ${loads[loads.length - 1].toFixed(2)} (between ${load.min.toFixed(2)} and ${load.max.toFixed(2)} at the runs' starts)`);

    if (ONLY.has('cli')) {
      console.log('\nCommand line, `scan --json`, whole process (spawn to exit), cold (no cache), output to a file');
      const rows: string[][] = [];
      const cliJson: Record<string, unknown> = {};
      for (const c of cliCorpora) {
        const runs = cli.get(c)!;
        const secs = spread(runs.map((r) => r.seconds));
        const mbps = spread(runs.map((r) => mbOf(c) / r.seconds));
        const rss = spread(runs.map((r) => r.peakRssMB));
        const ratio = spread(runs.map((r) => r.peakRssMB / mbOf(c)));
        const target = c === short ? '≥ 2.5 MB/s' : mbOf(c) >= 29 && mbOf(c) <= 61 ? `≥ 3 MB/s${mbOf(c) >= 59 ? ', ≤ 10×' : ''}` : '';
        rows.push([c.name, `${mbOf(c).toFixed(1)} MB`, String(c.files), fmt(secs, 2, ' s'), fmt(mbps, 2), `${fmt(rss, 0, ' MB')}`, fmt(ratio, 1, '×'), target]);
        cliJson[c.name] = { MB: +mbOf(c).toFixed(1), seconds: json(secs), MBps: json(mbps), peakRssMB: json(rss, 0), peakRssRatio: json(ratio, 2), steps: Object.fromEntries(stepNames(runs).map((s) => [s, json(spread(runs.map((r) => r.steps[s] ?? NaN)), 0)])) };
      }
      table(['corpus', 'size', 'files', 'time', 'MB/s', 'peak RSS', '× corpus', 'target'], rows);
      results.cli = cliJson;

      console.log('\nSteps of the command line (DISCOURSE_LENS_TIMINGS=1), ms, median');
      const steps = stepNames([...cli.values()].flat());
      table(['corpus', ...steps], cliCorpora.map((c) => [c.name, ...steps.map((s) => spread(cli.get(c)!.map((r) => r.steps[s] ?? NaN)).median.toFixed(0))]));

      console.log('\nGrowth of each step per doubling of the corpus (2.00 = linear; above 2 grows faster than the corpus)');
      const speechCli = cliCorpora.filter((c) => c !== short).sort((a, b) => a.bytes - b.bytes);
      const growth: Record<string, Record<string, number>> = {};
      const grown = steps.filter((s) => s !== 'startup' && s !== 'listing');
      const growthRows: string[][] = [];
      for (let i = 1; i < speechCli.length; i++) {
        const [a, b] = [speechCli[i - 1], speechCli[i]];
        const med = (c: BenchCorpus, s: string) => spread(cli.get(c)!.map((r) => r.steps[s] ?? NaN)).median;
        const key = `${a.name}→${b.name}`;
        growth[key] = Object.fromEntries(grown.map((s) => [s, +perDoubling(med(a, s), med(b, s), a.bytes, b.bytes).toFixed(2)]));
        growthRows.push([key, ...grown.map((s) => growth[key][s].toFixed(2))]);
      }
      table(['sizes', ...grown], growthRows);
      results.growthPerDoubling = growth;

      const j0 = jobs0;
      const j0mbps = spread(j0.map((r) => mbOf(singleCorpus) / r.seconds));
      const j0analysis = spread(j0.map((r) => mbOf(singleCorpus) / (r.steps.analysis / 1000)));
      console.log(`\n\`scan --jobs 0\` (one thread) on ${singleCorpus.name}: ${fmt(spread(j0.map((r) => r.seconds)), 2, ' s')} = ${fmt(j0mbps)} MB/s whole process; analysis step ${fmt(j0analysis)} MB/s; peak RSS ${fmt(spread(j0.map((r) => r.peakRssMB)), 0, ' MB')}`);
      results.cliJobs0 = { corpus: singleCorpus.name, seconds: json(spread(j0.map((r) => r.seconds))), MBps: json(j0mbps), analysisMBps: json(j0analysis), peakRssMB: json(spread(j0.map((r) => r.peakRssMB)), 0) };
    }

    if (ONLY.has('lsp')) {
      console.log(`\nLanguage server over stdio (spawn to the end of its indexing progress, fresh cache folder); then ${HOVERS} hovers; an open article of ${article.text.split(/\s+/).length} words edited ${EDITS} times`);
      const rows: string[][] = [];
      const lspJson: Record<string, unknown> = {};
      for (const c of lspCorpora) {
        const runs = lsp.get(c)!;
        const s = (f: (r: LspRun) => number) => spread(runs.map(f));
        const fig = {
          indexSeconds: s((r) => r.indexSeconds),
          indexMBps: s((r) => mbOf(c) / r.indexSeconds),
          firstHoverMs: s((r) => r.firstHoverMs),
          hoverP50Ms: s((r) => r.hoverP50Ms),
          hoverP95Ms: s((r) => r.hoverP95Ms),
          entityHoverP95Ms: s((r) => r.entityHoverP95Ms),
          termHoverP95Ms: s((r) => r.termHoverP95Ms),
          openArticleMs: s((r) => r.openArticleMs),
          editThenHoverMs: s((r) => r.editThenHoverMs),
          hoverAloneMs: s((r) => r.hoverAloneMs),
          peakRssAfterIndexMB: s((r) => r.peakRssAfterIndexMB),
          peakRssAfterIndexRatio: s((r) => r.peakRssAfterIndexMB / mbOf(c)),
          peakRssMB: s((r) => r.peakRssMB),
          warmIndexSeconds: s((r) => r.warmIndexSeconds),
          warmFirstHoverMs: s((r) => r.warmFirstHoverMs),
          warmPeakRssMB: s((r) => r.warmPeakRssMB),
        };
        const answered = runs.map((r) => `${r.hoversAnswered}/${r.hovers}`).join(', ');
        const firstFound = runs.every((r) => r.firstHoverFound);
        rows.push([c.name, fmt(fig.indexSeconds, 2, ' s'), fmt(fig.indexMBps, 2), `${fmt(fig.firstHoverMs, 0, ' ms')}${firstFound ? '' : ' (empty!)'}`, `${fig.hoverP50Ms.median.toFixed(1)} / ${fmt(fig.hoverP95Ms, 1, ' ms')}`, `${fmt(fig.editThenHoverMs, 1)} / ${fmt(fig.hoverAloneMs, 1, ' ms')}`, fmt(fig.peakRssAfterIndexMB, 0, ' MB'), fmt(fig.peakRssAfterIndexRatio, 1, '×'), fmt(fig.peakRssMB, 0, ' MB')]);
        lspJson[c.name] = { MB: +mbOf(c).toFixed(1), hoversAnswered: answered, firstHoverAnswered: firstFound, ...Object.fromEntries(Object.entries(fig).map(([k, v]) => [k, json(v)])) };
      }
      table(['corpus', 'indexing', 'MB/s', 'first hover', 'hover p50 / p95', 'edit+hover / hover', 'RSS indexed', '× corpus', 'RSS at end'], rows);
      const med = (f: (r: LspRun) => number, digits = 0) => (c: BenchCorpus) => fmt(spread(lsp.get(c)!.map(f)), digits, ' ms');
      console.log(`opening the article, then a hover on it (its first analysis in the server's main thread): ${lspCorpora.map((c) => `${c.name} ${med((r) => r.openArticleMs)(c)}`).join('; ')}`);
      console.log(`warm start (a second server on the cache the first wrote), to the end of its progress; its first hover; its peak RSS: ${lspCorpora.map((c) => `${c.name} ${fmt(spread(lsp.get(c)!.map((r) => r.warmIndexSeconds)), 2, ' s')}; ${med((r) => r.warmFirstHoverMs)(c)}; ${fmt(spread(lsp.get(c)!.map((r) => r.warmPeakRssMB)), 0, ' MB')}`).join(' — ')}`);
      console.log(`hover p95 on entities / on terms: ${lspCorpora.map((c) => `${c.name} ${med((r) => r.entityHoverP95Ms, 1)(c)} / ${med((r) => r.termHoverP95Ms, 1)(c)}`).join('; ')}`);
      console.log(`slowest hovers: ${lspCorpora.map((c) => `${c.name} ${lsp.get(c)!.map((r) => `[${r.slowestHovers.join(', ')}]`).join(' ')}`).join('; ')}`);
      console.log('targets: 5 MB of short articles indexed within 2.5 s; first hover within 0.5 s; hover p95 within 20 ms; 38 MB within 12.5 s at most 10× in memory; an edit re-analysed within 30 ms');
      results.languageServer = lspJson;
    }

    if (ONLY.has('single') || ONLY.has('compromise')) {
      console.log('');
      const st = spread(single);
      if (single.length) {
        console.log(`single-thread analysis after a 1 MB warm-up, in-process (analyzeDocument), ${SINGLE_MB} MB of other speeches per run: ${fmt(st)} MB/s`);
        console.log(`the ${article.text.split(/\s+/).length}-word article after an edit, in-process (analyzeDocument; the per-document part of re-analysis): ${fmt(spread(articleMs), 1, ' ms')} (target: re-analysed within 30 ms)`);
        results.articleAnalysisMs = json(spread(articleMs));
      }
      if (!Number.isNaN(compromise)) console.log(`compromise 14 (people, places, organisations), ${COMPROMISE_MB} MB of speeches: ${compromise.toFixed(3)} MB/s${single.length ? `; Discourse Lens single thread is ${(st.median / compromise).toFixed(0)}× faster` : ''}`);
      if (single.length) results.singleThreadMBps = json(st);
      if (!Number.isNaN(compromise)) results.compromiseMBps = +compromise.toFixed(3);
      if (single.length && !Number.isNaN(compromise)) results.speedupVsCompromise = +(st.median / compromise).toFixed(1);
    }
    console.log(JSON.stringify(results));
    return 0;
  } finally {
    if (!flag('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
}

/** The step names in the order the command line reports them. */
function stepNames(runs: readonly CliRun[]): string[] {
  const names: string[] = [];
  for (const r of runs) for (const k of Object.keys(r.steps)) if (!names.includes(k)) names.push(k);
  return names;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
