/**
 * Codings as CSV for a colleague's spreadsheet: one row per coded passage (document, start, end,
 * text, code, coder, memo, orphaned), in file order. Same quoting and formula guard as the other
 * CSV exports (export/csv.ts).
 */
import { toCsv } from '../export/csv';
import { AnchoredCoding, compareCodings } from './model';

export function codingsCsv(codings: readonly AnchoredCoding[], codeLabel: (code: string) => string = (c) => c): string {
  const rows = [...codings]
    .sort((a, b) => compareCodings(a, b) || (a.coder < b.coder ? -1 : a.coder > b.coder ? 1 : 0))
    .map((c) => [c.source, c.start, c.end, c.exact, c.code, codeLabel(c.code), c.coder, c.memo ?? '', c.orphaned ? 'yes' : '']);
  return toCsv(['document', 'start', 'end', 'text', 'code', 'code_label', 'coder', 'memo', 'orphaned'], rows);
}
