/**
 * Names that are pieces of a longer name the tagger cut, left out rather than shown as entities of
 * their own (a mark that is wrong costs more than a missing one):
 * - the complement of an instrument's, a programme's or a decade's title whose head the tagger left
 *   out ("Programme of Action for [African Economic Recovery]", "International Decade of the World's
 *   [Indigenous People]", "Convention on Small Arms, [Light Weapons], Their Ammunition", "Restrictions
 *   on the [Use of Certain Conventional Weapons]"): the walk left from the name crosses only
 *   capitalised words and a title's connectors to the head. A name after a bare "of (the)" is the
 *   author or subject cited ("Charter of the [United Nations]") and stays; so does a body's name
 *   ("... and the [Committee on the Rights of the Child]"), a known name and an acronym;
 * - a body named by common words alone before "of (the)" and the name that makes it one ("the
 *   [Central Committee] of the Communist Party", "the [Presidium] of the Great People's Khural",
 *   "the [Twenty-seventh Congress] of the CPSU"): alone it names every such body at once.
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import type { NameLexicon } from './longNames';
import { EVENT_HEADS, headOf, INSTRUMENT_HEADS, isBodyHead, POLITY_HEADS } from './nameHeadWords';

/** Heads of titles whose complements name nothing of their own. */
const PIECE_HEADS = new Set([...INSTRUMENT_HEADS, ...EVENT_HEADS, 'Programme', 'Program', 'Framework', 'Restrictions', 'Prohibitions']);
/** Lower-case words inside a title's complement ("on the", "for", "of", "and", "or"). */
const TITLE_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'to', 'the', 'and', 'or', 'in', 'relating', 'concerning']);
/** The connectors a title's head takes its complement with ("Programme | of Action for ...", "Convention | on ..."). */
const HEAD_CONNECTORS = new Set(['of', 'for', 'on', 'against', 'to', 'relating', 'concerning']);
/** Words that join the items of a list. */
const LIST_WORDS = new Set(['and', 'or', ',']);
/**
 * The organs of a party or a State that speeches name by the body they belong to ("Presidium",
 * "Central Committee", "Twenty-seventh Congress" of a party). Not the organs of the United Nations:
 * "General Assembly", "Third Committee", "Human Rights Council" are names of their own, often cited
 * "of the United Nations".
 */
const PARTY_ORGANS = new Set(['Presidium', 'Politburo', 'Plenum', 'Congress', 'Central Committee']);
/** Ordinal words ("Twenty-seventh", "Fifth"): a session or congress number, no name. */
const ORDINAL = /^(?:[\p{L}]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth)$/iu;
const ACRONYM = /^[\p{Lu}\d.&-]{2,}$/u;
/** "of" or "of the" and a capitalised word right after a name. */
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** The mentions without pieces of longer names. */
export function dropTitlePieces(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  return mentions.filter((m) => !isTitleComplement(seg, m, lex) && !isCutOrgan(seg.text, m, lex));
}

function isTitleComplement(seg: SegmentedText, m: EntityMention, lex: NameLexicon): boolean {
  if (m.type === 'place' || m.type === 'group') return false;
  const name = m.text.replace(/\s+/g, ' ');
  if (m.type === 'person' && !name.split(' ').every((w) => lex.isOrdinaryWord(w))) return false;
  const head = headOf(name);
  if (ACRONYM.test(name) || isBodyHead(head) || POLITY_HEADS.has(head) || PIECE_HEADS.has(head) || PIECE_HEADS.has(name.split(' ')[0]) || lex.isKnownName(name)) return false;
  const s = seg.sentences[lowerBound(seg.sentences.length, (k) => seg.sentences[k].end <= m.start)];
  const from = Math.max(s && s.start <= m.start ? s.start : 0, m.start - 200);
  const words = seg.text.slice(from, m.start).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|,/gu) ?? [];
  let k = words.length - 1;
  // The author or subject cited: "Charter of the [United Nations]", "Declaration of [ASEAN]".
  if (k < 0 || words[k] === 'of' || (words[k] === 'the' && words[k - 1] === 'of')) return false;
  // A list ("and", "or", a comma) may join the title's complement or two names ("the Lusaka Agreement
  // and [President Chiluba]"): across one, and for a person, only common words are a piece of the title.
  const commonWords = name.split(' ').every((w) => TITLE_CONNECTORS.has(w) || lex.isOrdinaryWord(w));
  let connectors = 0;
  for (; k >= 0; k--) {
    const w = words[k];
    if (PIECE_HEADS.has(w.replace(/['’]s$/, ''))) return connectors > 0 && HEAD_CONNECTORS.has(words[k + 1]);
    if (LIST_WORDS.has(w) && !commonWords) return false;
    if (TITLE_CONNECTORS.has(w)) connectors++;
    else if (w !== ',' && !/^\p{Lu}/u.test(w)) return false;
  }
  return false;
}

function isCutOrgan(text: string, m: EntityMention, lex: NameLexicon): boolean {
  if (m.type !== 'organization') return false;
  const words = m.text.split(/\s+/);
  const organ = words.length > 1 && words[words.length - 2] === 'Central' ? 'Central Committee' : words[words.length - 1];
  if (!PARTY_ORGANS.has(organ) || lex.isKnownName(words.join(' '))) return false;
  const before = words.slice(0, words.length - organ.split(' ').length);
  if (!before.every((w) => ORDINAL.test(w) || (/^\p{Lu}\p{Ll}/u.test(w) && lex.isOrdinaryWord(w)))) return false;
  return OF_NAME_AFTER.test(text.slice(m.end, m.end + 12));
}
