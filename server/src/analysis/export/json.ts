/** JSON export: one self-describing document with entities, terms, mentions, categories and notes. */
import { sortedMentions } from './csv';
import type { ExportInput } from './model';

export const JSON_EXPORT_FORMAT = 'discourse-lens/export@1';

export interface JsonExport {
  readonly format: typeof JSON_EXPORT_FORMAT;
  readonly name?: string;
  readonly createdAt?: string;
  readonly documents: readonly { readonly uri: string; readonly title: string; readonly length: number }[];
  readonly categories: ExportInput['categories'];
  readonly entities: ExportInput['entities'];
  readonly terms: ExportInput['terms'];
  readonly mentions: ExportInput['mentions'];
  readonly notes: ExportInput['notes'];
}

export function exportJson(input: ExportInput): string {
  const data: JsonExport = {
    format: JSON_EXPORT_FORMAT,
    name: input.name,
    createdAt: input.createdAt,
    documents: input.documents.map((d) => ({ uri: d.uri, title: d.title, length: d.text.length })),
    categories: input.categories,
    entities: input.entities,
    terms: input.terms,
    mentions: sortedMentions(input),
    notes: input.notes,
  };
  return JSON.stringify(data, null, 2) + '\n';
}
