/**
 * CoNLL-2003 reading, detokenisation and lexicon building for the entity tagger's training
 * and evaluation scripts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import {
  GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_FIRST, GAZ_GRP, GAZ_LAST, GAZ_LOC, GAZ_MISC, GAZ_ORG, GAZ_ORGLEX, GAZ_PER,
  GAZ_PERSON, GAZ_REGION, GAZ_TITLE, GAZ_GEOCITY, GAZ_NEWSPER, GAZ_NEWSGRP, GAZ_NEWSMISC, GAZ_CTXPER, GAZ_CTXLOC, GAZ_NEWSORG, GAZ_NEWSLOC, LC_ALWAYS_CAP, LC_ALWAYS_LOWER, LC_DICT, LC_MOSTLY_CAP, LC_MOSTLY_LOWER, lowerHash, extendKey,
} from '../../server/src/analysis/entities/lexicon';
import { normalizeToken } from '../../server/src/analysis/entities/nerDoc';
import { NER_TAGS } from '../../server/src/analysis/entities/tagSet';
import { MODERN_GROUPS, MODERN_MISC, MODERN_ORGS, MODERN_PEOPLE, MODERN_PLACES, countryNames, geoCities, modernStats, pluralOf } from './modern';

export interface ConllSentence {
  words: string[];
  /** Our tag names (NER_TAGS), with nationality MISC mapped to GRP. */
  tags: string[];
}

export interface ConllDoc {
  sentences: ConllSentence[];
}

export function corporaDir(argv: string[]): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  if (process.env.DISCOURSE_LENS_CORPORA) return path.resolve(process.env.DISCOURSE_LENS_CORPORA);
  return path.resolve(__dirname, '../../../shared/corpora');
}

export function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const EXTRA_GROUPS = [
  'moslem', 'muslim', 'jewish', 'jew', 'arab', 'serb', 'croat', 'kurd', 'kurdish', 'chechen', 'palestinian', 'israeli', 'iraqi',
  'republican', 'democrat', 'democratic', 'communist', 'islamist', 'catholic', 'protestant', 'hutu', 'tutsi', 'tamil', 'taleban', 'taliban',
  'nazi', 'basque', 'briton', 'spaniard', 'frenchman', 'dutchman', 'englishman', 'swede', 'finn', 'pole', 'saudi', 'sunni', 'shiite', 'shia',
  'bosnian', 'kosovar', 'sikh', 'hindu', 'christian', 'maoist', 'zionist', 'socialist', 'conservative', 'labour', 'tory', 'liberal',
  'chechen', 'pashtun', 'uzbek', 'tajik', 'kazakh', 'yugoslav', 'soviet', 'european', 'asian', 'african', 'latino', 'hispanic', 'slav',
];

let groupSet: Set<string> | undefined;
let compromiseLex: Record<string, string | string[]> | undefined;

function lexicon(): Record<string, string | string[]> {
  return (compromiseLex ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon);
}

function tagsOf(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}

/** Is a single-token MISC mention a nationality / demonym / party-member word? */
export function isGroupWord(word: string): boolean {
  if (!groupSet) {
    groupSet = new Set(EXTRA_GROUPS);
    for (const [w, t] of Object.entries(lexicon())) if (tagsOf(t).includes('Demonym')) groupSet.add(w);
  }
  if (/[^\p{L}]/u.test(word)) return false;
  const w = word.toLowerCase();
  if (groupSet.has(w)) return true;
  if (w.endsWith('s') && groupSet.has(w.slice(0, -1))) return true;
  if (w.endsWith('men') && groupSet.has(w.slice(0, -3) + 'man')) return true;
  return false;
}

/** Reads a CoNLL-2003 file into documents (sentences of words and IOB2 tags). */
export function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push({ words, tags: toOurTags(words, tags) });
    }
    words = [];
    tags = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      docs.push((doc = { sentences: [] }));
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** IOB1/IOB2 → IOB2 with nationality MISC spans mapped to GRP. */
function toOurTags(words: string[], tags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O') {
      out.push('O');
      continue;
    }
    const type = t.slice(2);
    const begins = t[0] === 'B' || i === 0 || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== type;
    out.push(`${begins ? 'B' : 'I'}-${type}`);
  }
  // MISC spans of one demonym word → GRP (env NER_ABLATE_GROUP=1 keeps them MISC, to check that
  // the group type does not hurt PER/LOC/ORG: 0.9242 without vs 0.9275 with, on valid).
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'B-MISC') continue;
    const single = i + 1 >= out.length || out[i + 1] !== 'I-MISC';
    if (single && !process.env.NER_ABLATE_GROUP && isGroupWord(words[i])) out[i] = 'B-GRP';
  }
  for (const t of out) if (!NER_TAGS.includes(t)) throw new Error(`unknown tag ${t}`);
  return out;
}

export interface Span {
  start: number;
  end: number;
  type: string;
}

/** Entity spans (token indices) of a tag sequence. */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | undefined;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (cur && (t === 'O' || t[0] === 'B' || t.slice(2) !== cur.type)) {
      cur.end = i;
      spans.push(cur);
      cur = undefined;
    }
    if (t !== 'O' && !cur) cur = { start: i, end: i + 1, type: t.slice(2) };
  }
  if (cur) {
    cur.end = tags.length;
    spans.push(cur);
  }
  return spans;
}

// ---------------------------------------------------------------- detokenisation

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', "'s", "'S", "n't", '%', "'", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``']);

export interface DetokDoc {
  text: string;
  /** Gold entity character spans. */
  spans: { start: number; end: number; type: string; text: string }[];
}

/** Joins a document's tokens into plain text, one sentence a line, keeping gold character spans. */
export function detokenize(doc: ConllDoc): DetokDoc {
  let text = '';
  const spans: DetokDoc['spans'] = [];
  for (const s of doc.sentences) {
    const starts: number[] = [];
    const ends: number[] = [];
    let quoteOpen = false;
    let line = '';
    const base = text.length;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      let space = i > 0;
      if (NO_SPACE_BEFORE.has(w)) space = false;
      if (i > 0 && NO_SPACE_AFTER.has(s.words[i - 1])) space = false;
      if (w === '"') {
        if (quoteOpen) space = false;
        quoteOpen = !quoteOpen;
      } else if (i > 0 && s.words[i - 1] === '"' && quoteOpen) space = false;
      if (space) line += ' ';
      starts.push(base + line.length);
      line += w;
      ends.push(base + line.length);
    }
    text += line + '\n';
    for (const sp of spansOf(s.tags)) {
      spans.push({ start: starts[sp.start], end: ends[sp.end - 1], type: sp.type, text: text.slice(starts[sp.start], ends[sp.end - 1]) });
    }
  }
  return { text, spans };
}

// ---------------------------------------------------------------- lexicon

const TYPE_BIT: Record<string, number> = { PER: GAZ_PER, LOC: GAZ_LOC, ORG: GAZ_ORG, MISC: GAZ_MISC, GRP: GAZ_GRP };

export interface BuiltLexicon {
  /** entry (lower-case, space-joined) → mask, for the shipped file. */
  gaz: Map<string, number>;
  /** word → LC class, for the shipped file. */
  lc: Map<string, number>;
  /** Per training document: a filter removing training-derived bits seen only in that document. */
  filterFor(docIndex: number): (h: number, mask: number) => number;
}

/** Minimum GeoNames population of a city in the gazetteer. */
export const MIN_CITY_POPULATION = 15000;

/**
 * @param modernDir folder of unlabelled modern news articles (*.txt) for word statistics, or
 *   undefined to leave them out. Ablations: env NER_NO_MODERN=1 leaves out all modern-news sources,
 *   NER_SKIP=geo,country,lc,ctx some of them.
 */
export function buildLexicon(train: ConllDoc[], modernDir?: string): BuiltLexicon {
  const modern = !process.env.NER_NO_MODERN;
  const skip = new Set((process.env.NER_SKIP ?? '').split(','));
  const gaz = new Map<string, number>();
  const add = (entry: string, bit: number): void => {
    const key = entry.toLowerCase().trim().replace(/\s+/g, ' ');
    if (!key) return;
    gaz.set(key, (gaz.get(key) ?? 0) | bit);
  };
  // entry|bit → docs
  const docsOf = new Map<string, Set<number>>();
  train.forEach((doc, di) => {
    for (const s of doc.sentences) {
      for (const sp of spansOf(s.tags)) {
        const entry = s.words.slice(sp.start, sp.end).map(normalizeToken).join(' ').toLowerCase();
        const bit = TYPE_BIT[sp.type];
        add(entry, bit);
        const k = `${entry}|${bit}`;
        let set = docsOf.get(k);
        if (!set) docsOf.set(k, (set = new Set()));
        set.add(di);
      }
    }
  });
  // compromise categories.
  const CAT: [string, number][] = [
    ['FirstName', GAZ_FIRST], ['MaleName', GAZ_FIRST], ['FemaleName', GAZ_FIRST], ['LastName', GAZ_LAST], ['City', GAZ_CITY],
    ['Country', GAZ_COUNTRY], ['Region', GAZ_REGION], ['Place', GAZ_REGION], ['Organization', GAZ_ORGLEX], ['SportsTeam', GAZ_ORGLEX],
    ['Demonym', GAZ_DEMONYM], ['Person', GAZ_PERSON], ['Honorific', GAZ_TITLE],
  ];
  const dict = new Set<string>();
  const NAMEY = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym', 'Person', 'ProperNoun', 'Honorific', 'Abbreviation']);
  for (const [w, t] of Object.entries(lexicon())) {
    const tags = tagsOf(t);
    for (const [tag, bit] of CAT) if (tags.includes(tag) && !(tag === 'Place' && w.length <= 3) && !(tag === 'Organization' && w.length <= 4 && tags.includes('Abbreviation'))) add(w, bit);
    if (!tags.some((x) => NAMEY.has(x)) && !w.includes(' ')) dict.add(w);
  }
  for (const t of ['president', 'minister', 'prime minister', 'foreign minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'general', 'senator', 'governor', 'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'dr', 'dr.', 'sir', 'lord', 'judge', 'coach', 'chairman', 'spokesman', 'spokeswoman', 'leader', 'pope', 'ambassador', 'envoy', 'mayor', 'sheikh', 'colonel', 'captain', 'lieutenant', 'premier'])
    add(t, GAZ_TITLE);
  if (modern) {
    if (!skip.has('geo')) for (const c of geoCities(MIN_CITY_POPULATION)) add(c, GAZ_GEOCITY);
    if (!skip.has('country')) for (const c of countryNames()) add(c, GAZ_COUNTRY);
    for (const p of MODERN_PEOPLE) add(p.replace(/-/g, ' - '), GAZ_NEWSPER), add(p, GAZ_NEWSPER);
    for (const g of MODERN_GROUPS) {
      add(g, GAZ_NEWSGRP);
      add(pluralOf(g), GAZ_NEWSGRP);
    }
    for (const m of MODERN_MISC) add(m, GAZ_NEWSMISC);
    for (const o of MODERN_ORGS) add(o, GAZ_NEWSORG);
    for (const p of MODERN_PLACES) add(p.replace(/-/g, ' - '), GAZ_NEWSLOC), add(p, GAZ_NEWSLOC);
  }
  // Lower-case statistics from the training text: lower-case vs capitalised mid-sentence.
  const lcCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  const docCount = new Map<string, number>();
  for (const doc of train) {
    const seen = new Set<string>();
    for (const s of doc.sentences) {
      const allCaps = s.words.filter((w) => /[A-Z]/.test(w) && !/[a-z]/.test(w)).length >= 2 && !s.words.some((w) => /^[a-z]{2,}/.test(w));
      if (allCaps) continue;
      s.words.forEach((w0, i) => {
        const w = normalizeToken(w0);
        if (!/^\p{L}/u.test(w)) return;
        const lw = w.toLowerCase();
        seen.add(lw);
        if (w[0] === lw[0]) lcCount.set(lw, (lcCount.get(lw) ?? 0) + 1);
        else if (i > 0 && !['"', "'", '(', '-', ':'].includes(s.words[i - 1])) capCount.set(lw, (capCount.get(lw) ?? 0) + 1);
      });
    }
    for (const w of seen) docCount.set(w, (docCount.get(w) ?? 0) + 1);
  }
  const lc = new Map<string, number>();
  for (const w of new Set([...lcCount.keys(), ...capCount.keys()])) {
    const a = lcCount.get(w) ?? 0;
    const b = capCount.get(w) ?? 0;
    // Words of a single document would leak their own document's names: keep words seen in 2+ documents.
    if ((docCount.get(w) ?? 0) < 2 && !dict.has(w)) continue;
    lc.set(w, b === 0 ? LC_ALWAYS_LOWER : a === 0 ? LC_ALWAYS_CAP : a > b ? LC_MOSTLY_LOWER : LC_MOSTLY_CAP);
  }
  // Modern news: lower-case statistics for words the 1996 training text does not have, and the
  // distribution of person / place contexts of capitalised words.
  if (modern && modernDir) {
    const st = modernStats(modernDir);
    for (const [w, [a, b, docs]] of st.counts) {
      if (skip.has('lc') || lc.has(w) || docs < 2 || a + b < 3) continue;
      lc.set(w, b === 0 ? LC_ALWAYS_LOWER : a === 0 ? LC_ALWAYS_CAP : a > b ? LC_MOSTLY_LOWER : LC_MOSTLY_CAP);
    }
    if (!skip.has('ctx')) for (const [w, [per, loc]] of st.ctx) {
      if (per >= 2 && per >= 3 * loc) add(w, GAZ_CTXPER);
      else if (loc >= 2 && loc >= 3 * per) add(w, GAZ_CTXLOC);
    }
  }
  for (const w of dict) if (!lc.has(w)) lc.set(w, LC_DICT);

  // Leave-one-document-out: entry bits seen in exactly one training document.
  const single = new Map<number, { bit: number; doc: number }[]>();
  for (const [k, docs] of docsOf) {
    if (docs.size !== 1) continue;
    const bar = k.lastIndexOf('|');
    const entry = k.slice(0, bar);
    const bit = Number(k.slice(bar + 1));
    const h = hashEntry(entry);
    let list = single.get(h);
    if (!list) single.set(h, (list = []));
    list.push({ bit, doc: [...docs][0] });
  }
  return {
    gaz,
    lc,
    filterFor(docIndex: number) {
      return (h: number, mask: number): number => {
        const list = single.get(h);
        if (!list) return mask;
        for (const e of list) if (e.doc === docIndex) mask &= ~e.bit;
        return mask;
      };
    },
  };
}

function hashEntry(entry: string): number {
  const parts = entry.split(' ');
  let h = lowerHash(parts[0]);
  for (let k = 1; k < parts.length; k++) h = extendKey(h, parts[k]);
  return h;
}
