/**
 * The client's handle on the language server: typed requests, LSP ↔ VS Code conversions and
 * the corpus-changed event every view listens to.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CategoriesRequest,
  CategoryInfo,
  CodebookEdit,
  CodebookEditRequest,
  CodebookEditResult,
  ConcordanceParams,
  ConcordanceRequest,
  ConcordanceResult,
  CorpusStats,
  DocumentMarkup,
  DocumentMarkupRequest,
  EntitiesRequest,
  EntitiesResult,
  ExportParams,
  ExportRequest,
  ExportResult,
  ItemAt,
  ItemAtRequest,
  LspLocation,
  LspPosition,
  LspRange,
  MentionLocation,
  MentionsRequest,
  NoteEntry,
  NotesRequest,
  QuotationsRequest,
  QuotationsResult,
  QuotedSourcesRequest,
  QuotedSourcesResult,
  Overview,
  OverviewParams,
  OverviewRequest,
  RescanRequest,
  StatsRequest,
  TermsRequest,
  TermsResult,
} from '../../server/src/protocol';

export class Lens implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the server says the corpus analysis changed (debounced by the views themselves). */
  readonly onDidChangeCorpus = this.changed.event;

  constructor(
    readonly client: LanguageClient,
    readonly log: vscode.LogOutputChannel,
  ) {}

  fireCorpusChanged(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  stats = () => this.client.sendRequest(StatsRequest);
  rescan = () => this.client.sendRequest(RescanRequest);
  itemAt = (uri: vscode.Uri, position: vscode.Position) => this.client.sendRequest(ItemAtRequest, { uri: uri.toString(), position: toLspPosition(position) });
  mentions = (id: string) => this.client.sendRequest(MentionsRequest, { id });
  concordance = (params: ConcordanceParams) => this.client.sendRequest(ConcordanceRequest, params);
  entities = () => this.client.sendRequest(EntitiesRequest);
  terms = () => this.client.sendRequest(TermsRequest);
  notes = () => this.client.sendRequest(NotesRequest);
  quotedSources = () => this.client.sendRequest(QuotedSourcesRequest);
  quotations = (id: string) => this.client.sendRequest(QuotationsRequest, { id });
  overview = (params: OverviewParams = {}) => this.client.sendRequest(OverviewRequest, params);
  export = (params: ExportParams) => this.client.sendRequest(ExportRequest, params);
  codebookEdit = (edit: CodebookEdit) => this.client.sendRequest(CodebookEditRequest, edit);
  categories = () => this.client.sendRequest(CategoriesRequest);
  documentMarkup = (uri: vscode.Uri) => this.client.sendRequest(DocumentMarkupRequest, { uri: uri.toString() });
}

export function toLspPosition(p: vscode.Position): LspPosition {
  return { line: p.line, character: p.character };
}
export function toPosition(p: LspPosition): vscode.Position {
  return new vscode.Position(p.line, p.character);
}
export function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}
export function toLocation(l: LspLocation): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));
}

/** Opens `uri` and selects `range` (revealed in the centre if off screen). */
export async function revealLocation(uri: vscode.Uri, range: vscode.Range, preserveFocus = false, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus, preview: false, viewColumn });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Files of an article corpus the analysis works on. */
export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'article' || doc.languageId === 'plaintext') && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

/** The extension's window-scoped settings. Read without a resource: VS Code logs a warning for every
 * window-scoped setting read through a resource (the status bar reads one each second while indexing). */
export function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('discourseLens');
}

/** The extension's resource-scoped settings (the codebook's path), for the first workspace folder. */
export function folderConfig(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('discourseLens', vscode.workspace.workspaceFolders?.[0]?.uri ?? null);
}

/** Message of an error from the server or the file system, for the user. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
