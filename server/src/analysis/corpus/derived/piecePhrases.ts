/**
 * A word that is mostly a piece of key phrases ("armed" of "armed conflict", "drug" of "drug
 * trafficking") gives way, in each document, to the phrase that holds it there when that phrase is
 * key there (shown in its place); where no such phrase is key, the word stays a key term of that
 * document ("pandemic", "socialist", "Asia-Pacific": a theme the rule would otherwise lose).
 */
import type { DocumentAnalysis } from '../../document';
import { segment } from '../../text/structure';
import { sortedIndexOf } from '../../common/binarySearch';
import { entitySpans } from '../../cache/analysisViews';
import { ABSORBED_SHARE, MIN_DOCUMENT_OCCURRENCES, MODIFIER_SHARE, MIN_DOCUMENT_PARAGRAPHS, documentMinG2, isNameFront, type KeyTermOptions, keyness, minLogRatioFor, ngramOccurrences } from '../keyterms';
import type { NgramCounts } from '../tables/ngramCounts';

/** A phrase key in a document, in place of a piece word there. */
export interface PiecePhrase {
  readonly h: number;
  readonly label: string;
  readonly g2: number;
  readonly logRatio: number;
  readonly count: number;
}

/**
 * The phrase of two words that holds most of the piece word `h`'s uses in document `d` (its next or
 * its previous word), when that phrase is key in `d` as the document's key terms are (occurrences,
 * paragraphs, G² corrected for the terms it tests, the log ratio a term as widespread needs); else undefined.
 */
export function piecePhraseIn(d: DocumentAnalysis, h: number, counts: NgramCounts, corpusDocuments: number, options: KeyTermOptions, ignoreHashes: ReadonlySet<number>): PiecePhrase | undefined {
  const seg = segment(d.text);
  const occurrences = ngramOccurrences(seg, entitySpans(d), new Set([h]));
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
  // "great capitalist" (Powers), "capitalist industrialized" (countries): the front of a longer phrase is no phrase to show.
  const onward = ngramOccurrences(seg, entitySpans(d), new Set([best]));
  if (onward.filter((o) => o.extended !== undefined).length >= MODIFIER_SHARE * onward.length) return undefined;
  const label = phraseLabel(d.text, occurrences, best);
  return label && !isNameFront(label) ? { h: best, label, g2: k.g2, logRatio: k.logRatio, count: t.counts[i] } : undefined;
}

/** The phrase's form as the document writes it most often (the word with its neighbour). */
function phraseLabel(text: string, occurrences: ReturnType<typeof ngramOccurrences>, h: number): string | undefined {
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
