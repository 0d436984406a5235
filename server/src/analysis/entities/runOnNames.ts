/**
 * Two names the tagger ran into one where a scan lost the comma or the full stop between them: a
 * list of countries ("Bangladesh, Jamaica, Mexico" printed "Bangladesh Jamaica Mexico"), or a body
 * and the country that opens the next sentence ("the proper functioning of the Council. Sweden
 * regrets" printed "Council Sweden regrets"). ung20 showed 14 such names ("Bolivia Peru", "Iran
 * Iraq", "Security Council Malta", "Assembly Uruguay"), each a wrong mark of a place or a body that
 * hides the right ones. Split where the words after are a country the gazetteer knows and the words
 * before a country too, a known body ("Security Council") or a name of several words ending in a body's
 * noun ("South Pacific Forum Australia"), the whole no known name ("Papua New Guinea"); the body's lone noun ("Council", "Assembly") is no name of its own and is left out.
 * Also the United Nations run on over "of" and a place ("the admission to the United Nations of the Socialist Republic of Viet
 * Nam"), and two known bodies of several words joined by "and" ("the United Nations and Security Council reform").
 * And a place's or a people's word run into a ruler's or a head of State's title and a name ("the Ethiopian Emperor
 * Menelik II", typed a body; "Africa Emperor Menelik II", a person): the place or the people, and the person.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';
import type { NameLexicon } from './longNames';
import { hasSpace, isSpaceUnit, spaced } from './nameText';
import { isOwnedIslands } from './placeForms';
import { isBodyHead } from './nameHeadWords';
import { memoizeByStringPer } from '../common/stringMemo';

/** A body's noun that a speech uses alone for a body it named before ("the Council", "this Assembly"). */
const LONE_BODY_NOUN = /^(?:Council|Assembly|Committee|Commission|Conference|Organization)$/;

/** A title between capitalised words before it and a name after it; TITLE_WORD the quick test for the title. */
const TITLE_WORD = /\s(?:Emperor|Empress|King|Queen|Prince|Princess|Sultan|Emir|Sheikh|President)\s/;
const TITLE_INSIDE = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(?:Emperor|Empress|King|Queen|Prince|Princess|Sultan|Emir|Sheikh|President)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

/** The place or the people and the person of a name run over a title (above), or undefined. */
function titleInsideParts(m: EntityMention, lex: NameLexicon): EntityMention[] | undefined {
  const t = TITLE_INSIDE.exec(m.text);
  if (!t) return undefined;
  const head = t[1].trimEnd();
  const type = lex.isPeopleWord?.(spaced(head)) ? 'group' : lex.isPlaceName?.(spaced(head)) ? 'place' : undefined;
  if (!type) return undefined;
  return [mention(m.start, m.start + head.length, head, type, m.confidence), mention(m.end - t[2].length, m.end, t[2], 'person', m.confidence)];
}

/** The mentions with names run together split. */
export function splitRunOnNames(mentions: readonly EntityMention[], lex: NameLexicon, seg?: SegmentedText): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const parts = (TITLE_WORD.test(m.text) ? titleInsideParts(m, lex) : undefined) ?? (m.type === 'person' ? undefined : runOnParts(m, lex));
    // "the United States Virgin Islands": a country's islands named after it (placeForms.ts), no list that lost its commas.
    if (parts && !(seg && isOwnedIslands(seg.text, m.text, m.start))) out.push(...parts);
    else out.push(m);
  }
  return out;
}

/** Does a word of `s` open on an ASCII character other than a capital (a word's first character is after white space)? */
function hasAsciiWordNotCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && !isSpaceUnit(s.charCodeAt(i - 1))) continue;
    const c = s.charCodeAt(i);
    if (c < 128 && !isSpaceUnit(c) && !(c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** The words of `s` and where each starts, as `s.matchAll(/\S+/g)` finds them. */
function wordsOf(s: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (let i = 0; i < s.length; ) {
    if (isSpaceUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && !isSpaceUnit(s.charCodeAt(j))) j++;
    out.push({ text: s.slice(i, j), index: i });
    i = j;
  }
  return out;
}

/** The United Nations run on over "of" and a place: "the admission to the United Nations of the Socialist Republic of Viet Nam" (no body of it is named so). */
const UNITED_NATIONS_OF = /^United\s+Nations\s+of\s+(?:the\s+)?(?=\p{Lu})/u;
/** A place's long form ("Socialist Republic of Viet Nam"), which the gazetteer may not hold. */
const LONG_FORM = /\b(?:Republic|Kingdom|Federation|Principality|Sultanate)\b/;
/** A compass point alone ("the United Nations of the South" | and the North of Korea): a piece, no place. */
const COMPASS_ALONE = /^(?:North|South|East|West)$/;

/** The names a run-on over "of" or "and" joined (see above), or undefined. */
function joinedParts(m: EntityMention, lex: NameLexicon): EntityMention[] | undefined {
  const un = UNITED_NATIONS_OF.exec(m.text);
  if (un) {
    const cut = m.text.search(/\s+of\s/);
    const body = mention(m.start, m.start + cut, m.text.slice(0, cut), 'organization', m.confidence);
    const rest = m.text.slice(un[0].length);
    const place = spaced(rest);
    if (COMPASS_ALONE.test(place) || !(lex.knownType(place) === 'place' || LONG_FORM.test(place))) return [body];
    return [body, mention(m.end - rest.length, m.end, rest, 'place', m.confidence)];
  }
  // Two known bodies joined by "and" ("the strengthening of the United Nations and Security Council reform").
  const and = m.text.indexOf(' and ');
  if (and < 0 || m.text.indexOf(' and ', and + 1) >= 0 || lex.isKnownName(spaced(m.text))) return undefined;
  const [a, b] = [m.text.slice(0, and), m.text.slice(and + 5)];
  if (lex.knownType(spaced(a)) !== 'organization' || lex.knownType(spaced(b)) !== 'organization' || !/\s/.test(a) || !/\s/.test(b)) return undefined;
  return [mention(m.start, m.start + and, a, 'organization', m.confidence), mention(m.end - b.length, m.end, b, 'organization', m.confidence)];
}

/** The names `m` ran together, or undefined when it is one name. */
function runOnParts(m: EntityMention, lex: NameLexicon): EntityMention[] | undefined {
  // One word (most names) is one name; so is a name with a word that opens on no capital (the test below, for ASCII).
  if (!hasSpace(m.text)) return undefined;
  if (hasAsciiWordNotCapital(m.text)) return m.text.startsWith('United') || m.text.includes(' and ') ? joinedParts(m, lex) : undefined;
  return splitsAtCountry(lex, m.text) ? countryParts(m, lex) : undefined;
}

/** Does the name of capitalised words `text` split before a country's name (`countryParts`)? Memoised: names recur, and most split nowhere. */
const splitsAtCountry = memoizeByStringPer((lex: NameLexicon, text: string): boolean => countryParts(mention(0, text.length, text, 'organization', 0), lex) !== undefined);

/** The mention's parts where a country's name ends it after a known body's or a country's name; undefined when none does (a function of its text). */
function countryParts(m: EntityMention, lex: NameLexicon): EntityMention[] | undefined {
  const words = wordsOf(m.text);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w.text)) || lex.isKnownName(spaced(m.text))) return undefined;
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).map((w) => w.text).join(' ');
    const tail = words.slice(i).map((w) => w.text).join(' ');
    if (!lex.isCountry?.(tail)) continue;
    const country = lex.isCountry(head);
    const lone = LONE_BODY_NOUN.test(head);
    // A known body, or a name of several words ending in a body's noun ("the South Pacific Forum Australia, the Cook Islands, ...").
    if (!country && !lone && !(i > 1 && (lex.knownType(head) === 'organization' || isBodyHead(words[i - 1].text)))) continue;
    const headEnd = m.start + words[i - 1].index + words[i - 1].text.length;
    const tailStart = m.start + words[i].index;
    const first = mention(m.start, headEnd, m.text.slice(0, headEnd - m.start), country ? 'place' : 'organization', m.confidence);
    const second = mention(tailStart, m.end, m.text.slice(tailStart - m.start), 'place', m.confidence);
    return lone ? [second] : [first, second];
  }
  return undefined;
}
