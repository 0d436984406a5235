/**
 * Rhetoric markers: the built-in lexicon, scare quotes, codebook terms and the learned span
 * tagger, merged into one sorted, non-overlapping list. Sensitivity levels are thresholds on
 * the markers' confidence (an estimate of their span precision on PTC).
 */
import type { SegmentedText } from '../text/structure';
import type { CodebookTerm, MarkerSource, RhetoricMarker, Sensitivity } from '../types';
import { buildContext, DocContext } from './features';
import { codebookLexicon, matchLexicon } from './lexicon';
import { loadRhetoricModel, RhetoricModel } from './model';
import { spansFromProbabilities, tokenProbabilities } from './tagger';
import { isFirmEntry } from './lexiconData';
import { isNameOrTitle, isTitleOrReview } from './titles';

export { RHETORIC_CATEGORIES, type RhetoricCategory } from './categories';
export { loadRhetoricModel, setRhetoricModel, RhetoricModel } from './model';
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
  /** Tagger spans: uncalibrated score and word count (for calibration). */
  raw?: number;
  words?: number;
}

/** Weight of the tagger's opinion in a lexicon hit's (or scare quote's) confidence (0.3–0.7 measured alike on dev). */
const LEXICON_MIX: number = 0.5;

const SOURCE_RANK: Record<MarkerSource, number> = { codebook: 3, lexicon: 2, 'scare-quote': 1, tagger: 0 };

/** All candidates before thresholding (exposed for evaluation and tuning). */
export function rhetoricCandidates(seg: SegmentedText, codebookTerms: readonly CodebookTerm[] | undefined, model: RhetoricModel = loadRhetoricModel()): Candidate[] {
  const out: Candidate[] = [];
  if (!seg.tokens.length) return out;
  const d: DocContext = buildContext(seg, model.rates);
  const toks = seg.tokens;
  if (codebookTerms?.length) {
    for (const h of matchLexicon(codebookLexicon(codebookTerms), toks, d.keys)) {
      out.push({ start: h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'codebook', confidence: 1 });
    }
  }
  const p = tokenProbabilities(model, d);
  const mix = LEXICON_MIX;
  const precise = sensitivityThreshold('precise', model);
  for (const h of d.hits) {
    // The entry's prior precision, tempered by what the tagger makes of this occurrence.
    let m = -Infinity;
    for (let k = h.firstToken; k < h.endToken; k++) if (p[k] > m) m = p[k];
    const prior = model.prior(h.entry.category, h.entry.term);
    let conf = m === -Infinity || mix === 0 ? prior : (1 - mix) * prior + mix * model.calibrate(m);
    // Words loaded wherever they appear ("junta", "stooge") are marked at every level.
    // Not in a name, though: "the Governing Junta of Nicaragua", "Sham el Sheikh".
    if (isFirmEntry(h.entry.category, h.entry.term) && !isCapitalisedInSentence(seg, h.firstToken)) conf = Math.max(conf, precise);
    out.push({ start: h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'lexicon', confidence: round(conf) });
  }
  let qi = 0;
  for (const q of d.quotes) {
    if (isNameOrTitle(seg.text, q)) continue;
    let m = -Infinity;
    while (qi < toks.length && toks.ends[qi] <= q.start) qi++;
    for (let k = qi; k < toks.length && toks.starts[k] < q.end; k++) if (p[k] > m) m = p[k];
    const prior = model.meta.scareQuotePrior;
    const conf = m === -Infinity || mix === 0 ? prior : (1 - mix) * prior + mix * model.calibrate(m);
    out.push({ start: q.start, end: q.end, category: 'scare-quote', term: termOf(q.inner), source: 'scare-quote', confidence: round(conf) });
  }
  for (const s of spansFromProbabilities(model, d, p)) {
    if (isTitleOrReview(d, s.firstToken, s.endToken)) continue;
    const [a, b] = trimSpan(toks, s.firstToken, s.endToken);
    if (a === b) continue;
    out.push({ start: toks.starts[a], end: toks.ends[b - 1], category: s.category, term: termOfTokens(d, a, b), source: 'tagger', confidence: round(model.calibrate(s.raw, s.words > 1)), raw: s.raw, words: s.words });
  }
  return out;
}

/**
 * Tokens `[a, b)` without the function words and punctuation at their edges: "naked aggression
 * against" → "naked aggression", "as a tyrannical regime" → "tyrannical regime".
 */
export function trimSpan(toks: SegmentedText['tokens'], a: number, b: number): [number, number] {
  while (a < b && isEdgeWord(toks, a)) a++;
  while (b > a && isEdgeWord(toks, b - 1)) b--;
  return [a, b];
}

/** Punctuation or a function word ("as", "a", "against", "the"): no edge of a marker. */
function isEdgeWord(toks: SegmentedText['tokens'], k: number): boolean {
  return toks.kind(k) === 'punct' || EDGE_WORDS.has(toks.text(k).toLowerCase());
}

const EDGE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'as', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'against', 'and', 'or', 'but', 'that', 'which', 'who',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'it',
]);

/** A word written with a capital where a sentence does not begin: part of a name. */
function isCapitalisedInSentence(seg: SegmentedText, token: number): boolean {
  const t = seg.tokens.text(token);
  if (t[0] === t[0].toLowerCase()) return false;
  const sentence = seg.sentences.find((s) => s.endToken > token);
  for (let k = token - 1; sentence && k >= sentence.firstToken; k--) if (seg.tokens.kind(k) !== 'punct') return true;
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Term of a scare quote: its words as written, lower-cased ("guarantees", not a lemma). */
function termOf(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/).join(' ');
}

/** Term of a tagger span: its words as the text writes them, lower-cased, without quotes or other punctuation. */
function termOfTokens(d: DocContext, a: number, b: number): string {
  const toks = d.seg.tokens;
  const words: string[] = [];
  for (let k = a; k < b; k++) if (toks.kind(k) !== 'punct') words.push(toks.text(k).toLowerCase());
  return words.join(' ');
}

/**
 * Rhetoric markers of one document at the given sensitivity, sorted by offset. Lexicon,
 * codebook and tagger markers never overlap: codebook terms always win; otherwise the more
 * confident marker wins, and a tagger span around lexicon hits widens them to the phrase
 * (keeping their category and term). Scare quotes are typographic and may overlap them.
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
  // owner[ch] = 1 + index in `accepted` of the marker covering character ch (linear time
  // overall: lexicon hits never overlap each other, nor do tagger spans).
  const owner = new Int32Array(text.length);
  const accepted: (Candidate | undefined)[] = [];
  // Scare quotes are typographic: they may overlap lexical markers, so they are kept apart.
  const quotes: Candidate[] = [];
  const seen = new Set<number>();
  for (const c of kept) {
    if (c.source === 'scare-quote') {
      quotes.push(c);
      continue;
    }
    seen.clear();
    for (let ch = c.start; ch < c.end; ch++) if (owner[ch]) seen.add(owner[ch] - 1);
    if (seen.size) {
      // A tagger span around lexicon hits widens them to its extent: the marker keeps the
      // more specific category and term, and covers the phrase.
      if (c.source === 'lexicon' && seen.size === 1) {
        // A lexicon hit inside a more confident tagger span names it (category and term).
        const k = seen.values().next().value as number;
        const a = accepted[k]!;
        if (a.source === 'tagger' && a.start <= c.start && a.end >= c.end) accepted[k] = { ...c, start: a.start, end: a.end, confidence: a.confidence };
        continue;
      }
      if (c.source !== 'tagger') continue;
      let best: Candidate | undefined;
      let ok = true;
      for (const k of seen) {
        const a = accepted[k]!;
        if (a.source !== 'lexicon' || a.start < c.start || a.end > c.end) { ok = false; break; }
        if (!best || a.confidence > best.confidence) best = a;
      }
      if (!ok || !best) continue;
      for (const k of seen) accepted[k] = undefined;
      const merged: Candidate = { ...best, start: c.start, end: c.end, confidence: Math.max(best.confidence, c.confidence) };
      accepted.push(merged);
      owner.fill(accepted.length, c.start, c.end);
      continue;
    }
    accepted.push(c);
    owner.fill(accepted.length, c.start, c.end);
  }
  const lexical = accepted.filter((c): c is Candidate => c !== undefined);
  // A scare quote around exactly one lexical marker's words adds nothing: the lexical marker stays.
  const extra = quotes.filter((q) => {
    const o = owner[q.start + 1];
    if (!o) return true;
    const a = accepted[o - 1];
    return !(a && a.start >= q.start && a.end <= q.end && a.start <= q.start + 1 && a.end >= q.end - 1);
  });
  const all = lexical.concat(extra).sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), category: c.category, term: c.term, source: c.source, confidence: c.confidence }));
}
