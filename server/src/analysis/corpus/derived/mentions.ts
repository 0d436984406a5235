/**
 * Mention queries over the corpus tables: every mention of an entity or term in corpus order (a
 * few lists cached), the documents it occurs in, its first mention in a document, and the other
 * way round, the entity or term under an offset.
 */
import { entitySpans } from '../../cache/analysisViews';
import type { CodebookFilter } from '../codebookFilter';
import { DocumentCountList } from '../documentCountList';
import type { DocumentStore } from '../documentStore';
import { BoundedCache } from '../boundedCache';
import { lowerBound } from '../../common/binarySearch';
import { MentionList, type MentionVisitor } from '../mentionList';
import type { IndexItem, Mention } from '../model';
import { spanEnd, spanIndexAt, spanStart } from '../spans';
import type { EntitySurfaceTable } from '../tables/entitySurfaces';
import { type RhetoricTermTable, termId } from '../tables/rhetoricTerms';
import { type DerivedClock, DerivedCache } from './derivedCache';
import type { EntityResolution } from './entityResolution';
import { detachedSlice } from './keyTermTable';
import type { KeyTerms } from './keyTerms';

/** Mention lists kept (most recently used); big entities have tens of thousands of mentions. */
const MENTION_CACHE_SIZE = 32;
/** Mentions held by the mention cache at most (16 bytes each). */
const MENTION_CACHE_ITEMS = 200_000;

/** The tables mentions are read from. */
export interface MentionSources {
  readonly store: DocumentStore;
  readonly surfaces: EntitySurfaceTable;
  readonly resolution: EntityResolution;
  readonly rhetoric: RhetoricTermTable;
  readonly keyTerms: KeyTerms;
  codebook(): CodebookFilter;
}

/** The cached lists, and what they were built for (see `carryOver`). */
interface CachedLists {
  readonly cache: BoundedCache<MentionList>;
  readonly sortedUris: readonly string[];
  readonly codebook: CodebookFilter;
  /** The entity grouping the entity lists follow, once one was cached. */
  grouping?: object;
}

export class Mentions {
  private readonly lists: DerivedCache<CachedLists>;
  /** Documents whose contribution changed since the lists' generation. */
  private changed = new Set<string>();
  /** Documents lists of entities and rhetoric terms asked for in this generation (a hover asks for its item's several times). */
  private readonly documentLists: DerivedCache<BoundedCache<DocumentCountList>>;

  constructor(
    clock: DerivedClock,
    private readonly src: MentionSources,
  ) {
    this.lists = new DerivedCache(clock, (previous) => this.carryOver(previous));
    this.documentLists = new DerivedCache(clock, () => new BoundedCache(MENTION_CACHE_SIZE, MENTION_CACHE_ITEMS));
  }

  /** Told by the index when a document's contribution to the tables changes (an edit, an addition, a removal). */
  documentChanged(uri: string): void {
    this.changed.add(uri);
  }

  /** Every mention of an entity or term, in corpus order (documents by URI, then offset); immutable. */
  of(id: string): MentionList {
    const lists = this.lists.get();
    const cached = lists.cache.get(id);
    if (cached) return cached;
    const { store } = this.src;
    if (id.startsWith('entity:')) lists.grouping ??= this.src.resolution.grouping();
    // Sized by the record's mention count: the rows are allocated once, not grown and trimmed.
    const b = MentionList.builder(store.sortedUris(), store.uriRanks(), this.expectedCount(id));
    this.visit(id, b.add);
    return lists.cache.set(id, b.done());
  }

  /**
   * The lists for a new generation. After an edit of one document under the same entity grouping
   * (the usual keystroke), each entity's list keeps its other documents' mentions and only that
   * document's part is replaced: rebuilding big entities' lists over the whole corpus made an edit
   * cost what the corpus costs. Anything else (documents added or removed, several changed, new
   * grouping or codebook; terms' lists) is built again on the next query.
   */
  private carryOver(previous: CachedLists | undefined): CachedLists {
    const changed = this.changed;
    this.changed = new Set();
    const next: CachedLists = { cache: new BoundedCache(MENTION_CACHE_SIZE, MENTION_CACHE_ITEMS), sortedUris: this.src.store.sortedUris(), codebook: this.src.codebook() };
    if (!previous?.grouping || changed.size !== 1 || !sameOrder(previous.sortedUris, next.sortedUris) || previous.codebook !== next.codebook) return next;
    const grouping = this.src.resolution.grouping();
    if (grouping !== previous.grouping) return next;
    next.grouping = grouping;
    const [uri] = changed;
    const rank = this.src.store.uriRanks().get(uri);
    if (rank === undefined) return next;
    const inDocument = this.entityMentionsIn(uri);
    for (const [id, list] of previous.cache.list()) if (id.startsWith('entity:')) next.cache.set(id, list.withDocument(rank, inDocument.get(id) ?? []));
    return next;
  }

  /** A document's entity mentions (start, end, text) by entity, in text order. */
  private entityMentionsIn(uri: string): Map<string, [number, number, string][]> {
    const { store, surfaces, resolution } = this.src;
    const out = new Map<string, [number, number, string][]>();
    const sids = surfaces.sidsOf(uri);
    if (!sids) return out;
    const spans = entitySpans(store.get(uri)!);
    const entityOf = resolution.entityOfRow();
    for (let k = 0; k < sids.length; k++) {
      const id = entityOf(sids[k]);
      if (id === undefined) continue;
      let list = out.get(id);
      if (!list) out.set(id, (list = []));
      list.push([spanStart(spans, k), spanEnd(spans, k), surfaces.row(sids[k]).text]);
    }
    return out;
  }

  /**
   * The first mention in one document. A key term's is found in that document alone: listing
   * its mentions in the whole corpus re-reads every document that has it.
   */
  firstIn(id: string, uri: string): Mention | undefined {
    const cached = this.lists.get().cache.get(id);
    if (cached || !id.startsWith('keyword:')) return (cached ?? this.of(id)).firstIn(uri);
    const { keyTerms, store } = this.src;
    if (keyTerms.usesPerDocument(id)?.get(uri) === undefined) return undefined;
    const k = keyTerms.usesIn(uri, id)[0];
    return k && { uri, start: k.start, end: k.end, text: detachedSlice(store.get(uri)!.text, k.start, k.end) };
  }

  /** Walks the mentions in corpus order until `visit` returns false, from the cached list if there is one. */
  walk(id: string, visit: MentionVisitor): void {
    const cached = this.lists.get().cache.get(id);
    if (cached) cached.visit(visit);
    else this.visit(id, visit);
  }

  /** Documents where an entity or term occurs, most mentions first, then in corpus order. */
  documentsOf(id: string): DocumentCountList {
    // Not a key term's: its uses may come from key terms computed before the latest edits (see KeyTerms).
    if (id.startsWith('keyword:')) return this.countDocuments(id);
    const cache = this.documentLists.get();
    return cache.get(id) ?? cache.set(id, this.countDocuments(id));
  }

  private countDocuments(id: string): DocumentCountList {
    const { store, resolution, rhetoric, keyTerms } = this.src;
    const rank = store.uriRanks();
    const ranks: number[] = [];
    const counts: number[] = [];
    const add = (uri: string, count: number) => {
      ranks.push(rank.get(uri)!);
      counts.push(count);
    };
    if (id.startsWith('entity:')) {
      const rows = resolution.rowsOf(id);
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
      rhetoric.visible(id, this.src.codebook())?.docs.forEach(add);
    } else if (id.startsWith('keyword:')) {
      // Every use, key in the document or not (the counts the hover and concordance give).
      keyTerms.usesPerDocument(id)?.forEach((uri, count) => store.has(uri) && add(uri, count));
    }
    return DocumentCountList.byCount(store.sortedUris(), ranks, counts);
  }

  /** The entity or term under an offset (entities first, then rhetoric, then key terms). */
  itemAt(uri: string, offset: number): IndexItem | undefined {
    const { store, surfaces, resolution, rhetoric, keyTerms } = this.src;
    const d = store.get(uri);
    if (!d) return undefined;
    const codebook = this.src.codebook();
    const spans = entitySpans(d);
    const k = spanIndexAt(spans, offset);
    const text = k >= 0 ? surfaces.row(surfaces.sidsOf(uri)![k]).text : '';
    if (k >= 0 && !codebook.isIgnoredName(text)) {
      const id = resolution.entityIdOf(text);
      if (id) return { id, kind: 'entity', label: resolution.entity(id)?.name ?? text, start: spanStart(spans, k), end: spanEnd(spans, k) };
    }
    const m = spanAt(d.markers, offset);
    if (m) {
      const id = termId(m.category, m.term);
      if (rhetoric.visible(id, codebook)) return { id, kind: 'rhetoric', label: m.term, start: m.start, end: m.end };
    }
    return spanAt(keyTerms.occurrencesIn(uri), offset);
  }

  private expectedCount(id: string): number | undefined {
    const { resolution, rhetoric, keyTerms } = this.src;
    if (id.startsWith('entity:')) return resolution.entity(id)?.mentions;
    if (id.startsWith('keyword:')) {
      let n = 0;
      keyTerms.usesPerDocument(id)?.forEach((_, count) => (n += count));
      return n;
    }
    return rhetoric.visible(id, this.src.codebook())?.count;
  }

  /** Walks the mentions in corpus order, until `visit` returns false (a concordance with a limit stops early). */
  private visit(id: string, visit: MentionVisitor): void {
    const { store, surfaces, resolution, rhetoric, keyTerms } = this.src;
    if (id.startsWith('entity:')) {
      const rows = resolution.rowsOf(id);
      if (!rows.length) return;
      const mask = new Set(rows.map((r) => r.sid));
      const docs = new Set<string>();
      for (const row of rows) for (const u of row.docs.keys()) docs.add(u);
      for (const uri of store.inCorpusOrder(docs)) {
        const spans = entitySpans(store.get(uri)!);
        const sids = surfaces.sidsOf(uri)!;
        for (let k = 0; k < sids.length; k++) {
          if (mask.has(sids[k]) && visit(uri, spanStart(spans, k), spanEnd(spans, k), surfaces.row(sids[k]).text) === false) return;
        }
      }
      return;
    }
    if (id.startsWith('term:')) {
      const row = rhetoric.visible(id, this.src.codebook());
      if (!row) return;
      for (const uri of row.docs.keys()) {
        for (const m of store.get(uri)!.markers) if (termId(m.category, m.term) === id && visit(uri, m.start, m.end, m.text) === false) return;
      }
      return;
    }
    if (id.startsWith('keyword:')) {
      // Every use in the corpus, in corpus order: also where the term is not key (not shown).
      const docs = keyTerms.usesPerDocument(id);
      if (!docs) return;
      for (const uri of store.sortedUris()) {
        if (docs.get(uri) === undefined) continue;
        const text = store.get(uri)!.text;
        for (const k of keyTerms.usesIn(uri, id)) if (visit(uri, k.start, k.end, detachedSlice(text, k.start, k.end)) === false) return;
      }
    }
  }
}

/** Whether two corpus orders are the same documents (an edit takes a document out of the counted store and puts it back: a new array). */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The span (sorted by start, non-overlapping) containing an offset (or ending at it). */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  const found = lowerBound(spans.length, (i) => spans[i].start <= offset) - 1;
  if (found < 0) return undefined;
  const s = spans[found];
  return offset <= s.end ? s : undefined;
}
