/**
 * Names that are pieces of a longer name the tagger cut, left out rather than shown as entities of
 * their own (a mark that is wrong costs more than a missing one):
 * - the complement of an instrument's, a programme's or a decade's title whose head the tagger left
 *   out ("Programme of Action for [African Economic Recovery]", "General Agreement on [Tariffs] and Trade", "International Decade of the World's
 *   [Indigenous People]", "Convention on Small Arms, [Light Weapons], Their Ammunition", "Restrictions
 *   on the [Use of Certain Conventional Weapons]"): the walk left from the name crosses only
 *   capitalised words and a title's connectors to the head. A name after a bare "of (the)" is the
 *   author or subject cited ("Charter of the [United Nations]") and stays; so does a body's name
 *   ("... and the [Committee on the Rights of the Child]"), a known name and an acronym;
 * - a body named by common words alone before "of (the)" and the name that makes it one ("the
 *   [Central Committee] of the Communist Party", "the [Presidium] of the Great People's Khural",
 *   "the [Twenty-seventh Congress] of the CPSU"): alone it names every such body at once;
 * - a body's or an event's name that the document always cuts before the rest of its title ("the
 *   [Conference of Heads of State] or Government of Non-Aligned Countries"; see `cutNames`).
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import type { NameLexicon } from './longNames';
import { GENERIC_INSTITUTIONS } from './mentionFilter';
import { ACRONYM_NAME, EVENT_HEADS, headOf, INSTRUMENT_HEADS, isBodyHead, ORDINAL, POLITY_HEADS } from './nameHeadWords';
import { spaced } from './nameText';
import { memoizeByString } from '../common/stringMemo';

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
/** Space within a paragraph: one line break at most ("Heads of State or\nGovernment"). */
const SP = String.raw`(?:[^\S\n]+\n?|\n)[^\S\n]*`;
/** A connector and a capitalised word that go on with a name ("of Afghanistan", "or Government of ..."). */
const CUT_BEFORE = new RegExp(String.raw`^${SP}(?:of|or|for)${SP}(?:the${SP}|a${SP})?\p{Lu}\p{Ll}`, 'u');
/** A capitalised word right after a body's name, on its line or the next: the name goes on ("the [Senate of West] Berlin", "the [Millennium Challenge]\nAccount"). */
const RUNS_ON = new RegExp(String.raw`^${SP}\p{Lu}\p{Ll}`, 'u');
/** A title or rank that a person's name follows ("H.E. General | Omar Hassan al-Bashir"). */
const TITLE_END = /(?:^|\s)(?:General|Admiral|Marshal|President|Mrs?\.?|Ms\.?|Dr\.?|H\.\s?E\.|Honou?rable|Excellency|Majesty|Highness)$/u;
/** A title's connector inside a name ("Conference on the Illicit Trade"). */
const TITLE_INSIDE = /\s(?:on|of|for|against)\s/;
/** A title's connector and a capitalised word that go on with a title ("in Small Arms", "with regard to the Implementation"). */
const CUT_INSIDE_TITLE = /^[^\S\n]+(?:on|in|against|with[^\S\n]+regard[^\S\n]+to)[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?\p{Lu}\p{Ll}/u;
/** "of" or "of the" and a capitalised word right after a name. */
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** The mentions without pieces of longer names. */
export function dropTitlePieces(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const cut = cutNames(seg.text, mentions, lex);
  return mentions.filter((m) => !cut.has(m.text) && !isTitleComplement(seg, m, lex) && !isCutOrgan(seg.text, m, lex));
}

/**
 * Names of bodies and events that the document always cuts before the rest of their title: each of
 * its mentions is followed by "of", "or" or "for" and a capitalised word ("the [Islamic State] of
 * Afghanistan", "the [Conference of Heads of State] or Government of Non-Aligned Countries"), or a
 * title's connector ("on", "in", "with regard to") when the name already holds one ("the [United
 * Nations Conference on the Illicit Trade] in Small Arms", "the [Special Committee on the
 * Situation] with regard to ..."). One mention standing alone makes the name whole ("the
 * General Assembly" beside "the General Assembly of the Declaration"), and so does another name
 * right after the connector ("Food and Agriculture Organization of the [United Nations]", "World
 * Summit on Sustainable Development in [Johannesburg]"), except after "or".
 */
function cutNames(text: string, mentions: readonly EntityMention[], lex: NameLexicon): Set<string> {
  // The sets below are asked only of a mention a connector and a capitalised word follow: made then, not for every document.
  let starts: Set<number> | undefined;
  // The rest of a title goes on at `rest` (a capitalised word), not at another name ("of the United Nations", "in Johannesburg").
  const goesOn = (m: EntityMention, match: RegExpExecArray | null): boolean => {
    if (!match) return false;
    const rest = m.end + match[0].length - 2;
    if (/\sor\s/.test(match[0])) return true;
    // "the Third Committee of the Assembly": a body's generic noun alone refers back to a name.
    const generic = /^(\p{L}+)(?![^\S\n]+\p{Lu})/u.exec(text.slice(rest, rest + 40));
    return !(starts ??= new Set(mentions.map((o) => o.start))).has(rest) && !(generic && /\sthe\s+$/.test(match[0].slice(0, -2)) && GENERIC_INSTITUTIONS.has(generic[1].toLowerCase()));
  };
  // A person's full name right after is an apposition ("the Forces Nouvelles Guillaume Soro"), not the
  // rest of the name; one word is the rest of a name cut before it ("the Honourable Mwai | Kibaki").
  let persons: Set<number> | undefined;
  const runsOn = (m: EntityMention, after: string): boolean =>
    RUNS_ON.test(after) && (TITLE_END.test(m.text) || !(persons ??= new Set(mentions.filter((p) => p.type === 'person' && /\s/.test(p.text)).map((p) => p.start))).has(m.end + after.search(/\p{Lu}/u)));
  const cut = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'event') continue;
    if (cut.get(m.text) === false) continue;
    const name = spaced(m.text);
    if (ACRONYM_NAME.test(name) || lex.isKnownName(name)) { cut.set(m.text, false); continue; }
    const after = text.slice(m.end, m.end + 40);
    cut.set(m.text, goesOn(m, CUT_BEFORE.exec(after)) || (TITLE_INSIDE.test(name) && goesOn(m, CUT_INSIDE_TITLE.exec(after))) || (m.type === 'organization' && runsOn(m, after)));
  }
  const names = new Set<string>();
  for (const [name, isCut] of cut) if (isCut) names.add(name);
  return names;
}

function isTitleComplement(seg: SegmentedText, m: EntityMention, lex: NameLexicon): boolean {
  if (m.type === 'group') return false;
  const name = spaced(m.text);
  // A plural the gazetteer knows as no place is a title's common noun typed a place ("General Agreement on [Tariffs] and Trade",
  // "Independence to [Colonial Countries]"); any other place is the title's subject ("in Latin America", "on West Berlin").
  if (m.type === 'place' && (!/[^su]s$/.test(name) || lex.isKnownName(name))) return false;
  if (m.type === 'person' && !name.split(' ').every((w) => lex.isOrdinaryWord(w))) return false;
  if (wholeByItsWords(name) || lex.isKnownName(name)) return false;
  const s = seg.sentences[lowerBound(seg.sentences.length, (k) => seg.sentences[k].end <= m.start)];
  const from = Math.max(s && s.start <= m.start ? s.start : 0, m.start - 200);
  const words = seg.text.slice(from, m.start).match(WORD_OR_COMMA) ?? [];
  let k = words.length - 1;
  // The author or subject cited: "Charter of the [United Nations]", "Declaration of [ASEAN]".
  if (k < 0 || isCitedAfterOf(words, k, lex)) return false;
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

/**
 * Does the name follow "of (the)" as the author or subject a title cites ("Charter of the [United
 * Nations]")? Not after a title's own common noun ("Non-Navigational Uses of [International
 * Watercourses]", "with Respect to the Limitation of ..."): there the walk goes on to the title's head.
 */
function isCitedAfterOf(words: readonly string[], k: number, lex: NameLexicon): boolean {
  const of = words[k] === 'of' ? k : words[k] === 'the' && words[k - 1] === 'of' ? k - 1 : -1;
  if (of < 0) return false;
  const noun = words[of - 1];
  return !(noun && /^\p{Lu}\p{Ll}+$/u.test(noun) && !PIECE_HEADS.has(noun) && lex.isOrdinaryWord(noun.toLowerCase()));
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

/** A name its own words keep whole: an acronym, a head of a body's, a country's or a title's name, a title's noun first (memoised: names recur). */
const wholeByItsWords = memoizeByString((name: string): boolean => {
  const head = headOf(name);
  const space = name.indexOf(' ');
  return ACRONYM_NAME.test(name) || isBodyHead(head) || POLITY_HEADS.has(head) || PIECE_HEADS.has(head) || PIECE_HEADS.has(space < 0 ? name : name.slice(0, space));
});

/** The words and commas before a mention that isTitleComplement walks back over. */
const WORD_OR_COMMA = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|,/gu;
