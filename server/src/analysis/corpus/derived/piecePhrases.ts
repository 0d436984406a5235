/**
 * A word that is mostly a piece of key phrases ("armed" of "armed conflict", "drug" of "drug
 * trafficking") gives way, in each document, to the phrase that holds it there when that phrase is
 * key there (shown in its place); where no such phrase is key, the word stays a key term of that
 * document ("pandemic", "socialist", "Asia-Pacific": a theme the rule would otherwise lose).
 */
import type { DocumentAnalysis } from '../../document';
import { sortedIndexOf } from '../../common/binarySearch';
import { entitySpans } from '../../cache/analysisViews';
import { ABSORBED_SHARE, MIN_DOCUMENT_OCCURRENCES, MODIFIER_SHARE, MIN_DOCUMENT_PARAGRAPHS, documentMinG2, isNameFront, type KeyTermOptions, keyness, minLogRatioFor, type NgramOccurrence } from '../keyterms';
import type { NgramCounts } from '../tables/ngramCounts';
import { type SoughtTerm, termOccurrences } from '../termSearch';

/** A phrase key in a document, in place of a piece word there. */
export interface PiecePhrase {
  readonly h: number;
  readonly label: string;
  readonly g2: number;
  readonly logRatio: number;
  readonly count: number;
}

/**
 * The phrase of two words that holds most of the piece word's uses in document `d` (its next or
 * its previous word), when that phrase is key in `d` as the document's key terms are (occurrences,
 * paragraphs, G² corrected for the terms it tests, the log ratio a term as widespread needs); else undefined.
 * Both searches tokenise only the sentences that may hold the word or the phrase (termSearch.ts):
 * segmenting the whole document twice per piece and document grew faster than the corpus (more
 * pieces, each key in more documents: 132 searches at 30 MB of speeches, 414 at 60 MB).
 */
export function piecePhraseIn(d: DocumentAnalysis, piece: SoughtTerm, counts: NgramCounts, corpusDocuments: number, options: KeyTermOptions, ignoreHashes: ReadonlySet<number>): PiecePhrase | undefined {
  const entities = entitySpans(d);
  const occurrences = termOccurrences(d, entities, [piece]);
  const holders = new Map<number, number>();
  for (const o of occurrences) {
    if (o.extended !== undefined) holders.set(o.extended, (holders.get(o.extended) ?? 0) + 1);
    if (o.preceded !== undefined) holders.set(o.preceded, (holders.get(o.preceded) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [p, n] of holders) if (n > ABSORBED_SHARE * occurrences.length && (best === undefined || n > holders.get(best)!)) best = p;
  if (best === undefined || ignoreHashes.has(best)) return undefined;
  const t = d.ngrams;
  const i = sortedIndexOf(t.hashes, best);
  if (i < 0 || t.counts[i] < MIN_DOCUMENT_OCCURRENCES || t.paragraphs[i] < Math.min(MIN_DOCUMENT_PARAGRAPHS, t.paragraphCount)) return undefined;
  const shared = counts.sharedOccurrences(best);
  if (shared < 0) return undefined;
  const k = keyness(t.counts[i], d.wordCount, shared - t.counts[i], counts.totalWords - d.wordCount);
  if (k.g2 < documentMinG2(t, options) || k.logRatio < minLogRatioFor(counts.documentFrequency(best), corpusDocuments, options.minLogRatio)) return undefined;
  const label = phraseLabel(d.text, occurrences, best);
  if (!label) return undefined;
  // "great capitalist" (Powers), "capitalist industrialized" (countries): the front of a longer phrase is no phrase to show.
  const onward = termOccurrences(d, entities, [{ hash: best, label }]);
  if (onward.filter((o) => o.extended !== undefined).length >= MODIFIER_SHARE * onward.length) return undefined;
  return !isNameFront(label) ? { h: best, label, g2: k.g2, logRatio: k.logRatio, count: t.counts[i] } : undefined;
}

/** The phrase's form as the document writes it most often (the word with its neighbour). */
function phraseLabel(text: string, occurrences: readonly NgramOccurrence[], h: number): string | undefined {
  const forms = new Map<string, number>();
  for (const o of occurrences) {
    let form: string | undefined;
    const word = text.slice(o.start, o.end);
    const next = o.extended === h ? /^\s+([\p{L}\p{N}][\p{L}\p{N}'’\-]*)/u.exec(text.slice(o.end, o.end + 60))?.[1] : undefined;
    const before = o.preceded === h ? /([\p{L}\p{N}][\p{L}\p{N}'’\-]*)\s+$/u.exec(text.slice(Math.max(0, o.start - 60), o.start))?.[1] : undefined;
    if (next) form = `${word} ${next.replace(/[\-'’]+$/, '')}`;
    else if (before) form = `${before} ${word}`;
    if (form) forms.set(form.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'"), (forms.get(form) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [f, n] of forms) if (best === undefined || n > forms.get(best)!) best = f;
  return best;
}
