/**
 * How often a corpus writes a word in lower case: the evidence entity resolution asks for before it
 * shows a one-word name that is also a common word ("Malnutrition" opening a title, "Persistent"
 * opening a sentence). Word counts fold case, so the documents that hold a word at all come from
 * their word lists, and only their texts are read, until enough lower-case uses are found.
 *
 * All the words resolution asks about (2,569 on 60 MB of speeches) are counted in one pass: each
 * document's word list is read once for all of them, and its text searched for the words it holds.
 * Asked one word at a time, every document the word-frequency filter let through was checked for
 * each word, which grew with the square of the corpus (14 of the 20 s of resolution on 60 MB).
 *
 * With a memo (`LowerCaseMemo`, kept by the corpus index), a document's text is read once for each
 * word it was asked about: resolution runs again when an edit brings a new name, and then reads (the
 * server: decodes) only the edited document's text and those of documents asked about a new word.
 *
 * A document read for the first time has the words counted in the phrases' reading of its text
 * (`wordReads`), not by reading its word list whole and searching its text for the words it
 * holds: 15-20% of the CPU of the count on 30 MB of speeches; so has one read again for phrases
 * asked since, the words asked since.
 */
import { forEachWordCount, wordCountIn, wordHashOf } from '../../cache/analysisViews';
import type { DocumentAnalysis } from '../../document';
import type { DocumentStore } from '../documentStore';
import { type QueryWord, queryWord } from '../../cache/wordList';
import { AskedMemo, FirstReadWords, PhraseMemo, type WordReads, isFilterWord, isScannedWord, mayWriteWord, phraseUses } from './phraseUses';

/** Lower-case uses found in each document (the analysis object: an edit makes a new one), kept from one count to the next; the words asked so far by id. */
export class LowerCaseMemo extends AskedMemo<DocumentWords> {
  readonly phrases = new PhraseMemo();
  private lookup: WordLookup | undefined;

  /** The lookup of the words asked so far (made again when more are asked). */
  wordLookup(): WordLookup {
    if (this.lookup?.words !== this.asked || this.lookup.size !== this.asked.length) this.lookup = new WordLookup(this.asked);
    return this.lookup;
  }
}

/** The ids of the words asked so far by their hash (as word lists give them), and their UTF-8: for a document's first reading. */
class WordLookup {
  readonly size: number;
  private readonly byHash = new Map<number, number[]>();
  private readonly utf8: Uint8Array[] = [];

  constructor(readonly words: readonly string[]) {
    this.size = words.length;
    const encoder = new TextEncoder();
    for (let id = 0; id < words.length; id++) {
      this.utf8[id] = encoder.encode(words[id]);
      const h = wordHashOf(words[id]);
      const list = this.byHash.get(h);
      if (list) list.push(id);
      else this.byHash.set(h, [id]);
    }
  }

  /** Adds to `held` the ids from `from` on of the words a document's word list holds. */
  held(d: DocumentAnalysis, held: number[] = [], from = 0): number[] {
    const { byHash, utf8, words } = this;
    forEachWordCount(d, (h, _count, bytes, a, b, listed) => {
      const list = byHash.get(h);
      if (list) for (const id of list) if (id >= from && (listed !== undefined ? listed === words[id] : sameBytes(bytes!, a, b, utf8[id]))) held.push(id);
    });
    return held;
  }
}

interface DocumentWords {
  /** Its word list was read for the words of id below this (or its text: see `wordReads`). */
  checked: number;
  /**
   * The ids of those its word list holds (a word list is read once: 80% of a count again after an
   * edit on 30 MB); or, counted in a reading of its text, those it writes in lower case.
   */
  readonly held: number[];
  /** Each word its text was searched for and its uses there (-n: at least n, the search stopped at what was asked). */
  readonly uses: Map<string, number>;
  /** Whether its text has no surrogate (see `lowerCaseUses`: its word filter then answers for a word's uses); read when first needed. */
  noSurrogates?: boolean;
}

/** New words asked of a document read before, from which one pass over its word list finds them (see lowerCaseUses). */
const WORDS_FOR_A_PASS = 64;

const SURROGATE = /[\ud800-\udfff]/;

/** What may stand beside a use of a word (one UTF-16 unit each side, as the count has always read it). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * Lower-case uses of each word (given in lower case) in the corpus, each counted up to its `enough`;
 * a phrase (with a space) is counted as written, by `phraseUses`.
 */
export function lowerCaseUses(store: DocumentStore, askedAll: ReadonlyMap<string, number>, memo = new LowerCaseMemo()): Map<string, number> {
  const asked = new Map([...askedAll].filter(([w]) => !w.includes(' ')));
  const phrases = new Map([...askedAll].filter(([w]) => w.includes(' ')));
  memo.register(asked.keys(), asked.size);
  const words = memo.asked;
  // The phrases first: their count reads every text and leaves each document's word filter, which
  // tells most documents that hold a word (its word list folds case) but never write it in lower
  // case, without searching their text for it (most of the time of the words' count on 30 MB).
  // A text read for the first time has its uses of every word asked so far counted in the same reading.
  const phraseCounts = phraseUses(store, phrases, memo.phrases, asked.size ? wordReads(memo) : undefined);
  // By id: the word's entry (undefined: not asked now).
  const entryOf: (Asked | undefined)[] = new Array(words.length);
  const all: Asked[] = [];
  for (const [word, enough] of asked) {
    const entry = { word, enough, n: 0, filtered: isFilterWord(word) };
    all.push(entry);
    entryOf[memo.ids.get(word)!] = entry;
  }
  let pending = all.length;
  const here: Asked[] = [];
  for (const d of store.all.values()) {
    if (!pending) break;
    let doc = memo.docs.get(d);
    if (!doc) memo.docs.set(d, (doc = { checked: words.length, held: memo.wordLookup().held(d), uses: new Map() }));
    else if (doc.checked < words.length) {
      // Many words asked since (a resolution after many new names: the end of the server's
      // indexing) are found in one pass over its word list, where a lookup of each cost more.
      if (words.length - doc.checked > WORDS_FOR_A_PASS) memo.wordLookup().held(d, doc.held, doc.checked);
      else for (let id = doc.checked; id < words.length; id++) if (wordCountIn(d, words[id]) > 0) doc.held.push(id);
      doc.checked = words.length;
    }
    here.length = 0;
    for (const id of doc.held) {
      const e = entryOf[id];
      if (e && e.n < e.enough) here.push(e);
    }
    if (!here.length) continue;
    const known = doc.uses;
    let text: string | undefined;
    for (const e of here) {
      const need = e.enough - e.n;
      let uses = known.get(e.word);
      if (uses === undefined && e.filtered && mayWriteWord(memo.phrases, d, e.word) === false && (doc.noSurrogates ??= !SURROGATE.test((text ??= d.text)))) {
        // A use `usesOf` finds is a word `WORD` finds there too, but beside a letter outside the
        // Basic Multilingual Plane, which a search by code unit does not see (hence no surrogate).
        uses = 0;
        known.set(e.word, 0);
      } else if (uses === undefined || (uses < 0 && -uses < need)) {
        uses = usesOf((text ??= d.text), e.word, need);
        known.set(e.word, uses < need ? uses : -uses);
      }
      e.n = Math.min(e.n + Math.abs(uses), e.enough);
      if (e.n >= e.enough) pending--;
    }
  }
  return new Map([...all.map((e): [string, number] => [e.word, e.n]), ...phraseCounts]);
}

/**
 * The words asked so far, counted in the phrases' reading of each text (phraseUses.ts,
 * `FirstReadWords`): at its first reading every word, at a reading for phrases asked since the
 * words asked since its entry was made. The document's entry then holds the uses of every word,
 * and its word list is not read whole nor its text searched for them. As below, a word counts
 * only in a document whose word list holds it as asked (a word list holds words in lower case as
 * the tokenizer parts them: not "malnutrition" of "www.malnutrition.org"). A word `WORD` cannot
 * find whole (`isScannedWord`: a letter outside the Basic Multilingual Plane, a mark) is searched
 * for in the text at once; a text with a surrogate (see `usesOf`) is left to the count below. A
 * word with a hyphen ("non-aligned") is read, not searched: `WORD` takes it whole where `usesOf`
 * finds it (no letter, digit, apostrophe or hyphen on either side), and searching each text that
 * holds such a word grew with the corpus times the words asked.
 */
function wordReads(memo: LowerCaseMemo): WordReads {
  const words = memo.asked;
  // Each word encoded once for the records' word lists it is looked up in, not once per record and
  // word (a buffer each: ~180k on 60 MB of speeches).
  const queries: QueryWord[] = [];
  const countIn = (d: DocumentAnalysis, id: number): number => wordCountIn(d, words[id], (queries[id] ??= queryWord(words[id])));
  // By the id the words start from: those to read and those to search for.
  const counters = new Map<number, FirstReadWords>();
  const counterFrom = (from: number): FirstReadWords => {
    let counter = counters.get(from);
    if (counter) return counter;
    const read: number[] = [];
    const searched: number[] = [];
    for (let id = from; id < words.length; id++) (isScannedWord(words[id]) ? read : searched).push(id);
    counter = new FirstReadWords(read.map((id) => words[id]), (d, text, uses, seen) => {
      const before = memo.docs.get(d);
      if (!uses || (before ? before.checked !== from : from !== 0)) return;
      const doc: DocumentWords = before ?? { checked: words.length, held: [], uses: new Map(), noSurrogates: true };
      const add = (id: number, n: number): void => {
        if (!n || countIn(d, id) <= 0) return;
        doc.held.push(id);
        doc.uses.set(words[id], n);
      };
      // Only the words the text uses (in the order found: each word's count is its own).
      for (const k of seen) add(read[k], uses[k]);
      // A word its word list lacks counts nowhere here (see `add`): searching every text for every
      // such word grew with the corpus times the words asked (0.22 s on 30 MB of speeches, 0.70 on 60).
      for (const id of searched) if (countIn(d, id) > 0) add(id, usesOf(text, words[id], Infinity));
      doc.checked = words.length;
      doc.noSurrogates = true;
      memo.docs.set(d, doc);
    });
    counters.set(from, counter);
    return counter;
  };
  return {
    wordsFor: (d) => {
      const doc = memo.docs.get(d);
      if (!doc) return counterFrom(0);
      return doc.checked < words.length ? counterFrom(doc.checked) : undefined;
    },
  };
}

interface Asked {
  readonly word: string;
  readonly enough: number;
  /** Letters and digits of the Basic Multilingual Plane only: a document's word filter answers for it (`mayWriteWord`). */
  readonly filtered: boolean;
  /** Lower-case uses found so far. */
  n: number;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, utf8: Uint8Array): boolean {
  if (b - a !== utf8.length) return false;
  for (let k = 0; k < utf8.length; k++) if (bytes[a + k] !== utf8[k]) return false;
  return true;
}

/**
 * Uses of a word in a text as a whole word (no `WORD_CHAR` unit on either side), up to `enough`: the
 * search stops there, as a common word is found in the first documents (so a memo keeps -n for "at least n").
 */
function usesOf(text: string, word: string, enough: number): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < enough; at = text.indexOf(word, at + word.length)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + word.length] ?? ' ')) n++;
  }
  return n;
}
