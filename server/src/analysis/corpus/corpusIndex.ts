/**
 * The corpus: every analysed document by URI, and the queries that span documents.
 * The one place where per-document results are kept and replaced when a document changes.
 *
 * Incremental: `set`/`delete` only add or subtract one document's contributions to the
 * corpus tables (surface forms of entities, rhetoric terms, n-gram document frequencies).
 * Corpus-level derived data (entity resolution, key terms, co-occurrence, mention lists) is
 * recomputed lazily on the first query after a change (`generation` tells them apart).
 */
import { DocumentAnalysis, normalizeWord } from '../document';
import { resolveEntities, type Resolution } from '../entities/resolve';
import { segment } from '../text/structure';
import type { DeclaredEntity, EntityMention, EntityType } from '../types';
import { CORPUS_KEY_TERMS, DOC_KEY_TERMS, MIN_LOG_RATIO, findHash, keyness, ngramOccurrences, phraseHash } from './keyterms';
import type { CodebookInput, ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, Keyness, Mention, Misspelling, TermRecord } from './model';

export interface WordFrequency {
  readonly word: string;
  readonly total: number;
  /** Documents that contain the word, most occurrences first. */
  readonly documents: readonly { readonly uri: string; readonly count: number }[];
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

/** A document's key term, with its keyness in that document. */
export interface DocumentKeyTerm {
  readonly id: string;
  readonly label: string;
  readonly keyness: Keyness;
  /** Occurrences in the document. */
  readonly count: number;
}

interface SurfaceRow {
  readonly text: string;
  readonly type: EntityType;
  count: number;
  readonly docs: Map<string, number>;
}

interface TermRow {
  readonly id: string;
  readonly label: string;
  readonly category: string;
  count: number;
  readonly docs: Map<string, number>;
}

interface KeyTermState {
  readonly records: TermRecord[];
  readonly byId: Map<string, TermRecord>;
  readonly hashOf: Map<string, number>;
  readonly idOfHash: Map<number, string>;
  readonly perDoc: Map<string, DocumentKeyTerm[]>;
}

const EMPTY_CODEBOOK: CodebookInput = { entities: [], terms: [], ignore: [] };

export const DEFAULT_CONCORDANCE_WIDTH = 60;
export const DEFAULT_CONCORDANCE_LIMIT = 500;

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private sorted: string[] | undefined;
  /** Bumped on every change; lazily derived data remembers the generation it was built for. */
  private gen = 0;

  // Incremental corpus tables.
  private readonly surfaces = new Map<string, SurfaceRow>();
  /** Bumped when a surface form appears or disappears, or the codebook changes (not on count changes). */
  private surfaceGen = 0;
  private readonly rhetoric = new Map<string, TermRow>();
  private readonly ngramSlot = new Map<number, number>();
  private ngramDf = new Int32Array(1024);
  private ngramParas = new Int32Array(1024);
  private readonly freeSlots: number[] = [];
  private nextSlot = 0;
  private totalParagraphs = 0;

  private codebook: CodebookInput = EMPTY_CODEBOOK;
  private ignore = new Set<string>();
  private ignoreHashes = new Set<number>();
  /** Optional check that a name is a real one (never flagged as a misspelling). */
  isKnownName?: (name: string) => boolean;

  // Lazily derived data.
  private resolution?: { gen: number; surfaceGen: number; res: Resolution; surfacesOf: Map<string, Set<string>>; records: EntityRecord[]; byId: Map<string, EntityRecord> };
  private keyState?: { gen: number; state: KeyTermState };
  private mentionCache = new Map<string, Mention[]>();
  private mentionCacheGen = -1;
  private docKeywordCache = new Map<string, IndexItem[]>();
  private docKeywordGen = -1;
  private cooc?: { gen: number; list: Cooccurrence[] };

  get generation(): number {
    return this.gen;
  }

  set(uri: string, analysis: DocumentAnalysis): void {
    const old = this.docs.get(uri);
    if (old === analysis) return;
    if (old) this.subtract(uri, old);
    else this.sorted = undefined;
    this.docs.set(uri, analysis);
    this.add(uri, analysis);
    this.gen++;
  }

  delete(uri: string): boolean {
    const old = this.docs.get(uri);
    if (!old) return false;
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

  private contribute(uri: string, d: DocumentAnalysis, sign: 1 | -1): void {
    // Entity surface forms.
    for (const e of d.entities) {
      const key = `${e.type}\u0000${e.text}`;
      let row = this.surfaces.get(key);
      if (!row) {
        if (sign < 0) continue;
        this.surfaces.set(key, (row = { text: e.text, type: e.type, count: 0, docs: new Map() }));
        this.surfaceGen++;
      }
      row.count += sign;
      const c = (row.docs.get(uri) ?? 0) + sign;
      if (c > 0) row.docs.set(uri, c);
      else row.docs.delete(uri);
      if (row.count <= 0) {
        this.surfaces.delete(key);
        this.surfaceGen++;
      }
    }
    // Rhetoric terms.
    for (const m of d.markers) {
      const id = termId(m.category, m.term);
      let row = this.rhetoric.get(id);
      if (!row) {
        if (sign < 0) continue;
        this.rhetoric.set(id, (row = { id, label: m.term, category: m.category, count: 0, docs: new Map() }));
      }
      row.count += sign;
      const c = (row.docs.get(uri) ?? 0) + sign;
      if (c > 0) row.docs.set(uri, c);
      else row.docs.delete(uri);
      if (row.count <= 0) this.rhetoric.delete(id);
    }
    // N-gram document and paragraph frequencies.
    const t = d.ngrams;
    if (!t) return;
    this.totalParagraphs += sign * t.paragraphCount;
    for (let i = 0; i < t.hashes.length; i++) {
      const h = t.hashes[i];
      let slot = this.ngramSlot.get(h);
      if (slot === undefined) {
        if (sign < 0) continue;
        slot = this.allocSlot();
        this.ngramSlot.set(h, slot);
      }
      this.ngramDf[slot] += sign;
      this.ngramParas[slot] += sign * t.paragraphs[i];
      if (this.ngramDf[slot] <= 0) {
        this.ngramSlot.delete(h);
        this.ngramDf[slot] = 0;
        this.ngramParas[slot] = 0;
        this.freeSlots.push(slot);
      }
    }
  }

  private allocSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    if (this.nextSlot >= this.ngramDf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ngramDf = grow(this.ngramDf);
      this.ngramParas = grow(this.ngramParas);
    }
    return this.nextSlot++;
  }

  /** Documents containing an n-gram hash (0 if unknown). */
  ngramDocumentFrequency(hash: number): number {
    const s = this.ngramSlot.get(hash);
    return s === undefined ? 0 : this.ngramDf[s];
  }

  // ---------------------------------------------------------------- codebook

  /** The analyst's declarations: declared entities and aliases, codebook terms, ignore list. */
  setCodebook(input: CodebookInput): void {
    this.codebook = input;
    this.ignore = new Set(input.ignore.map((w) => normalizeWord(w.trim())));
    this.ignoreHashes = new Set(input.ignore.filter((w) => w.trim()).map((w) => phraseHash(w)));
    this.gen++;
    this.surfaceGen++;
  }

  get codebookInput(): CodebookInput {
    return this.codebook;
  }

  private isIgnoredName(text: string): boolean {
    return this.ignore.size > 0 && this.ignore.has(normalizeWord(text));
  }

  // ---------------------------------------------------------------- entities

  private resolved() {
    if (this.resolution && this.resolution.gen === this.gen) return this.resolution;
    // Same surface forms, other counts (the usual edit): keep the grouping, refresh the counts.
    if (this.resolution && this.resolution.surfaceGen === this.surfaceGen) return this.refreshCounts(this.resolution);
    const forms = [];
    for (const row of this.surfaces.values()) {
      if (this.isIgnoredName(row.text)) continue;
      forms.push({ text: row.text, type: row.type, count: row.count, documents: [...row.docs.keys()] });
    }
    const declared: DeclaredEntity[] = this.codebook.entities.filter((e) => !this.isIgnoredName(e.name));
    const res = resolveEntities(forms, { declared, isKnownName: this.isKnownName, ignoreMisspellings: this.codebook.ignore });
    const surfacesOf = new Map<string, Set<string>>();
    for (const [surface, rid] of res.bySurface) {
      const id = `entity:${rid}`;
      let s = surfacesOf.get(id);
      if (!s) surfacesOf.set(id, (s = new Set()));
      s.add(surface);
    }
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
    this.resolution = { gen: this.gen, surfaceGen: this.surfaceGen, res, surfacesOf, records, byId };
    return this.resolution;
  }

  /** Mentions and documents of each entity from the current surface table, grouping unchanged. */
  private refreshCounts(r: NonNullable<CorpusIndex['resolution']>) {
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
    this.resolution = { ...r, gen: this.gen, records, byId };
    return this.resolution;
  }

  entities(): readonly EntityRecord[] {
    return this.resolved().records;
  }

  entity(id: string): EntityRecord | undefined {
    return this.resolved().byId.get(id);
  }

  /** The entity id of a surface form as written ("Putin" → `entity:person:vladimir-putin`). */
  entityIdOf(surface: string): string | undefined {
    const rid = this.resolved().res.bySurface.get(surface);
    return rid === undefined ? undefined : `entity:${rid}`;
  }

  misspellings(): readonly Misspelling[] {
    const r = this.resolved();
    return r.res.misspellings.map((m) => {
      const id = `entity:${m.entityId}`;
      const e = r.byId.get(id);
      return { surface: m.surface, entityId: id, canonical: m.canonical, entityMentions: e?.mentions ?? 0, entityDocuments: e?.documents ?? 0 };
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
    const rhet = [...this.rhetoric.values()].filter((r) => !this.isIgnoredTerm(r)).map((r) => this.rhetoricRecord(r));
    rhet.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    return rhet.concat(this.keyTermState().records);
  }

  term(id: string): TermRecord | undefined {
    if (id.startsWith('keyword:')) return this.keyTermState().byId.get(id);
    const row = this.rhetoric.get(id);
    return row && !this.isIgnoredTerm(row) ? this.rhetoricRecord(row) : undefined;
  }

  /** Key terms of the corpus (see keyterms.ts for the definition), highest G² first. */
  keyTerms(): readonly TermRecord[] {
    return this.keyTermState().records;
  }

  /** A document's own key terms against the rest of the corpus, highest G² first. */
  keyTermsOf(uri: string): readonly DocumentKeyTerm[] {
    return this.keyTermState().perDoc.get(uri) ?? [];
  }

  private keyTermState(): KeyTermState {
    if (this.keyState && this.keyState.gen === this.gen) return this.keyState.state;
    const N = this.docs.size;
    const best = new Map<number, { g2: number; logRatio: number }>();
    const perDocHashes = new Map<string, { h: number; g2: number; logRatio: number; count: number }[]>();
    for (const [uri, d] of this.docs) {
      const t = d.ngrams;
      if (!t || !t.paragraphCount) continue;
      const na = t.paragraphCount;
      const nb = this.totalParagraphs - na;
      const cands: { h: number; g2: number; logRatio: number; count: number }[] = [];
      for (let i = 0; i < t.hashes.length; i++) {
        const a = t.paragraphs[i];
        if (a < 2) continue;
        const h = t.hashes[i];
        const slot = this.ngramSlot.get(h);
        if (slot === undefined || this.ngramDf[slot] < 2) continue;
        if (this.ignoreHashes.has(h)) continue;
        const k = keyness(a, na, this.ngramParas[slot] - a, nb);
        if (k.logRatio < MIN_LOG_RATIO || k.g2 <= 0) continue;
        cands.push({ h, g2: k.g2, logRatio: k.logRatio, count: t.counts ? t.counts[i] : a });
      }
      if (!cands.length) continue;
      cands.sort((x, y) => y.g2 - x.g2 || x.h - y.h);
      cands.length = Math.min(cands.length, DOC_KEY_TERMS);
      perDocHashes.set(uri, cands);
      for (const c of cands) {
        const b = best.get(c.h);
        if (!b || c.g2 > b.g2) best.set(c.h, { g2: c.g2, logRatio: c.logRatio });
      }
    }
    const top = [...best.entries()].sort((x, y) => y[1].g2 - x[1].g2 || x[0] - y[0]).slice(0, CORPUS_KEY_TERMS);
    // Labels: re-extract one document containing each hash.
    const wanted = new Set(top.map((t) => t[0]));
    const labels = new Map<number, string>();
    for (const uri of this.sortedUris()) {
      if (labels.size === wanted.size) break;
      const list = perDocHashes.get(uri);
      if (!list || !list.some((c) => wanted.has(c.h) && !labels.has(c.h))) continue;
      const d = this.docs.get(uri)!;
      for (const o of ngramOccurrences(segment(d.text), d.entities, wanted)) {
        if (!labels.has(o.hash)) labels.set(o.hash, d.text.slice(o.start, o.end).toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' '));
      }
    }
    const records: TermRecord[] = [];
    const byId = new Map<string, TermRecord>();
    const hashOf = new Map<string, number>();
    const idOfHash = new Map<number, string>();
    for (const [h, k] of top) {
      const label = labels.get(h);
      if (!label || this.ignore.has(label)) continue;
      const id = `keyword:${label}`;
      if (byId.has(id)) continue;
      let mentions = 0;
      let documents = 0;
      for (const d of this.docs.values()) {
        const i = d.ngrams ? findHash(d.ngrams.hashes, h) : -1;
        if (i < 0) continue;
        documents++;
        mentions += d.ngrams.counts ? d.ngrams.counts[i] : d.ngrams.paragraphs[i];
      }
      const rec: TermRecord = { id, label, kind: 'keyword', category: 'keyword', mentions, documents, keyness: { g2: round(k.g2), logRatio: round(k.logRatio), documentFrequency: documents, corpusDocuments: N } };
      records.push(rec);
      byId.set(id, rec);
      hashOf.set(id, h);
      idOfHash.set(h, id);
    }
    const perDoc = new Map<string, DocumentKeyTerm[]>();
    for (const [uri, list] of perDocHashes) {
      const out: DocumentKeyTerm[] = [];
      for (const c of list) {
        const id = idOfHash.get(c.h);
        if (!id) continue;
        const rec = byId.get(id)!;
        out.push({ id, label: rec.label, count: c.count, keyness: { g2: round(c.g2), logRatio: round(c.logRatio), documentFrequency: rec.documents, corpusDocuments: N } });
      }
      if (out.length) perDoc.set(uri, out);
    }
    const state: KeyTermState = { records, byId, hashOf, idOfHash, perDoc };
    this.keyState = { gen: this.gen, state };
    return state;
  }

  // ---------------------------------------------------------------- mentions

  /** Every mention of an entity or term, in corpus order (documents by URI, then offset). */
  mentionsOf(id: string): readonly Mention[] {
    if (this.mentionCacheGen !== this.gen) {
      this.mentionCache.clear();
      this.mentionCacheGen = this.gen;
    }
    let list = this.mentionCache.get(id);
    if (list) return list;
    list = this.computeMentions(id);
    if (this.mentionCache.size > 2000) this.mentionCache.clear();
    this.mentionCache.set(id, list);
    return list;
  }

  private computeMentions(id: string): Mention[] {
    const out: Mention[] = [];
    if (id.startsWith('entity:')) {
      const surfaces = this.resolved().surfacesOf.get(id);
      if (!surfaces) return out;
      const docs = new Set<string>();
      for (const row of this.surfaces.values()) if (surfaces.has(row.text)) for (const u of row.docs.keys()) docs.add(u);
      for (const uri of [...docs].sort()) {
        for (const e of this.docs.get(uri)!.entities) if (surfaces.has(e.text)) out.push({ uri, start: e.start, end: e.end, text: e.text });
      }
      return out;
    }
    if (id.startsWith('term:')) {
      const row = this.rhetoric.get(id);
      if (!row || this.isIgnoredTerm(row)) return out;
      for (const uri of [...row.docs.keys()].sort()) {
        for (const m of this.docs.get(uri)!.markers) if (termId(m.category, m.term) === id) out.push({ uri, start: m.start, end: m.end, text: m.text });
      }
      return out;
    }
    if (id.startsWith('keyword:')) {
      const h = this.keyTermState().hashOf.get(id);
      if (h === undefined) return out;
      const wanted = new Set([h]);
      for (const uri of this.sortedUris()) {
        const d = this.docs.get(uri)!;
        if (!d.ngrams || findHash(d.ngrams.hashes, h) < 0) continue;
        for (const o of ngramOccurrences(segment(d.text), d.entities, wanted)) out.push({ uri, start: o.start, end: o.end, text: d.text.slice(o.start, o.end) });
      }
    }
    return out;
  }

  /** Documents where an entity or term occurs, most mentions first. */
  documentsOf(id: string): readonly DocumentCount[] {
    const counts = new Map<string, number>();
    for (const m of this.mentionsOf(id)) counts.set(m.uri, (counts.get(m.uri) ?? 0) + 1);
    return [...counts.entries()].map(([uri, count]) => ({ uri, count })).sort((a, b) => b.count - a.count || (a.uri < b.uri ? -1 : 1));
  }

  /** The entity or term under an offset (entities first, then rhetoric, then key terms). */
  itemAt(uri: string, offset: number): IndexItem | undefined {
    const d = this.docs.get(uri);
    if (!d) return undefined;
    const e = spanAt(d.entities, offset);
    if (e && !this.isIgnoredName(e.text)) {
      const id = this.entityIdOf(e.text);
      if (id) return { id, kind: 'entity', label: this.entity(id)?.name ?? e.text, start: e.start, end: e.end };
    }
    const m = spanAt(d.markers, offset);
    if (m) {
      const id = termId(m.category, m.term);
      const row = this.rhetoric.get(id);
      if (row && !this.isIgnoredTerm(row)) return { id, kind: 'rhetoric', label: m.term, start: m.start, end: m.end };
    }
    const k = spanAt(this.keywordsIn(uri), offset);
    return k;
  }

  /**
   * Everything found in one document with its ids, in text order, in O(document): entity
   * mentions (with the entity's canonical name), and rhetoric and key-term occurrences.
   * (For semantic tokens, diagnostics and symbols, rather than filtering `mentionsOf`.)
   */
  itemsIn(uri: string): {
    entities: { id: string; start: number; end: number; text: string; type: EntityType; name: string }[];
    terms: { id: string; start: number; end: number; text: string; kind: 'rhetoric' | 'keyword'; category: string; label: string }[];
  } {
    const d = this.docs.get(uri);
    if (!d) return { entities: [], terms: [] };
    const entities = [];
    for (const e of d.entities) {
      if (this.isIgnoredName(e.text)) continue;
      const id = this.entityIdOf(e.text);
      const rec = id ? this.entity(id) : undefined;
      if (id && rec) entities.push({ id, start: e.start, end: e.end, text: e.text, type: rec.type, name: rec.name });
    }
    const terms: { id: string; start: number; end: number; text: string; kind: 'rhetoric' | 'keyword'; category: string; label: string }[] = [];
    for (const m of d.markers) {
      const id = termId(m.category, m.term);
      const row = this.rhetoric.get(id);
      if (row && !this.isIgnoredTerm(row)) terms.push({ id, start: m.start, end: m.end, text: m.text, kind: 'rhetoric', category: m.category, label: m.term });
    }
    for (const k of this.keywordsIn(uri)) terms.push({ id: k.id, start: k.start, end: k.end, text: d.text.slice(k.start, k.end), kind: 'keyword', category: 'keyword', label: k.label });
    terms.sort((a, b) => a.start - b.start || a.end - b.end);
    return { entities, terms };
  }

  /** Occurrences of the corpus's key terms in one document, in text order. */
  keywordsIn(uri: string): readonly IndexItem[] {
    if (this.docKeywordGen !== this.gen) {
      this.docKeywordCache.clear();
      this.docKeywordGen = this.gen;
    }
    const cached = this.docKeywordCache.get(uri);
    if (cached) return cached;
    const d = this.docs.get(uri);
    if (!d) return [];
    const st = this.keyTermState();
    const wanted = new Set<number>();
    if (d.ngrams) for (const h of st.idOfHash.keys()) if (findHash(d.ngrams.hashes, h) >= 0) wanted.add(h);
    const out: IndexItem[] = [];
    if (wanted.size) {
      let lastEnd = -1;
      for (const o of ngramOccurrences(segment(d.text), d.entities, wanted)) {
        if (o.start < lastEnd) continue; // keep them non-overlapping, first and longest wins
        const id = st.idOfHash.get(o.hash)!;
        out.push({ id, kind: 'keyword', label: st.byId.get(id)!.label, start: o.start, end: o.end });
        lastEnd = o.end;
      }
    }
    if (this.docKeywordCache.size > 200) this.docKeywordCache.clear();
    this.docKeywordCache.set(uri, out);
    return out;
  }

  // ---------------------------------------------------------------- concordance

  /**
   * Keyword in context for an entity or term id, or a typed phrase (matched case-insensitively
   * on whole words, any whitespace between its words).
   */
  concordance(idOrPhrase: string, options: ConcordanceOptions = {}): readonly ConcordanceLine[] {
    const width = options.width ?? DEFAULT_CONCORDANCE_WIDTH;
    const limit = options.limit ?? DEFAULT_CONCORDANCE_LIMIT;
    const out: ConcordanceLine[] = [];
    const push = (uri: string, text: string, start: number, end: number): boolean => {
      if (uri === options.excludeUri) return true;
      out.push({ uri, start, end, text: text.slice(start, end), left: oneLine(text.slice(Math.max(0, start - width), start)), right: oneLine(text.slice(end, end + width)) });
      return out.length < limit;
    };
    if (/^(entity|term|keyword):/.test(idOrPhrase) && (this.entity(idOrPhrase) || this.term(idOrPhrase))) {
      for (const m of this.mentionsOf(idOrPhrase)) if (!push(m.uri, this.docs.get(m.uri)!.text, m.start, m.end)) break;
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
      if (keys.every((k) => /^[\p{L}\p{N}'’\-.]+$/u.test(k)) && !keys.every((k) => d.wordCounts.has(k))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(d.text); m; m = re.exec(d.text)) {
        if (!push(uri, d.text, m.index, m.index + m[0].length)) return out;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- co-occurrence

  /** Pairs of entities named in the same sentence, most sentences first. */
  cooccurrence(): readonly Cooccurrence[] {
    if (this.cooc && this.cooc.gen === this.gen) return this.cooc.list;
    const r = this.resolved();
    const pairs = new Map<string, number>();
    for (const d of this.docs.values()) {
      const ents = d.entities;
      if (ents.length < 2) continue;
      let ei = 0;
      for (const s of d.sentences) {
        while (ei < ents.length && ents[ei].start < s.start) ei++;
        const ids = new Set<string>();
        for (let k = ei; k < ents.length && ents[k].start < s.end; k++) {
          const rid = r.res.bySurface.get(ents[k].text);
          if (rid !== undefined && !this.isIgnoredName(ents[k].text)) ids.add(`entity:${rid}`);
        }
        if (ids.size < 2) continue;
        const list = [...ids].sort();
        for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
          const key = `${list[i]}\u0000${list[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    const list = [...pairs.entries()].map(([k, n]) => {
      const [a, b] = k.split('\u0000');
      return { a, b, sentences: n };
    });
    list.sort((x, y) => y.sentences - x.sentences || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
    this.cooc = { gen: this.gen, list };
    return list;
  }

  // ---------------------------------------------------------------- words

  wordFrequency(word: string): WordFrequency {
    const key = normalizeWord(word);
    const documents: { uri: string; count: number }[] = [];
    let total = 0;
    for (const [uri, doc] of this.docs) {
      const count = doc.wordCounts.get(key);
      if (count) {
        documents.push({ uri, count });
        total += count;
      }
    }
    documents.sort((a, b) => b.count - a.count || (a.uri < b.uri ? -1 : 1));
    return { word: key, total, documents };
  }

  /** A human title for a document: its headline, else its file name. */
  title(uri: string): string {
    const doc = this.docs.get(uri);
    const h = doc?.article.headline;
    if (doc && h) return doc.text.slice(h.start, h.end);
    return fileName(uri);
  }
}

export function termId(category: string, term: string): string {
  return `term:${category}:${term}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words, case-insensitive, any whitespace between words, either apostrophe. */
export function phraseRegExp(words: readonly string[]): RegExp {
  const body = words.map((w) => escapeRe(w).replace(/['’ʼ]/g, "['’ʼ]")).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

/** The span (sorted by start, non-overlapping) containing an offset (or ending at it). */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
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

export type { EntityMention };
