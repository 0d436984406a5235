/**
 * What every language feature reads: the corpus index, its queries, the last good codebook
 * (with its file, for "go to definition") and the known categories.
 */
import { Codebook, EMPTY_CODEBOOK, findEntity, findTerm } from '../analysis/codebook/codebook';
import { CorpusIndex } from '../analysis/corpus/corpusIndex';
import { RHETORIC_CATEGORIES } from '../analysis/rhetoric/categories';
import type { CategoryInfo } from '../protocol';
import type { Sensitivity } from '../analysis/types';
import { CorpusQueries, queries } from './corpusQueries';

export interface FeatureContext {
  readonly index: CorpusIndex;
  readonly q: CorpusQueries;
  readonly codebook: Codebook;
  /** The codebook file and its text, when there is one. */
  readonly codebookUri?: string;
  readonly codebookText?: string;
  /** The corpus's sensitivity level (what scare quotes are shown, see shownMarks.ts). */
  readonly sensitivity: Sensitivity;
}

export function featureContext(index: CorpusIndex, codebook: Codebook = EMPTY_CODEBOOK, codebookUri?: string, codebookText?: string, sensitivity: Sensitivity = 'precise'): FeatureContext {
  return { index, q: queries(index), codebook, codebookUri, codebookText, sensitivity };
}

export const KEYWORD_CATEGORY: CategoryInfo = { id: 'keyword', label: 'Key term', color: '#7f8c8d', description: 'A word or phrase used much more in some articles than in the rest of the corpus.', source: 'builtin' };

/** Built-in rhetoric categories, then the codebook's (a codebook category overrides a built-in one of the same id). */
export function categories(codebook: Codebook): CategoryInfo[] {
  const out = new Map<string, CategoryInfo>();
  for (const c of RHETORIC_CATEGORIES) out.set(c.id, { id: c.id, label: c.label, color: c.color, description: c.description, source: 'builtin' });
  out.set(KEYWORD_CATEGORY.id, KEYWORD_CATEGORY);
  for (const c of codebook.categories) {
    const base = out.get(c.id);
    out.set(c.id, { id: c.id, label: c.label, color: c.color ?? base?.color ?? '#8e7cc3', description: c.description ?? base?.description, source: 'codebook' });
  }
  return [...out.values()];
}

export function categoryInfo(codebook: Codebook, id: string): CategoryInfo {
  return categories(codebook).find((c) => c.id === id) ?? { id, label: id, color: '#8e7cc3', source: 'codebook' };
}

/** The analyst's note on an entity (by any of its names) or a term. */
export function noteFor(ctx: FeatureContext, kind: 'entity' | 'term', names: readonly string[]): string | undefined {
  for (const n of names) {
    const hit = kind === 'entity' ? findEntity(ctx.codebook, n) : findTerm(ctx.codebook, n);
    if (hit?.note) return hit.note;
  }
  return undefined;
}
