/**
 * Lexicon and codebook matching over segmented text: lemma-aware, case-insensitive,
 * on token (word) boundaries, longest match first.
 */
import type { CodebookTerm } from '../types';
import type { TokenKind, TokenTable } from '../text/tokens';
import { tokenize } from '../text/tokens';
import { LEXICON } from './lexiconData';
import { lemma } from './lemma';

export interface LexiconEntry {
  /** Canonical form (lemmas of the entry's first spelling, space-joined). */
  readonly term: string;
  readonly category: string;
  /** Index in the compiled lexicon (stable for one build of the lexicon). */
  readonly index: number;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  entry?: LexiconEntry;
}

export interface CompiledLexicon {
  readonly root: Map<string, TrieNode>;
  readonly entries: readonly LexiconEntry[];
  /** Every key of an entry past its first word: a token whose key is none of them continues no match. */
  readonly continuations: ReadonlySet<string>;
}

/** Matching key of a token: the lemma of a word, the text of anything else. */
export function tokenKey(text: string, kind: TokenKind): string {
  return kind === 'punct' ? text : lemma(text);
}

function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => tokenKey(t.text, t.kind));
}

/** Builds a trie from `[spelling, term, category]` triples; the first entry for a spelling wins. */
export function compile(items: Iterable<readonly [spelling: string, term: string, category: string]>): CompiledLexicon {
  const root = new Map<string, TrieNode>();
  const entries: LexiconEntry[] = [];
  const byTerm = new Map<string, LexiconEntry>();
  const continuations = new Set<string>();
  for (const [spelling, term, category] of items) {
    const keys = keysOf(spelling);
    if (!keys.length) continue;
    for (let k = 1; k < keys.length; k++) continuations.add(keys[k]);
    const termKey = `${category}\u0000${term}`;
    let entry = byTerm.get(termKey);
    if (!entry) {
      entry = { term, category, index: entries.length };
      entries.push(entry);
      byTerm.set(termKey, entry);
    }
    let map = root;
    let node: TrieNode | undefined;
    for (let k = 0; k < keys.length; k++) {
      node = map.get(keys[k]);
      // Every node made with both fields: one hidden class, so matchLexicon's reads of them stay monomorphic.
      if (!node) map.set(keys[k], (node = { next: undefined, entry: undefined }));
      if (k < keys.length - 1) map = node.next ??= new Map();
    }
    if (node && !node.entry) node.entry = entry;
  }
  return { root, entries, continuations };
}

/** Category ids of the built-in lexicon, in a fixed order (used as feature values). */
export const LEXICON_CATEGORY_IDS: readonly string[] = Object.keys(LEXICON);

let builtIn: CompiledLexicon | undefined;

/** The built-in lexicon, compiled once. */
export function builtInLexicon(): CompiledLexicon {
  if (!builtIn) {
    const items: [string, string, string][] = [];
    for (const [category, list] of Object.entries(LEXICON)) {
      for (const line of list) {
        const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
        const term = forms[0].toLowerCase();
        for (const f of forms) items.push([f, term, category]);
      }
    }
    builtIn = compile(items);
  }
  return builtIn;
}

const codebookCache = new WeakMap<readonly CodebookTerm[], CompiledLexicon>();

/** Compiles codebook terms (cached per array); the canonical term is the codebook term as written. */
export function codebookLexicon(terms: readonly CodebookTerm[]): CompiledLexicon {
  let c = codebookCache.get(terms);
  if (!c) {
    const items: [string, string, string][] = [];
    for (const t of terms) {
      items.push([t.term, t.term, t.category]);
      for (const v of t.variants ?? []) items.push([v, t.term, t.category]);
    }
    c = compile(items);
    codebookCache.set(terms, c);
  }
  return c;
}

/** Second parts of hyphenated compounds whose first part is still matched alone ("fascist-led"). */
const COMPOUND_TAILS = new Set(['led', 'backed', 'inspired', 'sponsored', 'controlled', 'run', 'supported', 'style', 'like', 'minded', 'loving', 'leaning', 'funded', 'installed', 'friendly', 'dominated', 'ridden', 'infested']);

/** The trie node of the first part of a hyphenated compound with a known tail ("fascist-led"), if any. */
export function compoundHead(lex: CompiledLexicon, kind: TokenKind, k: string): TrieNode | undefined {
  const dash = k.lastIndexOf('-');
  if (dash > 0 && kind === 'word' && COMPOUND_TAILS.has(k.slice(dash + 1))) return lex.root.get(lemma(k.slice(0, dash)));
  return undefined;
}

/**
 * Per-token lookups of one lexicon done beforehand (e.g. memoised per word type): `first[i]` is
 * `root.get(keys[i])`, `compound[i]` is `compoundHead(lex, tokens.kind(i), keys[i])`, `continues[i]`
 * is 1 when `continuations` has keys[i], else 0.
 */
export interface LexiconLookups {
  readonly first: readonly (TrieNode | undefined)[];
  readonly compound: readonly (TrieNode | undefined)[];
  readonly continues: Uint8Array;
}

export interface LexiconHit {
  readonly start: number;
  readonly end: number;
  /** Token range of the hit. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly entry: LexiconEntry;
}

/**
 * Finds non-overlapping longest matches. `keys[i]` is `tokenKey` of token i, computed once per
 * document and shared between lexicons.
 */
export function matchLexicon(lex: CompiledLexicon, tokens: TokenTable, keys: readonly string[], from = 0, to = tokens.length, pre?: LexiconLookups): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const root = lex.root;
  for (let i = from; i < to; ) {
    let node = pre ? pre.first[i] : root.get(keys[i]);
    let best: LexiconEntry | undefined;
    let bestEnd = i;
    let j = i;
    while (node) {
      if (node.entry) { best = node.entry; bestEnd = j + 1; }
      if (!node.next || j + 1 >= to) break;
      j++;
      // Most words after an entry's first word continue no entry ("the", "our", "national" open several): no lookup then.
      node = pre && pre.continues[j] === 0 ? undefined : node.next.get(keys[j]);
    }
    if (best) {
      hits.push({ start: tokens.starts[i], end: tokens.ends[bestEnd - 1], firstToken: i, endToken: bestEnd, entry: best });
      i = bestEnd;
      continue;
    }
    const k = keys[i];
    const n = pre ? pre.compound[i] : compoundHead(lex, tokens.kind(i), k);
    if (n?.entry) {
      const start = tokens.starts[i];
      hits.push({ start, end: start + k.lastIndexOf('-'), firstToken: i, endToken: i + 1, entry: n.entry });
    }
    i++;
  }
  return hits;
}
