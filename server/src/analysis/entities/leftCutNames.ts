/**
 * Bodies' names the tagger cut on the left: every mention in the document follows a capitalised
 * word of the same name, inside a sentence ("the Southern African [Development Community]", "the
 * Inter- [American Commission on Human Rights]", "the World [Council of Churches]", "the Fourth
 * General [Conference of UNIDO]"). The piece names no body (a wrong mark costs more than a missing
 * one), so it is left out. A word that opens the sentence, a determiner or a preposition ("The",
 * "In"), a word with a lower-case part ("United Nations-sponsored", "Russian-made") or the end of
 * another name ("Security Council | Counter-Terrorism Committee"), or its genitive ("the Arab League's
 * Committee of Three") starts nothing of the name; nor does an ordinal, which numbers a body's
 * sessions ("the Twelfth [Islamic Conference of Foreign Ministers]", "the 23rd [Special Session]").
 * So is the second half of a title's pair of words ("Dialogue on Interreligious and [Intercultural
 * Understanding ...]", "the Food and [Agriculture Organization]", "Conference on Security and
 * [Co-operation in Europe]"): a capitalised word and "and" right before it, no other name's end.
 * Issue 11, written on ung20.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import type { NameLexicon } from './longNames';
import { ACRONYM_NAME, DETERMINER_WORDS, ORDINAL } from './nameHeadWords';
import { isSpaceUnit, spaceRunStart, wordBeforeSpace } from './nameText';
import { spaced } from './nameText';

/** A capitalised word (each part capitalised, or a prefix cut at its hyphen) and the space to the name: one line break at most. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*-?)(?:[^\S\n]+\n?|\n)[^\S\n]*$/u;
/** Capitalised words that open a phrase or a sentence's clause, not a name. */
const OPENERS = new Set([...DETERMINER_WORDS, 'In', 'At', 'On', 'For', 'By', 'Of', 'And', 'But', 'To', 'From', 'As', 'With', 'When', 'While', 'If',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Under', 'Through', 'Within', 'Since', 'After', 'Before', 'Like', 'Unlike', 'Yet', 'So', 'Thus', 'Today', 'Now']);
/** A capitalised word and "and" right before a name, on its line ("Interreligious and"). */
const AND_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*-?)[^\S\n]+and[^\S\n]+$/u;
/** What ends the words before the one before the name, if that word opens a sentence: a full stop, a colon, a bracket, a quote, a paragraph. */
const SENTENCE_OPENS = /(?:^|[.!?:;(\["“‘]|\n[^\S\n]*\n)[^\S\n]*\n?[^\S\n]*$/u;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Year|Week)$/;

/** The mentions without bodies' names cut on the left. */
export function dropLeftCutNames(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const text = seg.text;
  const ends = new Set(mentions.map((m) => m.end));
  const cut = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== 'organization' || cut.get(m.text) === false) continue;
    const name = spaced(m.text);
    if (ACRONYM_NAME.test(name) || lex.isKnownName(name)) { cut.set(m.text, false); continue; }
    cut.set(m.text, isCutOnTheLeft(text, m.start, ends, lex));
  }
  return cut.size && [...cut.values()].some((v) => v) ? mentions.filter((m) => !cut.get(m.text)) : [...mentions];
}

function isCutOnTheLeft(text: string, start: number, ends: ReadonlySet<number>, lex: NameLexicon): boolean {
  // Both patterns end on a word and white space: on a capitalised word (WORD_BEFORE) or "and". A word
  // in lower-case letters with white space before it is neither (the word is all a match could take).
  const from = Math.max(0, start - 60);
  const last = wordBeforeSpace(text, start, from);
  const lastStart = spaceRunStart(text, start, from) - last.length;
  if (last && last !== 'and' && last === last.toLowerCase() && lastStart > from && isSpaceUnit(text.charCodeAt(lastStart - 1))) return false;
  const before = text.slice(from, start);
  const w = WORD_BEFORE.exec(before);
  if (!w) return isPairCut(before, start, ends);
  const word = w[1];
  const wordStart = start - before.length + w.index + w[0].indexOf(word);
  if (OPENERS.has(word.replace(/-$/, '')) || ORDINAL.test(word) || ends.has(wordStart + word.length)) return false;
  // A possessive is a name's own common noun ("People's", "Lord's", "Brothers'"), or the genitive of
  // another name, often of several words, or of a date ("the Arab League's Committee of Three", "Last June's Bucharest Meeting").
  const possessive = /^(.*?)(?:['’]s|s['’])$/u.exec(word);
  if (possessive && (ends.has(wordStart + possessive[1].length) || ends.has(wordStart + possessive[1].length + 1) || MONTHS.test(possessive[1]) || !lex.isOrdinaryWord(possessive[1].toLowerCase())
    || /\p{Lu}[\p{L}-]*[^\S\n]+$/u.test(text.slice(Math.max(0, wordStart - 30), wordStart)))) return false;
  return !SENTENCE_OPENS.test(text.slice(Math.max(0, wordStart - 20), wordStart));
}

/** Is the name the second half of a pair of a title's words ("Security and | Co-operation in Europe"), the first no other name's end? */
function isPairCut(before: string, start: number, ends: ReadonlySet<number>): boolean {
  const w = AND_BEFORE.exec(before);
  if (!w) return false;
  const wordEnd = start - before.length + w.index + w[0].indexOf(w[1]) + w[1].length;
  return !OPENERS.has(w[1]) && !ORDINAL.test(w[1]) && !ends.has(wordEnd);
}
