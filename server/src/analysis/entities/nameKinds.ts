/**
 * What a name names, from its head noun, over the tagger's type. The tagger knows persons, places,
 * organisations and groups, and puts the titles of instruments and events into one of them: "Kyoto
 * Protocol", "Hague Declaration", "United Nations Charter" as organisations, "Uruguay Round" as a
 * place. The head of a title says what it is ("Declaration on the Granting of Independence ..." is
 * headed by "Declaration"; "Conference on Disarmament" by "Conference"):
 * - an instrument (treaty, declaration, charter, plan, report) is not an entity of our types: it is
 *   dropped, with the acronyms of the best-known ones ("NPT", "MDGs");
 * - an event or period (a round of talks, a decade, a war, a year) is an event;
 * - a meeting or body is an organisation, even when named after a place ("Rio Conference");
 * - a post ("Special Representative", "Personal Envoy") is no one: the person holding it is named
 *   elsewhere;
 * - a capitalised common word opening a sentence ("Expansion of ...", "Sixthly, ...") is no name.
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import type { NameLexicon } from './longNames';

/** Heads of the titles of instruments: documents, agreements, plans. */
export const INSTRUMENT_HEADS = new Set([
  'Declaration', 'Declarations', 'Charter', 'Convention', 'Conventions', 'Treaty', 'Treaties', 'Protocol', 'Protocols', 'Covenant',
  'Covenants', 'Accord', 'Accords', 'Agreement', 'Agreements', 'Act', 'Statute', 'Resolution', 'Resolutions', 'Award', 'Review',
  'Report', 'Plan', 'Strategy', 'Agenda', 'Consensus', 'Doctrine', 'Communiqué', 'Communique', 'Goals', 'Goal', 'Platform',
  'Compact', 'Constitution', 'Manifesto', 'Proclamation', 'Memorandum', 'Principles', 'Guidelines', 'Roadmap', 'Road Map',
]);
/** Acronyms of instruments and goals that speeches name as often as the titles. */
const INSTRUMENT_ACRONYMS = new Set(['NPT', 'CTBT', 'SALT', 'MDG', 'MDGs', 'SDG', 'SDGs', 'CEDAW', 'UNCLOS', 'UNFCCC', 'ABM', 'TPNW', 'FMCT']);
/** Heads of the names of events and periods. */
const EVENT_HEADS = new Set([
  'Round', 'Decade', 'War', 'Wars', 'Revolution', 'Year', 'Day', 'Olympics', 'Games', 'Crisis', 'Massacre', 'Genocide', 'Holocaust',
  'Intifada', 'Spring', 'Ages', 'Era', 'Olympiad', 'Expo', 'Festival', 'Week', 'Jubilee',
]);
/** Events that are names on their own, without a modifier. */
const LONE_EVENTS = new Set(['Holocaust', 'Intifada', 'Olympics']);
/** Heads of the names of meetings and bodies: an organisation, though often named after a place ("Rio Conference", "Jakarta Summit"). */
const BODY_HEADS = new Set([
  'Conference', 'Conferences', 'Committee', 'Commission', 'Council', 'Summit', 'Meeting', 'Forum', 'Panel', 'Congress', 'Organization',
  'Organisation', 'Agency', 'Fund', 'Programme', 'Movement', 'Front', 'Tribunal', 'Association', 'League', 'Alliance', 'Institute',
]);
/** Heads of posts: the name of an office, not of its holder. */
const POST_HEADS = new Set(['Representative', 'Representatives', 'Envoy', 'Rapporteur', 'Coordinator', 'Adviser', 'Advisor']);
/** "Plan of Action", "Programme of Action", "Platform for Action": instruments whatever their head. */
const OF_ACTION = /^(?:\S+\s+)*?(?:Plan|Programme|Program|Platform|Framework)\s+(?:of|for)\s+Action\b/;
/** Connectors that end a title's head part ("Declaration | on the ...", "Treaty | of Tlatelolco"). */
const HEAD_END = /\s+(?:of|on|for|against|to|in|concerning|between|with)\s/;

/** The head noun of a name: the last word before its first connector, numbers and possessives set aside ("Agenda 21" → "Agenda"). */
export function headOf(name: string): string {
  const first = name.split(HEAD_END)[0];
  const words = first.split(/\s+/).filter((w) => !/^(?:\d+|[IVX]+|['’]s)$/.test(w));
  return (words.pop() ?? '').replace(/['’]s$/, '');
}

/** The mentions with instruments and posts dropped and events typed as events. */
export function typeByHead(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'place' && m.type !== 'organization') {
      out.push(m);
      continue;
    }
    const name = m.text.replace(/\s+/g, ' ');
    const head = headOf(name);
    const single = !name.includes(' ');
    if (INSTRUMENT_ACRONYMS.has(name) || OF_ACTION.test(name)) continue;
    if (!single && (INSTRUMENT_HEADS.has(head) || INSTRUMENT_HEADS.has(name.split(HEAD_END)[0].split(' ').slice(-2).join(' ')))) continue;
    if (POST_HEADS.has(head)) continue;
    if (EVENT_HEADS.has(head)) {
      if (!single || LONE_EVENTS.has(name)) out.push({ ...m, type: 'event' });
      continue;
    }
    if (!single && m.type !== 'organization' && BODY_HEADS.has(head)) {
      out.push({ ...m, type: 'organization' });
      continue;
    }
    if (single && startsSentence(seg, m.start) && !lex.isKnownName(name) && (lex.isOrdinaryWord(name) || /^\p{Lu}\p{Ll}+ly$/u.test(name))) continue;
    out.push(m);
  }
  return out;
}

/** Does `offset` open a sentence (only quotes or brackets before it in the sentence)? */
function startsSentence(seg: SegmentedText, offset: number): boolean {
  const s = seg.sentences[lowerBound(seg.sentences.length, (k) => seg.sentences[k].end <= offset)];
  return !!s && s.start <= offset && /^[\s"'“‘([]*$/.test(seg.text.slice(s.start, offset));
}
