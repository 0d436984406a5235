/**
 * Key terms of the corpus (keyterms.ts defines them) and their occurrences in each document. The
 * n-gram table they are computed from is built on the first key-term query, not while documents
 * load (a warm start of a big corpus would spend most of its time here); from then on it is kept
 * current. Per-document lookups (hover, item under the cursor) may read key terms computed before
 * the latest edits, for a while: recomputing them takes seconds on a big corpus. While the corpus
 * is being indexed they never compute them: key terms of part of a corpus are not its key terms,
 * and on thousands of speeches one computation kept a hover waiting for a minute and more.
 */
import type { DocumentAnalysis } from '../../document';
import { sortedIndexOf } from '../../common/binarySearch';
import { entitySpans } from '../../cache/analysisViews';
import { DEFAULT_KEY_TERM_OPTIONS, type KeyTermOptions, documentMinG2, keyness, minLogRatioFor, sameKeyTermOptions, testedTerms } from '../keyterms';
import { termOccurrences } from '../termSearch';
import type { CodebookFilter } from '../codebookFilter';
import { DocCounts } from '../docCounts';
import type { DocumentStore } from '../documentStore';
import type { IndexItem, TermRecord } from '../model';
import { NgramCounts } from '../tables/ngramCounts';
import { type DerivedClock, DerivedCache } from './derivedCache';
import { type DocumentKeyTerm, type KeyTermState, computeKeyTerms } from './keyTermTable';
import { usesAmong } from './keyTermUses';

/** A key term's keyness in one document and the thresholds that document sets (see `KeyTerms.keynessIn`). */
export interface TermKeynessHere {
  readonly count: number;
  readonly g2: number;
  readonly logRatio: number;
  readonly minG2: number;
  /** Terms the document tests (the Bonferroni correction's number). */
  readonly tested: number;
  readonly corrected: boolean;
  readonly minLogRatio: number;
}

/** How long per-document key-term lookups may use key terms computed before later edits. */
export const KEY_TERMS_MAX_STALE_MS = 30_000;
/** No key terms (see `KeyTerms.state`). */
const NO_KEY_TERMS: KeyTermState = { records: [], byId: new Map(), hashOf: new Map(), idOfHash: new Map(), perDoc: new Map(), docCounts: new Map(), uses: new Map() };
/** Documents whose key-term occurrences are kept. */
const DOCUMENT_CACHE_SIZE = 200;

export class KeyTerms {
  private readonly ngrams = new NgramCounts();
  private ngramsReady = false;
  private options: KeyTermOptions = DEFAULT_KEY_TERM_OPTIONS;
  private readonly computed: DerivedCache<{ state: KeyTermState; at: number; options: KeyTermOptions }>;
  private readonly inDocument: DerivedCache<Map<string, IndexItem[]>>;
  private readonly uses: DerivedCache<Map<string, DocCounts>>;

  constructor(
    clock: DerivedClock,
    private readonly store: DocumentStore,
    private readonly codebook: () => CodebookFilter,
    /** Whether the corpus is being indexed (see `state`). */
    private readonly indexing: () => boolean,
  ) {
    this.computed = new DerivedCache(clock, () => ({ state: this.compute(), at: Date.now(), options: this.options }));
    this.inDocument = new DerivedCache(clock, () => new Map());
    this.uses = new DerivedCache(clock, () => new Map());
  }

  /** Adds (sign 1) or subtracts (-1) a document's n-grams, once the table exists. */
  contribute(d: DocumentAnalysis, sign: 1 | -1): void {
    if (this.ngramsReady) this.ngrams.contribute(d, sign);
  }

  /** Whether an edit can be applied as the difference of the two n-gram tables (see `applyEdit`). */
  canApplyEdit(old: DocumentAnalysis, analysis: DocumentAnalysis): boolean {
    return this.ngramsReady && !!old.ngrams && !!analysis.ngrams;
  }

  /** An edit: the n-gram table changes by the few n-grams the edit touched. */
  applyEdit(old: DocumentAnalysis, analysis: DocumentAnalysis): void {
    this.ngrams.diff(old, analysis);
  }

  /** Sets the options; false if they are the ones in use. */
  setOptions(options: KeyTermOptions): boolean {
    if (sameKeyTermOptions(options, this.options)) return false;
    this.options = options;
    return true;
  }

  /** Key terms of the corpus, highest G² first. */
  records(): readonly TermRecord[] {
    return this.state().records;
  }

  /**
   * Key terms as the views list them and the documents show them: the last computed even if edits
   * came since (`stateForHover`). Recomputing them all after every edit took 0.5-0.7 s on 10 MB, and
   * the status bar and the Terms view ask after each one.
   */
  recordsAsShown(): readonly TermRecord[] {
    return this.stateForHover().records;
  }

  /** A key term by id, as per-document lookups see it. */
  record(id: string): TermRecord | undefined {
    return this.stateForHover().byId.get(id);
  }

  /** A document's own key terms against the rest of the corpus (the ones it shows), highest G² first. */
  ofDocument(uri: string): readonly DocumentKeyTerm[] {
    return this.state().perDoc.get(uri) ?? [];
  }

  /**
   * Occurrences per document of a key term in the documents where it is key (what they show),
   * as per-document lookups see it.
   */
  documentCounts(id: string): DocCounts | undefined {
    return this.stateForHover().docCounts.get(id);
  }

  /** Every use of a key term, per document: in all documents, key there or not (concordance, hover). */
  usesPerDocument(id: string): DocCounts | undefined {
    const st = this.stateForHover();
    const h = st.hashOf.get(id);
    if (h === undefined) return undefined;
    const cache = this.uses.get();
    let found = cache.get(id);
    if (found) return found;
    found = new DocCounts();
    for (const uri of this.store.sortedUris()) {
      const t = this.store.get(uri)?.ngrams;
      const i = t ? sortedIndexOf(t.hashes, h) : -1;
      if (i >= 0) found.set(uri, t!.counts[i]);
    }
    if (cache.size > DOCUMENT_CACHE_SIZE) cache.clear();
    cache.set(id, found);
    return found;
  }

  /**
   * Why a key term is or is not key in one document: its uses there, its keyness against the rest
   * of the corpus, and the thresholds this document sets (G² corrected for the terms it tests, the
   * log ratio a term as widespread needs).
   */
  keynessIn(uri: string, id: string): TermKeynessHere | undefined {
    const d = this.store.get(uri);
    const h = this.stateForHover().hashOf.get(id);
    if (!d?.ngrams || h === undefined) return undefined;
    const t = d.ngrams;
    const i = sortedIndexOf(t.hashes, h);
    const count = i >= 0 ? t.counts[i] : 0;
    const shared = this.ngrams.sharedOccurrences(h);
    const k = keyness(count, d.wordCount, Math.max(0, shared - count), this.ngrams.totalWords - d.wordCount);
    const minLogRatio = minLogRatioFor(this.ngrams.documentFrequency(h), this.store.all.size, this.options.minLogRatio);
    return { count, g2: k.g2, logRatio: k.logRatio, minG2: documentMinG2(t, this.options), tested: testedTerms(t), corrected: this.options.correctForTests, minLogRatio };
  }

  /** Every use of a key term in one document, in text order (also inside longer phrases). */
  usesIn(uri: string, id: string): readonly IndexItem[] {
    const d = this.store.get(uri);
    const st = this.stateForHover();
    const h = st.hashOf.get(id);
    if (!d || h === undefined || sortedIndexOf(d.ngrams.hashes, h) < 0) return [];
    const label = st.byId.get(id)!.label;
    return termOccurrences(d, entitySpans(d), [{ hash: h, label }]).map((o) => ({ id, kind: 'keyword' as const, label, start: o.start, end: o.end }));
  }

  /** Occurrences of the key terms of one document (key in it, see `ofDocument`), in text order. */
  occurrencesIn(uri: string): readonly IndexItem[] {
    const cache = this.inDocument.get();
    const cached = cache.get(uri);
    if (cached) return cached;
    const d = this.store.get(uri);
    if (!d) return [];
    const st = this.stateForHover();
    const sought = (st.perDoc.get(uri) ?? []).map((k) => ({ hash: st.hashOf.get(k.id)!, label: st.byId.get(k.id)!.label }));
    const out: IndexItem[] = [];
    if (sought.length) {
      let lastEnd = -1;
      // Found while the key terms were computed, unless the document changed since.
      const known = st.uses.get(uri);
      const hashes = new Set(sought.map((t) => t.hash));
      const found = known?.doc === d ? usesAmong(known, (h) => hashes.has(h)) : termOccurrences(d, entitySpans(d), sought);
      // Non-overlapping: the first wins, and at one start the longest ("HIV drugs" over "HIV").
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      for (const o of found) {
        if (o.start < lastEnd) continue;
        const id = st.idOfHash.get(o.hash)!;
        out.push({ id, kind: 'keyword', label: st.byId.get(id)!.label, start: o.start, end: o.end });
        lastEnd = o.end;
      }
    }
    if (cache.size > DOCUMENT_CACHE_SIZE) cache.clear();
    cache.set(uri, out);
    return out;
  }

  /**
   * The last computed key terms even if edits came since, unless older than
   * `KEY_TERMS_MAX_STALE_MS`: they must not be recomputed on every keystroke. Never under other
   * options: a changed setting shows at once (else the per-document lists would keep the old ones).
   */
  private stateForHover(): KeyTermState {
    const last = this.computed.last;
    if (last && last.options === this.options && (this.computed.isCurrent || Date.now() - last.at < KEY_TERMS_MAX_STALE_MS)) return last.state;
    return this.state();
  }

  /**
   * While indexing, none for any query (they come when indexing ends): key terms computed then for
   * a corpus-wide request (an editor's workspace symbols) would be what per-document lookups serve.
   */
  private state(): KeyTermState {
    return this.indexing() ? NO_KEY_TERMS : this.computed.get().state;
  }

  /** Builds the n-gram table now, if not yet built; from then on it is kept current. */
  prepareCounts(): void {
    if (this.ngramsReady) return;
    this.ngramsReady = true;
    this.ngrams.contributeAll([...this.store.all.values()]);
  }

  private compute(): KeyTermState {
    this.prepareCounts();
    const codebook = this.codebook();
    return computeKeyTerms({ docs: this.store.all, sortedUris: () => this.store.sortedUris(), counts: this.ngrams, options: this.options, ignore: codebook.ignore, ignoreHashes: codebook.ignoreHashes });
  }
}
