/**
 * The corpus queries the language features use (the records of `analysis/corpus/model.ts`).
 * They are answered by `CorpusIndex` when it implements them; until then (and for any method it
 * lacks) by a small fallback computed here from the per-document analyses and the codebook,
 * so every feature works on whatever the recognisers produce.
 */
import { CorpusIndex } from '../analysis/corpus/corpusIndex';
import type { CodebookInput, ConcordanceLine, ConcordanceOptions, Cooccurrence, EntityRecord, Mention, Misspelling, TermRecord } from '../analysis/corpus/model';
import type { EntityType } from '../analysis/types';

export interface ItemHit {
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

export interface CorpusQueries {
  entities(): readonly EntityRecord[];
  entity(id: string): EntityRecord | undefined;
  terms(): readonly TermRecord[];
  term(id: string): TermRecord | undefined;
  mentionsOf(id: string): readonly Mention[];
  itemAt(uri: string, offset: number): ItemHit | undefined;
  concordance(idOrPhrase: string, options?: ConcordanceOptions): readonly ConcordanceLine[];
  documentsOf(id: string): readonly DocumentCount[];
  cooccurrence(): readonly Cooccurrence[];
  misspellings(): readonly Misspelling[];
}

const codebooks = new WeakMap<CorpusIndex, CodebookInput>();
const EMPTY_INPUT: CodebookInput = { entities: [], terms: [], ignore: [] };

/** Gives the index the codebook (and keeps it for the fallback queries). */
export function setIndexCodebook(index: CorpusIndex, input: CodebookInput): void {
  codebooks.set(index, input);
  const i = index as unknown as { setCodebook?: (c: CodebookInput) => void };
  if (typeof i.setCodebook === 'function') i.setCodebook(input);
}

export function indexCodebook(index: CorpusIndex): CodebookInput {
  return codebooks.get(index) ?? EMPTY_INPUT;
}

/** The queries for an index: its own methods where it has them, else the fallback. */
export function queries(index: CorpusIndex): CorpusQueries {
  const own = index as unknown as Partial<Record<keyof CorpusQueries, (...a: unknown[]) => unknown>>;
  const fb = fallback(index);
  const pick = <K extends keyof CorpusQueries>(k: K): CorpusQueries[K] => (typeof own[k] === 'function' ? (own[k]!.bind(index) as unknown as CorpusQueries[K]) : (fb[k].bind(fb) as CorpusQueries[K]));
  const ownItemAt = pick('itemAt');
  const ownDocumentsOf = pick('documentsOf');
  return {
    entities: pick('entities'),
    entity: pick('entity'),
    terms: pick('terms'),
    term: pick('term'),
    mentionsOf: pick('mentionsOf'),
    concordance: pick('concordance'),
    cooccurrence: pick('cooccurrence'),
    misspellings: pick('misspellings'),
    itemAt(uri, offset) {
      const r = ownItemAt(uri, offset) as unknown as Record<string, any> | undefined;
      if (!r || typeof r.id !== 'string') return undefined;
      const start = r.start ?? r.range?.start ?? offset;
      const end = r.end ?? r.range?.end ?? offset;
      const kind = r.kind === 'entity' || r.id.startsWith('entity:') ? 'entity' : r.kind === 'keyword' || r.id.startsWith('keyword:') ? 'keyword' : 'rhetoric';
      return { id: r.id, kind, label: r.label ?? r.name ?? r.text ?? r.id, start, end };
    },
    documentsOf(id) {
      return (ownDocumentsOf(id) as unknown as Record<string, any>[]).map((d) => ({ uri: d.uri, count: d.count ?? d.mentions ?? 0 }));
    },
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
  const entities: DocEntity[] = [];
  const terms: DocTerm[] = [];
  if (!index.get(uri)) return { entities, terms };
  for (const e of q.entities()) {
    for (const m of q.mentionsOf(e.id)) if (m.uri === uri) entities.push({ id: e.id, start: m.start, end: m.end, text: m.text, type: e.type, name: e.name });
  }
  for (const t of q.terms()) {
    for (const m of q.mentionsOf(t.id)) if (m.uri === uri) terms.push({ id: t.id, start: m.start, end: m.end, text: m.text, category: t.category, kind: t.kind, label: t.label });
  }
  entities.sort((a, b) => a.start - b.start);
  terms.sort((a, b) => a.start - b.start);
  return { entities, terms };
}

// ------------------------------------------------------------------ fallback

const fold = (s: string) => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
const slug = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word, case-insensitive pattern for a phrase (any whitespace between its words). */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRe).join('\\s+').replace(/'/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

interface State {
  entities: EntityRecord[];
  terms: TermRecord[];
  mentions: Map<string, Mention[]>;
  byDoc: Map<string, ItemHit[]>;
}

class Fallback implements CorpusQueries {
  private state?: State;
  private signature = '';
  private codebook?: CodebookInput;
  constructor(private readonly index: CorpusIndex) {}

  private get s(): State {
    const cb = indexCodebook(this.index);
    const sig = this.index.uris().map((u) => `${u}\0${this.index.get(u)!.hash}`).join('\n');
    if (!this.state || sig !== this.signature || cb !== this.codebook) {
      this.state = this.build(cb);
      this.signature = sig;
      this.codebook = cb;
    }
    return this.state;
  }

  private build(cb: CodebookInput): State {
    const ignore = new Set(cb.ignore.map(fold));
    const mentions = new Map<string, Mention[]>();
    const byDoc = new Map<string, ItemHit[]>();
    const entityInfo = new Map<string, { name: string; type: EntityType; declared: boolean; aliases: Set<string>; forms: Map<string, number> }>();
    const termInfo = new Map<string, { label: string; category: string }>();
    // Declared entities: every name and alias points to one id.
    const declared = new Map<string, string>();
    for (const e of cb.entities) {
      const id = `entity:${e.type ?? 'person'}:${slug(e.name)}`;
      entityInfo.set(id, { name: e.name, type: e.type ?? 'person', declared: true, aliases: new Set([e.name, ...(e.aliases ?? [])]), forms: new Map() });
      for (const n of [e.name, ...(e.aliases ?? [])]) declared.set(fold(n), id);
    }
    const add = (id: string, uri: string, start: number, end: number, text: string, kind: ItemHit['kind'], label: string) => {
      const hits = byDoc.get(uri) ?? [];
      if (hits.some((h) => h.start < end && start < h.end)) return;
      hits.push({ id, kind, label, start, end });
      byDoc.set(uri, hits);
      const list = mentions.get(id) ?? [];
      list.push({ uri, start, end, text });
      mentions.set(id, list);
    };
    for (const uri of this.index.uris()) {
      const doc = this.index.get(uri)!;
      // Codebook terms first (the analyst's word wins), then declared names, then the recognisers.
      for (const t of cb.terms) {
        const id = `term:${t.category}:${fold(t.term)}`;
        termInfo.set(id, { label: t.term, category: t.category });
        for (const form of [t.term, ...(t.variants ?? [])]) {
          for (const m of doc.text.matchAll(phrasePattern(form))) add(id, uri, m.index!, m.index! + m[0].length, m[0], 'rhetoric', t.term);
        }
      }
      for (const [name, id] of declared) {
        for (const m of doc.text.matchAll(phrasePattern(name))) {
          add(id, uri, m.index!, m.index! + m[0].length, m[0], 'entity', entityInfo.get(id)!.name);
          const info = entityInfo.get(id)!;
          info.forms.set(m[0], (info.forms.get(m[0]) ?? 0) + 1);
        }
      }
      for (const e of doc.entities) {
        if (ignore.has(fold(e.text))) continue;
        const id = declared.get(fold(e.text)) ?? `entity:${e.type}:${slug(e.text)}`;
        let info = entityInfo.get(id);
        if (!info) entityInfo.set(id, (info = { name: e.text, type: e.type, declared: false, aliases: new Set(), forms: new Map() }));
        info.aliases.add(e.text);
        const before = mentions.get(id)?.length ?? 0;
        add(id, uri, e.start, e.end, e.text, 'entity', info.name);
        if ((mentions.get(id)?.length ?? 0) > before) info.forms.set(e.text, (info.forms.get(e.text) ?? 0) + 1);
      }
      for (const m of doc.markers) {
        if (ignore.has(fold(m.term)) || ignore.has(fold(m.text))) continue;
        const id = `term:${m.category}:${fold(m.term)}`;
        if (!termInfo.has(id)) termInfo.set(id, { label: m.term, category: m.category });
        add(id, uri, m.start, m.end, m.text, 'rhetoric', termInfo.get(id)!.label);
      }
      byDoc.get(uri)?.sort((a, b) => a.start - b.start);
    }
    const docsOf = (id: string) => new Set((mentions.get(id) ?? []).map((m) => m.uri)).size;
    const entities: EntityRecord[] = [];
    for (const [id, info] of entityInfo) {
      const n = mentions.get(id)?.length ?? 0;
      if (!n && !info.declared) continue;
      let name = info.name;
      if (!info.declared) {
        // The fullest form most used.
        name = [...info.forms].sort((a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1])[0]?.[0] ?? name;
      }
      entities.push({ id, name, type: info.type, aliases: [...new Set([...info.aliases, ...info.forms.keys()])], mentions: n, documents: docsOf(id), declared: info.declared });
    }
    entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const terms: TermRecord[] = [];
    for (const [id, info] of termInfo) {
      const n = mentions.get(id)?.length ?? 0;
      terms.push({ id, label: info.label, kind: 'rhetoric', category: info.category, mentions: n, documents: docsOf(id) });
    }
    terms.sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
    for (const list of mentions.values()) list.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
    return { entities, terms, mentions, byDoc };
  }

  entities() {
    return this.s.entities;
  }
  entity(id: string) {
    return this.s.entities.find((e) => e.id === id);
  }
  terms() {
    return this.s.terms;
  }
  term(id: string) {
    return this.s.terms.find((t) => t.id === id);
  }
  mentionsOf(id: string): readonly Mention[] {
    if (id.startsWith('entity:') || id.startsWith('term:') || id.startsWith('keyword:')) return this.s.mentions.get(id) ?? [];
    // A phrase: its whole-word occurrences.
    const out: Mention[] = [];
    for (const uri of this.index.uris()) {
      for (const m of this.index.get(uri)!.text.matchAll(phrasePattern(id))) out.push({ uri, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    return out;
  }
  itemAt(uri: string, offset: number): ItemHit | undefined {
    return this.s.byDoc.get(uri)?.find((h) => h.start <= offset && offset <= h.end);
  }
  concordance(idOrPhrase: string, options: ConcordanceOptions = {}): readonly ConcordanceLine[] {
    const width = options.width ?? 60;
    const out: ConcordanceLine[] = [];
    for (const m of this.mentionsOf(idOrPhrase)) {
      if (options.excludeUri && m.uri === options.excludeUri) continue;
      const text = this.index.get(m.uri)!.text;
      out.push({ ...m, left: text.slice(Math.max(0, m.start - width), m.start).replace(/\s+/g, ' '), right: text.slice(m.end, m.end + width).replace(/\s+/g, ' ') });
      if (options.limit && out.length >= options.limit) break;
    }
    return out;
  }
  documentsOf(id: string): readonly DocumentCount[] {
    const counts = new Map<string, number>();
    for (const m of this.mentionsOf(id)) counts.set(m.uri, (counts.get(m.uri) ?? 0) + 1);
    return [...counts].map(([uri, count]) => ({ uri, count })).sort((a, b) => b.count - a.count || (a.uri < b.uri ? -1 : 1));
  }
  cooccurrence(): readonly Cooccurrence[] {
    const pairs = new Map<string, number>();
    for (const uri of this.index.uris()) {
      const doc = this.index.get(uri)!;
      const ents = (this.s.byDoc.get(uri) ?? []).filter((h) => h.kind === 'entity');
      for (const s of doc.sentences) {
        const ids = [...new Set(ents.filter((h) => h.start >= s.start && h.end <= s.end).map((h) => h.id))].sort();
        for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.set(`${ids[i]}\n${ids[j]}`, (pairs.get(`${ids[i]}\n${ids[j]}`) ?? 0) + 1);
      }
    }
    return [...pairs].map(([k, sentences]) => {
      const [a, b] = k.split('\n');
      return { a, b, sentences };
    }).sort((x, y) => y.sentences - x.sentences);
  }
  misspellings(): readonly Misspelling[] {
    // Capitalised words: a rare one a letter away from a frequent entity name (or frequent capitalised word).
    const counts = new Map<string, number>();
    for (const uri of this.index.uris()) for (const m of this.index.get(uri)!.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}]{3,}(?![\p{L}\p{N}])/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    const ignore = new Set(indexCodebook(this.index).ignore.map(fold));
    const known = new Map<string, { id: string; canonical: string; mentions: number; documents: number }>();
    for (const e of this.s.entities) for (const a of e.aliases) for (const w of a.split(/\s+/)) if (w.length >= 5) known.set(w, { id: e.id, canonical: w, mentions: e.mentions, documents: e.documents });
    for (const [w, n] of counts) {
      if (n >= 3 && w.length >= 5 && !known.has(w)) {
        const docs = new Set(this.index.uris().filter((u) => phrasePattern(w).test(this.index.get(u)!.text))).size;
        if (docs >= 2) known.set(w, { id: `word:${w}`, canonical: w, mentions: n, documents: docs });
      }
    }
    const out: Misspelling[] = [];
    for (const [w, n] of counts) {
      if (n > 2 || w.length < 5 || known.has(w) || ignore.has(fold(w))) continue;
      for (const [k, info] of known) {
        if (info.mentions < 3 || info.mentions < n * 3) continue;
        if (k.startsWith(w) || w.startsWith(k)) continue;
        if (damerau1(w, k)) {
          out.push({ surface: w, entityId: info.id, canonical: info.canonical, entityMentions: info.mentions, entityDocuments: info.documents });
          break;
        }
      }
    }
    return out;
  }
}

/** True when a and b are one insertion, deletion, substitution or transposition apart. */
export function damerau1(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const fallbacks = new WeakMap<CorpusIndex, Fallback>();
function fallback(index: CorpusIndex): Fallback {
  let f = fallbacks.get(index);
  if (!f) fallbacks.set(index, (f = new Fallback(index)));
  return f;
}
