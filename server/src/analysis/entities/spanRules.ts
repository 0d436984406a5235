/**
 * Rules applied to the entity tagger's spans within a document: title-case lines cut at common
 * words, corrections from the modern-news lexicon, and one type per name (harmonizeTypes).
 */
import * as lexicon from './lexicon';
import { NerLexicon } from './lexicon';
import { F_ALLCAPS, F_CAP, F_LOWER_WORD, F_NOLETTER, NerDoc } from './nerDoc';

const {
  GAZ_CITY, GAZ_COUNTRY, GAZ_CTXPER, GAZ_DEMONYM, GAZ_FIRST, GAZ_GEOCITY, GAZ_LAST, GAZ_LOC, GAZ_NEWSGRP,
  GAZ_NEWSLOC, GAZ_NEWSMISC, GAZ_NEWSORG, GAZ_NEWSPER, GAZ_ORG, GAZ_ORGLEX, GAZ_PER, GAZ_PERSON, GAZ_REGION, GAZ_GRP, LC_ALWAYS_LOWER, LC_DICT, LC_MOSTLY_LOWER,
  extendKey, lowerHash,
} = lexicon;

export interface NerSpan {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  /** PER, LOC, ORG, MISC or GRP. */
  type: string;
  confidence: number;
}

/** Spans less confident than this may be retyped for consistency within a document. */
export const HARMONIZE_BELOW = 0.6;

/** The span rules over one lexicon. */
export class SpanRules {
  constructor(private readonly lexicon: NerLexicon) {}

  /** Is words[k] a common word (usually lower-case, in no name gazetteer) written with a capital? */
  isCommonWord(words: readonly string[], k: number): boolean {
    const lc = this.lexicon.lc.get(lowerHash(words[k]));
    if (lc !== LC_ALWAYS_LOWER && lc !== LC_MOSTLY_LOWER && lc !== LC_DICT) return false;
    return !(this.maskOf(words, k, k + 1) & NAME_MASK);
  }

  /**
   * Title-case lines ("Biden Warns Putin Over Troop Buildup Near Ukraine Border"): the 1996 training
   * data has all-caps headlines only, so the tagger joins capitalised common words into names. In a
   * title-case sentence, spans are cut at common words and each remaining piece typed from the
   * gazetteer when it is in one.
   */
  splitTitleCase(words: readonly string[], doc: NerDoc, out: NerSpan[]): void {
    if (!out.length) return;
    let lastS0 = -1;
    let lastTitle = false;
    const isTitle = (s0: number): boolean => {
      if (s0 === lastS0) return lastTitle;
      lastS0 = s0;
      let caps = 0;
      let closed = 0;
      lastTitle = false;
      for (let k = s0; k < doc.sentEnd[s0]; k++) {
        const f = doc.flags[k];
        if (f & (F_ALLCAPS | F_NOLETTER)) continue;
        if (f & F_CAP) {
          caps++;
          if (k > s0 && TITLE_CASE_WORDS.has(words[k])) closed++;
        } else if (f & F_LOWER_WORD) {
          if (words[k].length > 3) return false; // a lower-case word: not title case
          if (TITLE_CASE_LOWER.has(words[k])) closed++;
        }
      }
      // Lists of names are title case too: a headline has a capitalised function word or verb.
      return (lastTitle = caps >= 3 && closed > 0);
    };
    let any = false;
    for (const sp of out) if (isTitle(doc.sentStart[sp.start])) { any = true; break; }
    if (!any) return;
    const res: NerSpan[] = [];
    for (const sp of out) {
      const s0 = doc.sentStart[sp.start];
      if (!isTitle(s0) || this.maskOf(words, sp.start, sp.end) & NAME_MASK) { res.push(sp); continue; }
      let a = sp.start;
      for (let k = sp.start; k <= sp.end; k++) {
        if (k < sp.end && !(doc.flags[k] & F_CAP && this.isCommonWord(words, k))) continue;
        let b = k;
        while (a < b && !(doc.flags[a] & F_CAP)) a++;
        while (b > a && !(doc.flags[b - 1] & F_CAP)) b--;
        if (a < b) {
          if (a === sp.start && b === sp.end) res.push(sp);
          else res.push({ start: a, end: b, type: typeFromMask(this.maskOf(words, a, b)) ?? sp.type, confidence: sp.confidence });
        }
        a = k + 1;
      }
    }
    out.length = 0;
    out.push(...res);
  }

  /**
   * Is the span the tail of a longer title whose head the tagger left out ("Committee for
   * [Development Planning]", "Programme against [Money Laundering]", "Declaration on Apartheid and
   * its [Destructive Consequences]")? Capitalised common words only, right after a connector that
   * follows a capitalised word: what it names is the whole title, and the tail alone is no name.
   */
  isTitleTail(words: readonly string[], doc: NerDoc, sp: NerSpan): boolean {
    for (let k = sp.start; k < sp.end; k++) {
      if (TITLE_CONNECTORS.has(words[k]) && k > sp.start) continue;
      if (!(doc.flags[k] & F_CAP) || !this.isCommonWord(words, k)) return false;
    }
    // "of the" before a full name is the usual way to cite one ("Rome Statute of the International
    // Criminal Court", "Central Committee of the Communist Party"): only a bare connector cuts a title.
    let k = sp.start - 1;
    if (!TAIL_CONNECTORS.has(words[k])) return false;
    if (TAIL_CONNECTORS.has(words[k - 1])) k--; // "Apartheid and its [Destructive Consequences]"
    k--;
    return k >= doc.sentStart[sp.start] && !!(doc.flags[k] & F_CAP) && !TITLE_CONNECTORS.has(words[k]);
  }

  /** Gazetteer mask of words[a..b). */
  maskOf(words: readonly string[], a: number, b: number): number {
    let h = lowerHash(words[a]);
    for (let k = a + 1; k < b; k++) h = extendKey(h, words[k]);
    return this.lexicon.gaz.get(h) ?? 0;
  }

  /**
   * Corrections from the modern-news lexicon that the 1996 training data cannot teach: curated
   * public figures are people, demonyms / party followers ("Crimean Tatars", "Blairites") are
   * groups, events ("WWI") are not entities of our types, "X Peninsula" / "X Sea" are places, and a
   * capitalised word at the start of a sentence or headline that is usually lower-case ("Defend")
   * is not a name on its own. Returns the spans that were fixed (kept by harmonisation).
   */
  lexiconRules(words: readonly string[], doc: NerDoc, out: NerSpan[]): Set<NerSpan> {
    const fixed = new Set<NerSpan>();
    const n = words.length;
    for (let s = 0; s < out.length; s++) {
      const sp = out[s];
      // Extend over a following geographic head word: "Crimean" + "Peninsula".
      while (sp.end < n && GEO_HEADS.has(words[sp.end]) && (s + 1 >= out.length || out[s + 1].start > sp.end) && sp.end < doc.sentEnd[sp.start]) {
        sp.end++;
        sp.type = 'LOC';
        fixed.add(sp);
      }
      const m = this.maskOf(words, sp.start, sp.end);
      const single = sp.end - sp.start === 1;
      const w = words[sp.end - 1];
      if (m & GAZ_NEWSMISC) { sp.type = 'MISC'; fixed.add(sp); continue; }
      if (sp.end - sp.start >= 2 && GEO_HEADS.has(w)) { sp.type = 'LOC'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSGRP || allGroupWords(this.lexicon, words, sp) || (single && GROUP_SUFFIX.test(w) && !(m & NAME_MASK))) {
        if (sp.type !== 'MISC' || single) sp.type = 'GRP';
        fixed.add(sp);
        continue;
      }
      if (m & GAZ_NEWSPER && !(m & PLACE_ORG_LEX)) { sp.type = 'PER'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSORG && !(m & GAZ_NEWSLOC)) { sp.type = 'ORG'; fixed.add(sp); continue; }
      if (m & GAZ_NEWSLOC && !(m & GAZ_NEWSORG)) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A country name with a weakly predicted organisation type is the country ("US and IMF paymasters").
      if (sp.type === 'ORG' && m & GAZ_COUNTRY && !(m & (GAZ_ORGLEX | GAZ_ORG)) && sp.confidence < HARMONIZE_BELOW) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A GeoNames city that is no known person name is not a person ("Mariupol", "Sevastopol").
      if (sp.type === 'PER' && m & GAZ_GEOCITY && !(m & PERSON_MASK) && sp.confidence < GEO_RETYPE_BELOW) { sp.type = 'LOC'; fixed.add(sp); continue; }
      // A single word that is usually lower-case and in no gazetteer is not a name, wherever it stands:
      // sentence-initial ("Defend"), or capitalised by official style ("the great Powers", the
      // "Development" left of "Conference on Environment and Development").
      if (single && !(m & NAME_MASK)) {
        const lc = this.lexicon.lc.get(lowerHash(w));
        if (lc === LC_ALWAYS_LOWER || lc === LC_MOSTLY_LOWER) { sp.type = 'O'; fixed.add(sp); }
      }
      if (!single && !(m & NAME_MASK) && this.isTitleTail(words, doc, sp)) { sp.type = 'O'; fixed.add(sp); }
    }
    for (let s = out.length - 1; s >= 0; s--) if (out[s].type === 'O') out.splice(s, 1);
    return fixed;
  }


  /** The type the lexicon gives a single capitalised word, from name lists only (not first names or surnames alone). */
  nameTypeOf(word: string): string | undefined {
    const m = this.lexicon.gaz.get(lowerHash(word)) ?? 0;
    const type = typeFromMask(m & ~(GAZ_FIRST | GAZ_LAST | GAZ_CTXPER | GAZ_NEWSMISC));
    return type;
  }
}

/** Lower-case words that join the parts of a title ("Committee for ...", "Declaration on ... and its ..."). */
const TITLE_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'the', 'its', 'and', 'in', 'to']);
/** Those of them that leave the words after them a fragment when a capitalised word precedes them. */
const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'its', 'and']);

/** Head words that make a capitalised phrase a place ("Crimean Peninsula", "Black Sea"). */
const GEO_HEADS = new Set(['Peninsula', 'Sea', 'Ocean', 'River', 'Mountains', 'Islands', 'Gulf', 'Strait', 'Straits', 'Valley', 'Desert', 'Oblast', 'Canal', 'Steppe']);
/** Followers of a named person or movement: "Blairites", "Trotskyites". */
const GROUP_SUFFIX = /^[A-Z][a-z]{2,}ites$/;
const NAME_MASK = GAZ_PER | GAZ_LOC | GAZ_ORG | GAZ_FIRST | GAZ_LAST | GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_ORGLEX | GAZ_PERSON | GAZ_GEOCITY | GAZ_NEWSPER | GAZ_NEWSORG | GAZ_NEWSLOC;
/** A person span that is a GeoNames city is retyped a place below this confidence. */
const GEO_RETYPE_BELOW = HARMONIZE_BELOW;
const PERSON_MASK = GAZ_PER | GAZ_FIRST | GAZ_LAST | GAZ_PERSON | GAZ_NEWSPER | GAZ_CTXPER;
const PLACE_ORG_LEX = GAZ_CITY | GAZ_COUNTRY | GAZ_REGION | GAZ_ORGLEX | GAZ_GEOCITY;

/** Capitalised function words and headline verbs that mark a title-case line (not a list of names). */
const TITLE_CASE_WORDS = new Set(['To', 'In', 'On', 'Over', 'Near', 'For', 'As', 'At', 'With', 'From', 'By', 'After', 'Before', 'Into',
  'Against', 'Amid', 'Is', 'Are', 'Was', 'Were', 'Will', 'Must', 'Can', 'Could', 'Should', 'Would', 'Not', 'Be', 'Has', 'Have', 'Says',
  'Said', 'Warns', 'Calls', 'Out', 'Up', 'Down', 'Now', 'Why', 'How', 'What', 'Who', 'Its', 'Their', 'His', 'Her', 'Our', 'About', 'Than']);

/** Short words that title case leaves lower-case ("… Raises Rates as Sunak Meets Macron in Paris"). */
const TITLE_CASE_LOWER = new Set(['as', 'in', 'at', 'to', 'for', 'by', 'with', 'over', 'from', 'is', 'vs', 'amid']);

/** The type a gazetteer mask points to, if it points to one. */
function typeFromMask(m: number): string | undefined {
  if (m & GAZ_NEWSORG) return 'ORG';
  if (m & GAZ_NEWSLOC) return 'LOC';
  if (m & (GAZ_NEWSPER | GAZ_PERSON | GAZ_PER)) return 'PER';
  if (m & (GAZ_COUNTRY | GAZ_CITY | GAZ_GEOCITY | GAZ_REGION | GAZ_LOC)) return 'LOC';
  if (m & (GAZ_NEWSGRP | GAZ_DEMONYM | GAZ_GRP)) return 'GRP';
  if (m & (GAZ_ORGLEX | GAZ_ORG)) return 'ORG';
  if (m & (GAZ_FIRST | GAZ_LAST | GAZ_CTXPER)) return 'PER';
  return undefined;
}

function allGroupWords(lexicon: NerLexicon, words: readonly string[], sp: NerSpan): boolean {
  if (sp.end - sp.start < 2) return false;
  for (let k = sp.start; k < sp.end; k++) {
    const m = lexicon.gaz.get(lowerHash(words[k])) ?? 0;
    if (!(m & (GAZ_NEWSGRP | GAZ_DEMONYM))) return false;
  }
  return true;
}

/**
 * One type per name within a document: a name's mentions take the type with the most total
 * confidence when it has at least two thirds of it (or the mention is below HARMONIZE_BELOW and
 * the type has more); a single word that ends a multi-word person name elsewhere in the document
 * ("Vladimir Putin" … "Putin") is a person. Spans fixed by the lexicon rules are kept.
 */
export function harmonizeTypes(words: readonly string[], out: NerSpan[], fixed: Set<NerSpan>): void {
  const byName = new Map<string, NerSpan[]>();
  const surnames = new Set<string>();
  for (const sp of out) {
    const key = words.slice(sp.start, sp.end).join(' ').toLowerCase();
    let list = byName.get(key);
    if (!list) byName.set(key, (list = []));
    list.push(sp);
    if (sp.type === 'PER' && sp.end - sp.start >= 2) surnames.add(words[sp.end - 1].toLowerCase());
  }
  for (const [key, list] of byName) {
    const weight = new Map<string, number>();
    for (const sp of list) weight.set(sp.type, (weight.get(sp.type) ?? 0) + (fixed.has(sp) ? 10 : sp.confidence));
    if (surnames.has(key)) weight.set('PER', (weight.get('PER') ?? 0) + 1);
    if (weight.size < 2) continue;
    let best = '';
    let bw = -1;
    let total = 0;
    for (const [t, w] of weight) {
      total += w;
      if (w > bw) { best = t; bw = w; }
    }
    for (const sp of list) {
      if (sp.type === best || fixed.has(sp)) continue;
      if (bw >= (2 / 3) * total || (sp.confidence < HARMONIZE_BELOW && bw > (weight.get(sp.type) ?? 0))) sp.type = best;
    }
  }
}
