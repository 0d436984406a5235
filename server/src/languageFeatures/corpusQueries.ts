/**
 * The corpus queries the language features use (the records of `analysis/corpus/model.ts`,
 * answered by `CorpusIndex`), and one document's entities and terms with their ids.
 */
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import type { DocumentAnalysis } from '../analysis/document';
import type { IndexItem } from '../analysis/corpus/model';
import type { DocumentKeyTerm } from '../analysis/corpus/derived/keyTermTable';
import type { TermKeynessHere } from '../analysis/corpus/derived/keyTerms';
import { termId } from '../analysis/corpus/tables/rhetoricTerms';
import type { DocumentCountList } from '../analysis/corpus/documentCountList';
import type { MentionList } from '../analysis/corpus/mentionList';
import type { ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, Mention, Misspelling, TermRecord } from '../analysis/corpus/model';
import type { EntityType } from '../analysis/types';

/** An entity or term under an offset (as the index gives it). */
export type ItemHit = IndexItem;

export interface CorpusQueries {
  entities(): readonly EntityRecord[];
  entity(id: string): EntityRecord | undefined;
  terms(): readonly TermRecord[];
  /** The key terms as the documents show them, for the views: not recomputed after every edit. */
  keyTermsAsShown(): readonly TermRecord[];
  term(id: string): TermRecord | undefined;
  mentionsOf(id: string): MentionList;
  firstMentionIn(id: string, uri: string): Mention | undefined;
  itemAt(uri: string, offset: number): ItemHit | undefined;
  concordance(idOrPhrase: string, options?: ConcordanceOptions): readonly ConcordanceLine[];
  documentsOf(id: string): DocumentCountList;
  /** A document's own key terms (the ones it shows), highest G² first. */
  keyTermsOf(uri: string): readonly DocumentKeyTerm[];
  /** A key term's keyness in one document and the thresholds that document sets. */
  keynessIn(uri: string, id: string): TermKeynessHere | undefined;
  cooccurrence(): readonly Cooccurrence[];
  misspellings(): readonly Misspelling[];
}

/** The queries for an index (the records of `analysis/corpus/model.ts`, answered by `CorpusIndex`). */
export function queries(index: CorpusIndex): CorpusQueries {
  return {
    entities: () => index.entities(),
    entity: (id) => index.entity(id),
    terms: () => index.terms(),
    keyTermsAsShown: () => index.keyTermsAsShown(),
    term: (id) => index.term(id),
    mentionsOf: (id) => index.mentionsOf(id),
    firstMentionIn: (id, uri) => index.firstMentionIn(id, uri),
    itemAt: (uri, offset) => index.itemAt(uri, offset),
    concordance: (idOrPhrase, options) => index.concordance(idOrPhrase, options),
    documentsOf: (id) => index.documentsOf(id),
    keyTermsOf: (uri) => index.keyTermsOf(uri),
    keynessIn: (uri, id) => index.keyTermKeynessIn(uri, id),
    cooccurrence: () => index.cooccurrence(),
    misspellings: () => index.misspellings(),
  };
}

// ------------------------------------------------------------------ per-document items

export interface DocEntity {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  readonly name: string;
}
export interface DocTerm {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly category: string;
  readonly kind: 'rhetoric' | 'keyword';
  readonly label: string;
}

/** The entity mentions and term occurrences of one document, with their ids, in text order. */
export function documentItems(index: CorpusIndex, uri: string, q: CorpusQueries = queries(index)): { entities: DocEntity[]; terms: DocTerm[] } {
  const terms: DocTerm[] = [];
  const doc = index.get(uri);
  if (!doc) return { entities: [], terms };
  const entities = documentEntities(index, uri, q);
  pushMarkerTerms(doc, q, terms);
  for (const k of index.keywordsIn(uri)) {
    const rec = q.term(k.id);
    if (rec) terms.push({ id: rec.id, start: k.start, end: k.end, text: doc.text.slice(k.start, k.end), category: rec.category, kind: rec.kind, label: rec.label });
  }
  terms.sort((a, b) => a.start - b.start);
  return { entities, terms };
}

/**
 * A document's entity mentions with their records, in text order: `documentItems` without the key
 * terms, whose computation (a pass over the corpus) a caller that shows no term need not wait for.
 */
export function documentEntities(index: CorpusIndex, uri: string, q: CorpusQueries = queries(index)): DocEntity[] {
  const entities: DocEntity[] = [];
  const doc = index.get(uri);
  if (!doc) return entities;
  for (const e of doc.entities) {
    const id = index.entityIdOf(e.text);
    const rec = id ? q.entity(id) : undefined;
    if (rec) entities.push({ id: rec.id, start: e.start, end: e.end, text: e.text, type: rec.type, name: rec.name });
  }
  return entities.sort((a, b) => a.start - b.start);
}

/** A document's rhetoric marker occurrences with their term records, in text order (no key terms). */
export function markerTerms(index: CorpusIndex, uri: string, q: CorpusQueries = queries(index)): DocTerm[] {
  const doc = index.get(uri);
  const terms: DocTerm[] = [];
  if (doc) pushMarkerTerms(doc, q, terms);
  return terms.sort((a, b) => a.start - b.start);
}

function pushMarkerTerms(doc: DocumentAnalysis, q: CorpusQueries, terms: DocTerm[]): void {
  for (const m of doc.markers) {
    const rec = q.term(termId(m.category, m.term));
    if (rec) terms.push({ id: rec.id, start: m.start, end: m.end, text: m.text, category: rec.category, kind: rec.kind, label: rec.label });
  }
}

// ------------------------------------------------------------------ helpers

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word, case-insensitive pattern for a phrase (any whitespace between its words). */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRe).join('\\s+').replace(/'/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}
