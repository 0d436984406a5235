/**
 * The head nouns that say what a name names ("Conference", "Declaration", "Round") and how to find
 * a name's head: shared by the rules that join long names and those that type names by their head.
 */
import type { NameLexicon } from './longNames';
import { memoizeByString, memoizeByStringPer } from '../common/stringMemo';

/** Head nouns of bodies, meetings, instruments and periods whose official titles go on after a connector. */
export const TITLE_HEADS = new Set([
  'Conference', 'Conferences', 'Committee', 'Commission', 'Council', 'Force', 'Mission', 'Fund', 'Programme', 'Program',
  'Organization', 'Organisation', 'Agency', 'Office', 'Movement', 'Front', 'Party', 'Congress', 'Forum', 'Panel', 'Institute',
  'Centre', 'Center', 'Bank', 'Court', 'Tribunal', 'Group', 'Alliance', 'League', 'Association', 'Federation', 'Summit', 'Meeting',
  'Board', 'Authority', 'Network', 'Foundation', 'Facility', 'Partnership', 'Coalition', 'Task', 'Zone', 'Decade',
  'Year', 'Day', 'Declaration', 'Convention', 'Treaty', 'Charter', 'Protocol', 'Covenant', 'Agreement', 'Strategy', 'Plan',
  'Platform', 'Statute', 'Act', 'Review', 'Initiative', 'Round', 'Army',
]);

/** Heads of the titles of instruments: documents, agreements, plans. */
export const INSTRUMENT_HEADS = new Set([
  'Declaration', 'Declarations', 'Charter', 'Convention', 'Conventions', 'Treaty', 'Treaties', 'Protocol', 'Protocols', 'Covenant',
  'Covenants', 'Accord', 'Accords', 'Agreement', 'Agreements', 'Act', 'Statute', 'Resolution', 'Resolutions', 'Award', 'Review',
  'Report', 'Plan', 'Strategy', 'Agenda', 'Consensus', 'Doctrine', 'Communiqué', 'Communique', 'Goals', 'Goal', 'Platform',
  'Compact', 'Constitution', 'Manifesto', 'Proclamation', 'Memorandum', 'Principles', 'Guidelines', 'Roadmap', 'Road Map', 'Initiative',
  'Policy', 'Statement', 'Register', 'Code', 'Law', 'Laws', 'Regulations', 'Rules', 'Appeal', 'Message', 'Document', 'Documents',
  // an order proposed or hoped for ("New International Economic Order"), a concept of the debates, not a body
  'Order',
  // scriptures ("the Holy Koran", "the Holy Bible"): a book, no entity of our types
  'Koran', 'Quran', "Qur'an", 'Qur’an', 'Bible', 'Torah', 'Gospel', 'Gospels',
]);

/** Heads of the names of events and periods. */
export const EVENT_HEADS = new Set([
  'Round', 'Decade', 'War', 'Wars', 'Revolution', 'Year', 'Day', 'Olympics', 'Games', 'Crisis', 'Massacre', 'Genocide', 'Holocaust',
  'Intifada', 'Spring', 'Ages', 'Era', 'Olympiad', 'Expo', 'Festival', 'Week', 'Jubilee', 'Process',
]);

/** Heads of the names of meetings and bodies: an organisation, though often named after a place ("Rio Conference", "Jakarta Summit"). */
export const BODY_HEADS = new Set([
  'Conference', 'Conferences', 'Committee', 'Commission', 'Council', 'Summit', 'Meeting', 'Forum', 'Panel', 'Congress', 'Organization',
  'Organisation', 'Agency', 'Fund', 'Programme', 'Movement', 'Front', 'Tribunal', 'Association', 'League', 'Alliance', 'Institute', 'Group',
]);

/** Connectors that end a title's head part ("Declaration | on the ...", "Treaty | of Tlatelolco"). */
export const HEAD_END = /\s+(?:of|on|for|against|to|in|concerning|between|with)\s/;

/** A name's words before its first connector (HEAD_END): memoised, a split by a regular expression is slow. */
export const headPart = memoizeByString((name: string): string => name.split(HEAD_END)[0]);

/** Nouns of bodies whose names do not go on as titles do ("General Assembly", "Federal Parliament"). */
const OTHER_BODY_NOUNS = new Set(['Assembly', 'Parliament', 'Secretariat', 'Government', 'Ministry', 'Department', 'University', 'Cabinet', 'Senate', 'Union']);

/** Heads of countries' long forms ("Republic of Haiti", "Hashemite Kingdom of Jordan"). */
export const POLITY_HEADS = new Set(['Republic', 'Kingdom', 'Principality', 'Sultanate', 'Emirate', 'Federation', 'Commonwealth', 'Confederation']);

/** Is `word` a noun names end on ("Council", "Charter", "Republic", "Decade"): of a body, an instrument, an event or a country? */
export function isNameHead(word: string): boolean {
  return TITLE_HEADS.has(word) || INSTRUMENT_HEADS.has(word) || EVENT_HEADS.has(word) || OTHER_BODY_NOUNS.has(word) || POLITY_HEADS.has(word);
}

/** Is `word` the head of a body's or a meeting's name ("Conference", "Court", "Assembly"), not of an instrument or an event? */
export function isBodyHead(word: string): boolean {
  return OTHER_BODY_NOUNS.has(word) || (TITLE_HEADS.has(word) && !INSTRUMENT_HEADS.has(word) && !EVENT_HEADS.has(word));
}

/**
 * The head noun of a name: the last word before its first connector, numbers and possessives set
 * aside ("Agenda 21" → "Agenda"); but when that word heads nothing, an instrument's or event's noun
 * closing a compound heads the whole ("Cessation of Hostilities Agreement"; "Conference of the
 * Parties to the Treaty" stays a conference).
 */
export const headOf = memoizeByString((name: string): string => {
  const first = name.split(HEAD_END)[0];
  const words = first.split(/\s+/).filter((w) => !/^(?:\d+|[IVX]+|['’]s)$/.test(w));
  const head = (words.pop() ?? '').replace(/['’]s$/, '');
  if (TITLE_HEADS.has(head) || INSTRUMENT_HEADS.has(head) || EVENT_HEADS.has(head) || isBodyHead(head)) return head;
  const all = name.split(/\s+/);
  const last = all[all.length - 1];
  return all.length > 2 && (INSTRUMENT_HEADS.has(last) || EVENT_HEADS.has(last)) && /^\p{Lu}/u.test(all[all.length - 2]) ? last : head;
});

/** An ordinal in words or figures ("Twelfth", "Twenty-third", "Forty-Fifth", "Hundredth", "23rd"): a session's or a congress's number, no name. */
export const ORDINAL = /^(?:\p{L}+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|hundredth)$|^\d+(?:st|nd|rd|th)$/iu;

/** A name written as an acronym, its dots, slashes and a roman numeral included ("UNDP", "U.N.", "SPLM/A", "START III"): no piece of a longer name. */
export const ACRONYM_NAME = /^[\p{Lu}\d.&/-]{2,}(?:\s+[IVX]+)?$/u;

/** The endings of peoples' adjectives ("Somalian", "Korean", "Lebanese", "Turkish"; not "-ic": "Homeric" names no people), for the rules to extend. */
export const PEOPLE_ADJECTIVE_ENDINGS = 'ian|ean|ese|ish';

/** Capitalised words that open a phrase, not a name ("The", "This Organization"). */
export const DETERMINER_WORDS = new Set(['The', 'This', 'That', 'These', 'Those', 'Our', 'My', 'Your', 'His', 'Her', 'Their', 'Its', 'A', 'An', 'All', 'Each', 'Every', 'Both']);

/** Connectors an acronym leaves out ("South West Africa People's Organization" → SWAPO). */
const NOT_IN_ACRONYMS = new Set(['of', 'the', 'and', 'for', 'de', 'on']);

/** The initials of a name's words, connectors left out, in the name's case ("United Nations" → "UN", "world trade organization" → "wto"). */
export function initialsOf(name: string): string {
  return name.split(/\s+/).filter((w) => w && !NOT_IN_ACRONYMS.has(w.toLowerCase())).map((w) => w[0]).join('');
}

/** Particles of a family name ("de Gaulle", "van den Broek", "bin Laden", "do Amaral"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'du', 'del', 'della', 'van', 'von', 'den', 'der', 'bin', 'ibn', 'al', 'el', 'le', 'la']);

/** A name of capitalised common words that is no known name nor a body's name ("Status of Refugees", "Conventional Arms", "Eradication of Poverty"). */
export function isTitleWords(name: string, lex: Pick<NameLexicon, 'isKnownName' | 'isOrdinaryWord'>): boolean {
  return titleWordsMemo(lex, name);
}

/** isTitleWords per lexicon (the rules pass the one shipped lexicon; tests their own), memoised per name. */
const titleWordsMemo = memoizeByStringPer((lex: Pick<NameLexicon, 'isKnownName' | 'isOrdinaryWord'>, name: string) => titleWordsOf(name, lex));

function titleWordsOf(name: string, lex: Pick<NameLexicon, 'isKnownName' | 'isOrdinaryWord'>): boolean {
  const head = headOf(name);
  if (lex.isKnownName(name) || isBodyHead(head)) return false;
  if (isCommonNoun(head, lex)) return true;
  // A head the lexicon does not know, with common words and no name after it ("Eradication of Poverty").
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return words.some((w) => isCommonNoun(w, lex)) && words.every((w) => lex.isOrdinaryWord(w) || !lex.isKnownName(w));
}

/**
 * An abstract noun's ending ("Eradication", "Re-Liberation", "Colonialism", "Disarmament"): the lexicon of ordinary
 * words comes from news text and lacks many of the nouns official titles are made of.
 */
const ABSTRACT_NOUN = /\p{Ll}{3}(?:tion|sion|ment|ism|ness|ity)s?$/u;

/** Is `word` a common noun: an ordinary word, or one with an abstract noun's ending that is no known name? */
export function isCommonNoun(word: string, lex: Pick<NameLexicon, 'isKnownName' | 'isOrdinaryWord'>): boolean {
  return lex.isOrdinaryWord(word) || (ABSTRACT_NOUN.test(word) && !lex.isKnownName(word));
}
