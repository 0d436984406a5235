/**
 * The Terms view's records: the rhetoric marks counted from the one list of shown marks
 * (shownMarks.ts), so the view lists what the Problems panel shows and nothing it hides (on 300 UN
 * speeches it listed a quotation's “You are an extremist” as a scare quote and missed the ten the
 * Problems panel shows), then the key terms as the documents show them (where they are key; after an
 * edit, those computed before it for up to half a minute, as the documents' own marks).
 */
import type { Codebook } from '../analysis/codebook/codebook';
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { KEY_TERMS_MAX_STALE_MS } from '../analysis/corpus/derived/keyTerms';
import type { TermRecord } from '../analysis/corpus/model';
import type { Sensitivity } from '../analysis/types';
import type { FeatureContext } from './context';
import { shownMarks } from './shownMarks';

/**
 * The view's records of one index, kept through edits for as long as the key terms it lists are
 * (`KEY_TERMS_MAX_STALE_MS`): the status bar and the view ask after every edit, and reading every
 * article's shown marks again took 1.4-1.6 s on 38 MB of speeches. An addition, a removal, new
 * settings or codebook (`shapeGeneration`), or another sensitivity, and they are computed again.
 */
interface ViewOfIndex {
  readonly generation: number;
  readonly shape: number;
  readonly codebook: Codebook;
  readonly sensitivity: Sensitivity;
  readonly at: number;
  readonly records: TermRecord[];
}
const views = new WeakMap<CorpusIndex, ViewOfIndex>();

export function termsView(ctx: FeatureContext): TermRecord[] {
  const { index, codebook, sensitivity } = ctx;
  const last = views.get(index);
  if (last && last.shape === index.shapeGeneration && last.codebook === codebook && last.sensitivity === sensitivity && (last.generation === index.generation || Date.now() - last.at < KEY_TERMS_MAX_STALE_MS)) return last.records;
  const records = computeTermsView(ctx);
  views.set(index, { generation: index.generation, shape: index.shapeGeneration, codebook, sensitivity, at: Date.now(), records });
  return records;
}

function computeTermsView(ctx: FeatureContext): TermRecord[] {
  const byId = new Map<string, { label: string; category: string; mentions: number; documents: number }>();
  for (const uri of ctx.index.countedUris()) {
    const inThis = new Set<string>();
    for (const m of shownMarks(ctx, uri)) {
      let r = byId.get(m.id);
      if (!r) byId.set(m.id, (r = { label: ctx.q.term(m.id)?.label ?? m.label, category: m.category, mentions: 0, documents: 0 }));
      r.mentions++;
      if (!inThis.has(m.id)) r.documents++;
      inThis.add(m.id);
    }
  }
  // Most mentioned first, as the index orders its rhetoric terms.
  const rhetoric: TermRecord[] = [...byId].map(([id, r]) => ({ id, kind: 'rhetoric' as const, ...r })).sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  return rhetoric.concat(ctx.q.keyTermsAsShown());
}
