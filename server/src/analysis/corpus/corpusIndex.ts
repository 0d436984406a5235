/**
 * The corpus: every analysed document by URI, and the queries that span documents.
 * The one place where per-document results are kept and replaced when a document changes.
 *
 * Incremental: `set`/`delete` only add or subtract one document's contributions to the
 * corpus tables (surface forms of entities, rhetoric terms, n-gram document frequencies).
 * Corpus-level derived data (entity resolution, key terms, co-occurrence, mention lists) is
 * recomputed lazily on the first query after a change (`generation` tells them apart).
 */
import { DocumentAnalysis, NameChecks, normalizeWord } from '../document';
import { resolveEntities, type Resolution } from '../entities/resolve';
import { segment } from '../text/structure';
import type { DeclaredEntity, EntityMention, EntityType } from '../types';
import { DEFAULT_KEY_TERM_OPTIONS, KeyTermOptions, findHash, ngramOccurrences, phraseHash } from './keyterms';
import { NgramCounts } from './tables/ngramCounts';
import { lowerBound } from './lowerBound';
import { oneLine, phraseRegExp } from './derived/concordanceText';
import { cooccurringEntities } from './derived/cooccurrence';
import { DerivedCache } from './derived/derivedCache';
import { type DocumentKeyTerm, type KeyTermState, computeKeyTerms, detachedSlice } from './derived/keyTermTable';
import { entityGroupsOf, entitySpans, textLength, textSlice, wordCountIn, wordHashOf } from '../cache/codec';
import { spanEnd, spanIndexAt, spanStart } from './spans';
import { DocCounts } from './docCounts';
import { BoundedCache } from './boundedCache';
import { DocumentCountList } from './documentCountList';
import { MentionList, type MentionVisitor } from './mentionList';
import { WordBloom } from './wordBloom';
import type { CodebookInput, ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, Mention, Misspelling, TermRecord } from './model';

export interface WordFrequency {
  readonly word: string;
  readonly total: number;
  /** Documents that contain the word, most occurrences first, then in corpus order. */
  readonly documents: DocumentCountList;
}

/** An entity or term under an offset. */
export interface IndexItem {
  readonly id: string;
  readonly kind: 'entity' | 'rhetoric' | 'keyword';
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface DocumentCount {
  readonly uri: string;
  readonly count: number;
}

interface SurfaceRow {
  /** Small integer id (index into `rowsBySid`), reused after the row is gone. */
  readonly sid: number;
  readonly text: string;
  readonly type: EntityType;
  count: number;
  readonly docs: DocCounts;
}

/** The resolution's name table and misspellings (not its entities: their document lists are big), and the records. */
interface ResolutionState {
  /** The surface table's generation it was grouped for (see `refreshCounts`). */
  readonly surfaceGen: number;
  readonly res: Pick<Resolution, 'bySurface' | 'misspellings'>;
  readonly records: EntityRecord[];
  readonly byId: Map<string, EntityRecord>;
}

interface TermRow {
  readonly id: string;
  readonly label: string;
  readonly category: string;
  count: number;
  readonly docs: DocCounts;
}

const EMPTY_CODEBOOK: CodebookInput = { entities: [], terms: [], ignore: [] };

export const DEFAULT_CONCORDANCE_WIDTH = 60;
export const DEFAULT_CONCORDANCE_LIMIT = 500;
/** Mention lists kept (most recently used); big entities have tens of thousands of mentions. */
const MENTION_CACHE_SIZE = 32;
/** Mentions held by the mention cache at most (16 bytes each). */
const MENTION_CACHE_ITEMS = 200_000;
/** Word frequencies kept (hovers over common words repeat), and document entries they hold at most (8 bytes each). */
const WORD_CACHE_SIZE = 256;
const WORD_CACHE_ITEMS = 200_000;
/** How long per-document key-term lookups may use key terms computed before later edits. */
const KEY_TERMS_MAX_STALE_MS = 30_000;

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private sorted: string[] | undefined;
  /** Bumped on every change; lazily derived data remembers the generation it was built for. */
  private gen = 0;

  // Incremental corpus tables.
  private readonly surfaces = new Map<string, SurfaceRow>();
  private readonly rowsBySid: (SurfaceRow | undefined)[] = [];
  private readonly surfaceByType = new Map<EntityType, Map<string, SurfaceRow>>();
  private readonly rhetoricByCategory = new Map<string, Map<string, TermRow>>();
  private readonly freeSids: number[] = [];
  /** Per document: the surface row id of each entity mention (aligned with `entities`). */
  private readonly docSids = new Map<string, Int32Array>();
  /** Bumped when a surface form appears or disappears, or the codebook changes (not on count changes). */
  private surfaceGen = 0;
  private readonly rhetoric = new Map<string, TermRow>();
  /**
   * The n-gram table is built on the first key-term query, not while documents load (a warm
   * start of a big corpus would spend most of its time here); from then on it is kept current.
   */
  private ngramsReady = false;

  private readonly ngrams = new NgramCounts();

  private ensureNgrams(): void {
    if (this.ngramsReady) return;
    this.ngramsReady = true;
    for (const d of this.docs.values()) this.ngrams.contribute(d, 1);
  }

  private codebook: CodebookInput = EMPTY_CODEBOOK;
  private ignore = new Set<string>();
  private ignoreHashes = new Set<number>();
  /** Checks against the entity lexicon for resolution (known names, given names); none: no checks. */
  names?: NameChecks;

  // Lazily derived data.
  /** The resolution's name table and misspellings (not its entities: their document lists are big), and the records. */
  private readonly resolution = new DerivedCache<ResolutionState>(() => this.gen, (previous) => this.resolve(previous));
  private readonly keyState = new DerivedCache(
    () => this.gen,
    () => ({
      state: computeKeyTerms({ docs: this.docs, sortedUris: () => this.sortedUris(), counts: this.ngrams, options: this.keyTermOptions, ignore: this.ignore, ignoreHashes: this.ignoreHashes }),
      at: Date.now(),
    }),
  );
  private keyTermOptions: KeyTermOptions = DEFAULT_KEY_TERM_OPTIONS;
  private readonly mentionCache = new DerivedCache(() => this.gen, () => new BoundedCache<MentionList>(MENTION_CACHE_SIZE, MENTION_CACHE_ITEMS));
  private readonly docKeywordCache = new DerivedCache(() => this.gen, () => new Map<string, IndexItem[]>());
  private readonly cooc = new DerivedCache(() => this.gen, () => this.computeCooccurrence());
  /** The surface rows of each entity: one pass over the surface table per change, rather than one per query. */
  private readonly rowsByEntity = new DerivedCache(() => this.gen, () => this.groupRowsByEntity());
  private readonly wordCache = new DerivedCache(() => this.gen, () => new BoundedCache<DocumentCountList>(WORD_CACHE_SIZE, WORD_CACHE_ITEMS));
  /** Built on the first word-frequency query, then kept up to date by `set` and `delete`. */
  private wordBloom: WordBloom | undefined;
  private ranks: { sorted: readonly string[]; rank: Map<string, number> } | undefined;

  get generation(): number {
    return this.gen;
  }

  /**
   * Documents added but not yet contributed to the corpus tables, in the order they came: a warm
   * start adds thousands of cached analyses, and their rows are built on the first query instead.
   * Any other change applies them first, so the tables are built in exactly the eager order.
   */
  private readonly pending = new Set<string>();

  private flush(): void {
    if (!this.pending.size) return;
    for (const uri of this.pending) this.add(uri, this.docs.get(uri)!);
    this.pending.clear();
  }

  set(uri: string, analysis: DocumentAnalysis): void {
    const old = this.docs.get(uri);
    if (old === analysis) return;
    if (!old) {
      this.wordBloom?.put(uri, analysis);
      this.sorted = undefined;
      this.docs.set(uri, analysis);
      this.pending.add(uri);
      this.gen++;
      return;
    }
    this.flush();
    this.wordBloom?.put(uri, analysis);
    if (old && this.ngramsReady && old.ngrams && analysis.ngrams) {
      // An edit: the n-gram table changes by the few n-grams the edit touched.
      this.contribute(uri, old, -1, false);
      this.docs.set(uri, analysis);
      this.contribute(uri, analysis, 1, false);
      this.ngrams.diff(old, analysis);
      this.gen++;
      return;
    }
    if (old) this.subtract(uri, old);
    else this.sorted = undefined;
    this.docs.set(uri, analysis);
    this.add(uri, analysis);
    this.gen++;
  }

  delete(uri: string): boolean {
    const old = this.docs.get(uri);
    if (!old) return false;
    this.flush();
    this.wordBloom?.remove(uri);
    this.subtract(uri, old);
    this.docs.delete(uri);
    this.sorted = undefined;
    this.gen++;
    return true;
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get size(): number {
    return this.docs.size;
  }

  /** URIs in corpus order (sorted), the order navigation follows. */
  uris(): string[] {
    return (this.sorted ??= [...this.docs.keys()].sort()).slice();
  }

  private sortedUris(): readonly string[] {
    return (this.sorted ??= [...this.docs.keys()].sort());
  }

  entries(): IterableIterator<[string, DocumentAnalysis]> {
    return this.docs.entries();
  }

  // ---------------------------------------------------------------- incremental tables

  private add(uri: string, d: DocumentAnalysis): void {
    this.contribute(uri, d, 1);
  }

  private subtract(uri: string, d: DocumentAnalysis): void {
    this.contribute(uri, d, -1);
  }

  private contribute(uri: string, d: DocumentAnalysis, sign: 1 | -1, ngrams = true): void {
    if (sign > 0) this.addSurfaces(uri, d);
    else this.subtractSurfaces(uri);
    // Rhetoric terms.
    const terms = new Map<TermRow, number>();
    for (const m of d.markers) {
      let byTerm = this.rhetoricByCategory.get(m.category);
      if (!byTerm) this.rhetoricByCategory.set(m.category, (byTerm = new Map()));
      let row = byTerm.get(m.term);
      if (!row) {
        if (sign < 0) continue;
        const id = termId(m.category, m.term);
        row = { id, label: m.term, category: m.category, count: 0, docs: new DocCounts() };
        byTerm.set(m.term, row);
        this.rhetoric.set(id, row);
      }
      terms.set(row, (terms.get(row) ?? 0) + 1);
    }
    for (const [row, n] of terms) {
      row.count += sign * n;
      const c = (row.docs.get(uri) ?? 0) + sign * n;
      if (c > 0) row.docs.set(uri, c);
      else row.docs.delete(uri);
      if (row.count <= 0) {
        this.rhetoric.delete(row.id);
        this.rhetoricByCategory.get(row.category)?.delete(row.label);
      }
    }
    // N-gram document and paragraph frequencies (once the table exists: it is built lazily).
    if (ngrams && this.ngramsReady) this.ngrams.contribute(d, sign);
  }

  /**
   * Entity surface forms: one row per (type, text), and the document's row id per mention. Mentions
   * are grouped by name first (cached analyses come grouped), so each row is looked up and its
   * document count touched once.
   */
  private addSurfaces(uri: string, d: DocumentAnalysis): void {
    const g = entityGroupsOf(d);
    const perGroup = new Int32Array(g.texts.length);
    for (let k = 0; k < g.index.length; k++) perGroup[g.index[k]]++;
    const sidOfGroup = new Int32Array(g.texts.length);
    for (let j = 0; j < g.texts.length; j++) {
      const n = perGroup[j];
      if (!n) continue;
      const text = g.texts[j];
      const type = g.types[j];
      let byText = this.surfaceByType.get(type);
      if (!byText) this.surfaceByType.set(type, (byText = new Map()));
      let row = byText.get(text);
      if (!row) {
        const sid = this.freeSids.pop() ?? this.rowsBySid.length;
        row = { sid, text, type, count: 0, docs: new DocCounts() };
        byText.set(text, row);
        this.surfaces.set(`${type}\u0000${text}`, row);
        this.rowsBySid[sid] = row;
        this.surfaceGen++;
      }
      sidOfGroup[j] = row.sid;
      row.count += n;
      // A document being added has no count yet (contributions are always removed first).
      row.docs.set(uri, n);
    }
    const sids = new Int32Array(g.index.length);
    for (let k = 0; k < sids.length; k++) sids[k] = sidOfGroup[g.index[k]];
    this.docSids.set(uri, sids);
  }

  /** Removes a document's surface forms, from the row ids recorded when it was added. */
  private subtractSurfaces(uri: string): void {
    const sids = this.docSids.get(uri);
    if (!sids) return;
    this.docSids.delete(uri);
    const perRow = new Map<number, number>();
    for (let k = 0; k < sids.length; k++) perRow.set(sids[k], (perRow.get(sids[k]) ?? 0) + 1);
    for (const [sid, n] of perRow) {
      const row = this.rowsBySid[sid]!;
      row.count -= n;
      row.docs.delete(uri);
      if (row.count <= 0) {
        this.surfaces.delete(`${row.type}\u0000${row.text}`);
        this.surfaceByType.get(row.type)!.delete(row.text);
        this.rowsBySid[sid] = undefined;
        this.freeSids.push(sid);
        this.surfaceGen++;
      }
    }
  }

  /** Which terms count as key (settings `discourseLens.keyTerms.minG2` and `minLogRatio`). */
  setKeyTermOptions(options: KeyTermOptions): void {
    if (options.minG2 === this.keyTermOptions.minG2 && options.minLogRatio === this.keyTermOptions.minLogRatio) return;
    this.flush();
    this.keyTermOptions = options;
    this.gen++;
  }

  // ---------------------------------------------------------------- codebook

  /** The analyst's declarations: declared entities and aliases, codebook terms, ignore list. */
  setCodebook(input: CodebookInput): void {
    this.flush();
    this.codebook = input;
    this.ignore = new Set(input.ignore.map((w) => normalizeWord(w.trim())));
    this.ignoreHashes = new Set(input.ignore.filter((w) => w.trim()).map((w) => phraseHash(w)));
    this.gen++;
    this.surfaceGen++;
  }

  get codebookInput(): CodebookInput {
    this.flush();
    return this.codebook;
  }

  private isIgnoredName(text: string): boolean {
    return this.ignore.size > 0 && this.ignore.has(normalizeWord(text));
  }

  // ---------------------------------------------------------------- entities

  private resolved(): ResolutionState {
    return this.resolution.get();
  }

  private resolve(previous: ResolutionState | undefined): ResolutionState {
    // Same surface forms, other counts (the usual edit): keep the grouping, refresh the counts.
    if (previous && previous.surfaceGen === this.surfaceGen) return this.refreshCounts(previous);
    const forms = [];
    for (const row of this.surfaces.values()) {
      if (this.isIgnoredName(row.text)) continue;
      forms.push({ text: row.text, type: row.type, count: row.count, documents: [...row.docs.keys()] });
    }
    // A fixed order (documents arrive in any order from the workers): the same corpus always
    // resolves the same way.
    forms.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    const declared: DeclaredEntity[] = this.codebook.entities.filter((e) => !this.isIgnoredName(e.name));
    const res = resolveEntities(forms, { declared, isKnownName: this.names?.isKnownName, isGivenName: this.names?.isGivenName, isOrdinaryWord: this.names?.isOrdinaryWord, isAttestedWord: this.names?.isAttestedWord, ignoreMisspellings: this.codebook.ignore });
    const records: EntityRecord[] = res.entities.map((e) => ({
      id: `entity:${e.id}`,
      name: e.name,
      type: e.type ?? 'organization',
      aliases: e.aliases.length ? e.aliases : [e.name],
      mentions: e.count,
      documents: e.documents.length,
      declared: e.declared,
    }));
    const byId = new Map(records.map((r) => [r.id, r]));
    return { surfaceGen: this.surfaceGen, res: { bySurface: res.bySurface, misspellings: res.misspellings }, records, byId };
  }

  /** Mentions and documents of each entity from the current surface table, grouping unchanged. */
  private refreshCounts(r: ResolutionState): ResolutionState {
    const mentions = new Map<string, number>();
    const docs = new Map<string, Set<string>>();
    for (const row of this.surfaces.values()) {
      const rid = r.res.bySurface.get(row.text);
      if (rid === undefined || this.isIgnoredName(row.text)) continue;
      const id = `entity:${rid}`;
      mentions.set(id, (mentions.get(id) ?? 0) + row.count);
      let d = docs.get(id);
      if (!d) docs.set(id, (d = new Set()));
      for (const u of row.docs.keys()) d.add(u);
    }
    const records = r.records.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? 0, documents: docs.get(e.id)?.size ?? 0 }));
    records.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const byId = new Map(records.map((e) => [e.id, e]));
    return { ...r, records, byId };
  }

  entities(): readonly EntityRecord[] {
    this.flush();
    return this.resolved().records;
  }

  entity(id: string): EntityRecord | undefined {
    this.flush();
    return this.resolved().byId.get(id);
  }

  /** The entity id of a surface form as written ("Putin" → `entity:person:vladimir-putin`). */
  entityIdOf(surface: string): string | undefined {
    this.flush();
    const rid = this.resolved().res.bySurface.get(surface);
    return rid === undefined ? undefined : `entity:${rid}`;
  }

  misspellings(): readonly Misspelling[] {
    this.flush();
    const r = this.resolved();
    return r.res.misspellings.map((m) => {
      const id = `entity:${m.entityId}`;
      const e = r.byId.get(id);
      return { surface: m.surface, entityId: id, canonical: m.canonical, entityMentions: e?.mentions ?? 0, entityDocuments: e?.documents ?? 0, confidence: m.confidence, edit: m.edit };
    });
  }

  // ---------------------------------------------------------------- terms

  private rhetoricRecord(row: TermRow): TermRecord {
    return { id: row.id, label: row.label, kind: 'rhetoric', category: row.category, mentions: row.count, documents: row.docs.size };
  }

  private isIgnoredTerm(row: TermRow): boolean {
    return this.ignore.size > 0 && (this.ignore.has(row.label.toLowerCase()) || this.ignore.has(row.category));
  }

  /** Rhetoric terms (most mentioned first), then key terms (highest G² first). */
  terms(): readonly TermRecord[] {
    this.flush();
    const rhet = [...this.rhetoric.values()].filter((r) => !this.isIgnoredTerm(r)).map((r) => this.rhetoricRecord(r));
    rhet.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    return rhet.concat(this.keyTermState().records);
  }

  term(id: string): TermRecord | undefined {
    this.flush();
    if (id.startsWith('keyword:')) return this.keyTermStateForHover().byId.get(id);
    const row = this.rhetoric.get(id);
    return row && !this.isIgnoredTerm(row) ? this.rhetoricRecord(row) : undefined;
  }

  /** Key terms of the corpus (see keyterms.ts for the definition), highest G² first. */
  keyTerms(): readonly TermRecord[] {
    this.flush();
    return this.keyTermState().records;
  }

  /**
   * Builds the tables the first queries read (entity resolution, key terms, the word filter of the
   * word hover), so that a server can do it while it still reports indexing, not on the first hover.
   */
  prepareQueries(): void {
    this.entities();
    this.keyTerms();
    this.wordBloom ??= WordBloom.build(this.docs);
  }

  /** A document's own key terms against the rest of the corpus, highest G² first. */
  keyTermsOf(uri: string): readonly DocumentKeyTerm[] {
    this.flush();
    return this.keyTermState().perDoc.get(uri) ?? [];
  }

  /**
   * Key terms for per-document lookups (hover, item under the cursor): the last computed state
   * even if edits came since, unless it is older than `KEY_TERMS_MAX_STALE_MS` — recomputing
   * key terms takes seconds on a big corpus and must not happen on every keystroke.
   */
  private keyTermStateForHover(): KeyTermState {
    const last = this.keyState.last;
    if (last && (this.keyState.isCurrent || Date.now() - last.at < KEY_TERMS_MAX_STALE_MS)) return last.state;
    return this.keyTermState();
  }

  private keyTermState(): KeyTermState {
    this.ensureNgrams();
    return this.keyState.get().state;
  }

  // ---------------------------------------------------------------- mentions

  /**
   * Every mention of an entity or term, in corpus order (documents by URI, then offset): the
   * cached list itself (it is immutable), whose mentions become objects only when asked for.
   */
  mentionsOf(id: string): MentionList {
    this.flush();
    const cached = this.cachedMentions(id);
    if (cached) return cached;
    // Sized by the record's mention count: the rows are allocated once, not grown and trimmed.
    const expected = (id.startsWith('entity:') ? this.entity(id) : this.term(id))?.mentions;
    const b = MentionList.builder(this.sortedUris(), this.uriRanks(), expected);
    this.visitMentions(id, b.add);
    return this.mentionCache.get().set(id, b.done());
  }

  /**
   * The first mention of an entity or term in one document. A key term's is found in that document
   * alone: listing its mentions in the whole corpus re-reads every document that has it.
   */
  firstMentionIn(id: string, uri: string): Mention | undefined {
    this.flush();
    const cached = this.cachedMentions(id);
    if (cached || !id.startsWith('keyword:')) return (cached ?? this.mentionsOf(id)).firstIn(uri);
    if (this.keyTermStateForHover().docCounts.get(id)?.get(uri) === undefined) return undefined;
    const k = this.keywordsIn(uri).find((item) => item.id === id);
    return k && { uri, start: k.start, end: k.end, text: detachedSlice(this.docs.get(uri)!.text, k.start, k.end) };
  }

  private cachedMentions(id: string): MentionList | undefined {
    return this.mentionCache.get().get(id);
  }

  /** The surface rows of an entity (its surface forms as written, every type). */
  private rowsOf(id: string): SurfaceRow[] {
    return this.rowsByEntity.get().get(id) ?? [];
  }

  private groupRowsByEntity(): Map<string, SurfaceRow[]> {
    const r = this.resolved();
    const byEntity = new Map<string, SurfaceRow[]>();
    for (const row of this.surfaces.values()) {
      const rid = r.res.bySurface.get(row.text);
      if (rid === undefined || this.isIgnoredName(row.text)) continue;
      const eid = `entity:${rid}`;
      let list = byEntity.get(eid);
      if (!list) byEntity.set(eid, (list = []));
      list.push(row);
    }
    return byEntity;
  }

  /** Walks the mentions in corpus order, until `visit` returns false (a concordance with a limit stops early). */
  private visitMentions(id: string, visit: MentionVisitor): void {
    if (id.startsWith('entity:')) {
      const rows = this.rowsOf(id);
      if (!rows.length) return;
      const mask = new Set(rows.map((r) => r.sid));
      const docs = new Set<string>();
      for (const row of rows) for (const u of row.docs.keys()) docs.add(u);
      for (const uri of this.inCorpusOrder(docs)) {
        const spans = entitySpans(this.docs.get(uri)!);
        const sids = this.docSids.get(uri)!;
        for (let k = 0; k < sids.length; k++) {
          if (mask.has(sids[k]) && visit(uri, spanStart(spans, k), spanEnd(spans, k), this.rowsBySid[sids[k]]!.text) === false) return;
        }
      }
      return;
    }
    if (id.startsWith('term:')) {
      const row = this.rhetoric.get(id);
      if (!row || this.isIgnoredTerm(row)) return;
      for (const uri of row.docs.keys()) {
        for (const m of this.docs.get(uri)!.markers) if (termId(m.category, m.term) === id && visit(uri, m.start, m.end, m.text) === false) return;
      }
      return;
    }
    if (id.startsWith('keyword:')) {
      // The occurrences the documents show (see keywordsIn), in corpus order.
      const docs = this.keyTermStateForHover().docCounts.get(id);
      if (!docs) return;
      for (const uri of this.sortedUris()) {
        if (docs.get(uri) === undefined) continue;
        const text = this.docs.get(uri)!.text;
        for (const k of this.keywordsIn(uri)) if (k.id === id && visit(uri, k.start, k.end, detachedSlice(text, k.start, k.end)) === false) return;
      }
    }
  }

  /** Some documents in corpus order: sorted if few, else filtered from the sorted list (no sort). */
  private inCorpusOrder(docs: { has(uri: string): boolean; keys(): IterableIterator<string>; readonly size: number }): readonly string[] {
    if (docs.size * 16 < this.docs.size) return [...docs.keys()].sort();
    return this.sortedUris().filter((u) => docs.has(u));
  }

  /** Documents where an entity or term occurs, most mentions first, then in corpus order. */
  documentsOf(id: string): DocumentCountList {
    this.flush();
    const rank = this.uriRanks();
    const ranks: number[] = [];
    const counts: number[] = [];
    const add = (uri: string, count: number) => {
      ranks.push(rank.get(uri)!);
      counts.push(count);
    };
    if (id.startsWith('entity:')) {
      const rows = this.rowsOf(id);
      if (rows.length === 1) rows[0].docs.forEach(add);
      else {
        // A document may have several of the entity's names: their counts add up.
        const slot = new Map<number, number>();
        for (const row of rows) {
          row.docs.forEach((uri, count) => {
            const r = rank.get(uri)!;
            const at = slot.get(r);
            if (at !== undefined) counts[at] += count;
            else (slot.set(r, ranks.length), ranks.push(r), counts.push(count));
          });
        }
      }
    } else if (id.startsWith('term:')) {
      const row = this.rhetoric.get(id);
      if (row && !this.isIgnoredTerm(row)) row.docs.forEach(add);
    } else if (id.startsWith('keyword:')) {
      this.keyTermStateForHover().docCounts.get(id)?.forEach((uri, count) => this.docs.has(uri) && add(uri, count));
    }
    return DocumentCountList.byCount(this.sortedUris(), ranks, counts);
  }

  /** The entity or term under an offset (entities first, then rhetoric, then key terms). */
  itemAt(uri: string, offset: number): IndexItem | undefined {
    this.flush();
    const d = this.docs.get(uri);
    if (!d) return undefined;
    const spans = entitySpans(d);
    const k = spanIndexAt(spans, offset);
    const text = k >= 0 ? this.rowsBySid[this.docSids.get(uri)![k]]!.text : '';
    if (k >= 0 && !this.isIgnoredName(text)) {
      const id = this.entityIdOf(text);
      if (id) return { id, kind: 'entity', label: this.entity(id)?.name ?? text, start: spanStart(spans, k), end: spanEnd(spans, k) };
    }
    const m = spanAt(d.markers, offset);
    if (m) {
      const id = termId(m.category, m.term);
      const row = this.rhetoric.get(id);
      if (row && !this.isIgnoredTerm(row)) return { id, kind: 'rhetoric', label: m.term, start: m.start, end: m.end };
    }
    return spanAt(this.keywordsIn(uri), offset);
  }

  /** Occurrences of the corpus's key terms in one document, in text order. */
  keywordsIn(uri: string): readonly IndexItem[] {
    this.flush();
    const cache = this.docKeywordCache.get();
    const cached = cache.get(uri);
    if (cached) return cached;
    const d = this.docs.get(uri);
    if (!d) return [];
    const st = this.keyTermStateForHover();
    const wanted = new Set<number>();
    if (d.ngrams) for (const h of st.idOfHash.keys()) if (findHash(d.ngrams.hashes, h) >= 0) wanted.add(h);
    const out: IndexItem[] = [];
    if (wanted.size) {
      let lastEnd = -1;
      // Non-overlapping: the first wins, and at one start the longest ("HIV drugs" over "HIV").
      const found = ngramOccurrences(segment(d.text), entitySpans(d), wanted).sort((a, b) => a.start - b.start || b.end - a.end);
      for (const o of found) {
        if (o.start < lastEnd) continue;
        const id = st.idOfHash.get(o.hash)!;
        out.push({ id, kind: 'keyword', label: st.byId.get(id)!.label, start: o.start, end: o.end });
        lastEnd = o.end;
      }
    }
    if (cache.size > 200) cache.clear();
    cache.set(uri, out);
    return out;
  }

  // ---------------------------------------------------------------- concordance

  /**
   * Keyword in context for an entity or term id, or a typed phrase (matched case-insensitively
   * on whole words, any whitespace between its words).
   */
  concordance(idOrPhrase: string, options: ConcordanceOptions = {}): readonly ConcordanceLine[] {
    this.flush();
    const width = options.width ?? DEFAULT_CONCORDANCE_WIDTH;
    const limit = options.limit ?? DEFAULT_CONCORDANCE_LIMIT;
    const out: ConcordanceLine[] = [];
    const push = (uri: string, text: string, start: number, end: number): boolean => {
      if (uri === options.excludeUri) return true;
      out.push({ uri, start, end, text: text.slice(start, end), left: oneLine(text.slice(Math.max(0, start - width), start)), right: oneLine(text.slice(end, end + width)) });
      return out.length < limit;
    };
    if (/^(entity|term|keyword):/.test(idOrPhrase) && (this.entity(idOrPhrase) || this.term(idOrPhrase))) {
      const visit = (uri: string, start: number, end: number) => push(uri, this.docs.get(uri)!.text, start, end);
      const cached = this.cachedMentions(idOrPhrase);
      if (cached) cached.visit(visit);
      else this.visitMentions(idOrPhrase, visit);
      return out;
    }
    const words = idOrPhrase.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return out;
    const keys = words.map((w) => normalizeWord(w));
    const re = phraseRegExp(words);
    for (const uri of this.sortedUris()) {
      if (uri === options.excludeUri) continue;
      const d = this.docs.get(uri)!;
      // Cheap filter: every word of the phrase must be a word of the document.
      if (keys.every((k) => /^[\p{L}\p{N}'’\-.]+$/u.test(k)) && !keys.every((k) => wordCountIn(d, k) > 0)) continue;
      const text = d.text;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!push(uri, text, m.index, m.index + m[0].length)) return out;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- co-occurrence

  /** Pairs of entities named in the same sentence, most sentences first. */
  cooccurrence(): readonly Cooccurrence[] {
    this.flush();
    return this.cooc.get();
  }

  private computeCooccurrence(): Cooccurrence[] {
    const bySurface = this.resolved().res.bySurface;
    return cooccurringEntities(this.docs, this.docSids, (sid) => {
      const text = this.rowsBySid[sid]!.text;
      const rid = bySurface.get(text);
      return rid === undefined || this.isIgnoredName(text) ? undefined : `entity:${rid}`;
    });
  }

  // ---------------------------------------------------------------- words

  wordFrequency(word: string): WordFrequency {
    const key = normalizeWord(word);
    const cache = this.wordCache.get();
    let documents = cache.get(key);
    if (!documents) {
      // Only the documents that may contain the word (a Bloom filter per document) are asked.
      // The most common words (in nearly every document) come from the filter's flat count tables.
      const bloom = (this.wordBloom ??= WordBloom.build(this.docs));
      const rank = this.uriRanks();
      const h = wordHashOf(key);
      const ranks: number[] = [];
      const counts: number[] = [];
      const add = (uri: string, count: number) => {
        ranks.push(rank.get(uri)!);
        counts.push(count);
      };
      if (!bloom.commonCountsOf(key, h, add)) {
        for (const uri of bloom.candidates(h)) {
          const count = wordCountIn(this.docs.get(uri)!, key);
          if (count) add(uri, count);
        }
      }
      documents = cache.set(key, DocumentCountList.byCount(this.sortedUris(), ranks, counts));
    }
    return { word: key, total: documents.total, documents };
  }

  /** Position of each URI in `sortedUris()` (rebuilt when documents come or go, not on edits). */
  private uriRanks(): Map<string, number> {
    const sorted = this.sortedUris();
    if (this.ranks?.sorted !== sorted) {
      const m = new Map<string, number>();
      for (let i = 0; i < sorted.length; i++) m.set(sorted[i], i);
      this.ranks = { sorted, rank: m };
    }
    return this.ranks.rank;
  }

  /** Length of a document's text in UTF-16 units (0 if unknown), without decoding a cached text. */
  textLength(uri: string): number {
    const d = this.docs.get(uri);
    return d ? textLength(d) : 0;
  }

  /** A human title for a document: its headline, else its file name. */
  title(uri: string): string {
    const doc = this.docs.get(uri);
    const h = doc?.article.headline;
    if (doc && h) return textSlice(doc, h.start, h.end);
    return fileName(uri);
  }
}

export function termId(category: string, term: string): string {
  return `term:${category}:${term}`;
}

/** The span (sorted by start, non-overlapping) containing an offset (or ending at it). */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const found = lowerBound(spans.length, (i) => spans[i].start <= offset) - 1;
  if (found < 0) return undefined;
  const s = spans[found];
  return offset <= s.end ? s : undefined;
}

export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export type { DocumentKeyTerm, EntityMention };
export { phraseRegExp };
