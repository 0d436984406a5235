/**
 * Measuring whole processes from outside: wall time from spawn to exit, and peak memory from
 * /proc/PID/status (VmHWM, the resident high-water mark; worker threads share the process's).
 * Plus the statistics the report prints: median with min–max over runs, percentiles, growth.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import { performance } from 'perf_hooks';

/** Polls a process's resident high-water mark every 20 ms (Linux; NaN elsewhere). */
export class PeakRss {
  private kb = NaN;
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 20);
  }
  /** Reads it now (a high-water mark: exact while the process lives). */
  sample(): number {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      if (m) this.kb = Math.max(Number.isNaN(this.kb) ? 0 : this.kb, Number(m[1]));
    } catch {
      // gone, or no /proc
    }
    return this.mb;
  }
  get mb(): number {
    return this.kb / 1024;
  }
  stop(): number {
    clearInterval(this.timer);
    return this.mb;
  }
}

export interface CliRun {
  readonly seconds: number;
  readonly peakRssMB: number;
  /** Milliseconds per step, from DISCOURSE_LENS_TIMINGS=1. */
  readonly steps: Record<string, number>;
  readonly outputBytes: number;
}

/**
 * `node cli.js ARGS` as a user runs it, with the step timings switched on; stdout goes to a file
 * (checked to be one complete JSON line, then removed). The last poll before exit may miss the
 * final 20 ms of the high-water mark.
 */
export function runCli(cli: string, args: readonly string[], outFile: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const t0 = performance.now();
    const child: ChildProcess = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', out, 'pipe'], env: { ...process.env, DISCOURSE_LENS_TIMINGS: '1' } });
    const rss = new PeakRss(child.pid!);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const peakRssMB = rss.stop();
      fs.closeSync(out);
      const outputBytes = fs.statSync(outFile).size;
      const fd = fs.openSync(outFile, 'r');
      const tail = Buffer.alloc(2);
      fs.readSync(fd, tail, 0, 2, Math.max(0, outputBytes - 2));
      fs.closeSync(fd);
      fs.rmSync(outFile, { force: true });
      const m = /discourse-lens timings (\{.*\})/.exec(stderr);
      if (code !== 0 || !m || tail.toString() !== '}\n') return reject(new Error(`cli ${args.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`));
      resolve({ seconds, peakRssMB, steps: JSON.parse(m[1]), outputBytes });
    });
  });
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** "median (min–max)" with `digits` decimals. */
export function fmt(s: Spread, digits = 2, unit = ''): string {
  if (!s.runs) return 'n/a';
  const f = (x: number) => x.toFixed(digits);
  return s.runs === 1 ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

/** Rounded for the JSON line. */
export function json(s: Spread, digits = 3): { median: number; min: number; max: number; runs: number } {
  const r = (x: number) => +x.toFixed(digits);
  return { median: r(s.median), min: r(s.min), max: r(s.max), runs: s.runs };
}

/**
 * How a time grows per doubling of the corpus between two sizes: (t2/t1)^(1/log2(size2/size1)).
 * 2 is linear; above 2 grows faster than the corpus.
 */
export function perDoubling(t1: number, t2: number, size1: number, size2: number): number {
  if (!(t1 > 0) || !(t2 > 0) || size2 <= size1) return NaN;
  return Math.pow(t2 / t1, 1 / Math.log2(size2 / size1));
}
