/**
 * A name made only of compass points names no place: a relation of blocs ("the North South
 * dialogue", "East West relations", "South South co-operation", written without their hyphen) or
 * the piece of a longer name the tagger cut ("the South West | Africa People's Organization",
 * "South-East | and East Asia"). ung20 showed six such places, 42 mentions (issue 11). A compass
 * point with a name ("South-East Asia", "West Africa") is other rules' concern.
 *
 * One point alone is a bloc or a direction, no place, where the text sets it against its opposite
 * ("between the North and the South", "East and West", "from North to South"; then every lone
 * mention of the pair in that document), where it is "of the" after a plural or follows a bloc's
 * adjective ("the countries of the South", "the developed North"), and a piece where a hyphen, another
 * point or a name touches it ("South- South co-operation", "South West | Africa"), joined to the name the
 * tagger cut after it ("the South | West Africa People's Organization", "South | Viet Nam"):
 * ung20 has 1,136 lone points, all typed places, nearly all blocs. A point stays a place "of" a place
 * ("the North of Ireland"), as one of the two halves of a country that a place or a people named in
 * the sentence or just before it names ("Korean leaders from both the North and the South": the
 * gazetteer knows "North Korea" and "South Korea"), and with no such sign ("in the West").
 */
import { type SegmentedText, sentenceAt } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** The gazetteer's answers the halves of a country need. */
export interface CompassLexicon {
  isCountry(name: string): boolean;
  isPlaceName(name: string): boolean;
}

/** Two compass points or more, joined by a space, a line break or a hyphen, or run together by a scan ("NorthSouth"). */
const COMPASS_ONLY = /^(?:North|South|East|West)(?:(?:\s+|-|)(?:North|South|East|West))+$/;

/** A region's first word alone ("Central" of "Central and South America")... */
const REGION_WORD = /^(?:Central|Eastern|Western|Northern|Southern|North|South|East|West)$/;
/** ...before "and" or "or" and a region's name whose head it shares ("Central and Eastern Europe"): no name of its own. */
const REGION_AFTER = /^[^\S\n]*\n?[^\S\n]*(?:and|or)\s+(?:Central|Eastern|Western|Northern|Southern|North|South|East|West)(?:-\p{L}+)?\s+\p{Lu}/u;

const POINT = /^(?:North|South|East|West)$/;
/** Each point's opposite written alone: not the first word of a name ("North Korea", "South-East Asia"). */
const OPPOSITE: Readonly<Record<string, RegExp>> = {
  North: /\bSouth\b(?![^\S\n]*-|\s+\p{Lu})/u,
  South: /\bNorth\b(?![^\S\n]*-|\s+\p{Lu})/u,
  East: /\bWest\b(?![^\S\n]*-|\s+\p{Lu})/u,
  West: /\bEast\b(?![^\S\n]*-|\s+\p{Lu})/u,
};
const PAIR: Readonly<Record<string, string>> = { North: 'NS', South: 'NS', East: 'EW', West: 'EW' };
/** A region "of" a place: "the North of Ireland", "the South of Lebanon". */
const OF_PLACE = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
/** A hyphen, a slash or a name after the point ("South- South", "South-eastern", "North/South", "South | Viet Nam"), or another point before it ("South West", "East/West"). */
const PIECE_AFTER = /^(?:[^\S\n]*[-/]|\s+\p{Lu})/u;
const PIECE_BEFORE = /(?:North|South|East|West)[^\S\n]*[-/]?\s*$/;
/** "The countries of the South", "the Powers of the East". */
const OF_THE_AFTER_PLURAL = /\p{L}{2,}s\s+of\s+the\s+$/u;
/** "The developed North", "the industrialized West". */
const BLOC_ADJECTIVE = /\b(?:developed|developing|industrial(?:ized|ised)?|rich|richer|poor|poorer|affluent|wealthy|prosperous)\s+$/;
const HALVES: Readonly<Record<string, readonly [string, string]>> = { NS: ['North', 'South'], EW: ['East', 'West'] };
/** How far before the point a name of the halved country counts. */
const HALVES_BACK = 300;

/** How far on either side of the point its sentence is read: a run-on "sentence" (no full stops for pages) is read only near it. */
const SENTENCE_REACH = 400;

/** A country's long form: what follows "of" is its short name ("Republic of Korea"; not "United States of America"). */
const POLITY_OF = /\b(?:Republic|Kingdom|State)\s+of\s+(?:the\s+)?(.+)$/;
/** A point that opens the name ("South Korea"). */
const POINT_FIRST = /^(?:North|South|East|West)\s+/;

/** Is `name` (a name, a long form's short name, that less a point before it or a people's "n" or "ns": "Korean") a country whose two halves the gazetteer knows ("North Korea", "South Yemen")? */
function isHalvedCountry(name: string, [a, b]: readonly [string, string], lex: CompassLexicon): boolean {
  const short = (POLITY_OF.exec(name)?.[1] ?? name).replace(POINT_FIRST, '');
  for (const country of [short, short.replace(/ns?$/, '')]) {
    if (lex.isCountry(country) && lex.isPlaceName(`${a} ${country}`) && lex.isPlaceName(`${b} ${country}`)) return true;
  }
  return false;
}

/** Does a place or a people named in the point's sentence, or just before it, name a country the pair halves ("Korea", "the Korean people")? */
function namesHalvedCountry(mentions: readonly EntityMention[], i: number, end: number, lex: CompassLexicon): boolean {
  const halves = HALVES[PAIR[mentions[i].text]];
  const names = (n: EntityMention): boolean => (n.type === 'place' || n.type === 'group') && !POINT.test(n.text) && isHalvedCountry(n.text.replace(/\s+/g, ' '), halves, lex);
  const from = mentions[i].start - HALVES_BACK;
  for (let k = i - 1; k >= 0 && mentions[k].start >= from; k--) if (names(mentions[k])) return true;
  for (let k = i + 1; k < mentions.length && mentions[k].start < end; k++) if (names(mentions[k])) return true;
  return false;
}

/** The lone compass points of `mentions` that name no place (above), by index; in `joined`, those that open the name after them. */
function blocPoints(mentions: readonly EntityMention[], seg: SegmentedText, lex: CompassLexicon | undefined, joined: Set<number>): Set<number> {
  const { text } = seg;
  const out = new Set<number>();
  let lone: number[] | undefined;
  for (let i = 0; i < mentions.length; i++) if (POINT.test(mentions[i].text)) (lone ??= []).push(i);
  if (!lone) return out;
  const pairsSetAgainst = new Set<string>();
  const undecided: number[] = [];
  for (const i of lone) {
    const m = mentions[i];
    const after = text.slice(m.end, m.end + 40);
    if (OF_PLACE.test(after)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const piece = PIECE_AFTER.exec(after);
    if (piece || PIECE_BEFORE.test(before)) {
      out.add(i);
      // "the South | West Africa People's Organization", "South | Viet Nam": the name the tagger cut after the point opens with it.
      const next = mentions[i + 1];
      if (piece && next && next.start === m.end + piece[0].length - 1 && /\s\p{Lu}$/u.test(piece[0])) joined.add(i);
      continue;
    }
    const sentence = sentenceAt(seg.sentences, m.start);
    const start = Math.max(sentence?.start ?? m.start, m.start - SENTENCE_REACH);
    const end = Math.max(m.end, Math.min(sentence?.end ?? m.end, m.end + SENTENCE_REACH));
    if (lex && namesHalvedCountry(mentions, i, end, lex)) continue;
    if (OF_THE_AFTER_PLURAL.test(before) || BLOC_ADJECTIVE.test(before)) out.add(i);
    else if (OPPOSITE[m.text].test(text.slice(start, end))) {
      out.add(i);
      pairsSetAgainst.add(PAIR[m.text]);
    } else undecided.push(i);
  }
  for (const i of undecided) if (pairsSetAgainst.has(PAIR[mentions[i].text])) out.add(i);
  return out;
}

/** The mentions without names made only of compass points, a region's first word whose name goes on after "and" ("Central" of "Central and South America"; 54 mentions of ung20), nor a lone point that is a bloc, a direction or a piece (above); a piece that opens the name after it is joined to it. */
export function dropCompassNames(mentions: readonly EntityMention[], seg?: SegmentedText, lex?: CompassLexicon): EntityMention[] {
  const text = seg?.text ?? '';
  const joined = new Set<number>();
  const blocs = seg ? blocPoints(mentions, seg, lex, joined) : new Set<number>();
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (joined.has(i - 1)) {
      const start = mentions[i - 1].start;
      out.push(mention(start, m.end, text.slice(start, m.end), m.type, m.confidence));
    } else if (!blocs.has(i) && !COMPASS_ONLY.test(m.text) && !(REGION_WORD.test(m.text) && REGION_AFTER.test(text.slice(m.end, m.end + 40)))) out.push(m);
  }
  return out;
}
