/**
 * Gathers the export core's input (analysis/export) from the corpus index and the codebook
 * (the language service's `provideExportInput`); node/exportWriter.ts writes the files.
 */
import type { CancellationLike } from '../analysis/corpus/corpus';
import type { ExportInput } from '../analysis/export';
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
