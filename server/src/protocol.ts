/**
 * The Discourse Lens protocol beyond standard LSP: every custom request and notification as a
 * typed `RequestType`/`NotificationType`, the command ids, and the messages between the webview
 * pages and the extension. Imported by the client, the server and the page scripts, so it imports
 * neither `vscode` nor `vscode-languageserver` (only the protocol's message types).
 * Positions are LSP positions (line, UTF-16 character).
 */
import { NotificationType, NotificationType0, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ConcordanceLine, Cooccurrence, EntityRecord, TermRecord } from './analysis/corpus/model';
import type { QuotedSource } from './analysis/corpus/quotedSources';
import type { ExportCoding } from './analysis/export/model';
import type { AgreementJson } from './analysis/codings/agreement';

// What the client shares with the server beyond messages: the records it lists and the rule that
// turns a category label into the id the codebook stores (the client names new categories).
export type { EntityRecord, TermRecord } from './analysis/corpus/model';
export type { QuotedSource } from './analysis/corpus/quotedSources';
export { categoryId } from './analysis/codebook/categoryId';

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}
export interface LspRange {
  readonly start: LspPosition;
  readonly end: LspPosition;
}
export interface LspLocation {
  readonly uri: string;
  readonly range: LspRange;
}

/** Corpus size and indexing state, for the status bar. */
export const StatsRequest = new RequestType0<CorpusStats, void>('discourseLens/stats');
export interface CorpusStats {
  readonly documents: number;
  readonly words: number;
  readonly characters: number;
  readonly indexing: boolean;
  readonly skipped: number;
  /** Null while indexing: counted once every article is read (lsp/corpusStats.ts). */
  readonly entities: number | null;
  readonly terms: number | null;
}

/** Re-reads the codebook and every article from disk. */
export interface RescanResult {
  readonly documents: number;
  readonly skipped: number;
}
export const RescanRequest = new RequestType0<RescanResult, void>('discourseLens/rescan');

/** The entity or term at a position, if any. */
export const ItemAtRequest = new RequestType<ItemAtParams, ItemAt | null, void>('discourseLens/itemAt');
export interface ItemAtParams {
  readonly uri: string;
  readonly position: LspPosition;
}
export interface ItemAt {
  readonly id: string;
  readonly label: string;
  readonly kind: 'entity' | 'rhetoric' | 'keyword' | 'word';
  readonly range: LspRange;
}

/** Every mention of an entity or term, in corpus order (documents sorted by URI, then by offset): for next/previous. */
export const MentionsRequest = new RequestType<MentionsParams, readonly MentionLocation[], void>('discourseLens/mentions');
export interface MentionsParams {
  readonly id: string;
}
export interface MentionLocation extends LspLocation {
  readonly text: string;
}

/** Keyword-in-context lines for an entity or term id, or for a typed phrase. */
export const ConcordanceRequest = new RequestType<ConcordanceParams, ConcordanceResult, void>('discourseLens/concordance');
export interface ConcordanceParams {
  /** An entity or term id, or a phrase to search for (case-insensitive, whole words). */
  readonly query: string;
  readonly width?: number;
  readonly limit?: number;
}
export interface ConcordanceResult {
  readonly query: string;
  readonly label: string;
  readonly lines: readonly (ConcordanceLine & { readonly range: LspRange; readonly title: string })[];
}

/** Entities and terms of the whole corpus, for the tree views. */
export const EntitiesRequest = new RequestType0<EntitiesResult, void>('discourseLens/entities');
export const TermsRequest = new RequestType0<TermsResult, void>('discourseLens/terms');
export type EntitiesResult = readonly EntityRecord[];
export type TermsResult = readonly TermRecord[];

/** The entities the corpus quotes (most quoted first), and the quotations of one of them in corpus order. */
export const QuotedSourcesRequest = new RequestType0<QuotedSourcesResult, void>('discourseLens/quotedSources');
export type QuotedSourcesResult = readonly QuotedSource[];
export const QuotationsRequest = new RequestType<QuotationsParams, QuotationsResult, void>('discourseLens/quotations');
export interface QuotationsParams {
  /** An entity id. */
  readonly id: string;
}
/** `text`: the quotation (shortened when long). */
export type QuotationsResult = readonly MentionLocation[];

/** The analyst's notes from the codebook, with what they are attached to. */
export const NotesRequest = new RequestType0<readonly NoteEntry[], void>('discourseLens/notes');
export interface NoteEntry {
  readonly id: string;
  readonly label: string;
  readonly kind: 'entity' | 'term' | 'category';
  readonly note: string;
}

/** Data for the corpus overview webview. */
export const OverviewRequest = new RequestType<OverviewParams, Overview, void>('discourseLens/overview');
export interface OverviewParams {
  /** Terms or entities to plot; the top ones when absent. */
  readonly ids?: readonly string[];
}
/** Articles the overview's dispersion plot shows per item (those with the most mentions); the others have no positions. */
export const OVERVIEW_DISPERSION_ROWS = 200;

export interface Overview {
  readonly documents: readonly { readonly uri: string; readonly title: string; readonly length: number }[];
  /** For each item, its count in each document (same order as `documents`). */
  readonly frequencies: readonly { readonly id: string; readonly label: string; readonly counts: readonly number[] }[];
  /** For each item, its mention offsets relative to document length (0..1), per document: the dispersion plot (see `OVERVIEW_DISPERSION_ROWS`). */
  readonly dispersion: readonly { readonly id: string; readonly label: string; readonly positions: readonly (readonly number[])[] }[];
  /** The pairs named together most often (at most `MAX_OVERVIEW_PAIRS`). */
  readonly cooccurrence: readonly Cooccurrence[];
  /** Names of the entities in `cooccurrence`, by id, as the corpus writes them. */
  readonly names?: Readonly<Record<string, string>>;
  /** The analysts' codes (a server with codings): passages per article and what they co-occur with. */
  readonly codes?: readonly CodeOverview[];
}

/** A code in the overview: analysis/codings/codeProfile.ts, with labels (codes, entities) and article titles. */
export interface CodeOverview {
  readonly code: string;
  readonly label: string;
  readonly passages: number;
  readonly perArticle: readonly { readonly title: string; readonly passages: number }[];
  readonly codes: readonly { readonly label: string; readonly passages: number }[];
  readonly entities: readonly { readonly label: string; readonly passages: number }[];
}

/** Writes the corpus analysis to files: CSV and JSON of entities, terms and mentions, or a REFI-QDA project. */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('discourseLens/export');
export interface ExportParams {
  /**
   * csv, json, qdpx: the corpus analysis (qdpx with the analysts' codings as coded segments);
   * qdc: the codebook as a REFI-QDA Codebook; codings-csv: one row per coded passage.
   */
  readonly format: 'csv' | 'json' | 'qdpx' | 'qdc' | 'codings-csv';
  /** Absolute file path (for csv, a folder: entities.csv, terms.csv, mentions.csv). */
  readonly target: string;
}
export interface ExportResult {
  readonly files: readonly string[];
}

/** Codebook edits, the same operations as the code actions. */
export const CodebookEditRequest = new RequestType<CodebookEdit, CodebookEditResult, void>('discourseLens/codebookEdit');
export type CodebookEdit =
  | { readonly op: 'addTerm'; readonly term: string; readonly category: string }
  | { readonly op: 'addAlias'; readonly entity: string; readonly alias: string }
  | { readonly op: 'ignore'; readonly term: string }
  | {
      readonly op: 'setNote';
      /** `category` (for a term not yet in the codebook) and `type` (for a new entity) are optional. An empty note removes it. */
      readonly target: { readonly kind: 'entity' | 'term' | 'category'; readonly name: string; readonly category?: string; readonly type?: string };
      readonly note: string;
    }
  | { readonly op: 'addCategory'; readonly id: string; readonly label: string; readonly color?: string; readonly description?: string }
  /** The entity's canonical name in the codebook becomes `newName` (the old one is kept as an alias). */
  | { readonly op: 'renameEntity'; readonly entity: string; readonly newName: string; readonly type?: string };
export interface CodebookEditResult {
  readonly applied: boolean;
  /** Absolute path of the codebook written. */
  readonly path: string;
  readonly message?: string;
}

/** Categories known to the server (built-in rhetoric categories and the codebook's), for pickers and colours. */
export const CategoriesRequest = new RequestType0<readonly CategoryInfo[], void>('discourseLens/categories');
export interface CategoryInfo {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly description?: string;
  readonly source: 'builtin' | 'codebook';
}

/** Entities and markers of one document, with ranges: for decorations. */
export const DocumentMarkupRequest = new RequestType<DocumentMarkupParams, DocumentMarkup, void>('discourseLens/documentMarkup');
export interface DocumentMarkupParams {
  readonly uri: string;
}
export interface DocumentMarkup {
  readonly entities: readonly { readonly range: LspRange; readonly id: string; readonly type: string }[];
  readonly terms: readonly { readonly range: LspRange; readonly id: string; readonly category: string; readonly kind: 'rhetoric' | 'keyword' }[];
}
/** Sent by the server when the corpus analysis changed, so views refresh. */
export const CorpusChangedNotification = new NotificationType0('discourseLens/corpusChanged');

/**
 * Server commands (workspace/executeCommand). `discourseLens.server.codebookEdit` takes one
 * `CodebookEdit` and returns a `CodebookEditResult` (what the code actions run);
 * `discourseLens.server.diagnoseCorpus` publishes diagnostics for every article;
 * `discourseLens.server.rescan` re-reads the corpus.
 */
export const ServerCommand = {
  codebookEdit: 'discourseLens.server.codebookEdit',
  diagnoseCorpus: 'discourseLens.server.diagnoseCorpus',
  rescan: 'discourseLens.server.rescan',
} as const;

/**
 * Client commands the server's code actions and code lenses invoke (the client registers them and
 * lists the ids it executes in `initializationOptions.clientCommands`; other editors are offered
 * the features without them):
 * - `discourseLens.addNote` with `AddNoteArgs`: prompt for the note text, then send CodebookEditRequest `setNote`.
 * - `discourseLens.addToCodebook` with `{ term }`: prompt for a (new) category, then CodebookEditRequest `addTerm`.
 * - `discourseLens.markAlias` with `{ alias, candidates }`: pick an entity, then CodebookEditRequest `addAlias`.
 * - `discourseLens.showEntities` / `discourseLens.showTerms` with `ShowItemsArgs` (code lens): show the locations
 *   (e.g. `editor.action.showReferences` after converting to vscode types).
 */
export const ClientCommand = {
  addNote: 'discourseLens.addNote',
  addToCodebook: 'discourseLens.addToCodebook',
  markAlias: 'discourseLens.markAlias',
  showEntities: 'discourseLens.showEntities',
  showTerms: 'discourseLens.showTerms',
} as const;

/** The VS Code client's own commands (contributed in package.json), for the client's code and its tests. */
export const EditorCommand = {
  showConcordance: 'discourseLens.showConcordance',
  sortConcordance: 'discourseLens.sortConcordance',
  showOverview: 'discourseLens.showOverview',
  rescan: 'discourseLens.rescan',
  showOutput: 'discourseLens.showOutput',
  nextMention: 'discourseLens.nextMention',
  previousMention: 'discourseLens.previousMention',
  export: 'discourseLens.export',
  ignoreTerm: 'discourseLens.ignoreTerm',
  openCodebook: 'discourseLens.openCodebook',
  toggleHighlights: 'discourseLens.toggleHighlights',
  toggleCategoryHighlights: 'discourseLens.toggleCategoryHighlights',
  refreshViews: 'discourseLens.refreshViews',
  codeSelection: 'discourseLens.codeSelection',
  codeWithActiveCode: 'discourseLens.codeWithActiveCode',
  removeCoding: 'discourseLens.removeCoding',
  changeCoding: 'discourseLens.changeCoding',
  addCodingMemo: 'discourseLens.addCodingMemo',
  nextCoding: 'discourseLens.nextCoding',
  previousCoding: 'discourseLens.previousCoding',
  revealCoding: 'discourseLens.revealCoding',
  showAgreement: 'discourseLens.showAgreement',
  codeConcordanceLine: 'discourseLens.codeConcordanceLine',
  exportCodings: 'discourseLens.exportCodings',
  filterCodingsByCoder: 'discourseLens.filterCodingsByCoder',
  findInCodings: 'discourseLens.findInCodings',
} as const;

/** What the client sends in `initializationOptions` (all optional; other editors send nothing). */
export interface InitializationOptions {
  readonly settings?: unknown;
  /** False in an untrusted workspace. */
  readonly trusted?: boolean;
  /** The client's storage folder for the analysis cache. */
  readonly cacheDir?: string;
  /** Ids of `ClientCommand` the client executes. */
  readonly clientCommands?: readonly string[];
}

export interface AddNoteArgs {
  readonly kind: 'entity' | 'term';
  readonly name: string;
  /** The current note ('' when none): the prompt's initial value. */
  readonly note: string;
  readonly category?: string;
  readonly type?: string;
}
export interface ShowItemsArgs {
  readonly uri: string;
  readonly position: LspPosition;
  readonly kind: 'entities' | 'rhetoric' | 'keywords';
  readonly locations: readonly LspLocation[];
}

/** Diagnostics for the whole corpus on demand: the server publishes them for every article and answers with counts. */
export const DiagnoseCorpusRequest = new RequestType0<DiagnoseCorpusResult, void>('discourseLens/diagnoseCorpus');
export interface DiagnoseCorpusResult {
  readonly documents: number;
  readonly diagnostics: number;
}

/**
 * Workspace trust (client → server). The client also sends `trusted` in initializationOptions.
 * Untrusted: the server takes no patterns or regexes from the workspace (codebook, settings) and writes nothing.
 */
export const TrustChangedNotification = new NotificationType<TrustChangedParams>('discourseLens/trustChanged');
export interface TrustChangedParams {
  readonly trusted: boolean;
}

// ------------------------------------------------------------ webview pages ↔ extension (postMessage)

/** One keyword-in-context line of the concordance panel. */
export interface KwicLine {
  readonly uri: string;
  readonly title: string;
  readonly left: string;
  readonly text: string;
  readonly right: string;
  readonly start: number;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}
export type KwicSort = 'left' | 'right' | 'document';
export interface ConcordancePageState {
  readonly query: string;
  readonly label: string;
  readonly sort: KwicSort;
  readonly lines: readonly KwicLine[];
}
/** Concordance page → extension: open line `index`, code its passage, sort, or the page is ready for data. */
export type ConcordancePageMessage = { readonly type: 'open'; readonly index: number } | { readonly type: 'code'; readonly index: number } | { readonly type: 'sort'; readonly by: KwicSort } | { readonly type: 'ready' };
/** Extension → concordance page. */
export type ConcordanceHostMessage = { readonly type: 'data'; readonly state: ConcordancePageState | undefined };
/** Agreement page → extension: open the passage `index` of a pair's code, recompute, or the page is ready. */
export type AgreementPageMessage = { readonly type: 'ready' } | { readonly type: 'refresh' } | { readonly type: 'open'; readonly pair: number; readonly code: string; readonly index: number };
/** Extension → agreement page: the report, with each code's label. */
export type AgreementHostMessage = { readonly type: 'data'; readonly report: AgreementJson; readonly labels: Readonly<Record<string, string>> } | { readonly type: 'error'; readonly message: string };
/** Overview page → extension. */
export type OverviewPageMessage = { readonly type: 'ready' } | { readonly type: 'openDocument'; readonly uri: string };
/** Extension → overview page. */
export type OverviewHostMessage = { readonly type: 'data'; readonly data: Overview | undefined } | { readonly type: 'error'; readonly message: string };

/** A manual coding as the server reports it: at its place in the document's current text (`text`: the coded text, or for an orphaned coding the text it had). */
export interface CodingInfo extends Pick<ExportCoding, 'id' | 'start' | 'end' | 'text' | 'code' | 'coder' | 'memo'> {
  /** Its passage could not be found again in the current text. */
  readonly orphaned: boolean;
}

/** The codings (every coder's) of one document, re-anchored in its current text. */
export const DocumentCodingsRequest = new RequestType<{ readonly uri: string }, CodingInfo[], void>('discourseLens/documentCodings');

/** Codes [start, end) (UTF-16 offsets) of a document with a code, as the workspace's coder. */
export const AddCodingRequest = new RequestType<AddCodingParams, CodingInfo, void>('discourseLens/addCoding');
export interface AddCodingParams {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly memo?: string;
}

/** Removes a coding by id (of any coder); false when there is none. */
export const RemoveCodingRequest = new RequestType<{ readonly id: string }, boolean, void>('discourseLens/removeCoding');

/** Changes a coding's code and/or memo (an empty memo removes it); null when there is no such coding. */
export const UpdateCodingRequest = new RequestType<UpdateCodingParams, CodingInfo | null, void>('discourseLens/updateCoding');
export interface UpdateCodingParams {
  readonly id: string;
  readonly code?: string;
  readonly memo?: string;
}

/** Codings (every document, every coder) whose coded text or memo contains the query, or whose code is it. */
export const FindInCodingsRequest = new RequestType<{ readonly query: string }, CodingLocation[], void>('discourseLens/findInCodings');
export interface CodingLocation {
  readonly uri: string;
  readonly coding: CodingInfo;
}

/** Every coding of the workspace with its document, for the Codings view (by code → documents → passages). */
export const AllCodingsRequest = new RequestType<Record<string, never> | null, CodingLocation[], void>('discourseLens/allCodings');

/**
 * The agreement report of every pair of coders (as `agreement --json` prints it), over the
 * workspace's documents: per pair, the documents both coded, overall and per-code figures
 * (percent agreement, Cohen's κ, Krippendorff's α; null when undefined) and, per code, the
 * passages only one of them coded (`source`: relative to the workspace folder; `text`: article text).
 */
export const AgreementRequest = new RequestType<{ readonly codes?: readonly string[] }, AgreementJson, void>('discourseLens/agreement');
export type { AgreementJson, AgreementFiguresJson } from './analysis/codings/agreement';
