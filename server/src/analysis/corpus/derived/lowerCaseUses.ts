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
import { forEachWordCount, wordHashOf } from '../../cache/analysisViews';
import type { DocumentAnalysis } from '../../document';
import type { DocumentStore } from '../documentStore';
import { PhraseMemo, phraseUses } from './phraseUses';

/** Lower-case uses found in each document (the analysis object: an edit makes a new one), kept from one count to the next. */
export class LowerCaseMemo {
  readonly phrases = new PhraseMemo();
  /** By document: each word it was read for and its uses there (-n: at least n, the search stopped at what was asked). */
  readonly words = new WeakMap<DocumentAnalysis, Map<string, number>>();
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
  const encoder = new TextEncoder();
  // By word hash (as word lists give them): each word, its UTF-8 bytes and its count so far.
  const byHash = new Map<number, Asked[]>();
  const all: Asked[] = [];
  for (const [word, enough] of asked) {
    const h = wordHashOf(word);
    const entry = { word, utf8: encoder.encode(word), enough, n: 0 };
    all.push(entry);
    const list = byHash.get(h);
    if (list) list.push(entry);
    else byHash.set(h, [entry]);
  }
  let pending = all.length;
  const here: Asked[] = [];
  for (const d of store.all.values()) {
    if (!pending) break;
    here.length = 0;
    forEachWordCount(d, (h, _count, bytes, a, b, listed) => {
      const entries = byHash.get(h);
      if (!entries) return;
      for (const e of entries) {
        if (e.n < e.enough && (listed !== undefined ? listed === e.word : sameBytes(bytes!, a, b, e.utf8))) here.push(e);
      }
    });
    if (!here.length) continue;
    let known = memo.words.get(d);
    if (!known) memo.words.set(d, (known = new Map()));
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
  readonly utf8: Uint8Array;
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
