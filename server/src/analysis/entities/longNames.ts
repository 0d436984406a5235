/**
 * Long names the tagger cut, joined back from the text's own words. The tagger decides word by word and often ends a long
 * official name at a connector: "Bosnia" | and | "Herzegovina", "Lao People" | 's | "Democratic Republic", "Third United
 * Nations Conference" | on the Law of the Sea. Three kinds of evidence join the parts:
 * - the whole is a known name of the gazetteer ("Bosnia and Herzegovina", "United States of America", "Democratic Republic
 *   of the Congo");
 * - a name ending in the head noun of a body or an instrument ("Conference", "Committee", "Convention", "Fund") goes on
 *   with on/of/for/against/to and a title-case run of common words ("on the Law of the Sea", "on Trade and Development",
 *   "of Heads of State or Government"): official titles capitalise their common words, and such a run names nothing of its
 *   own (a run holding a name of its own, "of the United Nations", is another entity and stays apart);
 * - a plural of persons and "'s" go on with a title-case run holding such a head ("People's Democratic Republic",
 *   "Children's Fund", "People's Organization").
 */
import { firstAbove, lowerBound } from '../common/binarySearch';
import type { SegmentedText, Sentence } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { mention, mentionTokens } from './mention';
import { lastWord, spaced } from './nameText';
import { typeFromShape } from './nameHeads';
import { demonymStart } from './demonyms';
import { DETERMINER_WORDS, EVENT_HEADS, headOf, INSTRUMENT_HEADS, isBodyHead, isCommonNoun, isTitleWords, POLITY_HEADS } from './nameHeadWords';
import {
  ADJECTIVE_ENDING, HAS_TITLE, HEAD_REACH, INNER, KNOWN_REACH, NAME_OPENERS, NAME_PLURALS, ON_PLACE_HEADS, OPEN_CONNECTORS, POSSESSIVE_HEADS, TITLE_CONNECTORS_AFTER, TITLE_REGION_WORDS, isCapitalised,
  W_BODY_HEAD, W_CAPITALISED, W_DETERMINER, W_INSTRUMENT_HEAD, W_IN_PLACE_HEAD, W_NAME_CONNECTOR, W_OF_PLACE_HEAD, W_OPENER, W_PERSON_PLURAL, W_POLITY_ADJECTIVE, W_POLITY_HEAD, W_POSSESSIVE_HEAD, W_PROGRAMME_HEAD, W_TITLE_HEAD, wordFacts,
} from './longNameWords';
import type { NameLexicon } from './nameLexicon';

export type { NameLexicon } from './nameLexicon';

/** The document's mentions with cut long names joined (sorted by start). */
export function joinLongNames(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const { text, tokens } = seg;
  if (mentions.length === 0) return [];
  const words = (i: number): string => tokens.text(i);
  const facts = wordFacts(tokens); // the word sets of longNameWords.ts a token is in (W_* bits); isWord: its kind is 'word'
  const isWord = (i: number): boolean => tokens.kinds[i] === 0;
  const tokenAt = (offset: number): number => firstAbove(tokens.ends, tokens.length, offset);
  let sentence: Sentence | undefined; // the last found, tried first: the next mention is most often in it (sentences cover the tokens in order)
  const sentenceEnd = (i: number): number => {
    if (sentence && sentence.firstToken <= i && i < sentence.endToken) return sentence.endToken;
    sentence = seg.sentences[lowerBound(seg.sentences.length, (k) => seg.sentences[k].endToken <= i)];
    return sentence?.endToken ?? tokens.length;
  };
  const nameOf = (a: number, b: number): string => spaced(text.slice(tokens.starts[a], tokens.ends[b - 1]));
  /** The number of words of the title's region ("Europe", "the Middle East") that opens at token `k`; 0 when none does. */
  const regionAt = (k: number, limit: number): number => {
    for (const [name, n] of TITLE_REGION_WORDS) if (nameOf(k, Math.min(limit, k + n)) === name) return n;
    return 0;
  };
  /** Mentions by first token, to check what a run covers; each mention's first token and the token after its last, found once. */
  const byToken = new Map<number, EntityMention>();
  const { first: firstTokens, end: endTokens } = mentionTokens(tokens, mentions);
  for (let i = 0; i < mentions.length; i++) byToken.set(firstTokens[i], mentions[i]);
  /** A mention ending in a common word that is neither a known name nor headed by a body's noun: a part of a title ("Law of the Sea", "Human Environment"), not "International Criminal Court". */
  const isFragment = (m: EntityMention): boolean => isTitleWords(spaced(m.text), lex);
  /** Is token `k` after "of" or "of the"? */
  const ofBefore = (k: number): boolean => (k > 0 && words(k - 1) === 'of') || (k > 1 && words(k - 1) === 'the' && words(k - 2) === 'of');

  /** The end token of the longest known name that starts at `a` and runs past `b` over connectors and capitalised words. */
  const knownEnd = (a: number, b: number, limit: number): number => {
    if (b >= limit || !(facts(b) & W_NAME_CONNECTOR)) return b;
    return Math.max(b, longestKnown(a, b, b + 1, Math.min(limit, b + KNOWN_REACH)));
  };

  /**
   * The end token of the longest known name that opens at `a`, ends at `minEnd` or later (by
   * `maxEnd`) and runs from `from` on over capitalised words and connectors; -1 when there is none.
   * The words before `from` are taken as they are (a mention's own); the search stops as soon as
   * the words are no known name's opening, so most mentions cost one lookup.
   */
  const longestKnown = (a: number, from: number, minEnd: number, maxEnd: number): number => {
    if (lex.isKnownPrefix && from > a && !lex.isKnownPrefix(nameOf(a, from))) return -1;
    let best = -1;
    for (let e = from + 1; e <= maxEnd; e++) {
      const f = facts(e - 1);
      const capitalised = (f & W_CAPITALISED) !== 0;
      if (!capitalised && !(f & W_NAME_CONNECTOR)) break;
      if (e < minEnd || !capitalised) continue;
      const name = nameOf(a, e);
      if (lex.isKnownName(name)) best = e;
      if (lex.isKnownPrefix && !lex.isKnownPrefix(name)) break;
    }
    return best;
  };

  /**
   * A known name the tagger split into mentions or that runs on from inside one, when it does not
   * open at the mention's first word and go on over a connector (`knownStart`, `knownEnd`): the
   * word before ("Saint" [Vincent] and the Grenadines, "St." [Kitts] and Nevis), the next
   * capitalised word ([Sao] [Tome] and Principe), or the place after "of" inside a body's or a
   * country's name ([Government of Trinidad] and Tobago, [Republic of Trinidad] and Tobago).
   */
  const knownAround = (a: number, b: number, limit: number, free: (k: number) => boolean): { start: number; end: number; inner: boolean } | undefined => {
    const reach = Math.min(limit, b + KNOWN_REACH);
    /** Does the name [.., end) hold every mention it starts ("Hong" [Kong Ministerial Conference] is no "Hong Kong")? */
    const wholeMentions = (end: number): boolean => {
      for (let k = b; k < end; k++) if ((byToken.get(k)?.end ?? 0) > tokens.ends[end - 1]) return false;
      return true;
    };
    if (b < limit && isWord(b) && facts(b) & W_CAPITALISED) {
      const end = longestKnown(a, b, b + 1, reach);
      if (end > b && wholeMentions(end)) return { start: a, end, inner: false };
    }
    const k = a - 1;
    if (k >= 0 && isWord(k) && (facts(k) & (W_CAPITALISED | W_DETERMINER)) === W_CAPITALISED && free(k)) {
      const end = longestKnown(k, k + 1, b, reach);
      if (end >= b && wholeMentions(end)) return { start: k, end, inner: false };
    }
    for (let k2 = a + 1; k2 + 1 < b; k2++) {
      // A body's or a country's name, not a portfolio ("Minister for Foreign Affairs of" [El Salvador]).
      if (words(k2) !== 'of' || !(facts(k2 - 1) & (W_BODY_HEAD | W_POLITY_HEAD) || words(k2 - 1) === 'State')) continue;
      const r = words(k2 + 1) === 'the' ? k2 + 2 : k2 + 1;
      const end = r < b ? longestKnown(r, b, b + 1, reach) : -1;
      if (end > b && wholeMentions(end)) return { start: a, end, inner: true };
    }
    return undefined;
  };

  /** The first token of the longest known name ending at `b` that opens up to three words before `a` (capitalised words and connectors). */
  const knownStart = (a: number, b: number): number => {
    let best = a;
    for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
      const f = facts(k);
      if (!isWord(k) || !(f & (W_CAPITALISED | W_NAME_CONNECTOR))) break;
      // Not the article opening a sentence ("The Netherlands" is "Netherlands" as the tagger has it).
      if (f & W_CAPITALISED && words(k) !== 'The' && lex.isKnownName(nameOf(k, b))) best = k;
    }
    return best;
  };

  /** The end token of a title-case run opening at `r` (after its connector), or `r` when there is none worth joining (`ofPlace`: see `namesNothing`). */
  const titleRunEnd = (r: number, limit: number, ofPlace = false): number => {
    let e = r;
    let k = r;
    /** Ends before each "and" or "or": the longest run that names nothing of its own wins. */
    const cuts: number[] = [];
    while (k < limit) {
      const w = words(k);
      if (isCapitalised(w) && tokens.kind(k) === 'word') {
        k++;
        e = k;
        continue;
      }
      // A hyphenated word of the title ("Co-operation").
      if (w === '-' && e === k && k + 1 < limit && tokens.kind(k + 1) === 'word' && tokens.starts[k] === tokens.ends[k - 1] && tokens.starts[k + 1] === tokens.ends[k]) {
        k += 2;
        e = k;
        continue;
      }
      const next = k + 1 < limit && words(k + 1) === 'the' ? k + 2 : k + 1;
      // "Trade and Development", "and the Treatment of Offenders", not "Women and the Copenhagen World Summit" (two names).
      const joins = (w === 'and' || w === 'or') ? (next === k + 1 || lex.isOrdinaryWord(words(next))) && !opensName(next, limit) : true;
      if (INNER.has(w) && joins && next < limit && isCapitalised(words(next)) && e > r) {
        if (w === 'and' || w === 'or') cuts.push(e);
        k = next;
        continue;
      }
      if (w === 'in' && e > r) {
        const region = regionAt(k + 1, limit);
        if (region) { e = k + 1 + region; break; }
        // The title's subject goes on "in" its own title-case words ("Illicit Trade in Small Arms and Light Weapons in All Its Aspects").
        if (titleWordsAt(k + 1, limit)) { k++; continue; }
      }
      break;
    }
    for (const end of [e, ...cuts.reverse()]) if (end > r && namesNothing(r, end, ofPlace)) return end;
    return r;
  };

  /** Does a title go on "in" before `k` with its own words: a capitalised common word opening no name but a fragment ("in Small Arms"; not "in New York")? */
  const titleWordsAt = (k: number, limit: number): boolean =>
    k < limit && tokens.kind(k) === 'word' && isCapitalised(words(k)) && lex.isOrdinaryWord(words(k)) && (!byToken.has(k) || isFragment(byToken.get(k)!));

  /**
   * Does the capitalised run at `k` (after "and" or "or") open a name of its own: a head noun of a
   * body or an instrument ("and the Food and Agriculture Organization", "and the Common Arab Defence
   * Pact"), or a word that opens such names ("International", "World")? "Government" of "Heads of
   * State or Government" is the common phrase's.
   */
  const opensName = (k: number, limit: number): boolean => {
    for (let j = k; j < limit; j++) {
      const w = words(j);
      if (!isCapitalised(w)) {
        if (INNER.has(w) && (w !== 'and' || (j + 1 < limit && isCapitalised(words(j + 1))))) continue;
        break;
      }
      if ((j === k && NAME_OPENERS.has(w)) || ((isBodyHead(w) || INSTRUMENT_HEADS.has(w)) && w !== 'Government')) return true;
    }
    return false;
  };

  /** Does the run [r, e) name no entity of its own (every mention it covers a fragment, a region it ends with, a piece of a hyphenated word, or with `ofPlace` the place its common words are "of" that ends it: "for the Liberation of Palestine") and hold a common word? */
  const namesNothing = (r: number, e: number, ofPlace: boolean): boolean => {
    let ordinary = false;
    for (let k2 = r; k2 < e; k2++) {
      const w = words(k2);
      if (isCapitalised(w) && isCommonNoun(w, lex)) ordinary = true;
      const m = byToken.get(k2);
      if (!m) continue;
      const mEnd = tokenAt(m.end - 1) + 1;
      if (mEnd > e) return false;
      // A piece of a hyphenated word ("Co" of "Co-operation", a name inside a compound).
      if (m.start !== tokens.starts[k2] || m.end !== tokens.ends[mEnd - 1] || (words(mEnd) === '-' && mEnd < e)) continue;
      // An adjective inside the run names nothing of its own either ("on African Development", "of Western European and Other States").
      if (m.type === 'group' && mEnd < e && (isCapitalised(words(mEnd)) || ((words(mEnd) === 'and' || words(mEnd) === 'or') && isCapitalised(words(mEnd + 1))))) continue;
      if (!isFragment(m) && !(k2 > r && words(k2 - 1) === 'in') && !(k2 > r + 1 && words(k2 - 2) === 'in') && !(ofPlace && ordinary && m.type === 'place' && mEnd === e && ofBefore(k2))) return false;
    }
    return ordinary;
  };

  /**
   * The end token of a name's head that follows it directly ("Heavily Indebted Poor Countries"
   * Initiative, "Inter-Parliamentary" Union, "Association of Caribbean" States), or of a known name
   * its last word begins ("State of Saint" Lucia); `b` when there is none.
   */
  let knownTail: string | undefined;
  const headRunEnd = (m: EntityMention, b: number, limit: number): number => {
    let best = b;
    const last = lastWord(m.text);
    for (let k = b; k < Math.min(limit, b + HEAD_REACH); k++) {
      if ((facts(k) & (W_CAPITALISED | W_DETERMINER)) !== W_CAPITALISED || !isWord(k) || /\n\s*\n/.test(text.slice(tokens.ends[k - 1], tokens.starts[k]))) break;
      const w = words(k);
      const other = byToken.get(k);
      if (other && lex.isKnownName(other.text)) break;
      if (facts(k) & (W_BODY_HEAD | W_INSTRUMENT_HEAD) || EVENT_HEADS.has(w)) best = k + 1;
      else if (k === b && NAME_PLURALS.has(w) && / of /.test(m.text)) best = k + 1;
      else if (lex.isKnownName(`${last} ${nameOf(b, k + 1)}`)) {
        best = k + 1;
        knownTail = `${last} ${nameOf(b, k + 1)}`;
      }
    }
    return best;
  };

  /**
   * The end token of the words a name left open goes on with; `b` when it is not left open. A
   * title-case connector goes on with the next word, whatever its case ("Special Committee Against"
   * apartheid), and the capitalised words after it; an adjective ending a name of several words
   * of the shape "X of ..." goes on with the capitalised words after it ("Union of Soviet
   * Socialist" Republics, "Group of High-Level Intergovernmental" Experts); without "of" the words
   * after an adjective are as often a phrase ("Central American" Presidents, "Deputy Executive"
   * Director). Another mention, a determiner, "I" or a paragraph break stops the run.
   */
  const openTailEnd = (m: EntityMention, b: number, limit: number): number => {
    const last = lastWord(m.text);
    const opensRun = (k: number): boolean =>
      k < limit && isWord(k) && !byToken.has(k) && !(facts(k) & W_DETERMINER) && words(k) !== 'I' && !/\n\s*\n/.test(text.slice(tokens.ends[k - 1], tokens.starts[k]));
    let e = b;
    if (OPEN_CONNECTORS.has(last)) {
      if (!opensRun(e)) return b;
      if (words(e) === 'the' && opensRun(e + 1)) e++;
      e++;
    } else if (m.type !== 'person' && m.type !== 'group' && / of /.test(spaced(m.text)) && ADJECTIVE_ENDING.test(last) && !isBodyHead(last) && !POLITY_HEADS.has(last)) {
      if (!opensRun(e) || !isCapitalised(words(e))) return b;
    } else return b;
    while (e < Math.min(limit, b + HEAD_REACH) && opensRun(e) && isCapitalised(words(e))) e++;
    return e;
  };

  /** Do tokens [a, b) hold a title's head and its connector ("Congress on", "Organization for")? */
  const hasTitle = (a: number, b: number): boolean => {
    for (let k = a; k + 1 < b; k++) if (facts(k) & W_TITLE_HEAD && facts(k + 1) & W_OPENER) return true;
    return false;
  };
  const out: EntityMention[] = [];
  /**
   * The first token of the capitalised words right before a body's name at `a` that open it: words
   * of no other mention (but an adjective's, "Latin American"), "X and" with X a common word
   * ("Food and"); not the determiner or the common word opening a sentence.
   */
  const bodyOpening = (a: number): number => {
    const first = seg.sentences[lowerBound(seg.sentences.length, (s) => seg.sentences[s].endToken <= a)]?.firstToken ?? 0;
    const prev = out[out.length - 1];
    const taken = (k: number): boolean => !!prev && prev.end > tokens.starts[k] && prev.type !== 'group';
    let k = a;
    while (k > first) {
      const w = words(k - 1);
      if (tokens.kind(k - 1) !== 'word' || taken(k - 1)) break;
      if (w === 'and' && k - 2 >= first && isCapitalised(words(k - 2)) && lex.isOrdinaryWord(words(k - 2)) && !taken(k - 2)) { k -= 2; continue; }
      if (!isCapitalised(w) || DETERMINER_WORDS.has(w) || (k - 1 === first && lex.isOrdinaryWord(w))) break;
      k--;
    }
    return k;
  };
  /** Does a title go on at token `k`: a capitalised word, or a connector before one or "the" (but "in" a place or a region)? */
  const titleGoesOn = (k: number): boolean => {
    if (k >= tokens.length) return false;
    const w = words(k);
    if (tokens.kind(k) === 'word' && isCapitalised(w)) return true;
    if (!TITLE_CONNECTORS_AFTER.has(w) || k + 1 >= tokens.length) return false;
    const next = words(k + 1);
    // A meeting "in" the place it met in ends there ("World Summit on Sustainable Development in Johannesburg", "... in Europe").
    if (w === 'in' && (byToken.get(k + 1)?.type === 'place' || regionAt(k + 1, tokens.length) > 0)) return false;
    return next === 'the' || isCapitalised(next);
  };
  /** Does token `k` start after the last mention kept? */
  const free = (k: number): boolean => out.length === 0 || out[out.length - 1].end <= tokens.starts[k];
  // The tagger may have taken the country's first word for a name of its own ([Costa] [Ricans]).
  const alone = (k: number): boolean => free(k) || (out[out.length - 1].start === tokens.starts[k] && out[out.length - 1].end === tokens.ends[k]);
  // The span being joined (first token, offset) and what the rules found; the two steps below are
  // functions of their own so that each is compiled, and recompiled after a deoptimisation, alone.
  let a = 0;
  let start = 0;
  let pluralOpening = false;
  let possessiveHead: string | undefined;
  let ofPlaceHead: string | undefined;
  let bodyJoined = false;
  let skipUntil = -1;
  /** Moves the span's start over opening words the tagger left out; true when a people's name took the mention. */
  const openSpan = (m: EntityMention, first: number, end: number): boolean => {
    a = first;
    start = m.start;
    pluralOpening = false;
    // A known name whose opening words the tagger left out: "Union of" [Soviet Socialist Republics].
    const opening = knownStart(a, end);
    if (opening < a && free(opening)) {
      a = opening;
      start = tokens.starts[opening];
      knownTail = nameOf(opening, end);
    }
    // A people's name the tagger cut after the first word of its country's name: "Costa" [Ricans], "Sri" [Lankans].
    const demonym = start === m.start ? demonymStart(seg, a, end, lex) : a;
    if (demonym < a && alone(demonym)) {
      if (!free(demonym)) out.pop();
      out.push(mention(tokens.starts[demonym], m.end, text.slice(tokens.starts[demonym], m.end), 'group', m.confidence));
      skipUntil = m.end;
      return true;
    }
    // "Democratic People's" left of "Republic of Korea"; the plural itself may open the name ("the People's [Republic of Albania]").
    if (a >= 2 && facts(a) & W_POSSESSIVE_HEAD && (words(a - 1) === "'s" || words(a - 1) === '’s') && facts(a - 2) & W_PERSON_PLURAL) {
      let k = a - 2;
      while (k > 0 && isCapitalised(words(k - 1)) && words(k - 1) !== 'The' && tokens.kind(k - 1) === 'word' && free(k - 1)) k--;
      if (free(k)) {
        a = k;
        start = tokens.starts[k];
        pluralOpening = true;
      }
    }
    // A title's tail whose head the tagger left out: "Conference on" [Security and Co-operation] in
    // Europe, "Presidential Council on" [Poverty Alleviation]; the tail alone names nothing.
    // Only where the tail ends the title: not before more of it ("Committee on the Peaceful Uses" of
    // the Sea-Bed, "Panel on United Nations System-wide" Coherence), and not a programme's.
    if (start === m.start && m.type !== 'person') {
      let k = a - 1;
      if (k > 0 && words(k) === 'the') k--;
      // The words before first, then the name's own (a memo's lookup): most mentions follow no title's head.
      if (k > 0 && facts(k) & W_OPENER && (facts(k - 1) & (W_TITLE_HEAD | W_PROGRAMME_HEAD)) === W_TITLE_HEAD && isWord(k - 1) && free(k - 1) && isTitleWords(spaced(m.text), lex) && !titleGoesOn(end)) {
        a = bodyOpening(k - 1);
        start = tokens.starts[a];
      }
    }
    // A country's long form whose adjectives the tagger left out or typed apart: "Socialist Federal" [Republic of Yugoslavia].
    if (start === m.start && facts(a) & W_POLITY_HEAD) {
      let k = a;
      while (k > 0 && facts(k - 1) & W_POLITY_ADJECTIVE && isWord(k - 1)) k--;
      if (k < a) {
        while (out.length && out[out.length - 1].end > tokens.starts[k]) out.pop();
        a = k;
        start = tokens.starts[k];
      }
    }
    return false;
  };
  /** The end token of the words a mention that is no known name runs on with (heads, titles, places), from `b0`. */
  const tailEnd = (m: EntityMention, b0: number, limit: number): number => {
    let b = headRunEnd(m, b0, limit);
    if (b === b0) b = openTailEnd(m, b, limit);
    // A body's noun joined after the span says what the whole is ("Australian" Government, "Kenya" Government).
    if (b > b0 && !knownTail && facts(b - 1) & W_BODY_HEAD) bodyJoined = true;
    const head = words(b - 1);
    // A person plural with "'s" and a run holding a head: "Lao People" 's "Democratic Republic",
    // then only "of" and a name ("Democratic People's Republic of Korea"). The part before "'s"
    // is a name's opening words, not a title of its own ("United Nations of the People").
    const isPossessive = (k: number): boolean => k < limit && (words(k) === "'s" || words(k) === '’s');
    // The plural may be the mention's last word ("Lao People") or the word after it ("Democratic" People's).
    const p = facts(b - 1) & W_PERSON_PLURAL && isPossessive(b) ? b : b + 1 < limit && facts(b) & W_PERSON_PLURAL && isPossessive(b + 1) ? b + 1 : -1;
    if (p >= 0 && !/\s\p{Ll}/u.test(m.text)) {
      let k = p + 1;
      while (k < limit && isCapitalised(words(k)) && tokens.kind(k) === 'word' && !POSSESSIVE_HEADS.has(words(k))) k++;
      if (k < limit && POSSESSIVE_HEADS.has(words(k))) {
        possessiveHead = words(k);
        let e = k + 1;
        if (e < limit && words(e) === 'of') {
          let f = e + 1 < limit && words(e + 1) === 'the' ? e + 2 : e + 1;
          const nameStart = f;
          while (f < limit && isCapitalised(words(f)) && tokens.kind(f) === 'word') f++;
          if (f > nameStart) e = f;
        }
        b = e;
      }
    } else {
      if (facts(b - 1) & W_TITLE_HEAD && b < limit && facts(b) & W_OPENER) {
        const r = b + 1 < limit && words(b + 1) === 'the' ? b + 2 : b + 1;
        // "adopted by the General Assembly of the Declaration on ...": a body of an instrument is two names.
        const e = words(b) === 'of' && r < limit && INSTRUMENT_HEADS.has(words(r)) ? r : titleRunEnd(r, limit, true);
        if (e > r) b = e;
        // A body "for" a place ("United Nations Fund for Namibia"); a meeting or a committee "on" one, no known body
        // ("Ad Hoc Advisory Group on Haiti"; not the "Human Rights Council on Burma" nor "on Africa's debt").
        else if ((words(b) === 'for' || (words(b) === 'on' && ON_PLACE_HEADS.has(head) && !lex.isKnownName(nameOf(a, b)))) && byToken.get(r)?.type === 'place') {
          const placeEnd = knownEnd(r, tokenAt(byToken.get(r)!.end - 1) + 1, limit);
          const possessive = words(b) === 'on' && (words(placeEnd) === "'s" || words(placeEnd) === '’s');
          if (placeEnd >= limit || !(isCapitalised(words(placeEnd)) || possessive)) b = placeEnd;
        }
      }
      // A mission or force "in" a place: "United Nations Mission in Liberia", "Interim Force in Lebanon".
      if (words(b - 1) === head && facts(b - 1) & W_IN_PLACE_HEAD && b + 1 < limit && words(b) === 'in') {
        const r = words(b + 1) === 'the' ? b + 2 : b + 1;
        const place = byToken.get(r);
        if (place?.type === 'place') {
          let placeEnd = knownEnd(r, tokenAt(place.end - 1) + 1, limit);
          // Two places it serves: "United Nations Mission in Ethiopia and Eritrea".
          const second = placeEnd + 1 < limit && words(placeEnd) === 'and' ? byToken.get(placeEnd + 1) : undefined;
          if (second?.type === 'place' && second.start === tokens.starts[placeEnd + 1]) placeEnd = knownEnd(placeEnd + 1, tokenAt(second.end - 1) + 1, limit);
          if (placeEnd >= limit || !isCapitalised(words(placeEnd))) b = placeEnd;
        }
      }
      // A title the tagger ended before its last part: "... on the Prevention of Crime" and the
      // Treatment of Offenders, "Conference of Heads of State" or Government.
      if (b < limit && (words(b) === 'and' || words(b) === 'or') && hasTitle(a, b)) {
        const r = b + 1 < limit && words(b + 1) === 'the' ? b + 2 : b + 1;
        if (r < limit && isCapitalised(words(r)) && (r === b + 1 || lex.isOrdinaryWord(words(r))) && !opensName(r, limit)) {
          const e = titleRunEnd(r, limit);
          if (e > r) b = e;
        }
      }
      if (words(b - 1) === head && facts(b - 1) & W_OF_PLACE_HEAD && b + 1 < limit && words(b) === 'of') {
        // "Communist Party" of the "Soviet Union", "Democratic Republic" of "Sao Tome and Principe".
        const r = words(b + 1) === 'the' ? b + 2 : b + 1;
        const place = byToken.get(r);
        if (place && place.type === 'place') {
          b = knownEnd(tokenAt(place.start), tokenAt(place.end - 1) + 1, limit);
          ofPlaceHead = head;
        }
      } else if (b < limit && words(b) === 'in' && HAS_TITLE.test(nameOf(a, b))) {
        const region = regionAt(b + 1, limit);
        if (region) b = b + 1 + region;
        // "... Conference on the Illicit Trade" in Small Arms and Light Weapons in All Its Aspects: the whole title or none of its tail.
        else if (titleWordsAt(b + 1, limit)) {
          const e = titleRunEnd(b + 1, limit);
          if (e > b + 1) b = e;
        }
      }
    }
    return b;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < skipUntil) continue;
    knownTail = undefined;
    if (openSpan(m, firstTokens[i], endTokens[i])) continue;
    const b0 = endTokens[i];
    const limit = sentenceEnd(a);
    let b = b0;
    possessiveHead = undefined;
    ofPlaceHead = undefined;
    bodyJoined = false;
    // A known name running on: "Bosnia" and "Herzegovina", "United States" of "America".
    b = knownEnd(a, b, limit);
    let known = b > b0;
    /** The known name runs on from inside the mention, whose own head says what the whole is ("Government of Trinidad and Tobago"). */
    let knownInside = false;
    if (!known && start === m.start) {
      const around = knownAround(a, b, limit, free);
      if (around) {
        a = around.start;
        start = tokens.starts[a];
        b = around.end;
        known = true;
        knownInside = around.inner;
      }
    }
    if (!known) b = tailEnd(m, b0, limit);
    // A body's name whose opening words the tagger left out: "Food and" [Agriculture Organization],
    // "Latin American Free" [Trade Association], "International" [Telecommunication Union].
    const bodyName = !/\s\p{Ll}/u.test(m.text) && (m.type === 'organization' && facts(b0 - 1) & W_BODY_HEAD || (b > b0 && facts(b - 1) & W_BODY_HEAD && !/\s\p{Ll}/u.test(nameOf(a, b))));
    if (start === m.start && bodyName && m.type !== 'person' && !(facts(a) & W_DETERMINER)) {
      const k = bodyOpening(a);
      if (k < a) {
        if (out.length && out[out.length - 1].end > tokens.starts[k]) out.pop();
        a = k;
        start = tokens.starts[k];
      }
    }
    if (b === b0 && start === m.start) {
      out.push(m);
      continue;
    }
    if (pluralOpening) possessiveHead ??= words(firstTokens[i]);
    const end = tokens.ends[b - 1];
    const name = text.slice(start, end);
    const bare = spaced(name);
    // A body's head names an organisation whatever the tagger made of the words before "'s" ("South West Africa People" as a place).
    const polity = possessiveHead ?? ofPlaceHead;
    const tagged =
      (known && !knownInside && lex.knownType(bare)) || (knownTail && lex.knownType(knownTail)) || (polity ? (POLITY_HEADS.has(polity) ? 'place' : 'organization') : bodyJoined ? 'organization' : m.type);
    out.push(mention(start, end, name, typeFromShape(bare, tagged === 'group' ? 'organization' : tagged) ?? tagged, m.confidence));
    skipUntil = end;
  }
  return out;
}
