/**
 * The few operations a codebook edit needs from the file it edits, whatever its format. Each
 * edit (edit.ts) is written once against this interface; yamlDocument.ts and jsonDocument.ts
 * adapt it to the YAML document model (comments kept) and to JSON.
 */

/** A top-level list of the codebook. */
export type CodebookList = 'categories' | 'terms' | 'entities' | 'ignore';

/** A field of a new entry: a string, or a list of strings (written inline in YAML). */
export type EntryField = string | readonly string[];

/** One entry (a map such as `{ term, category }`) of a top-level list. */
export interface CodebookEntry {
  /** The field's value when it is a string or a number (as a string). */
  get(field: string): string | undefined;
  has(field: string): boolean;
  /** Sets a string field; an existing value keeps its place (and, in YAML, its comments and style). */
  set(field: string, value: string): void;
  delete(field: string): void;
  /** Appends a string to a list field, creating the list when the field is missing or not a list. */
  append(field: string, value: string): void;
  /** Removes the strings of a list field that `match`. */
  removeValues(field: string, match: (value: string) => boolean): void;
}

export interface CodebookDocument {
  /** The first entry of `list` that `match`es. */
  find(list: CodebookList, match: (entry: CodebookEntry) => boolean): CodebookEntry | undefined;
  /** Appends an entry to `list` (created when missing), its fields in the order given; undefined ones are left out. */
  append(list: CodebookList, fields: Readonly<Record<string, EntryField | undefined>>): CodebookEntry;
  /** Appends a string to a list of strings (`ignore`), created when missing. */
  appendValue(list: CodebookList, value: string): void;
  /** The edited file's text, with the original's formatting wherever the edit did not reach. */
  toString(): string;
}
