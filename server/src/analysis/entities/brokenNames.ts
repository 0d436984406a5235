/**
 * Names cut where the text breaks them: a line break inside the name ("the Punta\ndel Este
 * meeting", "the Soviet\nUnion") or its next word in lower case ("the United states of America",
 * "the United nations"). The tagger marks the first part alone, and "United" becomes an entity of
 * its own. The mention takes in the next words when, together, they are a name the gazetteer knows
 * or the same document marks elsewhere (both, for a word in lower case other than a particle). A
 * page number, a stray dot or a paragraph break between the parts ("the United\n9\n\nStates",
 * "the United. Nations", "the United \n\nNations") cannot be taken in (a mention lies in one
 * paragraph), so the piece is dropped. Words that open another mention stay apart (two names).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';
import type { NameLexicon } from './longNames';
import { NAME_PARTICLES } from './nameHeadWords';
import { isAsciiCapital, isSpaceUnit, spaced } from './nameText';

/** White space, or a page number or a scan's stray dot or spaced comma, then a word ("Robert' Mugabe" is a slip, "Guinea, Bissau" a list). */
const NEXT_WORD = /^(\s+|\s+\d{1,3}\s+|\s*[.«]\s*|\s+,\s*)(\p{L}[\p{L}'’-]*)/u;
/** Words a cut name may take in. */
const MAX_WORDS = 3;

/** The mentions with names cut by a break joined (or dropped where the break cannot be taken in). */
export function joinBrokenNames(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const { text } = seg;
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  // The names the document marks, in lower case, with white space as one space: what a cut name may be.
  const marked = new Map<string, EntityMention>();
  const markedPrefixes = new Set<string>();
  for (const m of mentions) {
    const key = spaced(m.text).toLowerCase();
    marked.set(key, m);
    for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) markedPrefixes.add(key.slice(0, i));
  }
  const dropped = new Set<EntityMention>();
  const paragraphs = seg.paragraphs;
  let p = 0;
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (dropped.has(m)) continue;
    let name = spaced(m.text);
    let at = m.end;
    let best: { end: number; type: EntityMention['type']; damaged: boolean } | undefined;
    let damaged = false;
    let lowerJoined = false;
    for (let k = 0; k < MAX_WORDS; k++) {
      // NEXT_WORD opens on white space, a dot or «: not on the comma or the bracket after many names.
      const c = text.charCodeAt(at);
      // A space and a capital (most names that go on): a capitalised word on the same line, which the first test below stops at.
      if (k === 0 && c === 32 && isAsciiCapital(text.charCodeAt(at + 1))) break;
      const next = isSpaceUnit(c) || c === 46 || c === 0xab ? NEXT_WORD.exec(text.slice(at, at + 60)) : null;
      if (!next) break;
      const gap = next[1];
      const wordStart = at + gap.length;
      const lower = /^\p{Ll}/u.test(next[2]);
      // Only a break, a scan's damage or a lower-case word: the tagger saw a capitalised word on the same line and left it out.
      if (k === 0 && !gap.includes('\n') && !lower && !/\S/.test(gap)) break;
      if (/\S/.test(gap) && lower) break;
      damaged ||= /\S/.test(gap);
      const opened = byStart.get(wordStart);
      if (opened) {
        // The rest is marked as a name of its own ("Middle \n142\nEast" | "war"): both pieces of a damaged name are dropped.
        if (damaged && k === 0 && lex.isKnownName(`${name} ${spaced(opened.text)}`)) {
          dropped.add(opened);
          best = { end: at, type: m.type, damaged };
        }
        break;
      }
      lowerJoined ||= lower && !NAME_PARTICLES.has(next[2]);
      name = `${name} ${next[2]}`;
      at = wordStart + next[2].length;
      const key = name.toLowerCase();
      const same = marked.get(key);
      // With a word in lower case (a particle aside), only a name both the gazetteer knows and the document marks ("United states"
      // beside "United States"; not the "Palestinian" people, the "United Nations" system nor a byline's "Chicago newsdesk").
      const marks = !!same && same !== m;
      if (lowerJoined ? marks && lex.isKnownName(name) : marks || lex.isKnownName(name)) best = { end: at, type: same && same !== m ? same.type : (lex.knownType(name) ?? m.type), damaged };
      // Past a word in lower case only a name the document marks can come, and its key goes on from a marked prefix: no gazetteer lookup.
      if (!markedPrefixes.has(key) && (lowerJoined || !(lex.isKnownPrefix?.(name) ?? false))) break;
    }
    // A name over a paragraph break cannot be one mention (a mention lies in its paragraph: the Outline nests it there): the piece is dropped.
    while (p < paragraphs.length && paragraphs[p].end < m.end) p++;
    if (best && p < paragraphs.length && best.end > paragraphs[p].end) best = { end: best.end, type: best.type, damaged: true };
    if (!best) out.push(m);
    else if (!best.damaged) out.push(mention(m.start, best.end, text.slice(m.start, best.end), best.type, m.confidence));
  }
  return out;
}
