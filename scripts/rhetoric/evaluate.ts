/** SI evaluation of rhetoric markers on PTC-format articles. */
import { segment } from '../../server/src/analysis/text/structure';
import { Candidate, rhetoricCandidates, selectMarkers } from '../../server/src/analysis/rhetoric/index';
import type { RhetoricModel } from '../../server/src/analysis/rhetoric/model';
import type { Sensitivity } from '../../server/src/analysis/types';
import { addSi, emptyCounts, mergeSpans, PtcArticle, scores, Span } from './ptc';

export const SENSITIVITIES: readonly Sensitivity[] = ['precise', 'balanced', 'exploratory'];

export interface Prepared {
  readonly article: PtcArticle;
  readonly gold: Span[];
  readonly candidates: Candidate[];
}

/** Runs the recognisers once per article (candidates before any threshold). */
export function prepare(articles: readonly PtcArticle[], model: RhetoricModel): Prepared[] {
  return articles.map((a) => ({ article: a, gold: mergeSpans(a.spans), candidates: rhetoricCandidates(segment(a.text), undefined, model) }));
}

export function measure(prepared: readonly Prepared[], threshold: number, filter?: (c: Candidate) => boolean) {
  const c = emptyCounts();
  for (const p of prepared) {
    const cands = filter ? p.candidates.filter(filter) : p.candidates;
    // Overlapping markers (scare quotes over lexical ones) are scored as their union, so no
    // character is counted twice.
    const pred = mergeSpans(selectMarkers(p.article.text, cands, threshold));
    addSi(c, pred, p.gold);
  }
  return { ...scores(c), predicted: c.nPred, gold: c.nGold };
}

export function fmt(r: { precision: number; recall: number; f1: number }): string {
  return `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`;
}
