/** The command line's commands and flags. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Corpus } from '../analysis/corpus/corpus';
import { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { termId } from '../analysis/corpus/tables/rhetoricTerms';
import type { CodebookInput, EntityRecord, TermRecord } from '../analysis/corpus/model';
import { Recognizers } from '../analysis/document';
import { entityMentionsOnce } from '../analysis/cache/analysisViews';
import { defaultRecognizers } from '../analysis/recognizers';
import { Sensitivity } from '../analysis/types';
import type { Codebook } from '../analysis/codebook/codebook';
import { AnalysisCache, cacheKey } from '../node/cacheStore';
import { checkCorpus, formatCheckText } from './check';
import { parseDiagnosticsSettings } from '../languageFeatures/diagnostics';
import { DEFAULT_FILTER, findArticles } from '../node/files';
import { resolveBeside, scanFiles } from '../node/scan';
import { EntityWorker } from '../node/entityWorker';
import { type TextAmount, WorkerPool, textAmount, workersBesideMainThread } from '../node/workerPool';
import { CodingsArgs, ScanCoding, codingsOfFiles, runAgreement, runExport, runImport, scanCoding } from './codings';

const USAGE = `Usage: discourse-lens scan PATH... [--json | --csv] [--sensitivity precise|balanced|exploratory]
                          [--cache DIR] [--codebook FILE] [--jobs N]
       discourse-lens check PATH... [--format text|json] [--severity CODE=LEVEL]... [--sensitivity ...]
                          [--codebook FILE] [--cache DIR] [--jobs N]
scan analyses .txt and .article files (folders recursively) and prints the mentions of entities and terms.
check prints every diagnostic the editor shows at the default settings (path:line:col: severity: message [code],
or JSON with path, start, end, text, line, character, severity, code, message; line and character count from 1,
start and end are offsets into the text without its byte-order mark, text is what they cover),
and exits with 1 if any is an error, 2 if a path could not be read or analysed (nothing was checked there).
       discourse-lens agreement PATH... [--codes A,B] [--json] [--workspace DIR] [--codings DIR]
       discourse-lens export PATH... [--qdpx FILE] [--qdc FILE] [--codings-csv FILE] [--no-markers]
                          [--codebook FILE] [--workspace DIR] [--codings DIR]
       discourse-lens import FILE.qdpx PATH... [--codebook FILE] [--workspace DIR] [--codings DIR]
The analysts' codings are read from the codings folder (default DIR/codings, DIR the --workspace,
default the current folder), their articles named by path relative to the workspace. scan --json lists
each document's codings; agreement compares every pair of coders (percent, Cohen's kappa, Krippendorff's
alpha per code and overall, character by character); export writes a REFI-QDA project with the codings
(and the automatic markers unless --no-markers), a REFI-QDA codebook (.qdc) or the codings as CSV;
import adds another program's coded segments (.qdpx) as codings of the coders it names.`;

type Command = 'scan' | 'check' | 'agreement' | 'export' | 'import';
const COMMANDS: readonly Command[] = ['scan', 'check', 'agreement', 'export', 'import'];

/**
 * DISCOURSE_LENS_TIMINGS=1: the milliseconds of each step (start-up counts from the process start),
 * as one JSON line on stderr, `discourse-lens timings {...}`. For `npm run bench`; off, it changes nothing.
 */
function stepTimer(enabled: boolean): { step(name: string): void; note(figures: Record<string, number>): void; report(err: NodeJS.WritableStream): void } {
  const ms: Record<string, number> = {};
  const notes: Record<string, number> = {};
  let last = 0;
  const step = (name: string) => {
    const now = performance.now();
    ms[name] = Math.round(now - last);
    last = now;
  };
  if (!enabled) return { step: () => undefined, note: () => undefined, report: () => undefined };
  step('startup');
  return { step, note: (f) => Object.assign(notes, f), report: (err) => err.write(`discourse-lens timings ${JSON.stringify({ ...ms, total: Math.round(performance.now()), ...notes })}\n`) };
}

export interface CliOptions {
  /** Recognisers (tests); the workers are used only with the default ones. */
  readonly recognizers?: Recognizers;
}

interface Args {
  paths: string[];
  format: 'json' | 'csv' | 'text';
  sensitivity: Sensitivity;
  cache?: string;
  codebook?: string;
  jobs?: number;
  /** check: severities by diagnostic code or category, as the editor's setting has them. */
  severity: Record<string, string>;
  codings: CodingsArgs & { workspace: string; markers: boolean };
}

function parseArgs(command: Command, rest: string[], err: NodeJS.WritableStream): Args | undefined {
  const a: Args = { paths: [], format: command === 'check' || command === 'agreement' ? 'text' : 'json', sensitivity: 'precise', severity: {}, codings: { workspace: '.', json: false, markers: true } };
  const codingsFlags: Record<string, keyof CodingsArgs | undefined> = { '--workspace': 'workspace', '--codings': 'codingsFolder', '--qdpx': command === 'export' ? 'qdpx' : undefined, '--qdc': command === 'export' ? 'qdc' : undefined, '--codings-csv': command === 'export' ? 'codingsCsv' : undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string | undefined => {
      const v = rest[++i];
      if (v === undefined) err.write(`discourse-lens: ${arg} needs a value\n`);
      return v;
    };
    const codingsKey = codingsFlags[arg];
    if (codingsKey) {
      const v = value();
      if (v === undefined) return undefined;
      Object.assign(a.codings, { [codingsKey]: v });
    } else if (arg === '--codes' && command === 'agreement') {
      const v = value();
      if (v === undefined) return undefined;
      Object.assign(a.codings, { codes: v.split(',').map((c) => c.trim()).filter(Boolean) });
    } else if (arg === '--no-markers' && command === 'export') a.codings.markers = false;
    else if (arg === '--json') a.format = 'json';
    else if (arg === '--csv' && command === 'scan') a.format = 'csv';
    else if (arg === '--format' && command === 'check') {
      const v = value();
      if (v !== 'text' && v !== 'json') {
        err.write(`discourse-lens: --format must be text or json\n`);
        return undefined;
      }
      a.format = v;
    } else if (arg === '--sensitivity') {
      const v = value();
      if (v !== 'precise' && v !== 'balanced' && v !== 'exploratory') {
        err.write(`discourse-lens: --sensitivity must be precise, balanced or exploratory\n`);
        return undefined;
      }
      a.sensitivity = v;
    } else if (arg === '--severity' && command === 'check') {
      const m = /^([^=]+)=(error|warning|information|hint|off)$/.exec(value() ?? '');
      if (!m) {
        err.write(`discourse-lens: --severity takes CODE=error|warning|information|hint|off\n`);
        return undefined;
      }
      a.severity[m[1]] = m[2];
    } else if (arg === '--cache') {
      const v = value();
      if (v === undefined) return undefined;
      a.cache = v;
    } else if (arg === '--codebook') {
      const v = value();
      if (v === undefined) return undefined;
      a.codebook = v;
    } else if (arg === '--jobs') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0) {
        err.write(`discourse-lens: --jobs must be a whole number (0: no worker threads)\n`);
        return undefined;
      }
      a.jobs = v;
    } else if (arg === '--') {
      a.paths.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) {
      err.write(`discourse-lens: unknown flag ${arg}\n${USAGE}\n`);
      return undefined;
    } else a.paths.push(arg);
  }
  Object.assign(a.codings, { json: a.format === 'json', codebook: a.codebook });
  if (!a.paths.length || (command === 'import' && a.paths.length < 2)) {
    err.write(`${USAGE}\n`);
    return undefined;
  }
  return a;
}

async function loadCodebook(file: string): Promise<{ input: CodebookInput; codebook: Codebook }> {
  const text = await fs.readFile(file, 'utf8');
  const mod = await import('../analysis/codebook/codebook');
  const parsed = mod.parseCodebook(text);
  const errors = parsed.problems.filter((p) => p.severity === "error");
  if (errors.length) throw new Error(`${file}:${errors[0].line}: ${errors[0].message}`);
  if (!parsed.codebook) throw new Error("the codebook has errors");
  return { input: mod.codebookInput(parsed.codebook), codebook: parsed.codebook };
}

export async function runCli(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, cli: CliOptions = {}): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (!COMMANDS.includes(command as Command)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const a = parseArgs(command as Command, rest, err);
  if (!a) return 2;
  const importFile = command === 'import' ? a.paths.shift() : undefined;
  const timing = process.env.DISCOURSE_LENS_TIMINGS === '1';
  const timer = stepTimer(timing);
  const corpus = new Corpus({ sensitivity: a.sensitivity }, cli.recognizers ?? defaultRecognizers);
  let codebook: Codebook | undefined;
  if (a.codebook) {
    try {
      const loaded = await loadCodebook(a.codebook);
      corpus.setCodebook(loaded.input);
      codebook = loaded.codebook;
    } catch (e) {
      // import creates the codebook it adds the project's codes to.
      const missingForImport = command === 'import' && (e as NodeJS.ErrnoException).code === 'ENOENT';
      if (!missingForImport) {
        err.write(`discourse-lens: codebook ${a.codebook}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        return 2;
      }
    }
  }
  let failed = false;
  const items: { uri: string; file: string }[] = [];
  const seen = new Set<string>();
  for (const p of a.paths) {
    let files: string[];
    try {
      const st = await fs.stat(p);
      files = st.isDirectory()
        ? (await findArticles(p, DEFAULT_FILTER, (d, e) => err.write(`discourse-lens: cannot list ${d}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`))).map((f) => path.join(p, path.relative(p, f)))
        : [p];
    } catch (e) {
      err.write(`discourse-lens: ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed = true;
      continue;
    }
    for (const f of files) if (!seen.has(f)) {
      seen.add(f);
      items.push({ uri: f, file: f });
    }
  }
  timer.step('listing');
  if (command === 'agreement') return (await runAgreement(a.codings, items.map((i) => i.file), out, err)) || (failed ? 1 : 0);
  if (command === 'import') return (await runImport(a.codings, importFile!, items.map((i) => i.file), codebook, out, err)) || (failed ? 1 : 0);
  let cache: AnalysisCache | undefined;
  if (a.cache) {
    cache = new AnalysisCache(a.cache, cacheKey(corpus.analysisOptions));
    const r = cache.load();
    if (r.ignored && r.ignored !== 'no cache yet') err.write(`discourse-lens: cache ignored: ${r.ignored}\n`);
  }
  const files = items.map((i) => i.file);
  const text: TextAmount = items.length < 2 ? 'little' : textAmount(files);
  const threads = cli.recognizers ? { entityWorker: false, workers: 0, markersHere: false } : analysisThreads(a.jobs, text, workersBesideMainThread());
  const entityWorker = threads.entityWorker ? new EntityWorker((m) => err.write(`${m}\n`)) : undefined;
  const pool = threads.workers ? new WorkerPool(threads.workers, (m) => err.write(`${m}\n`)) : undefined;
  // scan's entity resolution in the entity worker after the analysis, while this thread computes the key terms
  // (scan.ts `resolveBeside`). 2,455 articles of 2 KB (5 MB), each thread's CPU (3 runs, loaded machine): here
  // resolution 0.37-0.42 s then key terms 0.21-0.33; beside, the worker 0.13-0.19 s before it asks the lower-case
  // counts and 0.05 after, this thread the key terms then the counts (0.14-0.21 s): the path through both threads
  // about 0.45 s instead of 0.6-0.75, for the same CPU. Peak memory 40-50 MiB more (the worker lives through the
  // key terms). Not from IN_PROCESS_MAX_BYTES: on 60 MB of speeches the peak went to 9.4-10.1 times the text; in a
  // fresh worker (b96934b) to 8.6-9.1, but 1.08 of the time and CPU (3 pairs: its start, cold code, contention).
  // The kept worker is ~100 MiB of that (heap 60-85 MB, models 27, its isolate): with its young generation at 12 MB
  // and the smaller n-gram table, 521-563 MiB (8.7-9.4x; 3 pairs under load: 1.05 of the CPU, no faster).
  const resolveThere = command === 'scan' && threads.markersHere;
  let scanned = false;
  try {
    const report = await scanFiles(corpus, items, {
      pool,
      entityWorker,
      batchLongTexts: true,
      markersHere: threads.markersHere,
      // Analyses kept as objects, not encoded and decoded (the cache encodes its own): there is room below IN_PROCESS_MAX_BYTES.
      keepAnalyses: threads.markersHere,
      // The corpus tables (scan's n-grams for its key terms) built while this thread waits for the worker.
      whileTagging: threads.markersHere ? () => corpus.index.prepareTables(command === 'scan') : undefined,
      cache,
      onSkipped: (item, reason) => err.write(`discourse-lens: skipped ${item.file}: ${reason}\n`),
      onWarning: (item, w) => err.write(`discourse-lens: ${item.file}: ${w}\n`),
      onError: (item, e) => {
        failed = true;
        err.write(`discourse-lens: ${item.file}: analysis failed: ${(e as Error).message}\n`);
      },
    });
    // Which thread waited for the other, and how long (the balance of the analysis between them).
    if (report.waited) timer.note({ waitedMain: Math.round(report.waited.thisThread), waitedWorker: Math.round(report.waited.worker) });
    scanned = true;
  } finally {
    await Promise.all([pool?.close(), resolveThere && scanned ? undefined : entityWorker?.close()]);
  }
  timer.step('analysis');
  if (cache) {
    cache.retain(new Set(corpus.index.uris().map((u) => corpus.index.get(u)!.hash)));
    const e = cache.save();
    if (e) err.write(`discourse-lens: ${e}\n`);
    timer.step('cacheSave');
  }
  if (command === 'check') {
    const diagnostics = checkCorpus(corpus, codebook, { ...parseDiagnosticsSettings({ severity: a.severity }), allScareQuotes: a.sensitivity !== 'precise' });
    out.write(a.format === 'json' ? `${JSON.stringify(diagnostics)}\n` : formatCheckText(diagnostics));
    // As linters do: 1 says the text has errors, 2 that the check itself failed (a CI step can tell them apart).
    if (failed) return 2;
    return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  }
  if (command === 'export') return (await runExport(a.codings, corpus, codebook, out, err)) || (failed ? 1 : 0);
  if (resolveThere && entityWorker) {
    try {
      await resolveBeside(corpus, entityWorker, () => {
        corpus.index.keyTerms();
        timer.step('keyTerms');
      });
    } finally {
      await entityWorker.close();
    }
    corpus.index.entities();
    timer.step('resolution');
  } else if (timing) {
    // Both are computed lazily on first use (in scanResult otherwise): timed apart when asked.
    corpus.index.entities();
    timer.step('resolution');
    corpus.index.keyTerms();
    timer.step('keyTerms');
  }
  const codings = await codingsOfFiles(a.codings, corpus.index.uris(), (u) => corpus.index.get(u)!.text, err);
  const codingsOf = (p: string) => (codings.get(p) ?? []).map(scanCoding);
  if (a.format === 'csv') out.write(toCsv(scanResult(corpus.index, codingsOf)));
  else await writeScanJson(corpus.index, codingsOf, out);
  timer.step('output');
  timer.report(err);
  return failed ? 1 : 0;
}

/**
 * How the command line analyses: with --jobs N, whole analyses in N worker threads (0: in-process);
 * without, in-process for little text; else the entity tagger in a worker beside this thread on a
 * spare core, as the language server indexes (entityWorker.ts); below IN_PROCESS_MAX_BYTES the worker
 * only tags (`markersHere`): each isolate compiles only its half.
 * Against one worker of whole analyses beside this thread (which compiles the whole analysis and
 * loads every model again), 3 alternating whole-process pairs each on a quiet machine: 30 MB of
 * speeches 0.87 of the time and 0.88 of the CPU, 60 MB 0.86 and 0.88, peak memory 524 against 538 MiB.
 */
export function analysisThreads(jobs: number | undefined, text: TextAmount, spareCores: number): { entityWorker: boolean; workers: number; markersHere: boolean } {
  if (jobs !== undefined) return { entityWorker: false, workers: jobs, markersHere: false };
  const entityWorker = text !== 'little' && spareCores > 0;
  return { entityWorker, workers: 0, markersHere: entityWorker && text === 'some' };
}

export interface ScanResult {
  documents: {
    path: string;
    entities: { start: number; end: number; text: string; type: string; entity: string }[];
    terms: { start: number; end: number; text: string; kind: 'rhetoric' | 'keyword'; category: string; term: string }[];
    /** Quotations: the speaker as the text names them, and the entity they resolve to. */
    quotes: { start: number; end: number; speaker: string | null; entity: string | null }[];
    /** The analysts' codings of the document, at their re-anchored offsets. */
    codings: ScanCoding[];
  }[];
  entities: { id: string; name: string; type: string; aliases: readonly string[]; mentions: number; documents: number }[];
  terms: { id: string; label: string; kind: 'rhetoric' | 'keyword'; category: string; mentions: number; documents: number; keyness?: unknown }[];
}

/** The `scan --json` object for an index. */
export function scanResult(index: CorpusIndex, codingsOf: (path: string) => ScanCoding[] = () => []): ScanResult {
  const lookups = new ScanLookups(index);
  return { documents: index.uris().map((p) => scanDocument(index, p, codingsOf, lookups)), entities: scanEntities(index), terms: scanTerms(index) };
}

/**
 * Writes `scan --json` document by document: the bytes of JSON.stringify(scanResult(...)) and a
 * newline, without the whole result (millions of small objects on a big corpus) in memory at once.
 * Each document's JSON is encoded to UTF-8 on its own (see `OutputChunks`): one character outside
 * Latin-1 (a typographic quote) made a whole chunk of text a two-byte string, which Node encodes
 * several times slower (1-3 s of the output of 60 MB of speeches).
 */
export async function writeScanJson(index: CorpusIndex, codingsOf: (path: string) => ScanCoding[], out: NodeJS.WritableStream): Promise<void> {
  const chunks = new OutputChunks(out);
  await chunks.add('{"documents":[');
  const uris = index.uris();
  const lookups = new ScanLookups(index);
  for (let i = 0; i < uris.length; i++) await chunks.add((i ? ',' : '') + JSON.stringify(scanDocument(index, uris[i], codingsOf, lookups)));
  // The lists one entry at a time too: as one string each, the entities of 60 MB of speeches made the command line's peak.
  await chunks.add('],"entities":[');
  const entities = index.entities();
  for (let i = 0; i < entities.length; i++) await chunks.add((i ? ',' : '') + JSON.stringify(scanEntity(entities[i])));
  await chunks.add('],"terms":[');
  const terms = index.terms();
  for (let i = 0; i < terms.length; i++) await chunks.add((i ? ',' : '') + JSON.stringify(scanTerm(terms[i])));
  await chunks.add(']}\n');
  chunks.end();
}

const OUTPUT_CHUNK_BYTES = 1 << 20;

/**
 * Text encoded to UTF-8 straight into chunks of OUTPUT_CHUNK_BYTES, each written when full: a Buffer
 * per document, kept until its chunk was written, outlived the young generation and left its memory
 * to the next full collection (the command line's peak came while it wrote 60 MB of speeches).
 */
class OutputChunks {
  private chunk = Buffer.allocUnsafe(OUTPUT_CHUNK_BYTES);
  private used = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  async add(s: string): Promise<void> {
    // A UTF-16 unit takes at most 3 bytes.
    if (this.used + 3 * s.length > this.chunk.length) {
      await this.flush();
      if (3 * s.length > this.chunk.length) return this.write(Buffer.from(s));
    }
    this.used += this.chunk.write(s, this.used);
  }

  async flush(): Promise<void> {
    if (!this.used) return;
    const full = this.chunk.subarray(0, this.used);
    // A new chunk: the stream may hold on to the one written.
    this.chunk = Buffer.allocUnsafe(OUTPUT_CHUNK_BYTES);
    this.used = 0;
    await this.write(full);
  }

  /** Writes what is left, without waiting for the stream to take it. */
  end(): void {
    if (this.used) this.out.write(this.chunk.subarray(0, this.used));
    this.used = 0;
  }

  private async write(b: Buffer): Promise<void> {
    if (!this.out.write(b)) await new Promise((r) => this.out.once('drain', r));
  }
}

/**
 * The index's answers the output needs, asked once per surface form and per rhetoric term rather
 * than once per mention (each asking built an id string and looked it up again).
 */
class ScanLookups {
  private readonly entities = new Map<string, { readonly id: string; readonly type: string | undefined } | null>();
  private readonly terms = new Map<string, Map<string, string | null>>();

  constructor(private readonly index: CorpusIndex) {}

  /** The entity a surface form resolves to, and that entity's type; null if none. */
  entity(surface: string): { readonly id: string; readonly type: string | undefined } | null {
    let e = this.entities.get(surface);
    if (e === undefined) {
      const id = this.index.entityIdOf(surface);
      e = id ? { id, type: this.index.entity(id)?.type } : null;
      this.entities.set(surface, e);
    }
    return e;
  }

  /** The id of a rhetoric term the index lists; null if it does not (the codebook ignores it). */
  term(category: string, term: string): string | null {
    let byTerm = this.terms.get(category);
    if (!byTerm) this.terms.set(category, (byTerm = new Map()));
    let id = byTerm.get(term);
    if (id === undefined) {
      const candidate = termId(category, term);
      id = this.index.term(candidate) ? candidate : null;
      byTerm.set(term, id);
    }
    return id;
  }
}

function scanDocument(index: CorpusIndex, p: string, codingsOf: (path: string) => ScanCoding[], lookups: ScanLookups): ScanResult['documents'][number] {
  const d = index.get(p)!;
  const entities = [];
  for (const e of entityMentionsOnce(d)) {
    const found = lookups.entity(e.text);
    // The entity's type, as the editor shows it: a lone family name the tagger typed as a body is the person it resolves to.
    if (found) entities.push({ start: e.start, end: e.end, text: e.text, type: found.type ?? e.type, entity: found.id });
  }
  const terms: ScanResult['documents'][number]['terms'] = [];
  for (const m of d.markers) {
    const id = lookups.term(m.category, m.term);
    if (id) terms.push({ start: m.start, end: m.end, text: m.text, kind: 'rhetoric', category: m.category, term: id });
  }
  for (const k of index.keywordsIn(p)) terms.push({ start: k.start, end: k.end, text: d.text.slice(k.start, k.end), kind: 'keyword', category: 'keyword', term: k.id });
  terms.sort((x, y) => x.start - y.start || x.end - y.end);
  const quotes = d.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? null, entity: (q.name && lookups.entity(q.name)?.id) || null }));
  return { path: p, entities, terms, quotes, codings: codingsOf(p) };
}

function scanEntities(index: CorpusIndex): ScanResult['entities'] {
  return index.entities().map(scanEntity);
}

function scanEntity(e: EntityRecord): ScanResult['entities'][number] {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, documents: e.documents };
}

function scanTerms(index: CorpusIndex): ScanResult['terms'] {
  return index.terms().map(scanTerm);
}

function scanTerm(t: TermRecord): ScanResult['terms'][number] {
  return { id: t.id, label: t.label, kind: t.kind, category: t.category, mentions: t.mentions, documents: t.documents, ...(t.keyness ? { keyness: t.keyness } : {}) };
}

/** RFC 4180: quote a field if it has a comma, quote, CR or LF; double the quotes. */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * `scan --csv`: one row per entity mention, term and coding, by document then offset. A coding's
 * row has its code as the category, its id, its coder and memo (the last two columns, empty for
 * the other rows); an orphaned coding is kind `orphaned-coding` at its last known offsets.
 */
export function toCsv(r: ScanResult): string {
  const rows = ['path,start,end,text,kind,type_or_category,id,coder,memo'];
  for (const d of r.documents) {
    const all = [
      ...d.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, kind: 'entity', toc: e.type, id: e.entity, coder: '', memo: '' })),
      ...d.terms.map((t) => ({ start: t.start, end: t.end, text: t.text, kind: t.kind, toc: t.category, id: t.term, coder: '', memo: '' })),
      ...d.codings.map((c) => ({ start: c.start, end: c.end, text: c.text, kind: c.orphaned ? 'orphaned-coding' : 'coding', toc: c.code, id: c.id, coder: c.coder, memo: c.memo ?? '' })),
    ].sort((x, y) => x.start - y.start || x.end - y.end);
    for (const m of all) rows.push([d.path, m.start, m.end, m.text, m.kind, m.toc, m.id, m.coder, m.memo].map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
