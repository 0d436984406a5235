/**
 * The command line's codings commands: the codings of the scanned documents (`scan --json`),
 * `agreement` between coders, `export` (REFI-QDA project with the codings, .qdc codebook,
 * codings CSV) and `import` of another program's .qdpx codings.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { AnchoredCoding, Coding, agreementJson, agreementText, anchorCodings, computeAgreement, importQdpx } from '../analysis/codings';
import { EMPTY_CODEBOOK, type Codebook } from '../analysis/codebook/codebook';
import { editCodebookFile } from '../node/codebookStore';
import { writeFileAtomic } from '../node/atomicWrite';
import type { Corpus } from '../analysis/corpus/corpus';
import { codebookQdc, codingsCsvFile, exportCoding } from '../languageFeatures/exportInput';
import { createLanguageService } from '../languageFeatures';
import { categories } from '../languageFeatures/context';
import { writeExport } from '../node/exportWriter';
import { CodingsStore } from '../node/codingsStore';
import { codingsFolderOf, readAllCodings, sourceOf } from '../node/codingsWorkspace';
import { readArticle } from '../node/files';

export interface CodingsArgs {
  /** The folder the codings' sources are relative to (default: the current folder). */
  readonly workspace: string;
  /** The codings folder, relative to the workspace or absolute (default `codings`). */
  readonly codingsFolder?: string;
  readonly codes?: readonly string[];
  readonly json: boolean;
  readonly qdpx?: string;
  readonly qdc?: string;
  readonly codingsCsv?: string;
  readonly markers: boolean;
  readonly codebook?: string;
}

/** One coding as `scan --json` lists it. */
export interface ScanCoding {
  id: string;
  start: number;
  end: number;
  text: string;
  code: string;
  coder: string;
  memo: string | null;
  orphaned: boolean;
}

type Out = NodeJS.WritableStream;

function storeOf(a: CodingsArgs): CodingsStore {
  return new CodingsStore(codingsFolderOf(a.workspace, a.codingsFolder));
}

/**
 * The codings of the given articles, re-anchored in their current text (`textOf`), by file.
 * Broken lines of the codings files are reported on `err` (and left in the files). Only the
 * articles that have codings are asked for their text: a scan held every text of the corpus
 * decoded at once here, which made its memory peak (60 MB of speeches, no codings).
 */
export async function codingsOfFiles(a: CodingsArgs, files: Iterable<string>, textOf: (file: string) => string, err: Out): Promise<Map<string, AnchoredCoding[]>> {
  const { codings, problems } = await readAllCodings(storeOf(a));
  for (const p of problems) err.write(`discourse-lens: ${p}\n`);
  const coded = new Set(codings.map((c) => c.source));
  const fileOf = new Map<string, string>();
  const bySource = new Map<string, string>();
  for (const file of files) {
    const source = sourceOf(a.workspace, file);
    if (!coded.has(source)) continue;
    fileOf.set(source, file);
    bySource.set(source, textOf(file));
  }
  const out = new Map<string, AnchoredCoding[]>();
  for (const c of anchorCodings(codings, bySource)) {
    const file = fileOf.get(c.source)!;
    let list = out.get(file);
    if (!list) out.set(file, (list = []));
    list.push(c);
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start || x.end - y.end || (x.coder < y.coder ? -1 : x.coder > y.coder ? 1 : 0) || (x.id < y.id ? -1 : 1));
  return out;
}

export function scanCoding(c: AnchoredCoding): ScanCoding {
  return { id: c.id, start: c.start, end: c.end, text: c.exact, code: c.code, coder: c.coder, memo: c.memo ?? null, orphaned: c.orphaned };
}

/** The text of each file (decoded as the analysis decodes it); unreadable files reported and left out. */
export async function readTexts(files: readonly string[], err: Out): Promise<{ texts: Map<string, string>; failed: boolean }> {
  const texts = new Map<string, string>();
  let failed = false;
  for (const f of files) {
    const r = await readArticle(f);
    if (r.ok) texts.set(f, r.text);
    else {
      err.write(`discourse-lens: skipped ${f}: ${r.reason}\n`);
      failed = true;
    }
  }
  return { texts, failed };
}

/** `agreement`: every pair of coders, per code and overall, over the given articles. */
export async function runAgreement(a: CodingsArgs, files: readonly string[], out: Out, err: Out): Promise<number> {
  const { texts, failed } = await readTexts(files, err);
  const byFile = await codingsOfFiles(a, texts.keys(), (f) => texts.get(f)!, err);
  const bySource = new Map([...texts].map(([f, t]) => [sourceOf(a.workspace, f), t]));
  const report = computeAgreement([...byFile.values()].flat(), bySource, { codes: a.codes });
  out.write(a.json ? `${JSON.stringify(agreementJson(report))}\n` : agreementText(report));
  return failed ? 1 : 0;
}

/** `export`: the files asked for by --qdpx, --qdc and --codings-csv; `corpus` is the analysed articles. */
export async function runExport(a: CodingsArgs, corpus: Corpus, codebook: Codebook | undefined, out: Out, err: Out): Promise<number> {
  if (!a.qdpx && !a.qdc && !a.codingsCsv) {
    err.write('discourse-lens: export needs --qdpx FILE, --qdc FILE or --codings-csv FILE\n');
    return 2;
  }
  const texts = new Map(corpus.index.uris().map((u) => [u, corpus.index.get(u)!.text]));
  const byFile = await codingsOfFiles(a, texts.keys(), (f) => texts.get(f)!, err);
  const all = [...byFile.values()].flat();
  if (a.qdpx) {
    const service = createLanguageService({ corpus, codebook: codebook && { codebook } });
    const input = service.provideExportInput(path.basename(path.resolve(a.workspace)));
    if (!input) throw new Error('the export was cancelled');
    const codings = [...byFile].flatMap(([uri, list]) => list.flatMap((c) => exportCoding(uri, c) ?? []));
    const r = await writeExport({ ...input, codings, markers: a.markers }, { format: 'qdpx', target: path.resolve(a.qdpx) });
    out.write(`wrote ${r.files.join(', ')}: ${input.documents.length} documents, ${codings.length} codings${a.markers ? ', the automatic markers' : ''}\n`);
  }
  if (a.qdc) {
    const book = codebook ?? EMPTY_CODEBOOK;
    await writeFileAtomic(path.resolve(a.qdc), codebookQdc(book));
    out.write(`wrote ${path.resolve(a.qdc)}: ${categories(book).length} codes\n`);
  }
  if (a.codingsCsv) {
    await writeFileAtomic(path.resolve(a.codingsCsv), codingsCsvFile(all, codebook ?? EMPTY_CODEBOOK));
    out.write(`wrote ${path.resolve(a.codingsCsv)}: ${all.length} codings\n`);
  }
  return 0;
}

/**
 * `import FILE.qdpx PATH...`: the project's coded segments become codings of the coders it
 * names, on the matching articles; a segment already coded the same way by the same coder is
 * not added twice. Codes new to the codebook are added to --codebook (or listed).
 */
export async function runImport(a: CodingsArgs, qdpx: string, files: readonly string[], codebook: Codebook | undefined, out: Out, err: Out): Promise<number> {
  const { texts } = await readTexts(files, err);
  const articles = [...texts].map(([f, text]) => ({ source: sourceOf(a.workspace, f), text }));
  const known = categories(codebook ?? EMPTY_CODEBOOK).map((c) => ({ id: c.id, label: c.label }));
  const r = importQdpx(await fs.readFile(qdpx), articles, known);
  for (const p of r.problems) err.write(`discourse-lens: ${p}\n`);
  for (const s of r.unmatchedSources) err.write(`discourse-lens: ${qdpx}: source ${s} matches no article\n`);
  const store = storeOf(a);
  const { codings: existing } = await readAllCodings(store);
  const key = (c: Coding) => JSON.stringify([c.coder, c.source, c.start, c.end, c.code]);
  const seen = new Set(existing.map(key));
  const byCoder = new Map<string, Coding[]>();
  let skipped = 0;
  for (const c of r.codings) {
    if (seen.has(key(c))) {
      skipped++;
      continue;
    }
    seen.add(key(c));
    const { orphaned: _orphaned, ...coding } = c;
    let list = byCoder.get(c.coder);
    if (!list) byCoder.set(c.coder, (list = []));
    list.push(coding);
  }
  for (const [coder, list] of byCoder) {
    await store.change(coder, list.map((coding) => ({ op: 'put' as const, coding })));
    out.write(`${coder}: ${list.length} codings added to ${store.fileOf(coder)}\n`);
  }
  if (skipped) out.write(`${skipped} codings were there already\n`);
  for (const c of r.newCategories) {
    if (a.codebook) {
      await editCodebookFile(path.resolve(a.codebook), { op: 'addCategory', id: c.id, label: c.label, color: c.color, description: c.description });
      out.write(`added code ${c.id} (${c.label}) to ${a.codebook}\n`);
    } else out.write(`new code ${c.id} (${c.label}): not in the codebook (give --codebook FILE to add it)\n`);
  }
  return r.problems.length || r.unmatchedSources.length ? 1 : 0;
}
