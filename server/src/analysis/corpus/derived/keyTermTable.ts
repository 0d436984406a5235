/**
 * Key terms of the corpus (see keyterms.ts for the definition): computed from the n-gram counts
 * in one pass over the documents, then labelled by the form a few documents write most often.
 * Rebuilt per generation of the index (see DerivedCache); per-document lookups may read a
 * slightly older state (see CorpusIndex.keyTermStateForHover).
 */
import type { DocumentAnalysis } from '../../document';
import { segment } from '../../text/structure';
import { lowerBound, sortedIndexOf } from '../../common/binarySearch';
import { entitySpans } from '../../cache/analysisViews';
import { ABSORBED_SHARE, CORPUS_KEY_TERMS, DOC_KEY_TERMS, isCutPhrase, isModifierPiece, lastPairHash, isPhrasePiece, isNameFront, isNamePiece, MODIFIER_MIN_DOCUMENTS, MIN_DOCUMENT_OCCURRENCES, MIN_DOCUMENT_PARAGRAPHS, documentMinG2, type KeyTermOptions, keyness, longerPhrases, minLogRatioFor, ngramOccurrences, preferredForm, STOP_WORDS, withoutAbsorbedTerms } from '../keyterms';
import { DocCounts } from '../docCounts';
import { type SpanColumns, spanStart } from '../spans';
import type { Keyness, TermRecord } from '../model';
import type { NgramCounts } from '../tables/ngramCounts';
import { piecePhraseIn } from './piecePhrases';
import { isPeoplesWord } from '../peoplesWords';
import { scannedCommonWords } from './scannedWords';
import { isOrdinaryWord } from '../../entities/knownWords';
import { type DocumentTermUses, type KnownUses, findKeyTermUses, usesAmong } from './keyTermUses';

/** Documents re-read for each key term's label (the form written most often among them). */
const LABEL_DOCUMENTS = 3;

/** A document's key term, with its keyness in that document. */
export interface DocumentKeyTerm {
  readonly id: string;
  readonly label: string;
  readonly keyness: Keyness;
  /** Occurrences in the document. */
  readonly count: number;
}

export interface KeyTermState {
  readonly records: TermRecord[];
  readonly byId: Map<string, TermRecord>;
  readonly hashOf: Map<string, number>;
  readonly idOfHash: Map<number, string>;
  readonly perDoc: Map<string, DocumentKeyTerm[]>;
  /** Occurrences per document of each key term (id → uri → count). */
  readonly docCounts: Map<string, DocCounts>;
  /** Per document, where its key terms occur (see keyTermUses.ts). */
  readonly uses: ReadonlyMap<string, DocumentTermUses>;
}

/** What the computation reads from the index. */
export interface KeyTermInput {
  readonly docs: ReadonlyMap<string, DocumentAnalysis>;
  sortedUris(): readonly string[];
  readonly counts: NgramCounts;
  readonly options: KeyTermOptions;
  /** The codebook's ignore list: normalised words, and phrase hashes. */
  readonly ignore: ReadonlySet<string>;
  readonly ignoreHashes: ReadonlySet<number>;
}

export function computeKeyTerms(corpus: KeyTermInput): KeyTermState {
const { docs, counts, ignore, ignoreHashes } = corpus;
const sortedUris = corpus.sortedUris();
  const N = docs.size;
  // Per hash: its best keyness in a document, and its log ratio summed over the documents where it is key.
  const best = new Map<number, { g2: number; logRatio: number; effect: number }>();
  const perDocHashes = new Map<string, { h: number; g2: number; logRatio: number; count: number }[]>();
  for (const [uri, d] of docs) {
    const t = d.ngrams;
    if (!t || !t.hashes.length) continue;
    const na = d.wordCount;
    const nb = counts.totalWords - na;
    if (na <= 0 || nb <= 0) continue;
    // Dispersion: in two paragraphs at least, when the document has two.
    const minParagraphs = Math.min(MIN_DOCUMENT_PARAGRAPHS, t.paragraphCount);
    // The document's top DOC_KEY_TERMS by G², kept sorted, without an object per candidate.
    const cands: { h: number; g2: number; logRatio: number; count: number }[] = [];
    const { minLogRatio } = corpus.options;
    // Significant for the document as a whole: corrected for the number of terms it tests (a pass
    // over its table, made only once a term gets this far).
    let minG2: number | undefined;
    const minRatio = 2 ** minLogRatio;
    for (let i = 0; i < t.hashes.length; i++) {
      const a = t.counts[i];
      if (a < MIN_DOCUMENT_OCCURRENCES || t.paragraphs[i] < minParagraphs) continue;
      const h = t.hashes[i];
      const shared = counts.sharedOccurrences(h);
      if (shared < 0) continue;
      const b = shared - a;
      // Log ratio ≥ minLogRatio, checked without logarithms first.
      if (a * nb < minRatio * Math.max(b, 0.5) * na) continue;
      if (ignoreHashes.has(h)) continue;
      const k = keyness(a, na, b, nb);
      if (k.logRatio < minLogRatio || k.g2 <= 0) continue;
      minG2 ??= documentMinG2(t, corpus.options);
      if (k.g2 < minG2) continue;
      // The corpus's register ("development" in UN speeches) needs a much stronger effect.
      if (k.logRatio < minLogRatioFor(counts.documentFrequency(h), N, minLogRatio)) continue;
      if (cands.length === DOC_KEY_TERMS) {
        const last = cands[DOC_KEY_TERMS - 1];
        if (k.g2 < last.g2 || (k.g2 === last.g2 && h > last.h)) continue;
        cands.pop();
      }
      let pos = cands.length;
      while (pos > 0 && (cands[pos - 1].g2 < k.g2 || (cands[pos - 1].g2 === k.g2 && cands[pos - 1].h > h))) pos--;
      cands.splice(pos, 0, { h, g2: k.g2, logRatio: k.logRatio, count: a });
    }
    if (!cands.length) continue;
    perDocHashes.set(uri, cands);
    for (const c of cands) {
      const b = best.get(c.h);
      if (!b) best.set(c.h, { g2: c.g2, logRatio: c.logRatio, effect: c.logRatio });
      else {
        b.effect += c.logRatio;
        if (c.g2 > b.g2) [b.g2, b.logRatio] = [c.g2, c.logRatio];
      }
    }
  }
  // The corpus's key terms: key in many documents and far more frequent there than elsewhere (the
  // effect size summed over the documents where they are key; G² summed ranked "countries",
  // "peoples" and "international" high on the 300 bench speeches, key by a factor of 2 or 3 in
  // long speeches).
  const top = [...best.entries()].sort((x, y) => y[1].effect - x[1].effect || y[1].g2 - x[1].g2 || x[0] - y[0]).slice(0, CORPUS_KEY_TERMS);
  // Labels: re-extract a few documents where each hash is key, and take the form they write
  // most often ("HIV", "Boeing", "working class").
  const wanted = new Set(top.map((t) => t[0]));
  const forms = new Map<number, Map<string, number>>();
  // Per hash: its words, occurrences read and how many of them go on into a recurring longer phrase.
  const uses = new Map<number, { n: number; occurrences: number; modifying: number; goesOn: number; inPhrases: number; inNames: number; inBrackets: number }>();
  const sampled = new Map<number, number>();
  // The occurrences found in those documents: where their key terms are, for findKeyTermUses.
  const labelUses = new Map<string, KnownUses>();
  let done = 0;
  for (const uri of sortedUris) {
    if (done === wanted.size) break;
    const list = perDocHashes.get(uri);
    if (!list || !list.some((c) => wanted.has(c.h) && (sampled.get(c.h) ?? 0) < LABEL_DOCUMENTS)) continue;
    for (const c of list) {
      if (!wanted.has(c.h)) continue;
      const n = (sampled.get(c.h) ?? 0) + 1;
      sampled.set(c.h, n);
      if (n === LABEL_DOCUMENTS) done++;
    }
    const d = docs.get(uri)!;
    const text = d.text;
    const found = ngramOccurrences(segment(text), entitySpans(d), wanted);
    labelUses.set(uri, { wanted, found });
    for (const o of found) {
      const form = detachedSlice(text, o.start, o.end).replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
      let m = forms.get(o.hash);
      if (!m) forms.set(o.hash, (m = new Map()));
      m.set(form, (m.get(form) ?? 0) + 1);
      let u = uses.get(o.hash);
      if (!u) uses.set(o.hash, (u = { n: o.n, occurrences: 0, modifying: 0, goesOn: 0, inPhrases: 0, inNames: 0, inBrackets: 0 }));
      u.occurrences++;
      if (insideBrackets(text, o.start)) u.inBrackets++;
      if (o.extended !== undefined && u.n > 1 && counts.documentFrequency(lastPairHash(form, text.slice(o.end, o.end + 40)) ?? 0) >= MODIFIER_MIN_DOCUMENTS) u.goesOn++;
      if (o.extended !== undefined && counts.documentFrequency(o.extended) >= MODIFIER_MIN_DOCUMENTS) u.modifying++;
      // "sugar cane", "illicit drugs" key in a document; "Latin American": a name goes on.
      const inName = /^\p{Lu}/u.test(form) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(o.end, o.end + 3));
      if (inName) u.inNames++;
      if ((o.extended !== undefined && best.has(o.extended)) || (o.preceded !== undefined && best.has(o.preceded)) || inName) u.inPhrases++;
    }
  }
  const labels = new Map<number, string>();
  for (const [h, m] of forms) labels.set(h, preferredForm(m));
  const records: TermRecord[] = [];
  const byId = new Map<string, TermRecord>();
  const hashOf = new Map<string, number>();
  const idOfHash = new Map<number, string>();
  const docCounts = new Map<string, DocCounts>();
  const chosen: { h: number; id: string; label: string; k: { g2: number; logRatio: number } }[] = [];
  const chosenIds = new Set<string>();
  const pieces = new Set<string>();
  const phrasePieces = new Set<number>();
  for (const [h, k] of top) {
    const label = labels.get(h);
    // "Republic", "Council", "authorities of the Republic", "Spanish Government": names and their pieces, which the entities cover;
    // "Kampuchean", "British": peoples' words.
    if (!label || ignore.has(label.toLowerCase()) || isNamePiece(label) || isNameFront(label) || isPeoplesWord(label)) continue;
    // "[ibid., para. 56]", "(ibid.)": a word written mostly inside brackets is a citation's, not the speech's.
    const u = uses.get(h);
    if (u && u.inBrackets > ABSORBED_SHARE * u.occurrences) continue;
    // The id stays lower-case whatever the label's case (notes and codings refer to it).
    const id = `keyword:${label.toLowerCase()}`;
    if (chosenIds.has(id)) continue;
    chosenIds.add(id);
    chosen.push({ h, id, label, k });
    // "international economic": the front of longer phrases, no term; kept until it has taken its
    // words' occurrences ("international", "economic"), then dropped with them.
    // "danger of nuclear" (war, weapons): a cut phrase (isCutPhrase); not a people's adjective the corpus capitalises ("South African" regime, "Latin American").
    if (u && /\p{Ll}$/u.test(label) && (isModifierPiece(u.n, u.occurrences, u.modifying) || (/^\p{Ll}/u.test(label) && isCutPhrase(u.n, u.occurrences, u.goesOn)))) pieces.add(id);
    // "Latin" of "Latin America(n)": a piece of names, which the entities show, no term of its own. "cane" of "sugar
    // cane": a piece of key phrases, which gives way to the phrase only where that phrase is key (piecePhrases.ts).
    if (u && isPhrasePiece(u.n, u.occurrences, u.inPhrases)) {
      if (u.inNames * 2 > u.inPhrases) pieces.add(id);
      else phrasePieces.add(h);
    }
  }
  // Counted in the documents where each term is key: what they show (see KeyTerms.occurrencesIn).
  const jOf = new Map(chosen.map((c, j) => [c.h, j]));
  const mentionsOf = new Array<number>(chosen.length).fill(0);
  const inDocsOf = chosen.map(() => new DocCounts());
  for (const u of sortedUris) {
    for (const c of perDocHashes.get(u) ?? []) {
      const j = jOf.get(c.h);
      if (j === undefined) continue;
      mentionsOf[j] += c.count;
      inDocsOf[j].set(u, c.count);
    }
  }
  chosen.forEach(({ h, id, label, k }, j) => {
    const documents = inDocsOf[j].size;
    docCounts.set(id, inDocsOf[j]);
    const rec: TermRecord = { id, label, kind: 'keyword', category: 'keyword', mentions: mentionsOf[j], documents, keyness: { g2: round(k.g2), logRatio: round(k.logRatio), documentFrequency: counts.documentFrequency(h), corpusDocuments: N } };
    records.push(rec);
    byId.set(id, rec);
    hashOf.set(id, h);
    idOfHash.set(h, id);
  });
  // "working" and "class" are no key terms of their own beside "working class".
  const kept = new Set(withoutAbsorbedTerms(records).filter((r) => !pieces.has(r.id)));
  for (let i = records.length - 1; i >= 0; i--) {
    const rec = records[i];
    if (kept.has(rec)) continue;
    records.splice(i, 1);
    byId.delete(rec.id);
    docCounts.delete(rec.id);
    idOfHash.delete(hashOf.get(rec.id)!);
    hashOf.delete(rec.id);
  }
  givePiecesToPhrases(corpus, perDocHashes, phrasePieces, { records, byId, hashOf, idOfHash, docCounts });
  countOutsideLongerPhrases(docs, records, byId, hashOf, docCounts);
  const termUses = findKeyTermUses(docs, perDocHashes, { byId, idOfHash, docCounts }, labelUses);
  withoutLowerCaseWords(docs, termUses, { records, byId, hashOf, idOfHash, docCounts });
  withoutNameFronts(docs, perDocHashes, termUses, { records, byId, hashOf, idOfHash, docCounts });
  for (const { id, uri } of scannedCommonWords(docs, termUses, records, hashOf, docCounts)) removeFromDocument({ records, byId, hashOf, idOfHash, docCounts }, id, uri);
  keynessWhereKey(perDocHashes, { records, byId, hashOf, idOfHash, docCounts });
  const perDoc = new Map<string, DocumentKeyTerm[]>();
  for (const [uri, list] of perDocHashes) {
    const out: DocumentKeyTerm[] = [];
    for (const c of list) {
      const id = idOfHash.get(c.h);
      if (!id) continue;
      // Its occurrences outside longer phrases key here (none left: nothing of it is shown).
      const count = docCounts.get(id)!.get(uri);
      if (count === undefined) continue;
      const rec = byId.get(id)!;
      out.push({ id, label: rec.label, count, keyness: { g2: round(c.g2), logRatio: round(c.logRatio), documentFrequency: rec.keyness!.documentFrequency, corpusDocuments: N } });
    }
    if (out.length) perDoc.set(uri, out);
  }
  return { records, byId, hashOf, idOfHash, perDoc, docCounts, uses: termUses };
}

/**
 * Counts as documents show key terms (see `KeyTerms.occurrencesIn`): in a document, an
 * occurrence inside a longer phrase key in that document belongs to the phrase ("HIV" in "HIV
 * drugs"), so the code lens, the Outline and the Terms view agree; a term most of whose uses there
 * the phrases hold is not key there.
 */
function countOutsideLongerPhrases(docs: ReadonlyMap<string, DocumentAnalysis>, records: TermRecord[], byId: Map<string, TermRecord>, hashOf: Map<string, number>, docCounts: Map<string, DocCounts>): void {
  const longer = longerPhrases(records.map((r) => r.label));
  for (let i = 0; i < records.length; i++) {
    if (!longer[i].length) continue;
    const rec = records[i];
    const phrases = longer[i].map((j) => ({ h: hashOf.get(records[j].id)!, keyIn: docCounts.get(records[j].id)! }));
    const inDocs = new DocCounts();
    let mentions = 0;
    docCounts.get(rec.id)!.forEach((uri, all) => {
      const t = docs.get(uri)!.ngrams;
      let count = all;
      for (const { h, keyIn } of phrases) {
        if (keyIn.get(uri) === undefined) continue;
        const k = sortedIndexOf(t.hashes, h);
        if (k >= 0) count -= t.counts[k];
      }
      // "illicit" beside "illicit drugs", "cane" beside "sugar cane": most of its uses in phrases key here, no key term of its own here.
      if (count <= 0 || count < (1 - ABSORBED_SHARE) * all) return;
      inDocs.set(uri, count);
      mentions += count;
    });
    docCounts.set(rec.id, inDocs);
    records[i] = { ...rec, mentions, documents: inDocs.size };
    byId.set(rec.id, records[i]);
  }
}

/**
 * An acronym ("AIDS", "NPT") is not the word a document writes in lower case ("aids" and "credits",
 * foreign aid): in a document most of whose uses are lower case, the term is not key (the case the
 * corpus uses tells the two apart, which the n-gram hash folds together).
 */
function withoutLowerCaseWords(docs: ReadonlyMap<string, DocumentAnalysis>, uses: ReadonlyMap<string, DocumentTermUses>, st: KeyTermSteps): void {
  const { records, hashOf, docCounts } = st;
  for (let i = records.length - 1; i >= 0; i--) {
    const rec = records[i];
    if (!/^\p{Lu}{2,}s?$/u.test(rec.label)) continue;
    const h = hashOf.get(rec.id)!;
    const lower: string[] = [];
    docCounts.get(rec.id)!.forEach((uri) => {
      const text = docs.get(uri)!.text;
      const found = usesAmong(uses.get(uri)!, (x) => x === h);
      if (found.filter((o) => !/\p{Lu}/u.test(text.slice(o.start, o.end))).length * 2 > found.length) lower.push(uri);
    });
    for (const uri of lower) removeFromDocument(st, rec.id, uri);
  }
}

/** What the steps after the first count change (everything of the state but the per-document lists). */
type KeyTermSteps = Omit<KeyTermState, 'perDoc' | 'uses'>;

/** A key term is not key in a document: its uses there leave its counts, and a term left in no document is dropped. */
function removeFromDocument(st: KeyTermSteps, id: string, uri: string): void {
  const inDocs = st.docCounts.get(id)!;
  const count = inDocs.get(uri)!;
  inDocs.delete(uri);
  if (!inDocs.size) return dropRecord(st, id);
  const rec = st.byId.get(id)!;
  const updated = { ...rec, mentions: rec.mentions - count, documents: inDocs.size };
  st.records[st.records.indexOf(rec)] = updated;
  st.byId.set(id, updated);
}

/** A key term left in no document is no key term of the corpus. */
function dropRecord(st: KeyTermSteps, id: string): void {
  st.records.splice(st.records.indexOf(st.byId.get(id)!), 1);
  st.byId.delete(id);
  st.docCounts.delete(id);
  st.idOfHash.delete(st.hashOf.get(id)!);
  st.hashOf.delete(id);
}

/**
 * In each document where a piece word is key and no longer key term already takes its place, the
 * phrase that holds it there, when key there, is shown instead (a record of its own if the corpus
 * list lacks it); countOutsideLongerPhrases then takes the word's uses there. Elsewhere the word stays.
 */
function givePiecesToPhrases(corpus: KeyTermInput, perDocHashes: Map<string, { h: number; g2: number; logRatio: number; count: number }[]>, pieces: ReadonlySet<number>, st: KeyTermSteps): void {
  if (!pieces.size) return;
  const N = corpus.docs.size;
  const longer = longerPhrases(st.records.map((r) => r.label));
  for (const h of pieces) {
    const id = st.idOfHash.get(h);
    if (!id) continue;
    const i = st.records.findIndex((r) => r.id === id);
    st.docCounts.get(id)!.forEach((uri) => {
      if (longer[i].some((j) => st.docCounts.get(st.records[j].id)?.get(uri) !== undefined)) return;
      const p = piecePhraseIn(corpus.docs.get(uri)!, { hash: h, label: st.byId.get(id)!.label }, corpus.counts, N, corpus.options, corpus.ignoreHashes);
      if (!p) return;
      let pid = st.idOfHash.get(p.h);
      if (!pid) {
        pid = `keyword:${p.label.toLowerCase()}`;
        if (st.byId.has(pid)) return;
        const rec: TermRecord = { id: pid, label: p.label, kind: 'keyword', category: 'keyword', mentions: 0, documents: 0, keyness: { g2: round(p.g2), logRatio: round(p.logRatio), documentFrequency: corpus.counts.documentFrequency(p.h), corpusDocuments: N } };
        st.records.push(rec);
        st.byId.set(pid, rec);
        st.hashOf.set(pid, p.h);
        st.idOfHash.set(p.h, pid);
        st.docCounts.set(pid, new DocCounts());
      }
      const inDocs = st.docCounts.get(pid)!;
      if (inDocs.get(uri) !== undefined) return;
      inDocs.set(uri, p.count);
      const rec = st.byId.get(pid)!;
      const updated = { ...rec, mentions: rec.mentions + p.count, documents: rec.documents + 1 };
      st.records[st.records.indexOf(rec)] = updated;
      st.byId.set(pid, updated);
      const list = perDocHashes.get(uri)!;
      list.push({ h: p.h, g2: p.g2, logRatio: p.logRatio, count: p.count });
      list.sort((x, y) => y.g2 - x.g2 || x.h - y.h);
    });
  }
}

/**
 * A key term's keyness is its highest in the documents where it is still key once the steps above
 * took it from some ("Canal", on all speeches: key in 23 speeches, left in 2 that write it as a word,
 * kept the G² of one that writes "the Canal" and stood 7th in the Terms view, which orders by it).
 */
function keynessWhereKey(perDocHashes: ReadonlyMap<string, readonly { h: number; g2: number; logRatio: number }[]>, st: KeyTermSteps): void {
  const best = new Map<string, { g2: number; logRatio: number }>();
  for (const [uri, list] of perDocHashes) {
    for (const c of list) {
      const id = st.idOfHash.get(c.h);
      if (id === undefined || st.docCounts.get(id)!.get(uri) === undefined) continue;
      const b = best.get(id);
      if (!b || c.g2 > b.g2) best.set(id, { g2: c.g2, logRatio: c.logRatio });
    }
  }
  st.records.forEach((rec, i) => {
    const b = best.get(rec.id);
    if (!b || !rec.keyness || (round(b.g2) === rec.keyness.g2 && round(b.logRatio) === rec.keyness.logRatio)) return;
    st.records[i] = { ...rec, keyness: { ...rec.keyness, g2: round(b.g2), logRatio: round(b.logRatio) } };
    st.byId.set(rec.id, st.records[i]);
  });
}

/** Share of a word's uses in a document that must open a name for it to be the name's front there. */
const NAME_FRONT_SHARE = 2 / 3;

/**
 * A word that in a document mostly opens a name ("former" Yugoslavia and Soviet Union,
 * "south-eastern" Europe, "occupied" Palestinian territory; a title, "King" Hussein, "Pope" Paul VI:
 * seed-231 audit) is a piece of those names there, which the entities show, not a key term of that
 * document; where it stands alone it stays.
 */
function withoutNameFronts(docs: ReadonlyMap<string, DocumentAnalysis>, perDocHashes: Map<string, { h: number }[]>, termUses: ReadonlyMap<string, DocumentTermUses>, st: KeyTermSteps): void {
  const { byId, idOfHash, docCounts } = st;
  for (const [uri, list] of perDocHashes) {
    const sought = new Set(list.map((c) => ({ hash: c.h, label: byId.get(idOfHash.get(c.h) ?? '')?.label ?? '' })).filter((t) => (/^\p{L}[\p{Ll}\-]*$/u.test(t.label) || CAPITALISED_PHRASE.test(t.label)) && docCounts.get(idOfHash.get(t.hash)!)!.get(uri) !== undefined).map((t) => t.hash));
    if (!sought.size) continue;
    const d = docs.get(uri)!;
    const entities = entitySpans(d);
    const uses = new Map<number, { all: number; fronts: number }>();
    for (const o of usesAmong(termUses.get(uri)!, (h) => sought.has(h))) {
      let u = uses.get(o.hash);
      if (!u) uses.set(o.hash, (u = { all: 0, fronts: 0 }));
      u.all++;
      if (namePiece(d.text, entities, o)) u.fronts++;
    }
    for (const [h, u] of uses) if (u.fronts >= NAME_FRONT_SHARE * u.all) removeFromDocument(st, idOfHash.get(h)!, uri);
  }
}

/** A phrase of capitalised words (and small ones between): "Asian States", "Universal Declaration". */
const CAPITALISED_PHRASE = /^\p{Lu}\p{Ll}[\p{L}\-]*(?:\s+(?:(?:of|and|the|for)\s+)*\p{Lu}\p{Ll}[\p{L}\-]*)+$/u;

/**
 * Is the use `[start, end)` a piece of a name: a word that opens an entity mention, or a capitalised
 * word that opens a run of capitalised words ("Pope" Paul VI); a capitalised term after a capitalised
 * word that is no function word ("South-East" Asian States, "His Holiness" Pope), or a capitalised
 * phrase that goes on with "of" and a capitalised word ("Universal Declaration" of Human Rights)?
 */
function namePiece(text: string, entities: SpanColumns, o: { start: number; end: number }): boolean {
  if (opensMention(text, entities, o.end)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(o.start, o.start + 2))) return false;
  const phrase = /\s/.test(text.slice(o.start, o.end));
  if (!phrase && (opensCapitalisedWord(text, o.end) || commonNounAsName(text, o))) return true;
  if (phrase && /^\s+of\s+\p{Lu}\p{Ll}/u.test(text.slice(o.end, o.end + 8))) return true;
  const before = /(\p{Lu}[\p{L}\-]*)(\s{1,3})$/u.exec(text.slice(Math.max(0, o.start - 40), o.start));
  return !!before && WORD_GAP.test(before[2]) && !STOP_WORDS.has(before[1].toLowerCase());
}

/**
 * A common noun written capitalised inside a sentence names what a name's head stands for alone:
 * "the Canal" (Panama's), "the Forum" (the South Pacific Forum's leaders), the name the entity views
 * show, not a theme (seed-921 audit; on all speeches "Canal", 309 uses in 23, was the Terms view's 8th).
 */
function commonNounAsName(text: string, o: { start: number; end: number }): boolean {
  return INSIDE_SENTENCE.test(text.slice(Math.max(0, o.start - 6), o.start)) && isOrdinaryWord(text.slice(o.start, o.end));
}

/** What precedes a word inside a sentence: a word or a comma, then a space or a line break. */
const INSIDE_SENTENCE = /[\p{L}\p{N},][ \t]*\r?\n?[ \t]*$/u;

/** Whether an entity mention starts right after `end`, a space (or a line break of hard-wrapped text) away ("former" Yugoslavia, "King \nHussein"). */
function opensMention(text: string, entities: SpanColumns, end: number): boolean {
  const k = lowerBound(entities.length, (i) => spanStart(entities, i) < end);
  if (k >= entities.length) return false;
  const gap = spanStart(entities, k) - end;
  return gap >= 1 && gap <= 3 && WORD_GAP.test(text.slice(end, end + gap));
}

/** A space between two words of a name, over one line break at most. */
const WORD_GAP = /^(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/;

/** Whether a capitalised word that is no sentence's first goes on from `end` ("Pope" Paul VI, whom the entities may miss). */
function opensCapitalisedWord(text: string, end: number): boolean {
  const m = /^(\s{1,3})\p{Lu}\p{Ll}/u.exec(text.slice(end, end + 5));
  return !!m && WORD_GAP.test(m[1]);
}

/** Brackets a citation of a speech stays within ("[A/32/PV.4, para. 56]"). */
const CITATION_CHARS = 60;

/** Whether `start` is inside an open bracket ("(ibid., para. 5)", "[Ibid.]"): an opening bracket among the characters before it, not closed. */
function insideBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - CITATION_CHARS; i--) {
    const c = text[i];
    if (c === '(' || c === '[') return true;
    if (c === ')' || c === ']' || c === '\n') return false;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * A substring that does not keep its parent alive: V8 makes longer slices views of the parent,
 * and a cached slice would pin a whole decoded text (see `textSlice`, LazyAnalysis in the codec).
 */
export function detachedSlice(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
