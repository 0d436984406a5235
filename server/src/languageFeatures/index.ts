/**
 * The one door to the language features: `createLanguageService` binds them to a corpus and a
 * codebook and returns one frozen object with a method per feature. The LSP server, the command
 * line and the tests all go through it; none of it knows about LSP connections, VS Code or files.
 *
 * Every method takes a cancellation token (an LSP `CancellationToken` fits) and checks it in its
 * loops over documents: a cancelled request returns an empty answer (null, [] or an empty result),
 * which the LSP layer turns into the `RequestCancelled` error the spec asks for.
 * Methods only read: the corpus is kept current by whoever owns it (the server's document sync).
 */
import type { CodeAction, CodeLens, Diagnostic, DocumentHighlight, DocumentSymbol, Hover, Location, Position, Range, SemanticTokens, SymbolInformation } from 'vscode-languageserver-types';
import { Codebook, EMPTY_CODEBOOK } from '../analysis/codebook/codebook';
import type { CancellationLike, Corpus } from '../analysis/corpus/corpus';
import type { ExportInput } from '../analysis/export';
import type {
  CategoryInfo,
  ConcordanceParams,
  ConcordanceResult,
  DocumentMarkup,
  EntitiesResult,
  ItemAt,
  ItemAtParams,
  MentionLocation,
  NoteEntry,
  Overview,
  OverviewParams,
  QuotationsResult,
  QuotedSourcesResult,
  TermsResult,
} from '../protocol';
import { provideCodeActions } from './codeActions';
import { provideCodeLenses } from './codeLens';
import { FeatureContext, categories, featureContext } from './context';
import * as custom from './customRequests';
import { DEFAULT_DIAGNOSTICS_SETTINGS, DiagnosticsSettings, computeDiagnostics } from './diagnostics';
import { provideDocumentSymbols } from './documentSymbols';
import { exportInput } from './exportInput';
import { provideHover } from './hover';
import { PrepareRenameResult, RenameOperation, prepareRename, provideDefinition, provideDocumentHighlights, provideReferences, renameOperation } from './navigation';
import { provideSemanticTokens } from './semanticTokens';
import { provideWorkspaceSymbols } from './workspaceSymbols';
import { termsView } from './termsView';

export { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
export type { DiagnosticsSettings } from './diagnostics';
export type { RenameOperation } from './navigation';

/** The codebook the features read, looked up on every call (it is reloaded while the service lives). */
export interface CodebookSource {
  readonly codebook: Codebook;
  /** The codebook file and its text, when there is one (for "go to definition"). */
  readonly uri?: string;
  readonly text?: string;
}

export interface LanguageServiceLogger {
  error(message: string): void;
}

export interface LanguageServiceOptions {
  readonly corpus: Corpus;
  readonly codebook?: CodebookSource;
  readonly log?: LanguageServiceLogger;
  /** The `ClientCommand` ids the client executes (code lenses and prompting code actions need them); read on each call. */
  readonly clientCommands?: ReadonlySet<string>;
}

export interface CodeActionRequestOptions {
  /** False in an untrusted workspace: no codebook edits are offered. */
  readonly canWriteCodebook: boolean;
}

export interface DiscourseLanguageService {
  provideHover(uri: string, position: Position, token?: CancellationLike): Hover | null;
  provideDiagnostics(uri: string, settings?: DiagnosticsSettings, token?: CancellationLike): Diagnostic[];
  provideReferences(uri: string, position: Position, token?: CancellationLike): Location[];
  provideDefinition(uri: string, position: Position, token?: CancellationLike): Location[];
  provideDocumentHighlights(uri: string, position: Position, token?: CancellationLike): DocumentHighlight[];
  /** The range and placeholder of a rename, or why there is none. */
  prepareRename(uri: string, position: Position, token?: CancellationLike): PrepareRenameResult;
  /** A rename is a codebook edit (the entity's canonical name); article text is never changed. */
  provideRenameOperation(uri: string, position: Position, newName: string, token?: CancellationLike): RenameOperation | undefined;
  provideDocumentSymbols(uri: string, token?: CancellationLike): DocumentSymbol[];
  provideWorkspaceSymbols(query: string, token?: CancellationLike): SymbolInformation[];
  provideSemanticTokens(uri: string, token?: CancellationLike): SemanticTokens;
  provideCodeLenses(uri: string, token?: CancellationLike): CodeLens[];
  provideCodeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionRequestOptions, token?: CancellationLike): CodeAction[];
  // The custom requests of protocol.ts.
  provideItemAt(params: ItemAtParams, token?: CancellationLike): ItemAt | null;
  provideMentions(id: string, token?: CancellationLike): MentionLocation[];
  provideConcordance(params: ConcordanceParams, token?: CancellationLike): ConcordanceResult;
  provideEntities(token?: CancellationLike): EntitiesResult;
  provideTerms(token?: CancellationLike): TermsResult;
  provideNotes(token?: CancellationLike): NoteEntry[];
  provideQuotedSources(token?: CancellationLike): QuotedSourcesResult;
  provideQuotations(id: string, token?: CancellationLike): QuotationsResult;
  provideOverview(params: OverviewParams, token?: CancellationLike): Overview;
  provideCategories(token?: CancellationLike): CategoryInfo[];
  provideDocumentMarkup(uri: string, token?: CancellationLike): DocumentMarkup;
  /** What an export writes; null when cancelled. */
  provideExportInput(name: string | undefined, token?: CancellationLike): ExportInput | null;
}

const EMPTY_TOKENS: SemanticTokens = { data: [] };

export function createLanguageService(options: LanguageServiceOptions): DiscourseLanguageService {
  const { corpus } = options;
  const source: CodebookSource = options.codebook ?? { codebook: EMPTY_CODEBOOK };
  const clientCommands: ReadonlySet<string> = options.clientCommands ?? new Set();
  /** The features' view of the corpus and the codebook as they are now. */
  const ctx = (): FeatureContext => featureContext(corpus.index, source.codebook, source.uri, source.text, corpus.analysisOptions.sensitivity);
  /** Runs a feature unless the request is already cancelled; a bug in one feature is logged and answered with `empty`, not fatal. */
  const run = <R>(name: string, token: CancellationLike | undefined, empty: R, feature: (c: FeatureContext) => R): R => {
    if (token?.isCancellationRequested) return empty;
    try {
      return feature(ctx());
    } catch (e) {
      options.log?.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return empty;
    }
  };
  const inCorpus = (uri: string) => corpus.index.has(uri);

  return Object.freeze<DiscourseLanguageService>({
    provideHover: (uri, position, token) => run('provideHover', token, null, (c) => provideHover(c, uri, position)),
    provideDiagnostics: (uri, settings = DEFAULT_DIAGNOSTICS_SETTINGS, token) => (inCorpus(uri) ? run('provideDiagnostics', token, [], (c) => computeDiagnostics(c, uri, settings)) : []),
    provideReferences: (uri, position, token) => run('provideReferences', token, [], (c) => provideReferences(c, uri, position, token)),
    provideDefinition: (uri, position, token) => run('provideDefinition', token, [], (c) => provideDefinition(c, uri, position)),
    provideDocumentHighlights: (uri, position, token) => run('provideDocumentHighlights', token, [], (c) => provideDocumentHighlights(c, uri, position)),
    prepareRename: (uri, position, token) => run('prepareRename', token, { error: 'Cancelled.' }, (c) => prepareRename(c, uri, position)),
    provideRenameOperation: (uri, position, newName, token) => run('provideRenameOperation', token, undefined, (c) => renameOperation(c, uri, position, newName)),
    provideDocumentSymbols: (uri, token) => run('provideDocumentSymbols', token, [], (c) => provideDocumentSymbols(c, uri)),
    provideWorkspaceSymbols: (query, token) => run('provideWorkspaceSymbols', token, [], (c) => provideWorkspaceSymbols(c, query, token)),
    provideSemanticTokens: (uri, token) => run('provideSemanticTokens', token, EMPTY_TOKENS, (c) => provideSemanticTokens(c, uri)),
    provideCodeLenses: (uri, token) => run('provideCodeLenses', token, [], (c) => provideCodeLenses(c, uri, clientCommands)),
    provideCodeActions: (uri, range, diagnostics, o, token) => run('provideCodeActions', token, [], (c) => provideCodeActions(c, uri, range, diagnostics, { canWriteCodebook: o.canWriteCodebook, clientCommands })),
    provideItemAt: (params, token) => run('provideItemAt', token, null, (c) => custom.itemAt(c, params)),
    provideMentions: (id, token) => run('provideMentions', token, [], (c) => custom.mentions(c, id, token)),
    provideConcordance: (params, token) => run('provideConcordance', token, { query: params.query, label: params.query, lines: [] }, (c) => custom.concordance(c, params, token)),
    provideEntities: (token) => run('provideEntities', token, [], (c) => c.q.entities()),
    provideTerms: (token) => run('provideTerms', token, [], (c) => termsView(c)),
    provideNotes: (token) => run('provideNotes', token, [], (c) => custom.notes(c)),
    provideQuotedSources: (token) => run('provideQuotedSources', token, [], (c) => custom.quotedSources(c)),
    provideQuotations: (id, token) => run('provideQuotations', token, [], (c) => custom.quotations(c, id, token)),
    provideOverview: (params, token) => run('provideOverview', token, EMPTY_OVERVIEW, (c) => custom.overview(c, params, token)),
    provideCategories: (token) => run('provideCategories', token, [], () => categories(source.codebook)),
    provideDocumentMarkup: (uri, token) => run('provideDocumentMarkup', token, EMPTY_MARKUP, (c) => custom.documentMarkup(c, uri)),
    provideExportInput: (name, token) => run('provideExportInput', token, null, (c) => exportInput(c, name, token)),
  });
}

const EMPTY_OVERVIEW: Overview = { documents: [], frequencies: [], dispersion: [], cooccurrence: [] };
const EMPTY_MARKUP: DocumentMarkup = { entities: [], terms: [] };
