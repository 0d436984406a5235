/**
 * Rhetoric markers: the built-in lexicon, scare quotes, codebook terms and the learned span
 * tagger, merged into one sorted, non-overlapping list. Sensitivity levels are thresholds on
 * the markers' confidence (an estimate of their span precision on PTC).
 */
import type { SegmentedText } from '../text/structure';
import type { CodebookTerm, MarkerSource, RhetoricMarker, Sensitivity } from '../types';
import { buildContext, DocContext } from './features';
import { codebookLexicon, LEXICON_CATEGORY_IDS, LexiconHit, matchLexicon } from './lexicon';
import { loadRhetoricModel, RhetoricModel } from './model';
import { spansFromProbabilities, tokenProbabilities } from './tagger';
import { isFirmEntry } from './lexiconData';
import { isNameOrTitle, isTitleOrReview } from './titles';
import { isLiteralUse } from './literalUse';
import { phraseSpan, withoutBrokenWord } from './phrase';
import { isPlainUse } from './plainUse';
import { shownSpan } from './shownSpan';
import { isHiddenWhenShown, shownOnlySpan, wavesNoFlag } from './shownOnly';
import { lexiconHitEnd } from './shownEdges';

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
  /** Uncalibrated score (tagger spans: the margin; lexicon hits and scare quotes: prior mixed with the tagger's view), for calibration. */
  raw?: number;
  /** Tagger spans: word count (for calibration). */
  words?: number;
  /** A plain statement (plainUse.ts): not shown, but seen by calibration and the thresholds. */
  plain?: boolean;
  /** Left out only where the product shows markers (shownOnly.ts): training never reads it. */
  hidden?: boolean;
  /** Flag-waving that praises no cause and names no nation (shownOnly.ts: wavesNoFlag): left out where shown as flag-waving. */
  noFlag?: boolean;
  /** The edges and term the product shows where shownOnly.ts (tagger spans) or shownEdges.ts (lexicon hits) move them (training never reads it). */
  recut?: { readonly start: number; readonly end: number; readonly term: string };
  /** Tagger spans: the edges and term it is shown with where they differ (shownSpan.ts; calibration reads `start` and `end`). */
  shown?: { readonly start: number; readonly end: number; readonly term: string };
}

/** Weight of the tagger's opinion in a lexicon hit's (or scare quote's) confidence (0.3–0.7 measured alike on dev). */
const LEXICON_MIX: number = 0.5;

const SOURCE_RANK: Record<MarkerSource, number> = { codebook: 3, lexicon: 2, 'scare-quote': 1, tagger: 0 };

/** A document's context and token margins: the same for every level of one model (only the span cut differs). */
export interface ScoredTokens {
  readonly model: RhetoricModel;
  readonly d: DocContext;
  readonly p: Float32Array;
}

export function scoreTokens(seg: SegmentedText, model: RhetoricModel): ScoredTokens {
  const d = buildContext(seg, model.rates);
  return { model, d, p: tokenProbabilities(model, d) };
}

/**
 * The candidates of a model, those below `threshold` left out where one is given (see
 * rhetoricCandidates): what a level's markers are selected from.
 */
export type CandidatesOf = (m: RhetoricModel, threshold?: number) => readonly Candidate[];

/**
 * Candidates of each model a level uses, memoised, the token margins computed once (`scored`). A set
 * cut at a threshold serves any higher one; a lower one (or none) computes the set again.
 */
export function candidateMemo(seg: SegmentedText, codebookTerms: readonly CodebookTerm[] | undefined): (m: RhetoricModel, threshold?: number) => Candidate[] {
  const memo = new Map<RhetoricModel, { readonly threshold: number; readonly candidates: Candidate[] }>();
  let scored: ScoredTokens | undefined;
  return (m, threshold = -Infinity) => {
    const known = memo.get(m);
    if (known && known.threshold <= threshold) return known.candidates;
    if (seg.tokens.length) scored ??= scoreTokens(seg, m);
    const candidates = rhetoricCandidates(seg, codebookTerms, m, scored, threshold);
    memo.set(m, { threshold, candidates });
    return candidates;
  };
}

/**
 * All candidates before thresholding (exposed for evaluation and tuning); with `threshold`, only
 * those selectMarkers keeps at it (codebook terms, and the others of that confidence or more): most
 * candidates fall below it, and the edges, term and flags of a shown marker cost more than its confidence.
 */
export function rhetoricCandidates(seg: SegmentedText, codebookTerms: readonly CodebookTerm[] | undefined, model: RhetoricModel = loadRhetoricModel(), scored?: ScoredTokens, threshold = -Infinity): Candidate[] {
  const out: Candidate[] = [];
  if (!seg.tokens.length) return out;
  const { d, p } = scored && scored.model.tagger === model.tagger && scored.model.rates === model.rates && scored.model.meta.params.gateRate === model.meta.params.gateRate
    ? scored : scoreTokens(seg, model);
  const toks = seg.tokens;
  if (codebookTerms?.length) {
    for (const h of matchLexicon(codebookLexicon(codebookTerms), toks, d.keys)) {
      out.push({ start: h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'codebook', confidence: 1 });
    }
  }
  const mix = LEXICON_MIX;
  const precise = sensitivityThreshold('precise', model);
  // A degree adverb is no marker alone (audit seed 131: "an extremely dangerous occurrence"): before a
  // loaded hit the two make one marker ("extremely bloody"), as confident as the surer of them.
  let adverb: { token: number; start: number; conf: number } | undefined;
  for (const h of d.hits) {
    const opened = adverb && h.firstToken === adverb.token + 1 ? adverb : undefined;
    adverb = undefined;
    const degree = isDegreeAdverb(d, h);
    if (degree && intensifiesPlainWord(d, h)) continue;
    if (isLiteralUse(d, h.firstToken, h.endToken, h.entry.category)) continue;
    // A common word written with a capital inside a sentence is part of a name ("the Governing
    // Junta of Nicaragua", "Sham el Sheikh"): left to the tagger. Hitler's and Stalin's names are entries themselves.
    if (h.entry.category !== 'reductio-ad-hitlerum' && isCapitalisedInSentence(seg, h.firstToken)) continue;
    // The entry's prior precision, tempered by what the tagger makes of this occurrence.
    let m = -Infinity;
    for (let k = h.firstToken; k < h.endToken; k++) if (p[k] > m) m = p[k];
    const prior = model.entryPrior(h.entry);
    const score = m === -Infinity || mix === 0 ? prior : (1 - mix) * prior + mix * model.calibrate(m);
    let conf = model.calibrateHit(score, h.entry.category);
    // Words loaded wherever they appear ("junta", "stooge") are marked at every level.
    if (conf < precise && isFirmEntry(h.entry.category, h.entry.term)) conf = precise;
    if (degree) {
      adverb = { token: h.firstToken, start: h.start, conf };
      continue;
    }
    if (opened) conf = Math.max(conf, opened.conf);
    if (round(conf) < threshold) continue;
    // Where shown, an entry ending on "of" takes what follows in (shownEdges.ts), or is left out.
    const end = lexiconHitEnd(d, h.firstToken, h.endToken);
    const shownEnd = end < 0 ? h.endToken : end;
    out.push({
      start: opened?.start ?? h.start, end: h.end, category: h.entry.category, term: h.entry.term, source: 'lexicon', confidence: round(conf), raw: score,
      plain: isPlainUse(d, h.firstToken, h.endToken, h.entry.category), ...(end < 0 ? { hidden: true } : hiddenFlag(d, h.firstToken, shownEnd, h.entry.category)),
      ...(shownEnd === h.endToken ? {} : { recut: { start: opened?.start ?? h.start, end: toks.ends[shownEnd - 1], term: h.entry.term } }),
    });
  }
  let qi = 0;
  for (const q of d.quotes) {
    if (isNameOrTitle(seg.text, q)) continue;
    let m = -Infinity;
    while (qi < toks.length && toks.ends[qi] <= q.start) qi++;
    for (let k = qi; k < toks.length && toks.starts[k] < q.end; k++) if (p[k] > m) m = p[k];
    const prior = model.meta.scareQuotePrior;
    const score = m === -Infinity || mix === 0 ? prior : (1 - mix) * prior + mix * model.calibrate(m);
    const confidence = round(model.calibrateHit(score, 'scare-quote'));
    if (confidence < threshold) continue;
    out.push({ start: q.start, end: q.end, category: 'scare-quote', term: termOf(q.inner), source: 'scare-quote', confidence, raw: score });
  }
  const phrases = model.meta.params.phrases ?? true;
  for (const s of spansFromProbabilities(model, d, p)) {
    const confidence = round(model.calibrate(s.raw, s.words > 1, s.category));
    if (confidence < threshold || isTitleOrReview(d, s.firstToken, s.endToken)) continue;
    const [a, b] = trimSpan(toks, ...withoutBrokenWord(d, ...(phrases ? phraseSpan(d, p, s.firstToken, s.endToken, model.meta.params.tokenThreshold) : [s.firstToken, s.endToken] as const)));
    if (a === b || onlyDegreeAdverbs(d, a, b) || isLiteralUse(d, a, b, s.category)) continue;
    const [sa, sb] = shownSpan(d, a, b);
    const [ra, rb] = shownOnlySpan(d, sa, sb);
    out.push({
      start: toks.starts[a], end: toks.ends[b - 1], category: s.category, term: termOfTokens(d, a, b), source: 'tagger',
      confidence, raw: s.raw, words: s.words, plain: isPlainUse(d, a, b, s.category),
      shown: sa === a && sb === b ? undefined : { start: toks.starts[sa], end: toks.ends[sb - 1], term: termOfTokens(d, sa, sb) }, ...hiddenFlag(d, ra, rb, s.category),
      ...(ra === sa && rb === sb ? {} : { recut: { start: toks.starts[ra], end: toks.ends[rb - 1], term: termOfTokens(d, ra, rb) } }),
    });
  }
  return out;
}

/** `hidden` where the product leaves the marker out (shownOnly.ts), `noFlag` where it would as flag-waving, nothing otherwise. */
function hiddenFlag(d: DocContext, a: number, b: number, category: string): { hidden?: true; noFlag?: true } {
  if (isHiddenWhenShown(d, a, b, category)) return { hidden: true };
  return category === 'flag-waving' && wavesNoFlag(d, a, b) ? { noFlag: true } : {};
}

/** Whether the product leaves a resolved marker out: hidden, or flag-waving as shown with no flag waved. */
function isLeftOut(c: Candidate): boolean {
  return !!c.hidden || (!!c.noFlag && c.category === 'flag-waving');
}

/** Lexicon categories whose words are loaded in themselves (an intensifier before one of them overstates). */
const LOADED_CATEGORIES: ReadonlySet<string> = new Set(['loaded-language', 'name-calling', 'appeal-to-fear', 'reductio-ad-hitlerum']);

/** A degree adverb of the exaggeration lexicon alone ("extremely", "absolutely", "totally"). */
function isDegreeAdverb(d: DocContext, h: LexiconHit): boolean {
  return h.entry.category === 'exaggeration' && h.endToken - h.firstToken === 1 && d.keys[h.firstToken].endsWith('ly');
}

/** Tokens `[a, b)` all degree adverbs of the lexicon or punctuation: an intensifier without the phrase it intensifies. */
export function onlyDegreeAdverbs(d: DocContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const lx = d.lex[k];
    if (d.shape[k] !== 4 && !(lx && LEXICON_CATEGORY_IDS[lx - 1] === 'exaggeration' && d.keys[k].endsWith('ly'))) return false;
  }
  return true;
}

/**
 * Whether a degree adverb (isDegreeAdverb) intensifies a plain word: it
 * overstates only what is loaded already ("utterly evil", "totally catastrophic"). Before a plain
 * or merely serious word ("extremely difficult", "extremely grave consequences", "absolutely
 * indispensable") it states a fact, and audits on UN speeches judged those marks wrong.
 */
function intensifiesPlainWord(d: DocContext, h: LexiconHit): boolean {
  const next = h.endToken;
  if (next >= d.n || d.sFirst[next] !== d.sFirst[h.firstToken]) return true;
  const lx = d.lex[next];
  return !(lx && LOADED_CATEGORIES.has(LEXICON_CATEGORY_IDS[lx - 1]));
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
  'such', 'any', 'very', 'ever', 'thereby', 'itself', 'themselves', 'ourselves', 'himself', 'herself',
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
  return markersAtLevel(seg.text, candidateMemo(seg, options.codebookTerms), model, options.sensitivity, (s) => sensitivityThreshold(s, model), options.ignore, true);
}

/** The next stricter level (the one whose markers a level must keep). */
const STRICTER: Readonly<Record<Sensitivity, Sensitivity | undefined>> = { precise: undefined, balanced: 'precise', exploratory: 'balanced' };

/**
 * Markers at a level. A level that cuts spans its own way (`RhetoricModel.forLevel`) keeps the
 * stricter level's markers and adds its own where they overlap none of them, so the levels nest.
 * `shownOnly`: the product's markers, without those only it leaves out (shownOnly.ts; training
 * selects without them).
 */
export function markersAtLevel(
  text: string, candidatesOf: CandidatesOf, model: RhetoricModel, level: Sensitivity,
  thresholdOf: (s: Sensitivity) => number, ignore?: ReadonlySet<string>, shownOnly = false,
): RhetoricMarker[] {
  const own = model.forLevel(level);
  const threshold = thresholdOf(level);
  const mine = selectMarkers(text, candidatesOf(own, threshold), threshold, ignore, true, shownOnly);
  const stricter = STRICTER[level];
  if (own === model || !stricter) return mine;
  const kept = markersAtLevel(text, candidatesOf, model, stricter, thresholdOf, ignore, shownOnly);
  const covered = new Uint8Array(text.length);
  for (const m of kept) if (m.source !== 'scare-quote') covered.fill(1, m.start, m.end);
  const quotes = new Set(kept.filter((m) => m.source === 'scare-quote').map((m) => m.start));
  const added = mine.filter((m) => {
    if (m.source === 'scare-quote') return !quotes.has(m.start);
    for (let i = m.start; i < m.end; i++) if (covered[i]) return false;
    return true;
  });
  return kept.concat(added).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Thresholds candidates and resolves overlaps (see findRhetoricMarkers); `dropPlain` leaves plain
 * statements out and gives tagger spans the edges they are shown with (the markers shown; see plainUse.ts, shownSpan.ts);
 * `shownOnly` also leaves out what only the product hides (shownOnly.ts).
 */
export function selectMarkers(text: string, candidates: readonly Candidate[], threshold: number, ignore?: ReadonlySet<string>, dropPlain = false, shownOnly = false): RhetoricMarker[] {
  const shown = dropPlain ? candidates.map((c) => (shownOnly && c.recut ? { ...c, ...c.recut } : c.shown ? { ...c, ...c.shown } : c)) : candidates;
  const kept = shown.filter((c) => {
    // What only the product hides (shownOnly.ts) still takes part in resolving overlaps, and is left out after:
    // a lower-ranked span overlapping it must not show in its place.
    if ((dropPlain && c.plain) || (c.source !== 'codebook' && c.confidence < threshold)) return false;
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
        if (a.source === 'tagger' && a.start <= c.start && a.end >= c.end) accepted[k] = { ...c, start: a.start, end: a.end, confidence: a.confidence, hidden: c.hidden || a.hidden, noFlag: c.noFlag || a.noFlag };
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
      // Around two or more hits it would join separate phrases into one marker: the hits stay.
      if (!ok || !best || seen.size > 1) continue;
      for (const k of seen) accepted[k] = undefined;
      const merged: Candidate = { ...best, start: c.start, end: c.end, confidence: Math.max(best.confidence, c.confidence), hidden: best.hidden || c.hidden, noFlag: best.noFlag || c.noFlag };
      accepted.push(merged);
      owner.fill(accepted.length, c.start, c.end);
      continue;
    }
    accepted.push(c);
    owner.fill(accepted.length, c.start, c.end);
  }
  // A scare quote around exactly one lexicon or codebook marker's words adds nothing: that marker
  // stays, widened to the quote marks (so a level that shows the quote alone still nests in it).
  // A tagger span of exactly the quoted words gives way to the quote, the more specific mark.
  const extra = quotes.filter((q) => {
    const o = owner[q.start + 1];
    if (!o) return true;
    const k = o - 1;
    const a = accepted[k];
    if (!(a && a.start >= q.start && a.end <= q.end && a.start <= q.start + 1 && a.end >= q.end - 1) || (shownOnly && isLeftOut(a))) return true;
    if (a.source === 'tagger') {
      accepted[k] = undefined;
      return true;
    }
    accepted[k] = { ...a, start: q.start, end: q.end };
    return false;
  });
  const lexical = accepted.filter((c): c is Candidate => c !== undefined && !(shownOnly && isLeftOut(c)));
  const all = lexical.concat(extra).sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), category: c.category, term: c.term, source: c.source, confidence: c.confidence }));
}
