/**
 * The export core's input: the corpus analysis as plain data, so the exporters stay pure
 * (no file system, no LSP). The server's `ExportRequest` handler gathers it from the index.
 * Offsets are JavaScript string offsets (UTF-16 code units) into `text`, as everywhere in the analysis.
 */
import type { EntityRecord, TermRecord } from '../corpus/model';

export interface ExportDocument {
  readonly uri: string;
  /** Display name (the article's title or file name). */
  readonly title: string;
  readonly text: string;
}

export interface ExportMention {
  /** Entity or term id (`entity:…`, `term:…`, `keyword:…`). */
  readonly id: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExportCategory {
  readonly id: string;
  readonly label: string;
  /** `#rrggbb` (an alpha suffix is dropped for REFI-QDA). */
  readonly color?: string;
  readonly description?: string;
  readonly source?: 'builtin' | 'codebook';
}

export interface ExportNote {
  /** What the note is attached to: an entity id, term id or category id. */
  readonly id: string;
  readonly label: string;
  readonly kind: 'entity' | 'term' | 'category';
  readonly note: string;
}

/** A manual coding (analysis/codings) at its current offsets: a coded segment by its coder. */
export interface ExportCoding {
  readonly id: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Category id. */
  readonly code: string;
  readonly coder: string;
  readonly memo?: string;
  /** ISO 8601 date-times. */
  readonly created?: string;
  readonly modified?: string;
}

export interface ExportInput {
  /** Project name (workspace folder name). */
  readonly name?: string;
  readonly documents: readonly ExportDocument[];
  readonly entities: readonly EntityRecord[];
  readonly terms: readonly TermRecord[];
  readonly mentions: readonly ExportMention[];
  readonly categories: readonly ExportCategory[];
  readonly notes: readonly ExportNote[];
  /** ISO date-time stamped on the project; omitted when absent (keeps exports reproducible). */
  readonly createdAt?: string;
  /** The analysts' manual codings (orphaned ones left out by the caller). */
  readonly codings?: readonly ExportCoding[];
  /** Automatic markers (entities, terms and their mentions) as codes and segments; default true. */
  readonly markers?: boolean;
}
