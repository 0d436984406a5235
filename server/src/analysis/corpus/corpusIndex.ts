/**
 * The corpus: every analysed document by URI, and the queries that span documents. The one place
 * where per-document results are kept and replaced when a document changes; the work is done by
 * its parts:
 *
 * - documentStore.ts: the documents and their corpus order;
 * - tables/: kept current document by document (`set`/`delete` add or subtract one document's
 *   contribution): entity surface forms, rhetoric terms, n-gram counts;
 * - derived/: recomputed lazily on the first query after a change (DerivedCache, by the generation
 *   `ServedGeneration` serves: while indexing, an earlier one until the indexing moves on): entity resolution,
 *   key terms, mentions, co-occurrence, word frequencies, quotations; and the concordance;
 * - duplicateTexts.ts: documents with the same text. Only the first copy of a text is counted:
 *   the tables and derived data see the `counted` store; a later copy's own lookups (item under
 *   the cursor, key-term occurrences) are its counted copy's, moved to its offsets.
 */
import type { DocumentAnalysis, NameChecks } from '../document';
import { CodebookFilter, NO_CODEBOOK } from './codebookFilter';
import { concordance } from './derived/concordance';
import { cooccurringEntities } from './derived/cooccurrence';
import { DerivedCache } from './derived/derivedCache';
import { type IndexingProgress, ServedGeneration } from './derived/servedGeneration';
import { EntityResolution, type ResolutionInput, type ResolvedForms } from './derived/entityResolution';
import type { Misspelling as FoundMisspelling } from '../entities/resolve';
import type { DocumentKeyTerm } from './derived/keyTermTable';
import { KeyTerms, type TermKeynessHere } from './derived/keyTerms';
import { Mentions } from './derived/mentions';
import { type WordFrequency, WordFrequencies } from './derived/wordFrequency';
import { LowerCaseMemo, lowerCaseUses } from './derived/lowerCaseUses';
import { DocumentStore } from './documentStore';
import { DuplicateTexts, offsetMapping } from './duplicateTexts';
import type { DocumentCountList } from './documentCountList';
import type { KeyTermOptions } from './keyterms';
import type { MentionList } from './mentionList';
import { type QuotationRef, quotationsIn } from './quotedSources';
import { Quotations } from './derived/quotations';
import type { CodebookInput, ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, IndexItem, Mention, Misspelling, TermRecord } from './model';
import { EntitySurfaceTable } from './tables/entitySurfaces';
import { RhetoricTermTable, termRecord } from './tables/rhetoricTerms';

export class CorpusIndex {
  /** Every document. */
  private readonly store = new DocumentStore();
  /** The documents counted in corpus figures: all but the later copies of a text (what the tables hold). */
  private readonly counted = new DocumentStore();
  private readonly copies = new DuplicateTexts((uri) => this.store.get(uri));
  /** Bumped on every change; derived data remembers the generation it was built for. */
  private readonly clock = new ServedGeneration();
  private codebook = NO_CODEBOOK;
  /** Checks against the entity lexicon for resolution (known names, given names); none: no checks. */
  names?: NameChecks;

  private readonly surfaces = new EntitySurfaceTable();
  private readonly rhetoric = new RhetoricTermTable();
  private readonly codebookNow = () => this.codebook;
  /** What each document was found to hold for resolution's lower-case counts: a new name reads no text again but the edited one. */
  private readonly lowerCaseMemo = new LowerCaseMemo();
  private readonly resolution = new EntityResolution(this.clock, this.surfaces, this.codebookNow, () => this.names,
    (asked) => lowerCaseUses(this.counted, asked, this.lowerCaseMemo), () => this.clock.current);
  // On the latest generation, not the held one: built at the end while queries still read the held one (`holdWhileResolving`).
  private readonly keyTermIndex = new KeyTerms({ generation: () => this.clock.current }, this.counted, this.codebookNow, () => this.clock.scanning);
  private readonly mentions = new Mentions(this.clock, {
    store: this.counted,
    surfaces: this.surfaces,
    resolution: this.resolution,
    rhetoric: this.rhetoric,
    keyTerms: this.keyTermIndex,
    codebook: this.codebookNow,
  });
  private readonly cooc = new DerivedCache(this.clock, () =>
    cooccurringEntities(this.counted.all, this.surfaces.sidsByDocument, this.resolution.entityOfRow()),
  );
  private readonly words = new WordFrequencies(this.clock, this.counted);
  /** Every entity's quotations (a hover on a name asks for them). */
  private readonly quotations = new Quotations(this.clock, {
    store: this.counted,
    resolution: this.resolution,
    quotationsIn: (uri) => quotationsIn(this, uri),
    codebook: this.codebookNow,
  });

  /** Bumped on every change (per-document caches outside the index follow it). */
  get generation(): number {
    return this.clock.current;
  }

  private shape = 0;
  /**
   * Bumped on every change but the edit of a document already in the corpus: an addition, a
   * removal, new key-term settings or codebook, the end of indexing. What may lag behind edits
   * for a while (the Terms view) follows it.
   */
  get shapeGeneration(): number {
    return this.shape;
  }

  /**
   * Whether the corpus is being indexed (files done of how many): queries may then answer from
   * derived data a few seconds old (servedGeneration.ts); undefined when it ended, and answers are
   * exact again.
   */
  setIndexing(progress: IndexingProgress | undefined): void {
    if (!progress && this.clock.scanning) this.shape++;
    this.clock.setIndexing(progress);
  }

  get indexing(): IndexingProgress | undefined {
    return this.clock.indexing;
  }

  /** See ServedGeneration.holdWhileResolving: after indexing, until another thread's entity resolution came (`offerResolution`). */
  holdWhileResolving(on: boolean): void {
    this.clock.holdWhileResolving(on);
  }

  /** Times entity resolution grouped surface forms, all of them or new ones alone (`extensions`): how often a query waited on it. */
  get resolutions(): number {
    return this.resolution.groupings + this.resolution.extensions;
  }

  /** Times new surface forms were grouped alone and added to the last grouping, as none could join another's group. */
  get extensions(): number {
    return this.resolution.extensions;
  }

  /**
   * Documents added but not yet contributed to the corpus tables, in the order they came: a warm
   * start adds thousands of cached analyses, and their rows are built on the first query instead.
   * Any other change applies them first, so the tables are built in exactly the eager order.
   */
  private readonly pending = new Set<string>();

  private flush(): void {
    if (!this.pending.size) return;
    for (const uri of this.pending) for (const copy of this.copies.copiesOf(uri)) this.recount(copy);
    this.pending.clear();
  }

  set(uri: string, analysis: DocumentAnalysis): void {
    const old = this.store.get(uri);
    if (old === analysis) return;
    if (!old) {
      this.shape++;
      this.clock.added();
      this.store.set(uri, analysis);
      this.copies.put(uri, analysis);
      this.pending.add(uri);
      return;
    }
    this.clock.changed();
    this.flush();
    const before = this.copies.copiesOf(uri);
    this.store.set(uri, analysis);
    this.copies.put(uri, analysis);
    for (const copy of new Set([...before, ...this.copies.copiesOf(uri)])) this.recount(copy);
  }

  delete(uri: string): boolean {
    if (!this.store.has(uri)) return false;
    this.flush();
    const before = this.copies.copiesOf(uri);
    this.store.delete(uri);
    this.copies.remove(uri);
    for (const copy of before) this.recount(copy);
    this.shape++;
    this.clock.changed();
    return true;
  }

  /**
   * Makes the tables hold what they should of a document: its analysis if it is counted (no later
   * copy of another's text), else nothing. An edit of a counted document changes the n-gram table
   * by the difference of the two analyses.
   */
  private recount(uri: string): void {
    const want = this.store.has(uri) && !this.copies.isLaterCopy(uri) ? this.store.get(uri) : undefined;
    const have = this.counted.get(uri);
    if (want === have) return;
    // An edit keeps the document's place in the counted store: its corpus order is not sorted again.
    if (have && want && this.keyTermIndex.canApplyEdit(have, want)) {
      this.contribute(uri, have, -1, false, true);
      this.contribute(uri, want, 1, false);
      this.keyTermIndex.applyEdit(have, want);
    } else {
      if (have) this.contribute(uri, have, -1, true, !!want);
      if (want) this.contribute(uri, want, 1);
    }
    this.surfaces.sweep();
  }

  /** `replaced`: the document's new analysis is contributed next (it stays in the counted store meanwhile). */
  private contribute(uri: string, d: DocumentAnalysis, sign: 1 | -1, ngrams = true, replaced = false): void {
    this.mentions.documentChanged(uri);
    this.quotations.documentChanged(uri);
    if (sign > 0) {
      this.counted.set(uri, d);
      this.surfaces.add(uri, d);
      this.words.put(uri, d);
    } else {
      if (!replaced) this.counted.delete(uri);
      this.surfaces.subtract(uri);
      this.words.remove(uri, d);
    }
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

  /** URIs in corpus order (sorted), the order navigation follows: every document, copies included. */
  uris(): string[] {
    return this.store.sortedUris().slice();
  }

  /** The documents corpus figures count, in corpus order: `uris()` without the later copies of a text. */
  countedUris(): string[] {
    this.flush();
    return this.counted.sortedUris().slice();
  }

  /** Every document with the same text as `uri` (whitespace folded), itself included, in corpus order. */
  copiesOf(uri: string): readonly string[] {
    return this.copies.copiesOf(uri);
  }

  /** The copy of `uri`'s text that corpus figures count (`uri` itself unless it is a later copy). */
  countedCopy(uri: string): string {
    return this.copies.countedCopy(uri);
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
    if (this.keyTermIndex.setOptions(options)) {
      this.shape++;
      this.clock.changed();
    }
  }

  /** The analyst's declarations: declared entities and aliases, codebook terms, ignore list. */
  setCodebook(input: CodebookInput): void {
    this.flush();
    this.codebook = new CodebookFilter(input);
    this.shape++;
    this.clock.changed();
  }

  get codebookInput(): CodebookInput {
    this.flush();
    return this.codebook.input;
  }

  /**
   * Contributes the documents added since the last query to the corpus tables now rather than on
   * the first query, and with `keyTerms` keeps the n-gram table of key terms from now on (else built
   * on the first key-term query), with `wordFilter` the word filter of the word hover (else built by
   * `prepareQueries`, after the scan): for a caller with time to spare before its queries (the
   * language server while its entity worker tags, see scanFiles' `whileTagging`).
   */
  prepareTables(keyTerms: boolean, wordFilter = false): void {
    this.flush();
    if (keyTerms) this.keyTermIndex.prepareCounts();
    if (wordFilter) this.words.prepare();
  }

  /**
   * Builds the tables the first queries read (entity resolution, key terms, the word filter of the
   * word hover), so that a server can do it while it still reports indexing, not on the first hover.
   */
  prepareQueries(): void {
    for (const step of this.queryPreparations()) step();
  }

  /** `prepareQueries` in steps, for a caller that answers requests between them. */
  queryPreparations(): (() => void)[] {
    return [() => this.entities(), () => this.keyTerms(), () => this.words.prepare()];
  }

  /**
   * What entity resolution would group now, for another thread to resolve (with the name checks of
   * `names` and this index's `lowerCaseUses`) and `offerResolution` back.
   */
  resolutionInput(): ResolutionInput & { readonly stamp: number } {
    this.flush();
    return this.resolution.input(this.clock.current);
  }

  /** A resolution of `resolutionInput()` made elsewhere: taken by the next query unless the index or codebook changed since. */
  offerResolution(input: ResolutionInput & { readonly stamp: number }, resolved: ResolvedForms, misspellings?: readonly FoundMisspelling[]): void {
    this.resolution.offer(input, resolved, misspellings);
  }

  /** How often the corpus writes each word asked in lower case, up to its `enough` (entity resolution's evidence; see lowerCaseUses.ts). */
  lowerCaseUses(asked: ReadonlyMap<string, number>): Map<string, number> {
    this.flush();
    return lowerCaseUses(this.counted, asked, this.lowerCaseMemo);
  }

  /**
   * While indexing: moves the queries on to the latest generation when it is due (see
   * servedGeneration.ts) and builds the entity resolution for it now, in the indexing's time,
   * rather than in a hover that would wait for it.
   */
  refreshWhileIndexing(): void {
    if (!this.clock.refreshDue) return;
    this.clock.release();
    this.entities();
    this.clock.built();
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

  /** Key terms as the documents show them (the last computed, even if edits came since): for the views. */
  keyTermsAsShown(): readonly TermRecord[] {
    this.flush();
    return this.keyTermIndex.recordsAsShown();
  }

  /** A document's own key terms against the rest of the corpus, highest G² first. */
  keyTermsOf(uri: string): readonly DocumentKeyTerm[] {
    this.flush();
    return this.keyTermIndex.ofDocument(this.copies.countedCopy(uri));
  }

  /** A key term's keyness in one document and the thresholds it sets (the hover's "why not key here"). */
  keyTermKeynessIn(uri: string, id: string): TermKeynessHere | undefined {
    this.flush();
    return this.keyTermIndex.keynessIn(this.copies.countedCopy(uri), id);
  }

  /** Occurrences of the corpus's key terms in one document, in text order. */
  keywordsIn(uri: string): readonly IndexItem[] {
    this.flush();
    const counted = this.copies.countedCopy(uri);
    if (counted === uri) return this.keyTermIndex.occurrencesIn(uri);
    const toCopy = this.offsetsFrom(counted, uri);
    return this.keyTermIndex.occurrencesIn(counted).map((k) => ({ ...k, start: toCopy(k.start), end: toCopy(k.end) }));
  }

  /** Offsets in one copy of a text moved to another (the same text but for whitespace). */
  private offsetsFrom(from: string, to: string): (offset: number) => number {
    return offsetMapping(this.store.get(from)!.text, this.store.get(to)!.text);
  }

  /** Every mention of an entity or term, in corpus order (documents by URI, then offset). */
  mentionsOf(id: string): MentionList {
    this.flush();
    return this.mentions.of(id);
  }

  /** The attributed quotations whose speaker resolves to an entity, in corpus order (shared: do not change it). */
  quotationsOf(entityId: string): readonly QuotationRef[] {
    this.flush();
    return this.quotations.of(entityId);
  }

  /** The first mention of an entity or term in one document. */
  firstMentionIn(id: string, uri: string): Mention | undefined {
    this.flush();
    const counted = this.copies.countedCopy(uri);
    if (counted === uri) return this.mentions.firstIn(id, uri);
    const m = this.mentions.firstIn(id, counted);
    const toCopy = this.offsetsFrom(counted, uri);
    return m && { ...m, uri, start: toCopy(m.start), end: toCopy(m.end) };
  }

  /** Documents where an entity or term occurs, most mentions first, then in corpus order. */
  documentsOf(id: string): DocumentCountList {
    this.flush();
    return this.mentions.documentsOf(id);
  }

  /** The entity or term under an offset (entities first, then rhetoric, then key terms). */
  itemAt(uri: string, offset: number): IndexItem | undefined {
    this.flush();
    const counted = this.copies.countedCopy(uri);
    if (counted === uri) return this.mentions.itemAt(uri, offset);
    const item = this.mentions.itemAt(counted, this.offsetsFrom(uri, counted)(offset));
    const toCopy = this.offsetsFrom(counted, uri);
    return item && { ...item, start: toCopy(item.start), end: toCopy(item.end) };
  }

  /**
   * Keyword in context for an entity or term id, or a typed phrase (matched case-insensitively
   * on whole words, any whitespace between its words).
   */
  concordance(idOrPhrase: string, options: ConcordanceOptions = {}): readonly ConcordanceLine[] {
    this.flush();
    return concordance(this.counted, this.mentions, (id) => !!(this.entity(id) || this.term(id)), idOrPhrase, options);
  }

  /** Pairs of entities named in the same sentence, most sentences first. */
  cooccurrence(): readonly Cooccurrence[] {
    this.flush();
    return this.cooc.get();
  }

  wordFrequency(word: string): WordFrequency {
    this.flush();
    return this.words.of(word);
  }

  /** Whether at least `min` documents contain the word (`wordFrequency(word).documents.length >= min`, sooner). */
  wordInAtLeast(word: string, min: number): boolean {
    this.flush();
    return this.words.inAtLeast(word, min);
  }
}
