/** SI evaluation of rhetoric markers on PTC-format articles. */
import { segment } from '../../server/src/analysis/text/structure';
import { Candidate, candidateMemo, markersAtLevel, selectMarkers, sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import { TECHNIQUE_CATEGORY } from '../../server/src/analysis/rhetoric/categories';
import type { RhetoricModel } from '../../server/src/analysis/rhetoric/model';
import type { RhetoricMarker, Sensitivity } from '../../server/src/analysis/types';
import { addSi, emptyCounts, mergeSpans, PtcArticle, scores, Span } from './ptc';

export const SENSITIVITIES: readonly Sensitivity[] = ['precise', 'balanced', 'exploratory'];

export interface Prepared {
  readonly article: PtcArticle;
  readonly gold: Span[];
  /** Candidates of the model the articles were prepared with (before any threshold). */
  readonly candidates: Candidate[];
  /** Candidates of any model (memoised): a level may cut spans with its own. */
  readonly candidatesOf: (m: RhetoricModel) => readonly Candidate[];
}

/** Runs the recognisers once per article (candidates before any threshold). */
export function prepare(articles: readonly PtcArticle[], model: RhetoricModel): Prepared[] {
  return articles.map((a) => {
    const candidatesOf = candidateMemo(segment(a.text), undefined);
    return { article: a, gold: mergeSpans(a.spans), candidates: candidatesOf(model), candidatesOf };
  });
}

/**
 * The markers of a prepared article at a level, as training and calibration select them; with
 * `shownOnly`, as the product shows them (also without what only it leaves out: shownOnly.ts).
 */
export function levelMarkers(p: Prepared, model: RhetoricModel, level: Sensitivity, thresholdOf = (s: Sensitivity) => sensitivityThreshold(s, model), shownOnly = false): RhetoricMarker[] {
  return markersAtLevel(p.article.text, p.candidatesOf, model, level, thresholdOf, undefined, shownOnly);
}

/** SI figures of the markers `markersOf` gives each article. */
export function measureMarkers(prepared: readonly Prepared[], markersOf: (p: Prepared) => readonly RhetoricMarker[]) {
  const c = emptyCounts();
  // Overlapping markers (scare quotes over lexical ones) are scored as their union, so no
  // character is counted twice.
  for (const p of prepared) addSi(c, mergeSpans(markersOf(p)), p.gold);
  return { ...scores(c), predicted: c.nPred, gold: c.nGold };
}

/** Figures of the folds' held-out articles pooled (SI sums), with each fold's precision, their spread and the lowest. */
export function pooledOverFolds(per: readonly { precision: number; recall: number; predicted: number; gold: number }[]) {
  let pS = 0, nP = 0, rS = 0, nG = 0;
  for (const r of per) { pS += r.precision * r.predicted; nP += r.predicted; rS += r.recall * r.gold; nG += r.gold; }
  const folds = per.map((r) => r.precision);
  const mean = folds.reduce((x, y) => x + y, 0) / folds.length;
  const sd = Math.sqrt(folds.reduce((x, y) => x + (y - mean) ** 2, 0) / Math.max(1, folds.length - 1));
  return { precision: pS / Math.max(1, nP), recall: rS / Math.max(1, nG), sd, lowest: Math.min(...folds), folds };
}

/** SI figures of the prepared candidates above one threshold. */
export function measure(prepared: readonly Prepared[], threshold: number) {
  return measureMarkers(prepared, (p) => selectMarkers(p.article.text, p.candidates, threshold));
}

export function fmt(r: { precision: number; recall: number; f1: number }): string {
  return `P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`;
}

export interface TechniqueScore { technique: string; gold: number; predicted: number; recall: number; precision: number; precisionSame: number }

/**
 * Per PTC technique: recall of all markers against that technique's spans; precision of the
 * markers whose category stands for it, against any gold span (`precision`, the SI measure) and
 * against that technique's spans only (`precisionSame`).
 */
export function measureByTechnique(prepared: readonly Prepared[], markersOf: (p: Prepared) => readonly RhetoricMarker[]): TechniqueScore[] {
  const techniques = [...new Set(prepared.flatMap((p) => p.article.spans.map((s) => s.technique)))].sort();
  const rows = new Map(techniques.map((t) => [t, { any: emptyCounts(), same: emptyCounts(), rec: emptyCounts() }]));
  for (const p of prepared) {
    const markers = markersOf(p);
    const all = mergeSpans(markers);
    for (const [t, r] of rows) {
      const goldT = mergeSpans(p.article.spans.filter((s) => s.technique === t));
      const mine = mergeSpans(markers.filter((m) => TECHNIQUE_CATEGORY[t] === m.category));
      addSi(r.rec, all, goldT);
      addSi(r.any, mine, p.gold);
      addSi(r.same, mine, goldT);
    }
  }
  return [...rows].map(([technique, r]) => ({
    technique, gold: r.rec.nGold, predicted: r.any.nPred,
    recall: scores(r.rec).recall, precision: scores(r.any).precision, precisionSame: scores(r.same).precision,
  }));
}
