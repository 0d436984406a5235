/**
 * A compact binary form of a `DocumentAnalysis` (without its text, which the caller has):
 * used for the disk cache and for results coming back from worker threads.
 *
 * Layout (little-endian): u32 byte length of the string section, the string section (UTF-8
 * JSON: string table, words, article strings), padding to 4 bytes, then Int32 numbers:
 * paragraphs, sentences, article ranges, entities, markers, word counts, n-gram table.
 * Decoding checks every length against the buffer and throws `CacheFormatError` on anything
 * malformed, so a corrupt record is a cache miss, never a crash or a wrong result.
 */
import type { DocumentAnalysis } from '../document';
import type { ArticleStructure } from '../text/article';
import type { Range } from '../text/structure';
import type { EntityMention, EntityType, MarkerSource, RhetoricMarker } from '../types';

export class CacheFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheFormatError';
  }
}

const MAGIC = 0x31434c44; // "DLC1"

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
  w.push(a.wordCounts.size);
  for (const [word, c] of a.wordCounts) {
    words.push(word);
    w.push(c);
  }
  const t = a.ngrams;
  w.push(t.paragraphCount);
  w.pushArray(t.hashes);
  w.pushArray(t.paragraphs);
  w.pushArray(t.counts);
  const json = JSON.stringify({ s: strings, w: words.join('\n'), a: a.article.byline?.author ?? null, v: a.article.date?.value ?? null });
  const sbytes = new TextEncoder().encode(json);
  const pad = (4 - ((4 + sbytes.length) % 4)) % 4;
  const out = new Uint8Array(4 + sbytes.length + pad + w.n * 4);
  new DataView(out.buffer).setUint32(0, sbytes.length, true);
  out.set(sbytes, 4);
  out.set(new Uint8Array(w.buf.buffer, 0, w.n * 4), 4 + sbytes.length + pad);
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
  if (4 + slen > bytes.length) fail('string section');
  let meta: { s: string[]; w: string; a: string | null; v: string | null };
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + slen)));
  } catch {
    return fail('string section JSON');
  }
  if (!meta || !Array.isArray(meta.s) || typeof meta.w !== 'string') fail('string section shape');
  const pad = (4 - ((4 + slen) % 4)) % 4;
  const off = 4 + slen + pad;
  const nInts = (bytes.length - off) >> 2;
  // Copy to an aligned Int32Array (the buffer offset need not be aligned).
  const ints = new Int32Array(nInts);
  new Uint8Array(ints.buffer).set(bytes.subarray(off, off + nInts * 4));
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
  const ranges = (): Range[] => {
    const n = count(2);
    const out: Range[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = { start: offset(ints[p++]), end: offset(ints[p++]) };
    return out;
  };
  const paragraphs = ranges();
  const sentences = ranges();
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
  const ne = count(4);
  const entities: EntityMention[] = new Array(ne);
  for (let i = 0; i < ne; i++) {
    const start = offset(ints[p++]);
    const end = offset(ints[p++]);
    const type = s(ints[p++]) as EntityType;
    const confidence = bitsFloat(ints[p++]);
    entities[i] = { start, end, text: text.slice(start, end), type, confidence };
  }
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
  const nw = count(1);
  const words = nw ? meta.w.split('\n') : [];
  if (words.length !== nw) fail('word table');
  const wordCounts = new Map<string, number>();
  for (let i = 0; i < nw; i++) wordCounts.set(words[i], ints[p++]);
  const paragraphCount = next();
  const arr = (): Int32Array => {
    const n = count(1);
    const a = ints.slice(p, p + n);
    p += n;
    return a;
  };
  const hashes = arr();
  const paras = arr();
  const counts = arr();
  if (paras.length !== hashes.length || counts.length !== hashes.length) fail('n-gram table');
  return { text, hash, paragraphs, sentences, article, entities, markers, wordCounts, wordCount, ngrams: { hashes, paragraphs: paras, counts, paragraphCount } };
}
