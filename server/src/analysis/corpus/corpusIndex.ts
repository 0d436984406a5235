/**
 * The corpus: every analysed document by URI, and the queries that span documents. The one place
 * where per-document results are kept and replaced when a document changes; the work is done by
 * its parts:
 *
 * - documentStore.ts: the documents and their corpus order;
 * - tables/: kept current document by document (`set`/`delete` add or subtract one document's
 *   contribution): entity surface forms, rhetoric terms, n-gram counts;
 * - derived/: recomputed lazily on the first query after a change (DerivedCache, by `generation`):
 *   entity resolution, key terms, mentions, co-occurrence, word frequencies; and the concordance.
 */
import type { DocumentAnalysis, NameChecks } from '../document';
import { CodebookFilter, NO_CODEBOOK } from './codebookFilter';
import { concordance } from './derived/concordance';
import { cooccurringEntities } from './derived/cooccurrence';
import { DerivedCache } from './derived/derivedCache';
import { EntityResolution } from './derived/entityResolution';
import type { DocumentKeyTerm } from './derived/keyTermTable';
import { KeyTerms } from './derived/keyTerms';
import { Mentions } from './derived/mentions';
import { type WordFrequency, WordFrequencies } from './derived/wordFrequency';
import { DocumentStore } from './documentStore';
import type { DocumentCountList } from './documentCountList';
import type { KeyTermOptions } from './keyterms';
import type { MentionList } from './mentionList';
import type { CodebookInput, ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, IndexItem, Mention, Misspelling, TermRecord } from './model';
import { EntitySurfaceTable } from './tables/entitySurfaces';
import { RhetoricTermTable, termRecord } from './tables/rhetoricTerms';

export class CorpusIndex {
  private readonly store = new DocumentStore();
  /** Bumped on every change; derived data remembers the generation it was built for. */
  private gen = 0;
  private codebook = NO_CODEBOOK;
  /** Checks against the entity lexicon for resolution (known names, given names); none: no checks. */
  names?: NameChecks;

  private readonly surfaces = new EntitySurfaceTable();
  private readonly rhetoric = new RhetoricTermTable();
  private readonly generationNow = () => this.gen;
  private readonly codebookNow = () => this.codebook;
  private readonly resolution = new EntityResolution(this.generationNow, this.surfaces, this.codebookNow, () => this.names);
  private readonly keyTermIndex = new KeyTerms(this.generationNow, this.store, this.codebookNow);
  private readonly mentions = new Mentions(this.generationNow, {
    store: this.store,
    surfaces: this.surfaces,
    resolution: this.resolution,
    rhetoric: this.rhetoric,
    keyTerms: this.keyTermIndex,
    codebook: this.codebookNow,
  });
  private readonly cooc = new DerivedCache(this.generationNow, () =>
    cooccurringEntities(this.store.all, this.surfaces.sidsByDocument, this.resolution.entityOfRow()),
  );
  private readonly words = new WordFrequencies(this.generationNow, this.store);

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
    for (const uri of this.pending) this.contribute(uri, this.store.get(uri)!, 1);
    this.pending.clear();
  }

  set(uri: string, analysis: DocumentAnalysis): void {
    const old = this.store.get(uri);
    if (old === analysis) return;
    if (!old) {
      this.words.put(uri, analysis);
      this.store.set(uri, analysis);
      this.pending.add(uri);
      this.gen++;
      return;
    }
    this.flush();
    this.words.put(uri, analysis);
    if (this.keyTermIndex.canApplyEdit(old, analysis)) {
      this.contribute(uri, old, -1, false);
      this.store.set(uri, analysis);
      this.contribute(uri, analysis, 1, false);
      this.keyTermIndex.applyEdit(old, analysis);
    } else {
      this.contribute(uri, old, -1);
      this.store.set(uri, analysis);
      this.contribute(uri, analysis, 1);
    }
    this.gen++;
  }

  delete(uri: string): boolean {
    const old = this.store.get(uri);
    if (!old) return false;
    this.flush();
    this.words.remove(uri);
    this.contribute(uri, old, -1);
    this.store.delete(uri);
    this.gen++;
    return true;
  }

  private contribute(uri: string, d: DocumentAnalysis, sign: 1 | -1, ngrams = true): void {
    if (sign > 0) this.surfaces.add(uri, d);
    else this.surfaces.subtract(uri);
    this.rhetoric.contribute(uri, d, sign);
    if (ngrams) this.keyTermIndex.contribute(d, sign);
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.store.get(uri);
  }

  has(uri: string): boolean {
    return this.store.has(uri);
  }

  get size(): number {
    return this.store.size;
  }

  /** URIs in corpus order (sorted), the order navigation follows. */
  uris(): string[] {
    return this.store.sortedUris().slice();
  }

  entries(): IterableIterator<[string, DocumentAnalysis]> {
    return this.store.all.entries();
  }

  /** Length of a document's text in UTF-16 units (0 if unknown), without decoding a cached text. */
  textLength(uri: string): number {
    return this.store.textLength(uri);
  }

  /** A human title for a document: its headline, else its file name. */
  title(uri: string): string {
    return this.store.title(uri);
  }

  /** Which terms count as key (settings `discourseLens.keyTerms.minG2` and `minLogRatio`). */
  setKeyTermOptions(options: KeyTermOptions): void {
    this.flush();
    if (this.keyTermIndex.setOptions(options)) this.gen++;
  }

  /** The analyst's declarations: declared entities and aliases, codebook terms, ignore list. */
  setCodebook(input: CodebookInput): void {
    this.flush();
    this.codebook = new CodebookFilter(input);
    this.gen++;
  }

  get codebookInput(): CodebookInput {
    this.flush();
    return this.codebook.input;
  }

  /**
   * Builds the tables the first queries read (entity resolution, key terms, the word filter of the
   * word hover), so that a server can do it while it still reports indexing, not on the first hover.
   */
  prepareQueries(): void {
    this.entities();
    this.keyTerms();
    this.words.prepare();
  }

  entities(): readonly EntityRecord[] {
    this.flush();
    return this.resolution.records();
  }

  entity(id: string): EntityRecord | undefined {
    this.flush();
    return this.resolution.entity(id);
  }

  /** The entity id of a surface form as written ("Putin" → `entity:person:vladimir-putin`). */
  entityIdOf(surface: string): string | undefined {
    this.flush();
    return this.resolution.entityIdOf(surface);
  }

  misspellings(): readonly Misspelling[] {
    this.flush();
    return this.resolution.misspellings();
  }

  /** Rhetoric terms (most mentioned first), then key terms (highest G² first). */
  terms(): readonly TermRecord[] {
    this.flush();
    return this.rhetoric.records(this.codebook).concat(this.keyTermIndex.records());
  }

  term(id: string): TermRecord | undefined {
    this.flush();
    if (id.startsWith('keyword:')) return this.keyTermIndex.record(id);
    const row = this.rhetoric.visible(id, this.codebook);
    return row && termRecord(row);
  }

  /** Key terms of the corpus (see keyterms.ts for the definition), highest G² first. */
  keyTerms(): readonly TermRecord[] {
    this.flush();
    return this.keyTermIndex.records();
  }

  /** A document's own key terms against the rest of the corpus, highest G² first. */
  keyTermsOf(uri: string): readonly DocumentKeyTerm[] {
    this.flush();
    return this.keyTermIndex.ofDocument(uri);
  }

  /** Occurrences of the corpus's key terms in one document, in text order. */
  keywordsIn(uri: string): readonly IndexItem[] {
    this.flush();
    return this.keyTermIndex.occurrencesIn(uri);
  }

  /** Every mention of an entity or term, in corpus order (documents by URI, then offset). */
  mentionsOf(id: string): MentionList {
    this.flush();
    return this.mentions.of(id);
  }

  /** The first mention of an entity or term in one document. */
  firstMentionIn(id: string, uri: string): Mention | undefined {
    this.flush();
    return this.mentions.firstIn(id, uri);
  }

  /** Documents where an entity or term occurs, most mentions first, then in corpus order. */
  documentsOf(id: string): DocumentCountList {
    this.flush();
    return this.mentions.documentsOf(id);
  }

  /** The entity or term under an offset (entities first, then rhetoric, then key terms). */
  itemAt(uri: string, offset: number): IndexItem | undefined {
    this.flush();
    return this.mentions.itemAt(uri, offset);
  }

  /**
   * Keyword in context for an entity or term id, or a typed phrase (matched case-insensitively
   * on whole words, any whitespace between its words).
   */
  concordance(idOrPhrase: string, options: ConcordanceOptions = {}): readonly ConcordanceLine[] {
    this.flush();
    return concordance(this.store, this.mentions, (id) => !!(this.entity(id) || this.term(id)), idOrPhrase, options);
  }

  /** Pairs of entities named in the same sentence, most sentences first. */
  cooccurrence(): readonly Cooccurrence[] {
    this.flush();
    return this.cooc.get();
  }

  wordFrequency(word: string): WordFrequency {
    return this.words.of(word);
  }
}
