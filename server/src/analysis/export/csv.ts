/**
 * CSV export (RFC 4180): entities.csv, terms.csv, mentions.csv. Fields with a comma, quote,
 * CR or LF are quoted, quotes doubled; lines end with CRLF. Cells that a spreadsheet would run
 * as a formula (=, +, -, @, tab, CR at the start) are prefixed with an apostrophe (CSV injection).
 */
import type { ExportInput } from './model';

export type CsvCell = string | number | boolean | undefined | null;

export function csvCell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (for tests and re-imports). Returns rows of raw strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface CsvFiles {
  readonly 'entities.csv': string;
  readonly 'terms.csv': string;
  readonly 'mentions.csv': string;
}

export function exportCsv(input: ExportInput): CsvFiles {
  const title = new Map(input.documents.map((d) => [d.uri, d.title]));
  const label = new Map<string, string>([...input.entities.map((e) => [e.id, e.name] as const), ...input.terms.map((t) => [t.id, t.label] as const)]);
  return {
    'entities.csv': toCsv(
      ['id', 'name', 'type', 'aliases', 'mentions', 'documents', 'declared'],
      input.entities.map((e) => [e.id, e.name, e.type, e.aliases.join('; '), e.mentions, e.documents, e.declared]),
    ),
    'terms.csv': toCsv(
      ['id', 'label', 'kind', 'category', 'mentions', 'documents', 'g2', 'logRatio'],
      input.terms.map((t) => [t.id, t.label, t.kind, t.category, t.mentions, t.documents, t.keyness?.g2, t.keyness?.logRatio]),
    ),
    'mentions.csv': toCsv(
      ['id', 'label', 'document', 'title', 'start', 'end', 'text'],
      sortedMentions(input).map((m) => [m.id, label.get(m.id) ?? '', m.uri, title.get(m.uri) ?? '', m.start, m.end, m.text]),
    ),
  };
}

/** Mentions in corpus order: by document URI, then offset, then id. */
export function sortedMentions(input: ExportInput): ExportInput['mentions'] {
  return [...input.mentions].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
