/**
 * What an export writes, as (relative name, bytes) pairs — still pure: the caller writes them.
 * csv: entities.csv, terms.csv, mentions.csv (UTF-8 with BOM, so spreadsheets read the accents);
 * json: one file; qdpx: one zip.
 */
import { exportCsv } from './csv';
import { exportJson } from './json';
import type { ExportInput } from './model';
import { exportQdpx } from './qdpx';

export type ExportFormat = 'csv' | 'json' | 'qdpx';

export interface ExportFile {
  /** For csv, a file name inside the target folder; for json/qdpx, '' (the target file itself). */
  readonly name: string;
  readonly data: Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export function exportFiles(format: ExportFormat, input: ExportInput): ExportFile[] {
  switch (format) {
    case 'csv':
      return Object.entries(exportCsv(input)).map(([name, text]) => ({ name, data: utf8('\uFEFF' + text) }));
    case 'json':
      return [{ name: '', data: utf8(exportJson(input)) }];
    case 'qdpx':
      return [{ name: '', data: exportQdpx(input) }];
  }
}
