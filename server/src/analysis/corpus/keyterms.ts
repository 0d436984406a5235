/**
 * Key-term candidates and keyness.
 *
 * Candidates are word n-grams (1–4 words) inside one sentence, made of word tokens only
 * (no punctuation, numbers, number or date words, or possessive "'s"; termWords.ts), not overlapping an entity mention, and
 * neither starting nor ending with a stop word (so "the Kiev junta" → "junta" and "Kiev junta"
 * is left out because of the entity, "right to self-determination" is kept). Every candidate
 * is hashed to a 31-bit integer (FNV-1a over its words' one spelling, `termWords.ts`), so a document keeps
 * only a sorted `Int32Array` of distinct hashes and, aligned with them, its occurrences and the
 * number of its paragraphs containing each one. Labels are recovered on demand by re-extracting a
 * document that contains the hash (`ngramLabels`).
 *
 * Keyness (see `keyness`): log-likelihood G² (Dunning / Rayson & Garside, 2×2 table) with
 * Hardie's log ratio as effect size, on token counts, as AntConc or Sketch Engine compare one
 * text with a reference corpus.
 *
 * What "against the rest of the corpus" means:
 *  - For a document d, the target is d and the reference is every other document: the term's
 *    occurrences in d among d's words, against its occurrences in the other documents among
 *    theirs. A term is key in d when it is significant and at least 2^minLogRatio times as
 *    frequent in d. Significant: for d as a whole at the level of minG2 (10.83 = p < 0.001),
 *    Bonferroni-corrected for the number of terms d tests, those it uses MIN_DOCUMENT_OCCURRENCES
 *    times at least (significance.ts: G² ≥ 20.6 for 180 terms, 23.9 for 1,000); with
 *    `correctForTests` off, G² ≥ minG2 per term.
 *  - It must occur in d at least `MIN_DOCUMENT_OCCURRENCES` times, in two of d's paragraphs at
 *    least (dispersion: one paragraph repeating a word does not make it key), and in ≥ 2
 *    documents of the corpus (df ≥ 2: a recurring term, not a one-off phrase). A document gets
 *    its top `DOC_KEY_TERMS` by G²; it shows only those (highlights, Outline, code lens), not
 *    every occurrence of a term key somewhere else.
 *  - In a corpus of 20 documents or more, the more documents hold a term, the stronger its effect
 *    must be (`minLogRatioFor`: log ratio ≥ 1 + 4 × the share of documents holding it, 3 for a term
 *    half of them use: the corpus's register is no document's key term). A single word the
 *    corpus mostly writes capitalised that names end on ("Republic", "Council") is a piece of a
 *    name, not a key term (`isNamePiece`), nor a people's word ("British", peoplesWords.ts).
 *  - The corpus's key terms (the Terms view) are the terms key in some document, ranked by their
 *    log ratio summed over the documents where they are key (a term key in many documents, far
 *    more frequent there, before one barely key in one), the top `CORPUS_KEY_TERMS`; they count their
 *    mentions in those documents, as the documents show them. The concordance and the hover
 *    list every use in the corpus.
 */
import type { Range, SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { TypeTable } from '../text/vocabulary';
import { GenerationTable } from '../common/hashTable';
import { FNV_OFFSET, FNV_PRIME, fnvStep } from '../common/fnv';
import { type SpanColumns, spanColumnsOf, spanEnd, spanStart } from './spans';
import { POLITY_HEADS, isBodyHead, isNameHead } from '../entities/nameHeadWords';
import { isAddressWord, isNumberOrDateWord } from './termWords';
import { spellingForm } from '../text/spelling';
import { correctedMinG2 } from './significance';

export const MAX_NGRAM = 4;
export const DOC_KEY_TERMS = 12;
export const CORPUS_KEY_TERMS = 200;
/** A document's key term occurs in it this often at least, */
export const MIN_DOCUMENT_OCCURRENCES = 3;
/** in this many of its paragraphs (if it has as many): one paragraph repeating a word does not make it key. */
export const MIN_DOCUMENT_PARAGRAPHS = 2;

/** The terms a document tests: those it uses `MIN_DOCUMENT_OCCURRENCES` times at least (fewer are never key). */
export function testedTerms(t: NgramTable): number {
  let n = 0;
  for (let i = 0; i < t.counts.length; i++) if (t.counts[i] >= MIN_DOCUMENT_OCCURRENCES) n++;
  return n;
}

/** The G² a term must reach to be key in a document with this n-gram table (see `correctForTests`). */
export function documentMinG2(t: NgramTable, options: KeyTermOptions): number {
  return options.correctForTests ? correctedMinG2(options.minG2, testedTerms(t)) : options.minG2;
}

/** Which terms count as key: significance (G², 10.83 is p < 0.001 with one degree of freedom) and effect size. */
export interface KeyTermOptions {
  readonly minG2: number;
  readonly minLogRatio: number;
  /**
   * `minG2` is the level of the whole document, Bonferroni-corrected for the number of terms it
   * tests (significance.ts): a long speech tests a thousand terms, and p < 0.001 each makes some
   * plain words it repeats key by chance. False: `minG2` per term, as AntConc or WordSmith test.
   */
  readonly correctForTests: boolean;
}

export const DEFAULT_KEY_TERM_OPTIONS: KeyTermOptions = { minG2: 10.83, minLogRatio: 1, correctForTests: true };

/** Whether two sets of options select the same key terms. */
export function sameKeyTermOptions(a: KeyTermOptions, b: KeyTermOptions): boolean {
  return a.minG2 === b.minG2 && a.minLogRatio === b.minLogRatio && a.correctForTests === b.correctForTests;
}

/**
 * The corpus's register: in a corpus of `REGISTER_MIN_DOCUMENTS` documents or more, the more of
 * its documents hold a term, the stronger the effect it needs to be key in one of them: log ratio
 * ≥ minLogRatio + `REGISTER_WEIGHT` × the share of documents holding it (with the defaults, 2 for
 * a term a quarter of the documents use, i.e. four times as frequent as in the rest; 3 for half; 5
 * for every document). "development", "security", "delegation" are the genre's vocabulary in UN
 * speeches, and long speeches use them two or three times as often as the rest (log ratio
 * 1.4–2.8 on 300 speeches): that is length and style, not the document's subject. WordSmith's
 * "key key-words" and dispersion measures make the same point: a word most texts of the corpus
 * use characterises one of them only when it is far more frequent there.
 */
export const REGISTER_MIN_DOCUMENTS = 20;
export const REGISTER_WEIGHT = 4;

/** What a term held by `df` of the corpus's `n` documents adds to the log ratio it needs to be key in one of them. */
export function registerPenalty(df: number, n: number): number {
  return n >= REGISTER_MIN_DOCUMENTS ? (REGISTER_WEIGHT * df) / n : 0;
}

/** The smallest log ratio that makes a term held by `df` of the corpus's `n` documents key in one of them. */
export function minLogRatioFor(df: number, n: number, minLogRatio: number): number {
  return minLogRatio + registerPenalty(df, n);
}

/**
 * A single word the corpus writes mostly capitalised that names end on ("Republic", "Council",
 * "Charter" in UN speeches): a piece of a name, which the entity covers, not a key term. Other
 * capitalised words ("Mediterranean", "Islamic", "HIV") stay, as do phrases; peoples' words go by `isPeoplesWord`.
 */
export function isNamePiece(label: string): boolean {
  return !/\s/.test(label) && /^\p{Lu}\p{Ll}/u.test(label) && (isNameHead(label) || GENERAL_TITLE_FRONTS.has(label));
}

/**
 * Posts whose titles go on with "General" ("Secretary-General", "Director-General"): a title written
 * without its hyphen ("Secretary General") and its first word alone ("Secretary", which the phrase
 * no longer absorbs, and "Secretary of State") are pieces of a title, which says who speaks or is thanked.
 */
const GENERAL_TITLE_FRONTS: ReadonlySet<string> = new Set(['Secretary', 'Director', 'Governor', 'Attorney']);

/**
 * A phrase that is a name or its front, which the entities cover or cut: ending on "the" and a
 * capitalised word, where a name goes on ("authorities of the Republic" of Moldova, "parties to the
 * Warsaw" Treaty), two capitalised words naming a State or a body ("Spanish Government",
 * "Socialist Republic" of Viet Nam), or a title written without its hyphen ("Secretary General"):
 * an actor, not what a speech is about.
 */
export function isNameFront(label: string): boolean {
  const words = label.split(/\s+/);
  const last = words[words.length - 1];
  if (!/^\p{Lu}/u.test(last)) return false;
  if (words.length >= 3 && words[words.length - 2] === 'the') return true;
  return words.length === 2 && /^\p{Lu}/u.test(words[0]) && (isBodyHead(last) || POLITY_HEADS.has(last) || (last === 'General' && GENERAL_TITLE_FRONTS.has(words[0])));
}

/**
 * A single word most of whose uses (`inPhrases` of `occurrences`, in the documents read for its
 * label) sit in phrases key in some document, or go on into a name ("Latin" American), is a piece
 * of them, not a key term: "illicit" of "illicit drugs", "cane" of "sugar cane" (seed-157 audit).
 */
export function isPhrasePiece(words: number, occurrences: number, inPhrases: number): boolean {
  return words === 1 && occurrences >= MODIFIER_MIN_OCCURRENCES && inPhrases > ABSORBED_SHARE * occurrences;
}

/** Share of a word's (or phrase's) occurrences a longer key phrase must account for to absorb it. */
export const ABSORBED_SHARE = 0.5;

/**
 * Key terms without those a longer key phrase accounts for: "working" and "class" are no key
 * terms of their own when most of their occurrences are in "working class". `label` is compared
 * case-insensitively, word by word; `mentions` counts occurrences in the corpus.
 */
export function withoutAbsorbedTerms<T extends { readonly label: string; readonly mentions: number }>(terms: readonly T[]): T[] {
  const longer = longerPhrases(terms.map((t) => t.label));
  return terms.filter((t, i) => !longer[i].some((j) => terms[j].mentions > ABSORBED_SHARE * t.mentions));
}

/**
 * For each label, the indices (ascending) of the longer labels that contain its words in a row
 * (case-insensitively). Each label's runs of words are indexed once (at most 10 for 4 words), so
 * thousands of labels cost no more than their runs, not every pair.
 */
export function longerPhrases(labels: readonly string[]): number[][] {
  const words = labels.map((l) => l.toLowerCase().split(/\s+/));
  const holders = new Map<string, number[]>();
  words.forEach((v, j) => {
    const seen = new Set<string>();
    for (let a = 0; a < v.length; a++) {
      for (let b = a + 1; b <= v.length; b++) {
        if (b - a === v.length) continue;
        const run = v.slice(a, b).join(' ');
        if (seen.has(run)) continue;
        seen.add(run);
        const list = holders.get(run);
        if (list) list.push(j);
        else holders.set(run, [j]);
      }
    }
  });
  return words.map((w, i) => (holders.get(w.join(' ')) ?? []).filter((j) => j !== i));
}

/** The form the corpus writes most often ("HIV", "Boeing"); ties go to the lower-case form, then the first seen. */
export function preferredForm(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [f, n] of forms) if (n > bestN || (n === bestN && f === f.toLowerCase())) [best, bestN] = [f, n];
  return best;
}

export interface NgramTable {
  /** Distinct candidate hashes, ascending. */
  readonly hashes: Int32Array;
  /**
   * Paragraphs of the document containing each candidate, aligned with `hashes` (bytes when
   * every value fits: records decoded from the cache are compact).
   */
  readonly paragraphs: Int32Array | Uint8Array;
  /** Occurrences of each candidate in the document, aligned with `hashes` (bytes likewise). */
  readonly counts: Int32Array | Uint8Array;
  /** Paragraph count of the document (the denominator). */
  readonly paragraphCount: number;
}

export const EMPTY_NGRAMS: NgramTable = { hashes: new Int32Array(0), paragraphs: new Uint8Array(0), counts: new Uint8Array(0), paragraphCount: 0 };

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below between both but by can can't cannot " +
    "could couldn't did didn't do does doesn't doing don't down during each even ever every few for from further get gets got had hadn't has hasn't have " +
    "haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself " +
    "just let's like made make many may me might more most much must mustn't my myself no nor not now of off on once one only or other ought our ours ourselves " +
    "out over own per put rather really said same say says see seen shall shan't she she'd she'll she's should shouldn't since so some such than that that's the " +
    "their theirs them themselves then there there's these they they'd they'll they're they've this those though through thus to too two under until up upon " +
    "us very via was wasn't way we we'd we'll we're we've well were weren't what what's when when's where where's whether which while who who's whom whose why " +
    "why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves 's n't mr mrs ms dr also would " +
    "one two three four five first second new last year years time times told tell including according among around already another back going go goes " +
    "went come came take took want wants know known think thing things lot lots yes okay ok etc via whose something anything nothing everything someone " +
    "anyone everyone people toward towards"
  ).split(/\s+/),
);

let stopHashes: Set<number> | undefined;
const STOP_HASHES = {
  has(h: number): boolean {
    return (stopHashes ??= new Set([...STOP_WORDS].map(wordHash))).has(h);
  },
};

/** FNV-1a of a word's one spelling (`spellingForm`: lower case, straight apostrophes, "co-operation" as "cooperation", "dialog" as "dialogue"). */
export function wordHash(word: string): number {
  const w = spellingForm(word);
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
  return h >>> 0;
}

/** Extends an n-gram hash by one word hash (order-sensitive). */
export function extendHash(h: number, w: number): number {
  return Math.imul((h ^ 0x20) + w, FNV_PRIME) ^ (w >>> 7);
}

/** Folds a hash to a 31-bit signed integer (a V8 small integer: cheap as a Map key). */
export function foldHash(h: number): number {
  return (h << 1) >> 1;
}

/** Hash of a phrase as a candidate (words separated by whitespace). */
export function phraseHash(phrase: string): number {
  const words = phrase.trim().split(/\s+/);
  let h = wordHash(words[0]);
  for (let k = 1; k < words.length; k++) h = extendHash(h, wordHash(words[k]));
  return foldHash(h);
}

function isCandidateWord(text: string, kind: string): boolean {
  if (kind !== 'word') return false;
  if (text.length < 2) return false;
  if (text === "'s" || text === "'S" || text === '’s' || text.endsWith("n't") || text.endsWith('n’t')) return false;
  // "billion", "per cent", "fiftieth", "Forty-eighth" session, "March": no term and no part of one.
  return !isNumberOrDateWord(text);
}

/** What a word type contributes to candidates, per type: [flag + 1 (see walkCandidates), hash (`wordHash`)]. */
const candidateWords = new TypeTable(2);

function setCandidateWord(text: string, kind: string, out: Int32Array, at: number): void {
  if (!isCandidateWord(text, kind)) {
    out[at] = 1; // flag 0: breaks n-grams
    return;
  }
  const hash = wordHash(text); // folds case and apostrophes: no lower-cased copy needed
  out[at] = 1 + (STOP_HASHES.has(hash) || isAddressWord(text) ? 2 : 1);
  out[at + 1] = hash;
}

/** A hyphen or the soft-hyphen sign scanned text breaks words with at a line's end. */
function isBreakHyphen(text: string): boolean {
  return text === '-' || text === '¬' || text === '\u00ad';
}

/** One candidate occurrence (with its words), as `ngramOccurrences` reports them. */
export interface NgramOccurrence {
  readonly hash: number;
  readonly start: number;
  readonly end: number;
  readonly n: number;
  /** When a content word of the same sentence follows right after, the hash of the phrase with it ("least developed" countries). */
  readonly extended?: number;
  /** Of a single word, when a content word of the same sentence comes right before it, the hash of the phrase with it ("sugar cane"). */
  readonly preceded?: number;
}

/** Share of a phrase's occurrences that must go on into a recurring longer phrase for it to be a piece of longer ones. */
export const MODIFIER_SHARE = 0.8;
/** Documents a longer phrase must occur in to count as recurring ("international economic order"; not "working class waited"). */
export const MODIFIER_MIN_DOCUMENTS = 5;
/** Occurrences of a phrase seen (in the documents read for its label) before it can be called a piece. */
export const MODIFIER_MIN_OCCURRENCES = 4;

/**
 * A phrase of two words or more that nearly always goes on into a longer recurring phrase is the
 * front of longer phrases, not a term: "international economic" (order, relations, co-operation),
 * "least developed" (countries), "small island developing" (States). `modifying` of `occurrences`
 * went on into a phrase that `MODIFIER_MIN_DOCUMENTS` documents use. A single word is left alone
 * ("nuclear" before "weapons" is a subject).
 */
export function isModifierPiece(words: number, occurrences: number, modifying: number): boolean {
  return words >= 2 && occurrences >= MODIFIER_MIN_OCCURRENCES && modifying >= MODIFIER_SHARE * occurrences;
}

/**
 * A phrase of two or three words that nearly always goes on into a content word is cut, not a
 * term: "danger of nuclear" (war, weapons, catastrophe: seed-263 audit), whose longer phrases vary
 * too much for any one to recur (`isModifierPiece`). `goesOn` of `occurrences` had a content word of
 * the same sentence right after them with which their last word makes a recurring pair ("nuclear
 * war" in `MODIFIER_MIN_DOCUMENTS` documents; not a verb after a subject: "working class waited").
 */
export function isCutPhrase(words: number, occurrences: number, goesOn: number): boolean {
  return words >= 2 && words < MAX_NGRAM && occurrences >= MODIFIER_MIN_OCCURRENCES && goesOn >= MODIFIER_SHARE * occurrences;
}

/** The hash of the pair a phrase's last word (of `form`) makes with the word right after it (`after`, the text that follows), if one follows on its line. */
export function lastPairHash(form: string, after: string): number | undefined {
  const next = /^[^\S\n\r]+(\p{L}[\p{L}\p{M}'’\-]*)/u.exec(after)?.[1];
  return next === undefined ? undefined : phraseHash(`${form.slice(form.lastIndexOf(' ') + 1)} ${next}`);
}

/**
 * Walks every candidate occurrence of a segmented text, in text order of their first word.
 * `visit(hash, firstToken, lastToken, paragraphIndex, extended, preceded)`: `extended`, when a content word of
 * the same sentence follows the last token and the phrase is shorter than MAX_NGRAM, is the hash of
 * the phrase with it (else -1); `preceded`, for a single word after a content word of its sentence,
 * the hash of the two (else -1).
 */
function walkCandidates(seg: SegmentedText, entities: SpanColumns, visit: (hash: number, first: number, last: number, para: number, extended: number, preceded: number) => void, context = true): void {
  const toks = seg.tokens;
  const n = toks.length;
  if (!n) return;
  // Token flags: 0 = not usable (breaks n-grams), 1 = content word, 2 = stop word. The columns are
  // the module's scratch (no visit walks again), set for each of the n tokens.
  if (walkFlags.length < n) growWalkColumns(n);
  const flag = walkFlags;
  const wh = walkHashes;
  const words = candidateWords.table(seg.vocabulary);
  let ei = 0;
  for (let i = 0; i < n; i++) {
    const start = toks.starts[i];
    while (ei < entities.length && spanEnd(entities, ei) <= start) ei++;
    if (ei < entities.length && spanStart(entities, ei) < toks.ends[i]) {
      flag[i] = 0; // inside an entity
      continue;
    }
    const at = 2 * toks.typeIds[i];
    if (words[at] === 0) setCandidateWord(toks.text(i), toks.kind(i), words, at);
    flag[i] = words[at] - 1;
    wh[i] = words[at + 1];
  }
  // "twenty- eighth", "self- determination", "condemna¬tion": the pieces of a word broken at a
  // scanned line's end are no candidates ("twenty" was a key term of UN speeches, "tion" and "ment"
  // of a speech that broke words with "¬" and no space). A hyphen with no space after it joins a
  // compound; "¬" and the soft hyphen only ever break a word.
  for (let i = 0; i + 2 < n; i++) {
    if (flag[i] !== 0 && toks.ends[i] === toks.starts[i + 1] && toks.kind(i + 1) === 'punct' && isBreakHyphen(toks.text(i + 1)) && (toks.starts[i + 2] > toks.ends[i + 1] || toks.text(i + 1) !== '-')) {
      flag[i] = 0;
      flag[i + 2] = 0;
    }
  }
  // Sentence ends break n-grams.
  const sentEnd = walkSentenceEnds.fill(0, 0, n);
  for (const s of seg.sentences) if (s.endToken > 0) sentEnd[s.endToken - 1] = 1;
  let para = 0;
  const paras = seg.paragraphs;
  for (let i = 0; i < n; i++) {
    if (flag[i] !== 1) continue; // must start with a content word
    const start = toks.starts[i];
    while (para + 1 < paras.length && paras[para].end <= start) para++;
    let h = wh[i];
    visit(foldHash(h), i, i, para, context ? extendedHash(h, i, i, n, sentEnd, flag, wh) : -1, context && i > 0 && !sentEnd[i - 1] && flag[i - 1] === 1 ? foldHash(extendHash(wh[i - 1], h)) : -1);
    for (let k = 1; k < MAX_NGRAM; k++) {
      const j = i + k;
      if (j >= n || sentEnd[j - 1] || flag[j] === 0) break;
      h = extendHash(h, wh[j]);
      if (flag[j] === 1) visit(foldHash(h), i, j, para, context ? extendedHash(h, i, j, n, sentEnd, flag, wh) : -1, -1);
    }
  }
}

/** walkCandidates' columns per token (flag, word hash, sentence end): sized for a long speech (grown first in a late document, they cost a deopt), grown beyond. */
let [walkFlags, walkHashes, walkSentenceEnds] = [new Uint8Array(1 << 15), new Uint32Array(1 << 15), new Uint8Array(1 << 15)];
function growWalkColumns(n: number): void {
  const cap = Math.max(n, 2 * walkFlags.length, 1024);
  walkFlags = new Uint8Array(cap);
  walkHashes = new Uint32Array(cap);
  walkSentenceEnds = new Uint8Array(cap);
}

/** The hash of the candidate tokens [i, j] (hash `h`) with the next token, when it is a content word of the sentence and the phrase stays shorter than MAX_NGRAM; else -1. */
function extendedHash(h: number, i: number, j: number, n: number, sentEnd: Uint8Array, flag: Uint8Array, wh: Uint32Array): number {
  return j + 1 < n && j + 1 - i < MAX_NGRAM && !sentEnd[j] && flag[j + 1] === 1 ? foldHash(extendHash(h, wh[j + 1])) : -1;
}

/** ngramTable's scratch, reused document after document: hash → slot, and per slot its hash, paragraph count, occurrences and last paragraph (sized as walkCandidates' columns). */
const ngramSlots = new GenerationTable();
let [slotHashes, slotParagraphs, slotOccurrences, slotLastParagraph] = [new Int32Array(1 << 14), new Int32Array(1 << 14), new Int32Array(1 << 14), new Int32Array(1 << 14)];
function growSlots(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(2 * a.length);
    b.set(a);
    return b;
  };
  slotHashes = grow(slotHashes);
  slotParagraphs = grow(slotParagraphs);
  slotOccurrences = grow(slotOccurrences);
  slotLastParagraph = grow(slotLastParagraph);
}

/** Counts one candidate occurrence in paragraph `p` (ngramTable's visit: a function of its own, not a closure per document). */
function countCandidate(h: number, _first: number, _last: number, p: number): void {
  let k = ngramSlots.get(h);
  if (k === undefined) {
    k = ngramSlots.size;
    if (k === slotHashes.length) growSlots();
    ngramSlots.set(h, k);
    slotHashes[k] = h;
    slotParagraphs[k] = slotOccurrences[k] = 0;
    slotLastParagraph[k] = -1;
  }
  slotOccurrences[k]++;
  if (slotLastParagraph[k] !== p) {
    slotLastParagraph[k] = p;
    slotParagraphs[k]++;
  }
}

/** The document's candidate table (distinct hashes and paragraph counts). */
export function ngramTable(seg: SegmentedText, entities: readonly EntityMention[]): NgramTable {
  ngramSlots.start(seg.tokens.length);
  walkCandidates(seg, spanColumnsOf(entities), countCandidate, false);
  const n = ngramSlots.size;
  const hashes = slotHashes.slice(0, n).sort();
  // Bytes when every count fits (nearly always): a quarter of the memory, as the cache codec stores them.
  let max = 0;
  for (let k = 0; k < n; k++) if (slotOccurrences[k] > max) max = slotOccurrences[k];
  const paragraphs = max <= 255 ? new Uint8Array(n) : new Int32Array(n);
  const counts = max <= 255 ? new Uint8Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = ngramSlots.get(hashes[i])!;
    paragraphs[i] = slotParagraphs[k];
    counts[i] = slotOccurrences[k];
  }
  return { hashes, paragraphs, counts, paragraphCount: seg.paragraphs.length };
}

/** Occurrences of the given candidate hashes in a document, with their offsets. */
export function ngramOccurrences(seg: SegmentedText, entities: SpanColumns, wanted: ReadonlySet<number>): NgramOccurrence[] {
  const out: NgramOccurrence[] = [];
  const toks = seg.tokens;
  walkCandidates(seg, entities, (h, a, b, _p, extended, preceded) => {
    if (wanted.has(h)) out.push({ hash: h, start: toks.starts[a], end: toks.ends[b], n: b - a + 1, ...(extended !== -1 ? { extended } : {}), ...(preceded !== -1 ? { preceded } : {}) });
  });
  return out;
}

function xlogx(a: number, e: number): number {
  return a > 0 ? a * Math.log(a / e) : 0;
}

/**
 * G² and log ratio for a 2×2 table: `a` of `na` target units contain the term, `b` of `nb`
 * reference units. G² is signed: negative when the term is relatively rarer in the target.
 * Log ratio uses Hardie's 0.5 correction for zero frequencies.
 */
export function keyness(a: number, na: number, b: number, nb: number): { g2: number; logRatio: number } {
  if (na <= 0 || nb <= 0) return { g2: 0, logRatio: 0 };
  // Units containing vs not containing, in each corpus.
  const c = na - a;
  const d = nb - b;
  const n = na + nb;
  const r1 = a + b;
  const r2 = c + d;
  const g2 = 2 * (xlogx(a, (na * r1) / n) + xlogx(b, (nb * r1) / n) + xlogx(c, (na * r2) / n) + xlogx(d, (nb * r2) / n));
  const fa = (a || 0.5) / na;
  const fb = (b || 0.5) / nb;
  const logRatio = Math.log2(fa / fb);
  return { g2: logRatio < 0 ? -Math.abs(g2) : Math.abs(g2), logRatio };
}

export type { Range };
