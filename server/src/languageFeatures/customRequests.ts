/**
 * The custom requests of `protocol.ts` that are pure queries on the corpus (the server wires
 * them; rescan, codebook edits and export need the file system and live in the LSP layer).
 */
import { OVERVIEW_DISPERSION_ROWS } from '../protocol';
import type { ConcordanceParams, ConcordanceResult, DocumentMarkup, ItemAt, ItemAtParams, MentionLocation, NoteEntry, Overview, OverviewParams, QuotationsResult, QuotedSourcesResult } from '../protocol';
import type { CancellationLike } from '../analysis/corpus/corpus';
import { quotationsOf, quotedSources as corpusQuotedSources } from '../analysis/corpus/quotedSources';
import { FeatureContext, categoryInfo } from './context';
import { documentItems } from './corpusQueries';
import { shownMarks } from './shownMarks';
import { offsetAt, rangeOf } from './positions';
import { targetAt } from './navigation';

const DEFAULT_OVERVIEW_ITEMS = 10;
/** Co-occurring pairs the overview gets (the page plots the first 15; a big corpus has many thousands). */
const MAX_OVERVIEW_PAIRS = 100;

export function itemAt(ctx: FeatureContext, p: ItemAtParams): ItemAt | null {
  const doc = ctx.index.get(p.uri);
  if (!doc) return null;
  const t = targetAt(ctx, p.uri, p.position);
  if (!t) return null;
  const src = { owner: doc, text: doc.text };
  const range = rangeOf(src, t.start, t.end);
  if (!t.item) return { id: t.text, label: t.text, kind: 'word', range };
  const label = t.item.kind === 'entity' ? ctx.q.entity(t.id)?.name ?? t.item.label : ctx.q.term(t.id)?.label ?? t.item.label;
  return { id: t.id, label, kind: t.item.kind, range };
}

export function mentions(ctx: FeatureContext, id: string, token?: CancellationLike): MentionLocation[] {
  const out: MentionLocation[] = [];
  for (const m of ctx.q.mentionsOf(id)) {
    if (token?.isCancellationRequested) return [];
    const doc = ctx.index.get(m.uri);
    if (doc) out.push({ uri: m.uri, range: rangeOf({ owner: doc, text: doc.text }, m.start, m.end), text: m.text });
  }
  return out;
}

/** Longest quotation text sent to a tree view. */
const QUOTATION_LABEL = 100;

export function quotedSources(ctx: FeatureContext): QuotedSourcesResult {
  return corpusQuotedSources(ctx.index);
}

/** The quotations of an entity, in corpus order, each with its (shortened) text. */
export function quotations(ctx: FeatureContext, id: string, token?: CancellationLike): QuotationsResult {
  const out: MentionLocation[] = [];
  for (const q of quotationsOf(ctx.index, id)) {
    if (token?.isCancellationRequested) return [];
    const doc = ctx.index.get(q.uri);
    if (!doc) continue;
    const text = doc.text.slice(q.start, q.end).replace(/\s+/g, ' ');
    out.push({ uri: q.uri, range: rangeOf({ owner: doc, text: doc.text }, q.start, q.end), text: text.length > QUOTATION_LABEL ? `${text.slice(0, QUOTATION_LABEL - 1)}…` : text });
  }
  return out;
}

export function concordance(ctx: FeatureContext, p: ConcordanceParams, token?: CancellationLike): ConcordanceResult {
  const label = ctx.q.entity(p.query)?.name ?? ctx.q.term(p.query)?.label ?? p.query;
  const lines = ctx.q.concordance(p.query, { width: p.width ?? 60, limit: p.limit ?? 500 }).flatMap((l) => {
    if (token?.isCancellationRequested) return [];
    const doc = ctx.index.get(l.uri);
    return doc ? [{ ...l, range: rangeOf({ owner: doc, text: doc.text }, l.start, l.end), title: ctx.index.title(l.uri) }] : [];
  });
  return { query: p.query, label, lines };
}

export function notes(ctx: FeatureContext): NoteEntry[] {
  const out: NoteEntry[] = [];
  for (const e of ctx.codebook.entities) {
    if (!e.note) continue;
    const rec = ctx.q.entities().find((r) => r.name === e.name || r.aliases.includes(e.name));
    out.push({ id: rec?.id ?? `entity:${e.type ?? 'person'}:${e.name.toLowerCase()}`, label: e.name, kind: 'entity', note: e.note });
  }
  for (const t of ctx.codebook.terms) {
    if (!t.note) continue;
    const rec = ctx.q.terms().find((r) => r.label.toLowerCase() === t.term.toLowerCase());
    out.push({ id: rec?.id ?? `term:${t.category}:${t.term.toLowerCase()}`, label: t.term, kind: 'term', note: t.note });
  }
  for (const c of ctx.codebook.categories) if (c.note) out.push({ id: `category:${c.id}`, label: c.label, kind: 'category', note: c.note });
  return out;
}

export function overview(ctx: FeatureContext, p: OverviewParams = {}, token?: CancellationLike): Overview {
  // Each text once: later copies of a text are counted in their first copy.
  const uris = ctx.index.countedUris();
  const documents = uris.map((uri) => ({ uri, title: ctx.index.title(uri), length: ctx.index.textLength(uri) }));
  const ids = p.ids?.length
    ? [...p.ids]
    : [...ctx.q.entities().map((e) => ({ id: e.id, n: e.mentions })), ...ctx.q.terms().map((t) => ({ id: t.id, n: t.mentions }))].sort((a, b) => b.n - a.n).slice(0, DEFAULT_OVERVIEW_ITEMS).map((x) => x.id);
  const rank = new Map(uris.map((u, i) => [u, i]));
  const labels = overviewLabels(ctx, ids);
  const frequencies: Overview['frequencies'][number][] = [];
  const dispersion: Overview['dispersion'][number][] = [];
  for (const id of ids) {
    if (token?.isCancellationRequested) break;
    const label = labels.get(id)!;
    const counts = uris.map(() => 0);
    const positions: number[][] = uris.map(() => []);
    const inDocuments = ctx.q.documentsOf(id);
    for (const d of inDocuments) {
      const i = rank.get(d.uri);
      if (i !== undefined) counts[i] = d.count;
    }
    // Positions only in the articles the dispersion plot shows (most mentions first): a key term's
    // occurrences are found by reading each article again, too slow for thousands of them.
    const plotted = new Set(inDocuments.slice(0, OVERVIEW_DISPERSION_ROWS).map((d) => d.uri));
    const at = (uri: string, start: number) => {
      const i = rank.get(uri);
      if (i !== undefined) positions[i].push(documents[i].length ? start / documents[i].length : 0);
    };
    if (id.startsWith('keyword:')) for (const uri of plotted) for (const k of ctx.index.keywordsIn(uri)) k.id === id && at(uri, k.start);
    else for (const m of ctx.q.mentionsOf(id)) if (plotted.has(m.uri)) at(m.uri, m.start);
    frequencies.push({ id, label, counts });
    dispersion.push({ id, label, positions });
  }
  const cooccurrence = ctx.q.cooccurrence().slice(0, MAX_OVERVIEW_PAIRS);
  const names: Record<string, string> = {};
  for (const p of cooccurrence) for (const id of [p.a, p.b]) names[id] ??= ctx.q.entity(id)?.name ?? id;
  return { documents, frequencies, dispersion, cooccurrence, names };
}

/** The items' names; two of one name (the rhetoric term and the key term “imperialism”) say which is which in the legend. */
function overviewLabels(ctx: FeatureContext, ids: readonly string[]): Map<string, string> {
  const name = (id: string) => ctx.q.entity(id)?.name ?? ctx.q.term(id)?.label ?? id;
  const kind = (id: string) => {
    if (id.startsWith('keyword:')) return 'key term';
    const term = ctx.q.term(id);
    return term ? categoryInfo(ctx.codebook, term.category).label : ctx.q.entity(id)?.type ?? '';
  };
  const uses = new Map<string, number>();
  for (const id of ids) uses.set(name(id), (uses.get(name(id)) ?? 0) + 1);
  return new Map(ids.map((id) => [id, uses.get(name(id))! > 1 && kind(id) ? `${name(id)} (${kind(id)})` : name(id)]));
}

export function documentMarkup(ctx: FeatureContext, uri: string): DocumentMarkup {
  const doc = ctx.index.get(uri);
  if (!doc) return { entities: [], terms: [] };
  const src = { owner: doc, text: doc.text };
  const { entities, terms } = documentItems(ctx.index, uri, ctx.q);
  return {
    entities: entities.map((e) => ({ range: rangeOf(src, e.start, e.end), id: e.id, type: e.type })),
    // Key terms and the rhetoric marks the Problems panel shows (shownMarks.ts).
    terms: [...shownMarks(ctx, uri).map((t) => ({ ...t, kind: 'rhetoric' as const })), ...terms.filter((t) => t.kind === 'keyword')]
      .sort((a, b) => a.start - b.start)
      .map((t) => ({ range: rangeOf(src, t.start, t.end), id: t.id, category: categoryInfo(ctx.codebook, t.category).id, kind: t.kind })),
  };
}

export { offsetAt };
