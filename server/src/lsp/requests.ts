/**
 * The LSP requests, each answered by the language service; they read the corpus and never write it
 * (document sync applies pending edits before a request is dispatched: documentSync.ts).
 * Errors go back as JSON-RPC errors with their code: a cancelled request as `RequestCancelled`,
 * a refused one (untrusted workspace, nothing to rename) as `RequestFailed`, a bad command as `InvalidParams`.
 */
import * as path from 'path';
import { CancellationToken, Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DiscourseLanguageService } from '../languageFeatures';
import { writeExport, writeTextExport } from '../node/exportWriter';
import { codebookQdc, codingsCsvFile, exportCoding } from '../languageFeatures/exportInput';
import { agreementJson, computeAgreement } from '../analysis/codings';
import { type CodeHoverInfo, codingSymbols, codingsHoverMarkdown, findInCodings } from '../languageFeatures/codings';
import { nestSymbols } from '../languageFeatures/documentSymbols';
import { categoryInfo } from '../languageFeatures/context';
import { offsetAt } from '../languageFeatures/positions';
import {
  AddCodingRequest,
  AgreementRequest,
  AllCodingsRequest,
  FindInCodingsRequest,
  UpdateCodingRequest,
  CategoriesRequest,
  CodebookEdit,
  CodebookEditRequest,
  ConcordanceRequest,
  DiagnoseCorpusRequest,
  DocumentCodingsRequest,
  DocumentMarkupRequest,
  EntitiesRequest,
  ExportRequest,
  ItemAtRequest,
  MentionsRequest,
  NotesRequest,
  OverviewRequest,
  type CodeOverview,
  QuotationsRequest,
  QuotedSourcesRequest,
  RemoveCodingRequest,
  RescanRequest,
  ServerCommand,
  StatsRequest,
  TermsRequest,
} from '../protocol';
import type { CodebookHost } from './codebookHost';
import { type CodingsHost, codingInfo } from './codingsHost';
import type { Configuration } from './configuration';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { DocumentSync } from './documentSync';
import { canonicalUri } from './uris';
import { corpusStats } from './corpusStats';

export interface RequestContext {
  readonly service: DiscourseLanguageService;
  readonly sync: DocumentSync;
  readonly config: Configuration;
  readonly codebookHost: CodebookHost;
  readonly codingsHost: CodingsHost;
  readonly diagnostics: DiagnosticsPublisher;
  folders(): readonly string[];
  loadCodebook(force?: boolean): Promise<void>;
}

const UNTRUSTED_CODEBOOK = 'This workspace is not trusted: Discourse Lens does not write the codebook.';
const UNTRUSTED_EXPORT = 'This workspace is not trusted: Discourse Lens does not write exports.';
const UNTRUSTED_CODINGS = 'This workspace is not trusted: Discourse Lens does not write codings.';

/** A request refused for a reason the user should read. */
const failed = (message: string) => new ResponseError(LSPErrorCodes.RequestFailed, message);

export function registerRequests(connection: Connection, c: RequestContext): void {
  const { service, sync, config, codebookHost, diagnostics } = c;
  /** Answers with the service, and reports a cancellation as the spec asks. */
  const answer = <R>(token: CancellationToken, query: () => R): R => {
    const result = query();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    return result;
  };
  /** `answer` for a query that answers the requests that come meanwhile. */
  const answerLater = async <R>(token: CancellationToken, query: () => Promise<R>): Promise<R> => {
    const result = await query();
    return answer(token, () => result);
  };
  const uriOf = (p: { textDocument: { uri: string } }) => canonicalUri(p.textDocument.uri);

  const label = (code: string) => categoryInfo(codebookHost.codebook, code).label;
  /** The document's text as the codings host sees it, as a position source. */
  const sourceOf = (uri: string) => {
    const text = c.codingsHost.textOf(uri);
    return text === undefined ? undefined : { owner: { text }, text };
  };
  /** A code's profile for the hover: the corpus index gives each document's sentences and entity mentions. */
  const codeHoverInfo = (code: string): CodeHoverInfo => {
    const index = sync.corpus.index;
    const profile = c.codingsHost.profile(code, (u) => {
      const doc = index.get(u);
      if (!doc) return { sentences: [], entities: [] }; // open, not indexed: overlaps only
      const entities: { start: number; end: number; id: string }[] = [];
      for (const e of doc.entities) {
        const id = index.entityIdOf(e.text);
        if (id) entities.push({ start: e.start, end: e.end, id });
      }
      return { sentences: doc.sentences, entities };
    });
    return { profile, codeLabel: label, entityLabel: (id) => index.entity(id)?.name ?? id };
  };
  /** A code's profile for the overview, labelled. */
  const codeOverview = (code: string): CodeOverview => {
    const { profile, codeLabel, entityLabel } = codeHoverInfo(code);
    const title = (source: string) => {
      const uri = c.codingsHost.uriOf(source);
      return (uri && sync.corpus.index.get(canonicalUri(uri)) && sync.corpus.index.title(canonicalUri(uri))) || source;
    };
    return {
      code,
      label: codeLabel(code),
      passages: profile.passages,
      perArticle: profile.perArticle.map((a) => ({ title: title(a.source), passages: a.passages })),
      codes: profile.codes.map((k) => ({ label: codeLabel(k.code), passages: k.passages })),
      entities: profile.entities.map((e) => ({ label: entityLabel(e.id), passages: e.passages })),
    };
  };
  connection.onHover((p, t) =>
    answer(t, () => {
      const uri = uriOf(p);
      const hover = service.provideHover(uri, p.position, t);
      const src = sourceOf(uri);
      const codings = src ? codingsHoverMarkdown(c.codingsHost.codingsOf(uri), offsetAt(src, p.position), label, codeHoverInfo) : '';
      if (!codings) return hover;
      const before = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `${hover.contents.value}\n\n---\n\n` : '';
      return { ...(hover ?? {}), contents: { kind: 'markdown' as const, value: before + codings } };
    }),
  );
  connection.onDocumentSymbol((p, t) =>
    answer(t, () => {
      const uri = uriOf(p);
      const symbols = service.provideDocumentSymbols(uri, t);
      const src = sourceOf(uri);
      const codings = src ? codingSymbols(src, c.codingsHost.codingsOf(uri), label) : [];
      return codings.length ? nestSymbols(symbols, codings) : symbols;
    }),
  );
  connection.onWorkspaceSymbol((p, t) => answer(t, () => service.provideWorkspaceSymbols(p.query, t)));
  connection.onReferences((p, t) => answer(t, () => service.provideReferences(uriOf(p), p.position, t)));
  connection.onDefinition((p, t) => answer(t, () => service.provideDefinition(uriOf(p), p.position, t)));
  connection.onDocumentHighlight((p, t) => answer(t, () => service.provideDocumentHighlights(uriOf(p), p.position, t)));
  connection.onCodeAction((p, t) =>
    answer(t, () => {
      const actions = service.provideCodeActions(uriOf(p), p.range, p.context.diagnostics, { canWriteCodebook: config.trusted }, t);
      // A client without code-action literals takes only Commands: those that carry one, under the action's title.
      return config.codeActionLiterals ? actions : actions.flatMap((a) => (a.command ? [{ ...a.command, title: a.title }] : []));
    }),
  );
  connection.onCodeLens((p, t) => answer(t, () => service.provideCodeLenses(uriOf(p), t)));
  connection.languages.semanticTokens.on((p, t) => answer(t, () => service.provideSemanticTokens(uriOf(p), t)));

  connection.onPrepareRename((p, t) =>
    answer(t, () => {
      if (!config.trusted) throw failed(UNTRUSTED_CODEBOOK);
      const r = service.prepareRename(uriOf(p), p.position, t);
      if ('error' in r) throw failed(r.error);
      return r;
    }),
  );
  connection.onRenameRequest(async (p, t) => {
    const op = answer(t, () => {
      if (!config.trusted) throw failed(UNTRUSTED_CODEBOOK);
      return service.provideRenameOperation(uriOf(p), p.position, p.newName, t);
    });
    if (!op) throw failed('Only entities can be renamed (their canonical name in the codebook); article text is never changed.');
    const result = await codebookHost.edit(op);
    if (!result.applied && result.message && !/already/.test(result.message)) throw failed(result.message);
    // The rename is done in the codebook, written by the server; the articles are not edited.
    return { changes: {} };
  });

  const rescanned = () => ({ documents: sync.corpus.index.size, skipped: sync.skipped.size });
  connection.onExecuteCommand(async (p, token) => {
    const arg = p.arguments?.[0];
    switch (p.command) {
      case ServerCommand.codebookEdit:
        return codebookHost.edit(arg as CodebookEdit);
      case ServerCommand.diagnoseCorpus:
        return answerLater(token, () => diagnostics.diagnoseCorpus(token));
      case ServerCommand.rescan:
        await sync.rescan();
        return rescanned();
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${p.command}`);
    }
  });

  // ------------------------------------------------------------ custom requests (protocol.ts)

  connection.onRequest(StatsRequest, (t) =>
    answer(t, () =>
      corpusStats(
        {
          indexing: sync.indexing,
          skipped: sync.skipped.size,
          documents: sync.corpus.index.size,
          *texts() {
            for (const [uri, doc] of sync.corpus.index.entries()) yield { words: doc.wordCount, characters: sync.corpus.index.textLength(uri) };
          },
        },
        service,
      ),
    ),
  );
  connection.onRequest(RescanRequest, async () => {
    await c.loadCodebook(true);
    await sync.rescan();
    return rescanned();
  });
  connection.onRequest(ItemAtRequest, (p, t) => answer(t, () => service.provideItemAt({ ...p, uri: canonicalUri(p.uri) }, t)));
  connection.onRequest(MentionsRequest, (p, t) => answer(t, () => service.provideMentions(p.id, t)));
  connection.onRequest(ConcordanceRequest, (p, t) => answer(t, () => service.provideConcordance(p, t)));
  connection.onRequest(EntitiesRequest, (t) => answer(t, () => service.provideEntities(t)));
  connection.onRequest(TermsRequest, (t) => answer(t, () => service.provideTerms(t)));
  connection.onRequest(NotesRequest, (t) => answer(t, () => service.provideNotes(t)));
  connection.onRequest(QuotedSourcesRequest, (t) => answer(t, () => service.provideQuotedSources(t)));
  connection.onRequest(QuotationsRequest, (p, t) => answer(t, () => service.provideQuotations(p.id, t)));
  connection.onRequest(OverviewRequest, (p, t) =>
    answer(t, () => {
      const overview = service.provideOverview(p ?? {}, t);
      const used = [...new Set(c.codingsHost.all().map((x) => x.coding.code))].sort();
      return used.length ? { ...overview, codes: used.map(codeOverview) } : overview;
    }),
  );
  connection.onRequest(CategoriesRequest, (t) => answer(t, () => service.provideCategories(t)));
  connection.onRequest(DocumentMarkupRequest, (p, t) => answer(t, () => service.provideDocumentMarkup(canonicalUri(p.uri), t)));
  connection.onRequest(CodebookEditRequest, (p) => codebookHost.edit(p));
  connection.onRequest(DiagnoseCorpusRequest, (token) => answerLater(token, () => diagnostics.diagnoseCorpus(token)));
  connection.onRequest(ExportRequest, async (p, t) => {
    // An export writes files: not in an untrusted workspace.
    if (!config.trusted) throw failed(UNTRUSTED_EXPORT);
    if (p.format === 'qdc') return writeTextExport(p.target, codebookQdc(codebookHost.codebook));
    if (p.format === 'codings-csv') {
      return writeTextExport(p.target, codingsCsvFile(c.codingsHost.all().map((x) => x.coding), codebookHost.codebook));
    }
    const folder = c.folders()[0];
    const input = answer(t, () => service.provideExportInput(folder ? path.basename(folder) : undefined, t));
    if (!input) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const codings = c.codingsHost.all().flatMap((x) => exportCoding(x.uri, x.coding) ?? []);
    return writeExport({ ...input, codings }, p);
  });
  connection.onRequest(DocumentCodingsRequest, (p, t) => answer(t, () => c.codingsHost.codingsOf(canonicalUri(p.uri)).map(codingInfo)));
  connection.onRequest(AddCodingRequest, async (p) => {
    if (!config.trusted) throw failed(UNTRUSTED_CODINGS);
    try {
      return codingInfo(await c.codingsHost.add(canonicalUri(p.uri), p.start, p.end, p.code, p.memo));
    } catch (e) {
      throw failed((e as Error).message);
    }
  });
  connection.onRequest(UpdateCodingRequest, async (p) => {
    if (!config.trusted) throw failed(UNTRUSTED_CODINGS);
    try {
      const updated = await c.codingsHost.update(p.id, { code: p.code, memo: p.memo });
      return updated ? codingInfo(updated) : null;
    } catch (e) {
      throw failed((e as Error).message);
    }
  });
  connection.onRequest(AllCodingsRequest, (_p, t) => answer(t, () => c.codingsHost.all().map((x) => ({ uri: x.uri, coding: codingInfo(x.coding) }))));
  connection.onRequest(FindInCodingsRequest, (p, t) =>
    answer(t, () => {
      const all = c.codingsHost.all();
      const hits = new Set(findInCodings(all.map((x) => x.coding), p?.query ?? ''));
      return all.filter((x) => hits.has(x.coding)).map((x) => ({ uri: x.uri, coding: codingInfo(x.coding) }));
    }),
  );
  connection.onRequest(AgreementRequest, (p, t) =>
    answer(t, () => {
      const all = c.codingsHost.all().filter((x) => x.text !== undefined);
      const texts = new Map(all.map((x) => [x.coding.source, x.text!]));
      return agreementJson(computeAgreement(all.map((x) => x.coding), texts, { codes: p?.codes }));
    }),
  );
  connection.onRequest(RemoveCodingRequest, async (p) => {
    if (!config.trusted) throw failed(UNTRUSTED_CODINGS);
    return c.codingsHost.remove(p.id);
  });
}
