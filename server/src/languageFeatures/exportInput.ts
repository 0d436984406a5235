/**
 * Gathers the export core's input (analysis/export) from the corpus index and the codebook
 * (the language service's `provideExportInput`), and the codebook (.qdc) and codings (CSV)
 * exports of the server and the command line; node/exportWriter.ts writes the files.
 */
import type { AnchoredCoding } from '../analysis/codings';
import { codingsCsv } from '../analysis/codings';
import type { Codebook } from '../analysis/codebook/codebook';
import type { CancellationLike } from '../analysis/corpus/corpus';
import { type ExportCoding, type ExportInput, exportQdc } from '../analysis/export';
import { FeatureContext, categories } from './context';
import { notes } from './customRequests';

/** The export core's input; null when `token` is cancelled part-way. */
export function exportInput(ctx: FeatureContext, name?: string, token?: CancellationLike): ExportInput | null {
  const entities = ctx.q.entities();
  const terms = ctx.q.terms();
  const mentions: ExportInput['mentions'][number][] = [];
  for (const id of [...entities.map((e) => e.id), ...terms.map((t) => t.id)]) {
    if (token?.isCancellationRequested) return null;
    ctx.q.mentionsOf(id).visit((uri, start, end, text) => {
      mentions.push({ id, uri, start, end, text });
    });
  }
  // The title is the headline, else the file name.
  const documents = ctx.index.uris().map((uri) => ({ uri, title: ctx.index.title(uri) || uri, text: ctx.index.get(uri)!.text }));
  return {
    name,
    documents,
    entities,
    terms,
    mentions,
    categories: categories(ctx.codebook).map((c) => ({ id: c.id, label: c.label, color: c.color, description: c.description, source: c.source })),
    notes: notes(ctx).map((n) => ({ ...n, id: n.kind === 'category' ? n.id.replace(/^category:/, '') : n.id })),
  };
}

/** The codebook as a REFI-QDA Codebook (.qdc): its categories (with their notes) and, under each, its terms. */
export function codebookQdc(codebook: Codebook): string {
  const cats = categories(codebook).map((c) => ({ ...c, note: codebook.categories.find((k) => k.id === c.id)?.note }));
  return exportQdc(cats, codebook.terms.map((t) => ({ term: t.term, category: t.category })));
}

/** The codings as CSV (with a BOM, so spreadsheets read the accents), codes labelled from the codebook. */
export function codingsCsvFile(codings: readonly AnchoredCoding[], codebook: Codebook): string {
  const labels = new Map(categories(codebook).map((c) => [c.id, c.label]));
  return '\uFEFF' + codingsCsv(codings, (c) => labels.get(c) ?? c);
}

/** A live coding as a coded segment of a REFI-QDA project; undefined for an orphaned one (its passage is gone). */
export function exportCoding(uri: string, c: AnchoredCoding): ExportCoding | undefined {
  if (c.orphaned) return undefined;
  return { id: c.id, uri, start: c.start, end: c.end, text: c.exact, code: c.code, coder: c.coder, memo: c.memo, created: c.created || undefined, modified: c.modified };
}
