/**
 * Every entity's attributed quotations, each list in corpus order (a hover on a name says where it
 * is quoted). Built in one pass over the corpus; after an edit of one document under the same entity
 * grouping (the usual keystroke), only that document's quotations are replaced in the lists of the
 * entities it quotes, before or after: the pass over every document's quotations was the largest
 * part of a hover after an edit that grew with the corpus.
 */
import { lowerBound } from '../../common/binarySearch';
import type { CodebookFilter } from '../codebookFilter';
import type { DocumentStore } from '../documentStore';
import type { QuotationRef } from '../quotedSources';
import { type DerivedClock, DerivedCache } from './derivedCache';
import type { EntityResolution } from './entityResolution';
import { sameOrder } from './mentions';

/** Where the quotations are read from. */
export interface QuotationSources {
  readonly store: DocumentStore;
  readonly resolution: EntityResolution;
  /** A document's attributed quotations, each with the entity its speaker resolves to if any. */
  quotationsIn(uri: string): readonly QuotationRef[];
  codebook(): CodebookFilter;
}

/** The lists, and what they were built for (see `carryOver`). */
interface QuotationLists {
  readonly byEntity: Map<string, readonly QuotationRef[]>;
  /** The entities each document quotes (a document's quotations are found through it after an edit). */
  readonly entitiesOf: Map<string, readonly string[]>;
  readonly sortedUris: readonly string[];
  readonly grouping: object;
  readonly codebook: CodebookFilter;
}

export class Quotations {
  private readonly lists: DerivedCache<QuotationLists>;
  /** Documents whose contribution changed since the lists' generation. */
  private changed = new Set<string>();

  constructor(
    clock: DerivedClock,
    private readonly src: QuotationSources,
  ) {
    this.lists = new DerivedCache(clock, (previous) => this.carryOver(previous));
  }

  /** Told by the index when a document's contribution to the tables changes. */
  documentChanged(uri: string): void {
    this.changed.add(uri);
  }

  /** An entity's quotations in corpus order (shared: do not change it). */
  of(entityId: string): readonly QuotationRef[] {
    return this.lists.get().byEntity.get(entityId) ?? [];
  }

  /** The lists of the previous generation with one edited document's part replaced, else built again. */
  private carryOver(previous: QuotationLists | undefined): QuotationLists {
    const changed = this.changed;
    this.changed = new Set();
    const { store, resolution } = this.src;
    const sortedUris = store.sortedUris();
    const grouping = resolution.grouping();
    const codebook = this.src.codebook();
    if (!previous || changed.size !== 1 || previous.grouping !== grouping || previous.codebook !== codebook || !sameOrder(previous.sortedUris, sortedUris)) return this.build(sortedUris, grouping, codebook);
    const [uri] = changed;
    const ranks = store.uriRanks();
    const rank = ranks.get(uri);
    if (rank === undefined) return this.build(sortedUris, grouping, codebook);
    const { byEntity, entitiesOf } = previous;
    const now = byEntityOf(this.src.quotationsIn(uri));
    for (const id of new Set([...(entitiesOf.get(uri) ?? []), ...now.keys()])) {
      const list = byEntity.get(id) ?? [];
      // The document's part of the list: its quotations sit together, at its place in corpus order.
      const a = lowerBound(list.length, (j) => ranks.get(list[j].uri)! < rank);
      const b = lowerBound(list.length, (j) => ranks.get(list[j].uri)! <= rank);
      const merged = [...list.slice(0, a), ...(now.get(id) ?? []), ...list.slice(b)];
      if (merged.length) byEntity.set(id, merged);
      else byEntity.delete(id);
    }
    if (now.size) entitiesOf.set(uri, [...now.keys()]);
    else entitiesOf.delete(uri);
    return { byEntity, entitiesOf, sortedUris, grouping, codebook };
  }

  private build(sortedUris: readonly string[], grouping: object, codebook: CodebookFilter): QuotationLists {
    const byEntity = new Map<string, QuotationRef[]>();
    const entitiesOf = new Map<string, readonly string[]>();
    for (const uri of sortedUris) {
      const inDocument = byEntityOf(this.src.quotationsIn(uri));
      if (!inDocument.size) continue;
      entitiesOf.set(uri, [...inDocument.keys()]);
      for (const [id, quotes] of inDocument) {
        const list = byEntity.get(id);
        if (list) list.push(...quotes);
        else byEntity.set(id, quotes);
      }
    }
    return { byEntity, entitiesOf, sortedUris, grouping, codebook };
  }
}

/** A document's quotations by the entity they resolve to, in text order. */
function byEntityOf(quotes: readonly QuotationRef[]): Map<string, QuotationRef[]> {
  const out = new Map<string, QuotationRef[]>();
  for (const q of quotes) {
    if (q.entityId === undefined) continue;
    const list = out.get(q.entityId);
    if (list) list.push(q);
    else out.set(q.entityId, [q]);
  }
  return out;
}
