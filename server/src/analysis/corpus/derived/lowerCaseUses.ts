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
 */
import { forEachWordCount, wordCountIn, wordHashOf } from '../../cache/analysisViews';
import type { DocumentStore } from '../documentStore';
import { AskedMemo, PhraseMemo, phraseUses } from './phraseUses';

/** Lower-case uses found in each document (the analysis object: an edit makes a new one), kept from one count to the next; the words asked so far by id. */
export class LowerCaseMemo extends AskedMemo<DocumentWords> {
  readonly phrases = new PhraseMemo();
}

interface DocumentWords {
  /** Its word list was read for the words of id below this. */
  checked: number;
  /** The ids of those its word list holds (a word list is read once: 80% of a count again after an edit on 30 MB). */
  readonly held: number[];
  /** Each word its text was searched for and its uses there (-n: at least n, the search stopped at what was asked). */
  readonly uses: Map<string, number>;
}

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
  // By id: the word's entry (undefined: not asked now).
  const entryOf: (Asked | undefined)[] = new Array(words.length);
  const all: Asked[] = [];
  for (const [word, enough] of asked) {
    const entry = { word, enough, n: 0 };
    all.push(entry);
    entryOf[memo.ids.get(word)!] = entry;
  }
  // By word hash (as word lists give them): the ids of every word known, for a document's first reading.
  let byHash: Map<number, number[]> | undefined;
  const utf8: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const idsByHash = (): Map<number, number[]> => {
    if (byHash) return byHash;
    byHash = new Map();
    for (let id = 0; id < words.length; id++) {
      utf8[id] = encoder.encode(words[id]);
      const h = wordHashOf(words[id]);
      const list = byHash.get(h);
      if (list) list.push(id);
      else byHash.set(h, [id]);
    }
    return byHash;
  };
  let pending = all.length;
  const here: Asked[] = [];
  for (const d of store.all.values()) {
    if (!pending) break;
    let doc = memo.docs.get(d);
    if (!doc) {
      const held: number[] = [];
      const ids = idsByHash();
      forEachWordCount(d, (h, _count, bytes, a, b, listed) => {
        const list = ids.get(h);
        if (list) for (const id of list) if (listed !== undefined ? listed === words[id] : sameBytes(bytes!, a, b, utf8[id])) held.push(id);
      });
      memo.docs.set(d, (doc = { checked: words.length, held, uses: new Map() }));
    } else if (doc.checked < words.length) {
      for (let id = doc.checked; id < words.length; id++) if (wordCountIn(d, words[id]) > 0) doc.held.push(id);
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
      if (uses === undefined || (uses < 0 && -uses < need)) {
        uses = usesOf((text ??= d.text), e.word, need);
        known.set(e.word, uses < need ? uses : -uses);
      }
      e.n = Math.min(e.n + Math.abs(uses), e.enough);
      if (e.n >= e.enough) pending--;
    }
  }
  return new Map([...all.map((e): [string, number] => [e.word, e.n]), ...phraseUses(store, phrases, memo.phrases)]);
}

interface Asked {
  readonly word: string;
  readonly enough: number;
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
