/**
 * Rhetoric markers: the built-in lexicon, scare quotes, codebook terms and the learned span
 * tagger, merged into one sorted, non-overlapping list. Sensitivity levels are thresholds on
 * the markers' confidence (an estimate of their span precision on PTC).
 */
import type { SegmentedText } from '../text/structure';
import type { CodebookTerm, MarkerSource, RhetoricMarker, Sensitivity } from '../types';
import { buildContext, DocContext } from './features';
import { codebookLexicon, matchLexicon } from './lexicon';
import { lemma } from './lemma';
import { loadRhetoricModel, RhetoricModel } from './model';
import { spansFromProbabilities, tokenProbabilities } from './tagger';

export { RHETORIC_CATEGORIES, type RhetoricCategory } from './categories';
export { loadRhetoricModel, loadRhetoricModelFrom, setRhetoricModel, RhetoricModel } from './model';
export { lemma } from './lemma';
export { findScareQuotes } from './scareQuotes';

export interface RhetoricOptions {
  readonly sensitivity: Sensitivity;
  readonly codebookTerms?: readonly CodebookTerm[];
  /** Lower-cased words, terms or category ids to leave out. */
  readonly ignore?: ReadonlySet<string>;
}

/** Thresholds used when the model carries none. */
export const DEFAULT_THRESHOLDS: Readonly<Record<Sensitivity, number>> = { precise: 0.6, balanced: 0.45, exploratory: 0.25 };

export function sensitivityThreshold(sensitivity: Sensitivity, model: RhetoricModel = loadRhetoricModel()): number {
  return model.meta.thresholds?.[sensitivity] ?? DEFAULT_THRESHOLDS[sensitivity];
}

export interface Candidate {
  start: number;
  end: number;
  category: string;
  term: string;
  source: MarkerSource;
  confidence: number;
}

const SOURCE_RANK: Record<MarkerSource, number> = { codebook: 3, lexicon: 2, 'scare-quote': 1, tagger: 0 };

/** All candidates before thresholding (exposed for evaluation and tuning). */
export function rhetoricCandidates(seg: SegmentedText, codebookTerms: readonly CodebookTerm[] | undefined, model: RhetoricModel = loadRhetoricModel()): Candidate[] {
  const text = seg.text;
  const out: Candidate[] = [];
  if (!seg.tokens.length) return out;
  const d: DocContext = buildContext(seg, model.rates);
  const toks = seg.tokens;
  if (codebookTerms?.length) {
    for (const h of matchLexicon(codebookLexicon(codebookTerms), toks, d.keys)) {
      out.push({ start: h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'codebook', confidence: 1 });
    }
  }
  for (const h of d.hits) {
    out.push({ start: h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'lexicon', confidence: model.prior(h.entry.category, h.entry.term) });
  }
  for (const q of d.quotes) {
    out.push({ start: q.start, end: q.end, category: 'scare-quote', term: termOf(q.inner), source: 'scare-quote', confidence: model.meta.scareQuotePrior });
  }
  const p = tokenProbabilities(model, d);
  for (const s of spansFromProbabilities(model, d, p)) {
    out.push({ start: s.start, end: s.end, category: s.category, term: termOfTokens(d, s.firstToken, s.endToken), source: 'tagger', confidence: round(model.calibrate(s.raw)) });
  }
  void text;
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function termOf(phrase: string): string {
  return phrase.trim().split(/\s+/).map(lemma).join(' ');
}

function termOfTokens(d: DocContext, a: number, b: number): string {
  const parts: string[] = [];
  for (let k = a; k < b; k++) {
    if (d.shape[k] === 4 && parts.length) parts[parts.length - 1] += d.keys[k];
    else parts.push(d.keys[k]);
  }
  return parts.join(' ');
}

/**
 * Rhetoric markers of one document at the given sensitivity: sorted by offset, without
 * overlaps. Codebook terms always win an overlap; otherwise the more confident marker wins
 * (lexicon before scare quote before tagger on a tie).
 */
export function findRhetoricMarkers(
  seg: SegmentedText,
  options: { sensitivity: Sensitivity; codebookTerms?: readonly CodebookTerm[]; ignore?: ReadonlySet<string> },
): RhetoricMarker[] {
  const model = loadRhetoricModel();
  const threshold = sensitivityThreshold(options.sensitivity, model);
  return selectMarkers(seg.text, rhetoricCandidates(seg, options.codebookTerms, model), threshold, options.ignore);
}

/** Thresholds candidates and resolves overlaps (see findRhetoricMarkers). */
export function selectMarkers(text: string, candidates: readonly Candidate[], threshold: number, ignore?: ReadonlySet<string>): RhetoricMarker[] {
  const kept = candidates.filter((c) => {
    if (c.source !== 'codebook' && c.confidence < threshold) return false;
    if (ignore?.size && (ignore.has(c.term) || ignore.has(c.category) || ignore.has(text.slice(c.start, c.end).toLowerCase()))) return false;
    return true;
  });
  kept.sort((a, b) => SOURCE_RANK[b.source] === 3 || SOURCE_RANK[a.source] === 3
    ? SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || a.start - b.start
    : b.confidence - a.confidence || SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || a.start - b.start);
  const accepted: Candidate[] = [];
  // Accepted ranges, kept sorted by start for overlap checks.
  const starts: number[] = [];
  for (const c of kept) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < c.end) lo = mid + 1;
      else hi = mid;
    }
    // Accepted markers do not overlap, so the last one starting before c.end ends latest.
    const k = lo - 1;
    if (k >= 0 && accepted[k].end > c.start) continue;
    accepted.splice(lo, 0, c);
    starts.splice(lo, 0, c.start);
  }
  return accepted.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), category: c.category, term: c.term, source: c.source, confidence: c.confidence }));
}
