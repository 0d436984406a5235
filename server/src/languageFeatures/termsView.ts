/**
 * The Terms view's records: the rhetoric marks counted from the one list of shown marks
 * (shownMarks.ts), so the view lists what the Problems panel shows and nothing it hides (on 300 UN
 * speeches it listed a quotation's “You are an extremist” as a scare quote and missed the ten the
 * Problems panel shows), then the key terms as the documents show them (where they are key; after an
 * edit, those computed before it for up to half a minute, as the documents' own marks).
 */
import type { TermRecord } from '../analysis/corpus/model';
import type { FeatureContext } from './context';
import { shownMarks } from './shownMarks';

export function termsView(ctx: FeatureContext): TermRecord[] {
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
