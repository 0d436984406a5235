/**
 * A compact binary form of a `DocumentAnalysis` (without its text, which the caller has):
 * used for the disk cache and for results coming back from worker threads.
 *
 * Layout (little-endian): u32 byte length of the string section, the string section (UTF-8
 * JSON: string table, article strings), u32 byte length of the word list, the word list (UTF-8,
 * newline-separated, grouped by hash bucket: see wordList.ts), padding to 4 bytes, then Int32
 * numbers: paragraphs, sentences, article ranges, entities, markers (with their text's index in
 * the string table), quotations (speaker and name as string indices, -1 for none), word counts, n-gram table. Counts
 * (word counts, the n-gram table's paragraph and occurrence counts) are packed as bytes when
 * they all fit (see `IntWriter.pushCounts`) and decoded as views of the record, without a copy.
 * Decoding checks every length against the buffer and throws `CacheFormatError` on anything
 * malformed, so a corrupt record is a cache miss, never a crash or a wrong result. A decoded
 * record (`LazyAnalysis`) reads what it can from the record in place and keeps its text as UTF-8.
 */
import type { DocumentAnalysis } from '../document';
import type { ArticleStructure } from '../text/article';
import type { Range } from '../text/structure';
import type { EntityType, MarkerSource, RhetoricMarker } from '../types';
import type { Quotation } from '../quotations/quotations';
import type { SpanColumns } from '../corpus/spans';
import { bitsFloat, floatBits } from './floatBits';
import { type EntityGroups, LazyAnalysis } from './lazyAnalysis';
import { encodeWordList } from './wordList';

export class CacheFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheFormatError';
  }
}

const MAGIC = 0x36434c44; // "DLC6"

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function fitBytes(a: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] < 0 || a[i] > 255) return false;
  return true;
}

class IntWriter {
  buf = new Int32Array(1024);
  n = 0;
  /** Room for `k` more numbers. */
  private reserve(k: number): void {
    let len = this.buf.length;
    if (this.n + k <= len) return;
    while (this.n + k > len) len *= 2;
    const b = new Int32Array(len);
    b.set(this.buf);
    this.buf = b;
  }
  push(v: number): void {
    if (this.n >= this.buf.length) this.reserve(1);
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
    this.reserve(words);
    const u8 = new Uint8Array(this.buf.buffer, this.n * 4, words * 4);
    for (let i = 0; i < n; i++) u8[i] = a[i];
    for (let i = n; i < words * 4; i++) u8[i] = 0;
    this.n += words;
  }
  pushArray(a: Int32Array): void {
    this.push(a.length);
    this.reserve(a.length);
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
    w.push(str(a.text.slice(m.start, m.end)));
  }
  w.push(a.quotes.length);
  for (const q of a.quotes) {
    w.push(q.start);
    w.push(q.end);
    w.push(q.speaker === undefined ? -1 : str(q.speaker));
    w.push(q.name === undefined ? -1 : str(q.name));
  }
  w.push(a.wordCount);
  const wordList = encodeWordList(a.wordCounts);
  w.pushCounts(wordList.counts);
  const t = a.ngrams;
  w.push(t.paragraphCount);
  w.pushArray(t.hashes);
  // Both as bytes or both as Int32, like `ngramTable` makes them (round trips keep the types).
  const small = fitBytes(t.paragraphs) && fitBytes(t.counts);
  w.pushCounts(t.paragraphs, small);
  w.pushCounts(t.counts, small);
  // The word list (see wordList.ts) is its own UTF-8 section after the JSON: decoded only when
  // the word counts are first used (most documents of a warm start never are).
  const sbytes = encoder.encode(JSON.stringify({ s: strings, a: a.article.byline?.author ?? null, v: a.article.date?.value ?? null }));
  const wbytes = wordList.bytes;
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
  // Paragraphs, sentences, entity mentions and word counts are made on first use (most documents
  // of a warm start are never looked at closely), after checking them now.
  const spans = (): SpanColumns => {
    const n = count(2);
    for (let i = 0; i < n * 2; i++) offset(ints[p + i]);
    p += n * 2;
    return { data: ints, offset: p - n * 2, stride: 2, length: n };
  };
  const paragraphs = spans();
  const sentences = spans();
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
  // Mentions are also grouped by (type, name) so the index counts names without a lookup per mention.
  const ne = count(5);
  const entities: SpanColumns = { data: ints, offset: p, stride: 5, length: ne };
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
  const groups: EntityGroups = { texts: groupTexts, types: groupTypes, index: groupIndex };
  // Marker texts too come from the string table, not sliced from the text (a slice would keep the
  // whole text alive: see LazyAnalysis.text).
  const nm = count(7);
  const markers: RhetoricMarker[] = new Array(nm);
  for (let i = 0; i < nm; i++) {
    const start = offset(ints[p++]);
    const end = offset(ints[p++]);
    const category = s(ints[p++]);
    const term = s(ints[p++]);
    const source = s(ints[p++]) as MarkerSource;
    const confidence = bitsFloat(ints[p++]);
    const mtext = s(ints[p++]);
    if (mtext.length !== end - start || !text.startsWith(mtext, start)) fail('marker text');
    markers[i] = { start, end, text: mtext, category, term, source, confidence };
  }
  const nq = count(4);
  const quotes: Quotation[] = new Array(nq);
  for (let i = 0; i < nq; i++) {
    const start = offset(ints[p++]);
    const end = offset(ints[p++]);
    const speaker = ints[p++];
    const name = ints[p++];
    if (end < start) fail('quotation');
    quotes[i] = { start, end, ...(speaker >= 0 ? { speaker: s(speaker) } : {}), ...(name >= 0 ? { name: s(name) } : {}) };
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
  const ngrams = { hashes, paragraphs: paras, counts: occ, paragraphCount };
  const words = { bytes: bytes.subarray(wfrom, head), counts: wcs };
  return new LazyAnalysis(text, { hash, article, markers, quotes, wordCount, ngrams }, { stringSection: bytes.subarray(4, 4 + slen), paragraphs, sentences, entities, words }, groups);
}
