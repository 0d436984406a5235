/**
 * A compact binary form of a `DocumentAnalysis` (without its text, which the caller has):
 * used for the disk cache and for results coming back from worker threads.
 *
 * Layout (little-endian): u32 byte length of the string section, the string section (UTF-8
 * JSON: string table, article strings), u32 byte length of the word list, the word list (UTF-8,
 * newline-separated; decoded on first use), padding to 4 bytes, then Int32 numbers:
 * paragraphs, sentences, article ranges, entities, markers, word counts, n-gram table. Counts
 * (word counts, the n-gram table's paragraph and occurrence counts) are packed as bytes when
 * they all fit (see `IntWriter.pushCounts`) and decoded as views of the record, without a copy.
 * Decoding checks every length against the buffer and throws `CacheFormatError` on anything
 * malformed, so a corrupt record is a cache miss, never a crash or a wrong result.
 */
import type { DocumentAnalysis } from '../document';
import type { ArticleStructure } from '../text/article';
import type { Range } from '../text/structure';
import type { EntityMention, EntityType, MarkerSource, RhetoricMarker } from '../types';

/**
 * A document's entity mentions grouped by (type, name as written): `texts[g]`, `types[g]`, and
 * for each mention (in order) its group `index[k]`. Decoded analyses carry it, so the index
 * counts each name once per document instead of looking it up per mention.
 */
export interface EntityGroups {
  readonly texts: readonly string[];
  readonly types: readonly EntityType[];
  readonly index: Int32Array;
}

export class CacheFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheFormatError';
  }
}

const MAGIC = 0x34434c44; // "DLC4"

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);
function floatBits(x: number): number {
  f32[0] = x;
  return i32[0];
}
function bitsFloat(b: number): number {
  i32[0] = b;
  return Math.round(f32[0] * 1e6) / 1e6;
}

function fitBytes(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] < 0 || a[i] > 255) return false;
  return true;
}

class IntWriter {
  buf = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n >= this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.n++] = v;
  }
  /**
   * Small non-negative counts: a width flag (1 = bytes, 4 = Int32), the length, then the values
   * packed 4 per Int32 slot when they all fit in a byte (most n-gram and word counts do).
   */
  pushCounts(a: ArrayLike<number>, bytes = fitBytes(a)): void {
    const n = a.length;
    this.push(bytes ? 1 : 4);
    this.push(n);
    if (!bytes) {
      for (let i = 0; i < n; i++) this.push(a[i]);
      return;
    }
    const words = (n + 3) >> 2;
    while (this.n + words > this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    const u8 = new Uint8Array(this.buf.buffer, this.n * 4, words * 4);
    for (let i = 0; i < n; i++) u8[i] = a[i];
    for (let i = n; i < words * 4; i++) u8[i] = 0;
    this.n += words;
  }
  pushArray(a: Int32Array): void {
    this.push(a.length);
    while (this.n + a.length > this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf.set(a, this.n);
    this.n += a.length;
  }
}

export function encodeAnalysis(a: DocumentAnalysis): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string): number => {
    let k = stringIndex.get(s);
    if (k === undefined) {
      k = strings.length;
      strings.push(s);
      stringIndex.set(s, k);
    }
    return k;
  };
  const w = new IntWriter();
  w.push(MAGIC);
  w.push(a.text.length);
  const ranges = (rs: readonly Range[]) => {
    w.push(rs.length);
    for (const r of rs) {
      w.push(r.start);
      w.push(r.end);
    }
  };
  ranges(a.paragraphs);
  ranges(a.sentences);
  for (const r of [a.article.headline, a.article.standfirst, a.article.byline, a.article.date]) {
    w.push(r ? r.start : -1);
    w.push(r ? r.end : -1);
  }
  w.push(a.entities.length);
  for (const e of a.entities) {
    w.push(e.start);
    w.push(e.end);
    w.push(str(e.type));
    w.push(floatBits(e.confidence));
    w.push(str(e.text));
  }
  w.push(a.markers.length);
  for (const m of a.markers) {
    w.push(m.start);
    w.push(m.end);
    w.push(str(m.category));
    w.push(str(m.term));
    w.push(str(m.source));
    w.push(floatBits(m.confidence));
  }
  w.push(a.wordCount);
  const words: string[] = [];
  const wc = new Int32Array(a.wordCounts.size);
  let k = 0;
  for (const [word, c] of a.wordCounts) {
    words.push(word);
    wc[k++] = c;
  }
  w.pushCounts(wc);
  const t = a.ngrams;
  w.push(t.paragraphCount);
  w.pushArray(t.hashes);
  // Both as bytes or both as Int32, like `ngramTable` makes them (round trips keep the types).
  const small = fitBytes(t.paragraphs) && fitBytes(t.counts);
  w.pushCounts(t.paragraphs, small);
  w.pushCounts(t.counts, small);
  // The word list is its own UTF-8 section after the JSON: decoded only when the word counts
  // are first used (most documents of a warm start never are).
  const sbytes = encoder.encode(JSON.stringify({ s: strings, a: a.article.byline?.author ?? null, v: a.article.date?.value ?? null }));
  const wbytes = encoder.encode(words.join('\n'));
  const head = 4 + sbytes.length + 4 + wbytes.length;
  const pad = (4 - (head % 4)) % 4;
  const out = new Uint8Array(head + pad + w.n * 4);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, sbytes.length, true);
  out.set(sbytes, 4);
  dv.setUint32(4 + sbytes.length, wbytes.length, true);
  out.set(wbytes, 8 + sbytes.length);
  out.set(new Uint8Array(w.buf.buffer, 0, w.n * 4), head + pad);
  return out;
}

/** Decodes a record for `text` (whose hash the caller already matched). */
export function decodeAnalysis(bytes: Uint8Array, text: string, hash: string): DocumentAnalysis {
  const fail = (why: string): never => {
    throw new CacheFormatError(`corrupt analysis record: ${why}`);
  };
  if (bytes.length < 8) fail('too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const slen = dv.getUint32(0, true);
  if (8 + slen > bytes.length) fail('string section');
  let meta: { s: string[]; a: string | null; v: string | null };
  try {
    meta = JSON.parse(decoder.decode(bytes.subarray(4, 4 + slen)));
  } catch {
    return fail('string section JSON');
  }
  if (!meta || !Array.isArray(meta.s)) fail('string section shape');
  const wlen = dv.getUint32(4 + slen, true);
  const wfrom = 8 + slen;
  if (wfrom + wlen > bytes.length) fail('word section');
  const head = wfrom + wlen;
  const pad = (4 - (head % 4)) % 4;
  const off = head + pad;
  const nInts = (bytes.length - off) >> 2;
  // A view when the numbers are 4-byte aligned in the buffer (worker results, cache files),
  // else an aligned copy. (Little-endian hosts only: every platform VS Code runs on.)
  let ints: Int32Array;
  if ((bytes.byteOffset + off) % 4 === 0) ints = new Int32Array(bytes.buffer, bytes.byteOffset + off, nInts);
  else {
    ints = new Int32Array(nInts);
    new Uint8Array(ints.buffer).set(bytes.subarray(off, off + nInts * 4));
  }
  let p = 0;
  const next = (): number => {
    if (p >= nInts) fail('truncated');
    return ints[p++];
  };
  const count = (per: number): number => {
    const n = next();
    if (n < 0 || p + n * per > nInts) fail('bad count');
    return n;
  };
  const offset = (v: number): number => {
    if (v < 0 || v > text.length) fail('offset out of range');
    return v;
  };
  const s = (k: number): string => {
    if (k < 0 || k >= meta.s.length || typeof meta.s[k] !== 'string') fail('string index');
    return meta.s[k];
  };
  if (next() !== MAGIC) fail('magic');
  if (next() !== text.length) fail('text length');
  // Paragraphs too are made on first use (only the language features of an open document ask).
  const paraStart = p;
  const nPara = count(2);
  for (let i = 0; i < nPara * 2; i++) offset(ints[paraStart + 1 + i]);
  p += nPara * 2;
  const paragraphs = (): Range[] => {
    const out: Range[] = new Array(nPara);
    for (let i = 0, q = paraStart + 1; i < nPara; i++, q += 2) out[i] = { start: ints[q], end: ints[q + 1] };
    return out;
  };
  // Sentences and word counts are built on first use (most documents of a warm start are never
  // looked at closely), after checking the counts now.
  const sentStart = p;
  const nSent = count(2);
  for (let i = 0; i < nSent * 2; i++) offset(ints[sentStart + 1 + i]);
  p += nSent * 2;
  const sentences = (): Range[] => {
    const out: Range[] = new Array(nSent);
    for (let i = 0, q = sentStart + 1; i < nSent; i++, q += 2) out[i] = { start: ints[q], end: ints[q + 1] };
    return out;
  };
  const art: (Range | undefined)[] = [];
  for (let k = 0; k < 4; k++) {
    const a = next();
    const b = next();
    art.push(a < 0 ? undefined : { start: offset(a), end: offset(b) });
  }
  const article: ArticleStructure = {
    headline: art[0],
    standfirst: art[1],
    byline: art[2] ? { ...art[2], author: meta.a ?? '' } : undefined,
    date: art[3] ? { ...art[3], value: meta.v ?? '' } : undefined,
  };
  // Entity texts come from the record's string table: one string per distinct name, so the
  // index's lookups by name hash each name once (checked against the text, not sliced from it).
  // Checked now; the mention objects are made on first use (see LazyAnalysis). Mentions are
  // also grouped by (type, name) so the index counts names without a lookup per mention.
  const ne = count(5);
  const entStart = p;
  const groupOfKey = new Map<number, number>();
  const groupTexts: string[] = [];
  const groupTypes: EntityType[] = [];
  const groupIndex = new Int32Array(ne);
  for (let i = 0; i < ne; i++) {
    const start = offset(ints[p]);
    const end = offset(ints[p + 1]);
    const ti = ints[p + 2];
    const ni = ints[p + 4];
    const type = s(ti) as EntityType;
    const name = s(ni);
    if (name.length !== end - start || !text.startsWith(name, start)) fail('entity text');
    const key = ni * 64 + (ti & 63);
    let g = groupOfKey.get(key);
    if (g === undefined || groupTypes[g] !== type) {
      g = groupTexts.length;
      groupOfKey.set(key, g);
      groupTexts.push(name);
      groupTypes.push(type);
    }
    groupIndex[i] = g;
    p += 5;
  }
  const entities = (): EntityMention[] => {
    const out: EntityMention[] = new Array(ne);
    for (let i = 0, q = entStart; i < ne; i++, q += 5) out[i] = { start: ints[q], end: ints[q + 1], text: meta.s[ints[q + 4]], type: meta.s[ints[q + 2]] as EntityType, confidence: bitsFloat(ints[q + 3]) };
    return out;
  };
  const groups: EntityGroups = { texts: groupTexts, types: groupTypes, index: groupIndex };
  const nm = count(6);
  const markers: RhetoricMarker[] = new Array(nm);
  for (let i = 0; i < nm; i++) {
    const start = offset(ints[p++]);
    const end = offset(ints[p++]);
    const category = s(ints[p++]);
    const term = s(ints[p++]);
    const source = s(ints[p++]) as MarkerSource;
    const confidence = bitsFloat(ints[p++]);
    markers[i] = { start, end, text: text.slice(start, end), category, term, source, confidence };
  }
  const wordCount = next();
  // Counts: see IntWriter.pushCounts. A byte view (or Int32 view) of the record, no copy.
  const counts = (): Int32Array | Uint8Array => {
    const width = next();
    if (width !== 1 && width !== 4) fail('count width');
    if (width === 4) {
      const n = count(1);
      const a = ints.subarray(p, p + n);
      p += n;
      return a;
    }
    const n = next();
    const words = (n + 3) >> 2;
    if (n < 0 || p + words > nInts) fail('bad count');
    const a = new Uint8Array(ints.buffer, ints.byteOffset + p * 4, n);
    p += words;
    return a;
  };
  const wcs = counts();
  const nw = wcs.length;
  // Cheap check of the word table now (newlines separate nw words); split on first use.
  let newlines = 0;
  for (let i = wfrom; i < head; i++) if (bytes[i] === 10) newlines++;
  if ((nw ? newlines + 1 : wlen ? -1 : 0) !== nw) fail('word table');
  const wordCounts = (): Map<string, number> => {
    const m = new Map<string, number>();
    const words = nw ? decoder.decode(bytes.subarray(wfrom, head)).split('\n') : [];
    for (let i = 0; i < nw; i++) m.set(words[i], wcs[i]);
    return m;
  };
  const wordBytes = bytes.subarray(wfrom, head);
  const paragraphCount = next();
  const arr = (): Int32Array => {
    const n = count(1);
    const a = ints.subarray(p, p + n);
    p += n;
    return a;
  };
  const hashes = arr();
  const paras = counts();
  const occ = counts();
  if (paras.length !== hashes.length || occ.length !== hashes.length) fail('n-gram table');
  return new LazyAnalysis({ text, hash, article, markers, wordCount, ngrams: { hashes, paragraphs: paras, counts: occ, paragraphCount } }, paragraphs, sentences, wordCounts, entities, groups, { bytes: wordBytes, counts: wcs });
}

interface WordTable {
  /** Open addressing by FNV-1a of the word's UTF-8 bytes: 1 + the word's index per slot (0: empty). */
  readonly slots: Uint16Array | Int32Array;
  readonly mask: number;
  /** Byte offset of each word in the word list (and, last, one past the end plus one). */
  readonly starts: Int32Array;
}

function fnvBytes(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h >>> 0;
}

/** The hash table of a record's newline-separated word list (`n` words): ~10 bytes a word. */
function wordTable(bytes: Uint8Array, n: number): WordTable {
  let cap = 8;
  while (cap < n * 2) cap *= 2;
  const mask = cap - 1;
  const slots = n < 0xffff ? new Uint16Array(cap) : new Int32Array(cap);
  const starts = new Int32Array(n + 1);
  let w = 0;
  let a = 0;
  for (let i = 0; i <= bytes.length && w < n; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    starts[w] = a;
    let s = fnvBytes(bytes, a, i) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = w + 1;
    w++;
    a = i + 1;
  }
  starts[n] = bytes.length + 1;
  return { slots, mask, starts };
}

/** The UTF-8 bytes and hash of the word looked up last (the index asks every document in turn). */
let lastQuery: { word: string; bytes: Uint8Array; hash: number } = { word: '', bytes: new Uint8Array(0), hash: 0x811c9dc5 };
function queryBytes(word: string): { bytes: Uint8Array; hash: number } {
  if (lastQuery.word !== word) {
    const bytes = encoder.encode(word);
    lastQuery = { word, bytes, hash: fnvBytes(bytes, 0, bytes.length) };
  }
  return lastQuery;
}

/** The hash of a normalised word (FNV-1a of its UTF-8 bytes), as `forEachWordHash` gives them. */
export function wordHashOf(word: string): number {
  return queryBytes(word).hash;
}

/** Calls `f` with the hash (`wordHashOf`) of each distinct word of a document, without materialising `wordCounts`. */
export function forEachWordHash(d: DocumentAnalysis, f: (h: number) => void): void {
  if (d instanceof LazyAnalysis) {
    const bytes = d.wordBytes();
    if (bytes) {
      let a = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 10) continue;
        f(fnvBytes(bytes, a, i));
        a = i + 1;
      }
      return;
    }
  }
  for (const w of d.wordCounts.keys()) {
    const b = encoder.encode(w);
    f(fnvBytes(b, 0, b.length));
  }
}

/**
 * Calls `f` for each distinct word of a document with its hash (`wordHashOf`) and count; the word
 * itself is given either as UTF-8 bytes `bytes[a..b)` (a cached record's word list, not decoded)
 * or as `word`. Does not materialise `wordCounts`.
 */
export function forEachWordCount(
  d: DocumentAnalysis,
  f: (h: number, count: number, bytes: Uint8Array | undefined, a: number, b: number, word: string | undefined) => void,
): void {
  if (d instanceof LazyAnalysis) {
    const words = d.wordList();
    if (words) {
      const { bytes, counts } = words;
      const n = counts.length;
      // The document's word lookup table (`wordCountOf`) is built in the same pass, from the same
      // hashes, if it is not there yet: a corpus-wide word query would build it anyway.
      const build = !d.hasWordTable();
      let cap = 8;
      while (build && cap < n * 2) cap *= 2;
      const mask = cap - 1;
      const slots = build ? (n < 0xffff ? new Uint16Array(cap) : new Int32Array(cap)) : undefined;
      const starts = build ? new Int32Array(n + 1) : undefined;
      let a = 0;
      let k = 0;
      for (let i = 0; i <= bytes.length && k < n; i++) {
        if (i < bytes.length && bytes[i] !== 10) continue;
        const h = fnvBytes(bytes, a, i);
        if (slots) {
          starts![k] = a;
          let s = h & mask;
          while (slots[s] !== 0) s = (s + 1) & mask;
          slots[s] = k + 1;
        }
        f(h, counts[k++], bytes, a, i, undefined);
        a = i + 1;
      }
      if (slots) {
        starts![n] = bytes.length + 1;
        d.setWordTable({ slots, mask, starts: starts! });
      }
      return;
    }
  }
  for (const [w, n] of d.wordCounts) {
    const b = encoder.encode(w);
    f(fnvBytes(b, 0, b.length), n, undefined, 0, 0, w);
  }
}

/** Occurrences of a normalised word in a document: see `LazyAnalysis.wordCountOf`. */
export function wordCountIn(d: DocumentAnalysis, word: string): number {
  return d instanceof LazyAnalysis ? d.wordCountOf(word) : d.wordCounts.get(word) ?? 0;
}

/** An analysis whose `sentences` and `wordCounts` are computed once, on first access. */
class LazyAnalysis {
  readonly text: string;
  readonly hash: string;
  private p: Range[] | undefined;
  private makeParagraphs: (() => Range[]) | undefined;
  readonly article: DocumentAnalysis['article'];
  readonly markers: DocumentAnalysis['markers'];
  readonly wordCount: number;
  readonly ngrams: DocumentAnalysis['ngrams'];
  private s: Range[] | undefined;
  private w: Map<string, number> | undefined;
  private makeSentences: (() => Range[]) | undefined;
  private makeWordCounts: (() => Map<string, number>) | undefined;
  private e: EntityMention[] | undefined;
  private makeEntities: (() => EntityMention[]) | undefined;
  private words: { bytes: Uint8Array; counts: Int32Array | Uint8Array } | undefined;
  private wordTable: WordTable | undefined;
  /** The mentions grouped by (type, name): see `EntityGroups`. */
  readonly entityGroups: EntityGroups;

  constructor(
    base: Omit<DocumentAnalysis, 'sentences' | 'wordCounts' | 'entities' | 'paragraphs'>,
    paragraphs: () => Range[],
    sentences: () => Range[],
    wordCounts: () => Map<string, number>,
    entities: () => EntityMention[],
    groups: EntityGroups,
    words?: { bytes: Uint8Array; counts: Int32Array | Uint8Array },
  ) {
    this.words = words;
    this.makeEntities = entities;
    this.entityGroups = groups;
    this.text = base.text;
    this.hash = base.hash;
    this.makeParagraphs = paragraphs;
    this.article = base.article;
    this.markers = base.markers;
    this.wordCount = base.wordCount;
    this.ngrams = base.ngrams;
    this.makeSentences = sentences;
    this.makeWordCounts = wordCounts;
  }

  get paragraphs(): Range[] {
    if (!this.p) {
      this.p = this.makeParagraphs!();
      this.makeParagraphs = undefined;
    }
    return this.p;
  }

  get sentences(): Range[] {
    if (!this.s) {
      this.s = this.makeSentences!();
      this.makeSentences = undefined;
    }
    return this.s;
  }

  get entities(): EntityMention[] {
    if (!this.e) {
      this.e = this.makeEntities!();
      this.makeEntities = undefined;
    }
    return this.e;
  }

  get wordCounts(): Map<string, number> {
    if (!this.w) {
      this.w = this.makeWordCounts!();
      this.makeWordCounts = undefined;
      this.words = undefined;
      this.wordTable = undefined;
    }
    return this.w;
  }

  /**
   * Occurrences of a normalised word, without materialising `wordCounts` (a Map per document
   * costs ~20× the record's word list): a lookup by hash in a small table built from the
   * record's UTF-8 word list on first use, checked byte by byte (exact).
   */
  /** The record's UTF-8 word list (newline-separated), unless `wordCounts` was materialised. */
  hasWordTable(): boolean {
    return this.wordTable !== undefined;
  }

  setWordTable(t: WordTable): void {
    if (this.words) this.wordTable = t;
  }

  /** The record's word list and counts, while `wordCounts` is not materialised (and not empty). */
  wordList(): { bytes: Uint8Array; counts: Int32Array | Uint8Array } | undefined {
    return this.w || !this.words || !this.words.counts.length ? undefined : this.words;
  }

  wordBytes(): Uint8Array | undefined {
    return this.w || !this.words || !this.words.counts.length ? undefined : this.words.bytes;
  }

  wordCountOf(word: string): number {
    if (this.w || !this.words) return this.wordCounts.get(word) ?? 0;
    const q = queryBytes(word);
    const bytes = this.words.bytes;
    const t = (this.wordTable ??= wordTable(bytes, this.words.counts.length));
    const qb = q.bytes;
    const { slots, mask, starts } = t;
    for (let s = q.hash & mask; ; s = (s + 1) & mask) {
      const w = slots[s];
      if (w === 0) return 0;
      const a = starts[w - 1];
      if (starts[w] - 1 - a !== qb.length) continue;
      let k = 0;
      while (k < qb.length && bytes[a + k] === qb[k]) k++;
      if (k === qb.length) return this.words.counts[w - 1];
    }
    return 0;
  }

  toJSON(): unknown {
    return { text: this.text, hash: this.hash, paragraphs: this.paragraphs, sentences: this.sentences, article: this.article, entities: this.entities, markers: this.markers, wordCounts: [...this.wordCounts], wordCount: this.wordCount, ngrams: this.ngrams };
  }
}

