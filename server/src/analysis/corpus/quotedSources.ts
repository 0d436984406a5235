/**
 * Who is quoted across the corpus: each document's attributed quotations with the entity their
 * speaker resolves to (through the index's names and aliases), per entity and per document.
 */
import type { EntityType } from '../types';
import type { CorpusIndex } from './corpusIndex';

/** An attributed quotation in one document. */
export interface QuotationRef {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** The speaker as the text names them ("he", "the minister", "Sergei Lavrov"). */
  readonly speaker: string;
  /** The entity the speaker resolves to, when it does. */
  readonly entityId?: string;
}

/** An entity the corpus quotes, with how often and in how many articles. */
export interface QuotedSource {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly quotes: number;
  readonly documents: number;
}

/** The attributed quotations of one document, in text order. */
export function quotationsIn(index: CorpusIndex, uri: string): QuotationRef[] {
  const d = index.get(uri);
  if (!d) return [];
  const out: QuotationRef[] = [];
  for (const q of d.quotes) {
    if (q.speaker === undefined) continue;
    const entityId = q.name !== undefined ? index.entityIdOf(q.name) : undefined;
    out.push({ uri, start: q.start, end: q.end, speaker: q.speaker, ...(entityId ? { entityId } : {}) });
  }
  return out;
}

/** The innermost attributed quotation at an offset of a document. */
export function quotationAt(index: CorpusIndex, uri: string, offset: number): QuotationRef | undefined {
  let best: QuotationRef | undefined;
  for (const q of quotationsIn(index, uri)) if (q.start <= offset && offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  return best;
}

/** Every quotation of an entity, in corpus order. */
export function quotationsOf(index: CorpusIndex, entityId: string): QuotationRef[] {
  return index.quotationsOf(entityId).slice();
}

/** The entities the corpus quotes, most quoted first. */
export function quotedSources(index: CorpusIndex): QuotedSource[] {
  const count = new Map<string, { quotes: number; docs: Set<string> }>();
  for (const uri of index.countedUris()) {
    for (const q of quotationsIn(index, uri)) {
      if (!q.entityId) continue;
      let c = count.get(q.entityId);
      if (!c) count.set(q.entityId, (c = { quotes: 0, docs: new Set() }));
      c.quotes++;
      c.docs.add(uri);
    }
  }
  const out: QuotedSource[] = [];
  for (const [id, c] of count) {
    const e = index.entity(id);
    if (e) out.push({ id, name: e.name, type: e.type, quotes: c.quotes, documents: c.docs.size });
  }
  return out.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
