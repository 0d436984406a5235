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
 * - a capitalised common word opening a sentence ("Expansion of ...", "Sixthly, ...") is no name,
 *   nor the common words of a title after its head and connector ("Declaration on the
 *   [Strengthening of International Security]"), nor a body with a determiner ("My Government").
 */
import { type SegmentedText, opensSentence } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { mention, retyped } from './mention';
import type { NameLexicon } from './longNames';
import { lazy } from '../common/lazy';
import { memoizeByString } from '../common/stringMemo';
import { typeFromShape } from './nameHeads';
import { singularOf } from './aliases';
import { BODY_HEADS, EVENT_HEADS, HEAD_END, headOf, headPart, initialsOf, INSTRUMENT_HEADS, isBodyHead, isNameHead, isTitleWords, NAME_PARTICLES, PEOPLE_ADJECTIVE_ENDINGS, TITLE_HEADS } from './nameHeadWords';
import { spaced, wordBeforeSpace } from './nameText';

/** Acronyms of instruments and goals that speeches name as often as the titles. */
const INSTRUMENT_ACRONYMS = new Set(['NPT', 'CTBT', 'SALT', 'MDG', 'MDGs', 'SDG', 'SDGs', 'CEDAW', 'UNCLOS', 'UNFCCC', 'ABM', 'TPNW', 'FMCT']);
/** Events that are names on their own, without a modifier. */
const LONE_EVENTS = new Set(['Holocaust', 'Intifada', 'Olympics']);
/** Heads of posts: the name of an office, not of its holder. */
const POST_HEADS = new Set(['Representative', 'Representatives', 'Envoy', 'Envoys', 'Rapporteur', 'Coordinator', 'Adviser', 'Advisor',
  // The United Nations' and the States' posts ("the United Nations Under-Secretary-General for Humanitarian Affairs, Mr. Kenzo Oshima").
  'Secretary-General', 'Secretaries-General', 'Under-Secretary-General', 'Under-Secretaries-General', 'Chairman-in-Office', 'Vice-President', 'Vice-Presidents',
  'Governor-General', 'Governors-General']);
/**
 * Officials named by their post ("the Foreign Ministers of ASEAN", "the Administrator of UNDP", "the
 * Co-Chairmen of the Minsk Conference", "the Head of Government of Panama"): people, no body; a
 * meeting of them keeps its name ("Commonwealth Heads of Government Meeting").
 */
const OFFICIALS_HEADS = new Set(['Minister', 'Ministers', 'Head', 'Heads', 'Administrator', 'Director', 'Directors', 'Director-General', 'Chair',
  'Chairs', 'Chairman', 'Chairmen', 'Chairperson', 'Co-Chairman', 'Co-Chairmen', 'Co-Chairs', 'Presidents', 'Prosecutor']);
/** Titles that make the name after them a person's ("General de Gaulle", "President Nyerere"), whatever the tagger typed. */
const PERSON_TITLES = new Set([
  'General', 'President', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh', 'Emir', 'Sultan', 'Pope', 'Marshal', 'Colonel', 'Admiral',
  'Chancellor', 'Ayatollah', 'Imam', 'Sir', 'Lord', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Dr', 'Dr.', 'Comrade', 'Premier',
  // Military ranks written with a hyphen ("Lieutenant-Colonel Seyni Kountche" typed a body), and without.
  'Lieutenant-Colonel', 'Lieutenant-General', 'Major-General', 'Brigadier-General', 'Lieutenant', 'Brigadier',
]);
/** A person's title right before a name, on the same line ("President ", "Governor ", "Mr. ", "Presidents "). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:President|Presidents|Governor|Senator|Ambassador|Chancellor|Premier|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|Pope|Marshal|Colonel|Admiral|Ayatollah|Imam|Sir|Lord|Mr\.?|Mrs\.?|Dr\.?|Comrade|Prime Minister|Foreign Minister)[^\S\n]+$/u;
/** A post's title with its country ("Emir of Qatar", "Prime Minister of India"): the office, whose holder is named elsewhere. */
const POST_OF_PLACE = /^(?:Emir|King|Queen|Sultan|Prince|President|Prime Minister|Chancellor|Shah|Sheikh|Amir|Minister|Secretary)\s+of\s/;
/** A minister's or secretary's portfolio before the name ("Minister for | Foreign Affairs", "Minister for General and | Foreign Affairs", "Secretary of | State Baker"). */
const PORTFOLIO_BEFORE = /\b(?:Minister|Ministers|Secretary|Secretaries|Ministry)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+and\s+)?$/u;
/** The words that make a part of a continent ("Central", "Latin", "Sub-Saharan"). */
const REGION_PART = 'Central|Latin|South|North|East|West|Southern|Northern|Eastern|Western|South-East|South-Eastern|Southeast|Southeastern|Sub-Saharan';
/** Regions and the Earth, whatever the tagger typed ("Eastern Europe" as an organisation, "the Earth's corners"). */
const REGION = new RegExp(`^(?:(?:${REGION_PART})\\s+)?(?:Europe|Africa|Asia|America|Americas|Caribbean|Balkans|Caucasus|Maghreb|Sahel|Earth)$`);
/** The adjective of a region ("Central American peace accord", "we Latin Americans"): a group, as "African" is. */
const REGION_ADJECTIVE = new RegExp(`^(?:${REGION_PART})\\s+(?:American|African|Asian|European)s?$`);
/** A part's word alone, that the tagger cut from its continent's name or adjective ("[Central] American conflict"). */
const REGION_PART_ALONE = new RegExp(`^(?:${REGION_PART})$`);
/** The word after a "Middle" the tagger left alone: "East", a scan's "east", "Eastern". */
const MIDDLE_EAST_AFTER = /^[^\S\n]{1,3}([Ee]ast|Eastern)\b/;
/** The continent's word right after a part's word (a space or line breaks: "Latin\n\n\nAmerican States" in a scanned speech). */
const CONTINENT_AFTER = /^\s{1,4}(?:America|Americas|Africa|Asia|Europe|(?:American|African|Asian|European)s?)\b/;
/** A continent's name alone. */
const CONTINENT: ReadonlySet<string> = new Set(['America', 'Africa', 'Asia', 'Europe']);
/** A part's word right before a continent, on the same line ("Latin ", "South "). */
const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}-])((?:${REGION_PART})[^\\S\\n]+)$`, 'u');
/** Religions' adjectives and their plurals ("the defenceless Muslim population", "Muslims"), a group, never a person. */
const RELIGIONS = new Set(['Muslim', 'Moslem', 'Christian', 'Jewish', 'Hindu', 'Buddhist', 'Catholic', 'Protestant', 'Sunni', 'Shia', 'Shiite']);
/** A place's generic word the tagger left out before a name it took for a person's ("Camp" David, "Cape" Verde). */
const PLACE_WORD_BEFORE = /\b(?:Camp|Fort|Port|Mount|Lake|Cape)\s+$/;
/**
 * Words that make a name a place's whatever the tagger typed (it takes a village, an island or a
 * lake of one mention for a person: "Lake Nyanza", "Greater Tumb", "Deir Yasin", "Chagos
 * Archipelago"): a geographic feature's word, "Greater"/"Lesser" before a name, the Arabic words
 * for monastery, village, house and valley that open place names. No person's name opens or ends so,
 * nor a body's without a connector and a body's noun ("the Aouzou Strip", "the River Niger"; not "the Law of the Sea").
 */
const PLACE_OPENING = /^(?:Lake|River|Mount|Cape|Gulf|Greater|Lesser|Deir|Dair|Kafr|Kfar|Beit|Wadi|Jebel|Jabal)\s+\p{Lu}/u;
const PLACE_ENDING = /\s(?:Archipelago|Island|Islands|Isles|Atoll|Atolls|Peninsula|Lake|River|Valley|Desert|Plateau|Heights|Mountains|Strait|Straits|Canal|Bay|Channel|Coast|Strip|Gulf|Basin)$/;
/**
 * A generic plural of countries ("the Arab States", "African States", "Balkan States", "Western
 * Powers", "the States of Africa"): a set of countries the sentence describes, not a name; "States
 * of" a region or country names that place. Categories of the Organization's own ("Least Developed
 * Countries", "Small Island Developing States") hold a common word and stay.
 */
const ADJECTIVE_PLURAL = /^((?:\p{Lu}[\p{L}-]*\s+){1,2})(?:States|Countries|Powers)$/u;
const PLURAL_OF = /^(?:States|Countries|Nations|Peoples|Powers|Governments|Principalities|Kingdoms|Republics)\s+of\s+(?:the\s+)?/;
/** Compass adjectives, common words that still make a plural generic ("Western Powers"). */
const COMPASS = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Central']);
/** Words that make the plural one group's or country's name ("United Mexican States", "Front-line States"). */
const NAMED_PLURAL_WORDS = new Set(['United', 'Federated', 'Front-line', 'Frontline', 'Non-Aligned', 'Nonaligned']);
/**
 * A people's word made from a place's name ("Fijians", "Lebanese", "South Koreans"): a group,
 * whatever the tagger typed; not a place's own name ending so ("Balkans", "Bantustans": the
 * gazetteer's, or "-stans"), nor a common word ("Physicians", "Parliamentarians"). A word in "-is" is a people's only when its stem is a known place
 * ("Iraqis", "Somalis"), not otherwise ("Tigris", "Annapolis").
 */
const PEOPLES_WORD = /^(?:(?:South|North|East|West)\s+)?\p{Lu}\p{Ll}{2,}(?:ans|ese|(is))(?<!stans)$/u;
/** A people's word in "-i": a country's name less its "a" or with an "i" ("Somali", "Iraqi"), not a place's own name ("Malawi", "Haiti"). */
const PEOPLES_I = /^\p{Lu}\p{Ll}{2,}i$/u;
/** A compass word and a name ("Southern Rhodesia", "East Timor"): a part of a country or a colony, not a body. */
const COMPASS_PLACE = /^(?:Southern|Northern|Eastern|Western|South|North|East|West|Upper|Lower)\s+\p{Lu}\p{Ll}+$/u;
/** An adjective's or a plural's ending ("West German", "South African", "North Atlantic", "Northern Unionists"): no place's name on its own. */
const ADJECTIVE_ENDING = new RegExp(`(?:${PEOPLE_ADJECTIVE_ENDINGS}|ans?|ic|ed|ists?)$`);
/**
 * Common nouns of meetings and agreements after a place's name ("the Bali meeting", "the Oslo
 * accords", "the Geneva talks"): the name is the place's, the meeting is not named.
 */
const MEETING_AFTER = /^[^\S\n]+(?:meetings?|agreements?|summits?|talks|process|accords?|negotiations|conference|round)\b/;

/** An indefinite article and up to two lower-case words, no function words, before a mention ("a new ", "an ever greater "; not "a dialogue between "). */
/** A function word or a punctuation mark after a mention: the mention is a noun phrase's head, not a modifier. */
const FUNCTION_AFTER = /^(?:[^\S\n]*[,.;:)]|\s+(?:to|for|of|in|on|and|or|that|which|with|from|by|at|is|was|has|will)\b)/;
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an)\s+(?:(?!(?:between|in|on|of|with|from|to|for|by|at|into|over|under|against|about|and|or|than|when|where|which|that|who|whose|as|is|was)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** A connector and a capitalised word after a mention: a longer name goes on. */
const TITLE_GOES_ON = /^\s+(?:for|of|on|against)\s+(?:the\s+)?\p{Lu}/u;
/** A number that names a group of States ("the Twelve", "the Nine"). */
const NUMBER_NAME = /^(?:Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty)$/;

/** An acronym as speeches write one ("SWAPO", "ANC"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** A special or emergency special session of the Assembly cited with a resolution ("3201 (S-VI)", "ES-10"): no name. */
const SESSION_REFERENCE = /^E?S-(?:[IVXLC]+J?|\d+)$/;
/** Possessive determiners: "My Government", "Our Organization" refer back to a body named elsewhere. */
const DETERMINER = /^(?:My|Our|Your|His|Her|Their|This|That|These|Those)\s+/;
/** The words left of a title's tail: a head and its connector ("Treaty on the | Elimination of ...", "Convention relating to the | Status of Refugees"). */
const BEFORE_TAIL = /(\p{Lu}[\p{L}-]*)\s+(?:on|of|for|against|to|relating\s+to|concerning)\s+(?:the\s+)?$/u;
/** "Plan of Action", "Programme of Action", "Platform for Action": instruments whatever their head. */
const OF_ACTION = /^(?:\S+\s+)*?(?:Plan|Programme|Program|Platform|Framework)\s+(?:of|for)\s+Action\b/;


/**
 * What a name's own words say, whatever its context and the lexicon (bits, below): the rules here
 * ask a dozen such questions of each mention, by regular expressions and sets, and names recur from
 * document to document, so they are answered once per name (memoised); the questions of the
 * context and of the lexicon are asked as before, in the same order.
 */
const S_SINGLE = 1 << 0; // one word
const S_REGION = 1 << 1; // a region or the Earth: a place
const S_FAITH = 1 << 2; // a region's adjective or a religion's word: a group
const S_DROP = 1 << 3; // an instrument, an acronym of one, a post, a session's reference: no entity
const S_OFFICIALS = 1 << 4; // officials named by their post (not a meeting of them)
const S_STATE_FIRST = 1 << 5; // "State" and a capital ("State Baker" after "Secretary of")
const S_CAPITALISED = 1 << 6; // a capital and a lower-case letter first
const S_PEOPLES_WORD = 1 << 7; // PEOPLES_WORD
const S_TITLE_FIRST = 1 << 8; // a person's title first (isTitledPerson's first test)
const S_EVENT_HEAD = 1 << 9;
const S_LONE_EVENT = 1 << 10;
const S_BODY_HEAD = 1 << 11; // BODY_HEADS has its head
const S_DETERMINER = 1 << 12;
const S_LY = 1 << 13; // a capitalised adverb in "-ly" ("Sixthly")
const S_ACRONYM = 1 << 14;
const S_NUMBER = 1 << 15; // NUMBER_NAME
const S_PLACE_WORDS = 1 << 16; // PLACE_OPENING or PLACE_ENDING
const S_PLURAL_OF = 1 << 17; // PLURAL_OF
const S_FEATURE = 1 << 18; // isFeatureName
const S_ANY_BODY_HEAD = 1 << 19; // isBodyHead of its head

const nameShape = memoizeByString((name: string): number => {
  const head = headOf(name);
  const single = !name.includes(' ');
  const drop = name === 'Co' || INSTRUMENT_ACRONYMS.has(name) || OF_ACTION.test(name) || SESSION_REFERENCE.test(name)
    || (single && INSTRUMENT_HEADS.has(name)) || (!single && (INSTRUMENT_HEADS.has(head) || INSTRUMENT_HEADS.has(lastTwoWords(headPart(name)))))
    || POST_HEADS.has(head) || POST_OF_PLACE.test(name);
  const officials = OFFICIALS_HEADS.has(head) && (!isBodyHead(name.slice(name.lastIndexOf(' ') + 1)) || /\sof\s+(?:the\s+)?(?!State$|Government$)\S+$/.test(name));
  const space = name.indexOf(' ');
  const region = REGION.test(name);
  return (single ? S_SINGLE : 0) | (region ? S_REGION : 0)
    | (!region && (REGION_ADJECTIVE.test(name) || RELIGIONS.has(name) || RELIGIONS.has(singularOf(name) ?? '')) ? S_FAITH : 0)
    | (drop ? S_DROP : 0) | (officials ? S_OFFICIALS : 0) | (/^State\s+\p{Lu}/u.test(name) ? S_STATE_FIRST : 0)
    | (/^\p{Lu}\p{Ll}/u.test(name) ? S_CAPITALISED : 0) | (PEOPLES_WORD.test(name) ? S_PEOPLES_WORD : 0)
    | (space >= 0 && PERSON_TITLES.has(name.slice(0, space)) ? S_TITLE_FIRST : 0) | (EVENT_HEADS.has(head) ? S_EVENT_HEAD : 0)
    | (LONE_EVENTS.has(name) ? S_LONE_EVENT : 0) | (BODY_HEADS.has(head) ? S_BODY_HEAD : 0) | (DETERMINER.test(name) ? S_DETERMINER : 0)
    | (/^\p{Lu}\p{Ll}+ly$/u.test(name) ? S_LY : 0) | (ACRONYM.test(name) ? S_ACRONYM : 0) | (NUMBER_NAME.test(name) ? S_NUMBER : 0)
    | (PLACE_OPENING.test(name) || PLACE_ENDING.test(name) ? S_PLACE_WORDS : 0) | (PLURAL_OF.test(name) ? S_PLURAL_OF : 0)
    | (isFeatureName(name) ? S_FEATURE : 0) | (isBodyHead(head) ? S_ANY_BODY_HEAD : 0);
});

/** The mentions with instruments and posts dropped and events typed as events. */
export function typeByHead(seg: SegmentedText, tagged: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const out: EntityMention[] = [];
  const mentions = joinRegionParts(seg, tagged);
  const definedBodies = lazy(() => bodiesByInitials(mentions));
  const familyNames = lazy(() => new Set(mentions.filter((p) => p.type === 'person' && /\s/.test(p.text)).map((p) => p.text.split(/\s+/).pop()!)));
  for (const m of mentions) {
    // An acronym the text defines as a body's ("South West Africa People's Organization (SWAPO)") stays the body's beside a place ("Namibia and SWAPO").
    if ((m.type === 'place' || m.type === 'person') && ACRONYM.test(m.text) && definedBodies().has(m.text)) {
      out.push(retyped(m, 'organization'));
      continue;
    }
    // Groups only as multi-word names ("Argentine Constitution"): a single one is a people ("Syrians").
    if (m.type !== 'person' && m.type !== 'place' && m.type !== 'organization' && !(m.type === 'group' && /\s/.test(m.text))) {
      out.push(m);
      continue;
    }
    const name = spaced(m.text);
    const shape = nameShape(name);
    const retypedTo = (shape & S_REGION ? 'place' : shape & S_FAITH ? 'group' : '') || (m.type === 'place' && shape & S_SINGLE && familyNames().has(name) && !lex.isCountry?.(name) && !LOCATIVE_BEFORE.test(seg.text.slice(Math.max(0, m.start - 8), m.start)) ? 'person' : undefined);
    if (retypedTo) {
      out.push(retyped(m, retypedTo));
      continue;
    }
    if (m.type === 'organization' || m.type === 'place') {
      const byShape = typeFromWords(seg, m, name, shape, lex);
      if (byShape) {
        out.push(retyped(m, byShape));
        continue;
      }
    }
    if (m.type === 'person' && shape & S_PLACE_WORDS) {
      out.push(retyped(m, 'place'));
      continue;
    }
    const pluralOf = shape & S_PLURAL_OF ? PLURAL_OF.exec(name) : null;
    if ((pluralOf || isAdjectivePlural(name, lex)) && !lex.isKnownName(name)) {
      // "States of Africa" names Africa; what follows "of" is kept when it is a place.
      const rest = pluralOf ? name.slice(pluralOf[0].length) : '';
      // Not a region the tagger cut ("States of South" | Asia).
      if (rest && (REGION.test(rest) || lex.knownType(rest) === 'place') && !/^[^\S\n]*\p{Lu}/u.test(seg.text.slice(m.end, m.end + 3))) {
        const start = m.end - rest.length - (m.text.length - m.text.trimEnd().length);
        if (spaced(seg.text.slice(start, m.end)) === rest) out.push(mention(start, m.end, seg.text.slice(start, m.end), 'place', m.confidence));
      }
      continue;
    }
    const placeWord = m.type === 'person' && shape & S_SINGLE ? PLACE_WORD_BEFORE.exec(seg.text.slice(Math.max(0, m.start - 6), m.start)) : null;
    if (placeWord) {
      const start = m.start - placeWord[0].length;
      out.push(mention(start, m.end, seg.text.slice(start, m.end), 'place', m.confidence));
      continue;
    }
    if (m.type === 'person' && !familyNames().has(name) && isPlaceNotPerson(seg, m, name, mentions, lex)) {
      out.push(retyped(m, 'place'));
      continue;
    }
    const kept = typeByHeadWord(seg, m, name, shape, lex);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * The mention as the rules by its head word and the words around it keep it, retyped or not;
 * undefined when it names no entity of ours (a function of its own: each part compiles alone).
 */
function typeByHeadWord(seg: SegmentedText, m: EntityMention, name: string, shape: number, lex: NameLexicon): EntityMention | undefined {
  const single = (shape & S_SINGLE) !== 0;
  // "Co" of "Co-operation" (a piece of a hyphenated word that no rule joined into a name), an instrument's acronym or its
  // noun alone ("a quotation from the Koran", "the two Covenants"), a title headed by an instrument's noun or a post's.
  if (shape & S_DROP) return undefined;
  // A meeting of officials keeps its name ("Commonwealth Heads of Government Meeting", "the Commonwealth Heads of Government" who
  // meet), not a post "of" another body's noun alone ("OSCE Head of Mission", "Chairman of the Committee").
  if (shape & S_OFFICIALS && m.type !== 'person') return undefined;
  const portfolio = endsOnWord(seg.text, m.start, 30, PORTFOLIO_LAST_WORDS) && PORTFOLIO_BEFORE.test(seg.text.slice(Math.max(0, m.start - 30), m.start));
  // "Secretary of State Baker": the post's words end at "State", the person's name follows.
  if (portfolio && shape & S_STATE_FIRST) {
    const cut = m.text.search(/\s\S/) + 1;
    return mention(m.start + cut, m.end, m.text.slice(cut), 'person', m.confidence);
  }
  // "Minister for Foreign Affairs (of Bangladesh)": a portfolio, no body of its own.
  if (portfolio && m.type !== 'person' && !(shape & S_ANY_BODY_HEAD) && headPart(name).split(' ').every((w) => w === 'and' || lex.isOrdinaryWord(w))) return undefined;
  // A family name alone right after a person's title ("Governor [Scranton]" as a place, "former Presidents [Truman] and Eisenhower" as a body).
  if (single && m.type !== 'person' && shape & S_CAPITALISED && TITLE_BEFORE.test(seg.text.slice(Math.max(0, m.start - 20), m.start))
    && !lex.isOrdinaryWord(name) && !isBodyHead(name) && !lex.isCountry?.(name) && !(shape & S_PEOPLES_WORD)) {
    return retyped(m, 'person');
  }
  if (m.type !== 'person' && ((shape & S_TITLE_FIRST && isTitledPerson(name, lex)) || (endsOnWord(seg.text, m.start, 20, STATE_WORD) && /Secretary\s+of\s+State\s+$/.test(seg.text.slice(Math.max(0, m.start - 20), m.start)) && !lex.isOrdinaryWord(name)))) {
    return retyped(m, 'person');
  }
  if (shape & S_EVENT_HEAD) {
    return !single || shape & S_LONE_EVENT ? retyped(m, 'event') : undefined;
  }
  if (!single && m.type !== 'organization' && shape & S_BODY_HEAD) {
    return retyped(m, 'organization');
  }
  // The tail of a title whose head the tagger left out ("Declaration on the [Strengthening of International Security]").
  // The name's words first (a memo's lookup), then the words before it (a search of the text): most names are no title's words.
  const before = endsOnWord(seg.text, m.start, 40, TAIL_LAST_WORDS) && isTitleWords(name, lex) ? BEFORE_TAIL.exec(seg.text.slice(Math.max(0, m.start - 40), m.start)) : null;
  if (before && (TITLE_HEADS.has(before[1]) || INSTRUMENT_HEADS.has(before[1]))) return undefined;
  if (shape & S_DETERMINER) return undefined;
  if (single && opensSentence(seg, m.start) && !lex.isKnownName(name) && (lex.isOrdinaryWord(name) || shape & S_LY)) return undefined;
  // Nor, anywhere, a body or a place of one common word of English ("Undermines", "Obstructions",
  // "Preamble", "Democracies", "Seabed"), but a number ("the Twelve" of the European Community)
  // and the first word of a longer name the tagger cut ("Physicians" for Social Responsibility).
  if (single && m.type !== 'person' && m.type !== 'group' && !(shape & (S_ACRONYM | S_NUMBER)) && lex.isOrdinaryWord(name) && !lex.isKnownName(name)
    && !TITLE_GOES_ON.test(seg.text.slice(m.end, m.end + 20))) return undefined;
  // A capitalised common word after an indefinite article and before a function word ("should give
  // a new Impetus to the resumption of the dialogue"): old UN English capitalises nouns, and "a"
  // opens no body's name of one word but one used as a modifier ("a Likud government"). A place
  // after "a" is a place still ("a neutral Kampuchea").
  if (single && m.type === 'organization' && !(shape & S_ACRONYM) && INDEFINITE_BEFORE.test(seg.text.slice(Math.max(0, m.start - 40), m.start))
    && FUNCTION_AFTER.test(seg.text.slice(m.end, m.end + 12)) && !lex.isKnownName(name)) return undefined;
  return m;
}

/** A preposition of place right before a name ("in Salisbury", "at Camp David", "from Lusaka"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near)\s+$/u;
/** "and" or "or" between two names ("Pretoria and Salisbury"). */
const AND_BETWEEN = /^\s+(?:and|or)\s+$/;

/** A geographic feature's name without a connector ("the Aouzou Strip", "the River Niger"), not a body named after one ("Gulf Cooperation Council"). */
function isFeatureName(name: string): boolean {
  return !HEAD_END.test(name) && (PLACE_ENDING.test(name) || (PLACE_OPENING.test(name) && !isNameHead(name.slice(name.lastIndexOf(' ') + 1))));
}

/**
 * A city the tagger took for a body after a preposition of place ("the Conference of Ministers
 * which met in Kingston", "the Conference held at Monterrey"): one word, no acronym, the
 * gazetteer's place (a city the training text knows as a club's name: Monterrey, Bologna), no
 * longer name after it ("in Kingston Town").
 */
function isCityWhereMet(seg: SegmentedText, m: EntityMention, name: string, lex: NameLexicon): boolean {
  return !name.includes(' ') && !ACRONYM.test(name) && !!lex.isPlaceName?.(name) && LOCATIVE_BEFORE.test(seg.text.slice(Math.max(0, m.start - 8), m.start))
    && !/^[^\S\n]*\p{Lu}/u.test(seg.text.slice(m.end, m.end + 3));
}

/**
 * A name the tagger took for a person's that is a place: names of two words or more that are the
 * gazetteer's place and no person's name as a whole ("Diego Garcia", "Nagorny Karabakh"); one word
 * the gazetteer knows as a place ("Salisbury", a city and a lord; "Fukuyama", a city and a writer)
 * only after a preposition of place or beside a place ("the regime in Salisbury", "Pretoria and
 * Salisbury"), and never one that ends a person's full name in the document.
 */
function isPlaceNotPerson(seg: SegmentedText, m: EntityMention, name: string, mentions: readonly EntityMention[], lex: NameLexicon): boolean {
  if (!lex.isPlaceName?.(name) || /['’]s$/.test(name)) return false;
  if (name.includes(' ')) return !lex.isPersonName?.(name) && lex.knownType(name) === 'place';
  // Not a people's or a language's adjective ("in Roman law"), nor a possessive ("Salisbury's").
  if (ADJECTIVE_ENDING.test(name) || /^['’]s/.test(seg.text.slice(m.end, m.end + 2))) return false;
  if (LOCATIVE_BEFORE.test(seg.text.slice(Math.max(0, m.start - 8), m.start))) return true;
  const i = mentions.indexOf(m);
  const beside = (o: EntityMention | undefined, gap: string): boolean => !!o && o.type === 'place' && AND_BETWEEN.test(gap);
  return beside(mentions[i - 1], seg.text.slice(mentions[i - 1]?.end ?? 0, m.start)) || beside(mentions[i + 1], seg.text.slice(m.end, mentions[i + 1]?.start ?? 0));
}

/**
 * A part's word the tagger cut from its continent ("[Central] American conflict", "[Central]
 * America"): the mention runs on over the continent's word, and a mention of that word alone goes.
 * Not where a longer name runs on past it ("Central" | "African Republic"). A continent's mention
 * whose part's word the tagger left out runs back over it ("Latin [America]": "America" alone is
 * the United States when names are resolved).
 */
function joinRegionParts(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.text === 'Middle' && m.type === 'place') {
      // "Middle" alone is no place: of "Middle Eastern" (a region's adjective, a group as "African" is), of a
      // scan's "Middle east", or of "the Near, Middle and Far East".
      const east = MIDDLE_EAST_AFTER.exec(seg.text.slice(m.end, m.end + 12));
      if (!east) continue;
      const end = m.end + east[0].length;
      out.push(mention(m.start, end, seg.text.slice(m.start, end), east[1] === 'Eastern' ? 'group' : 'place', m.confidence));
      if (mentions[i + 1] && mentions[i + 1].start < end) i++;
      continue;
    }
    // A part's word the tagger left out before its continent ("Latin [America]", "South [America]").
    const part = CONTINENT.has(m.text) && m.type !== 'person' ? PART_BEFORE.exec(seg.text.slice(Math.max(0, m.start - 20), m.start)) : null;
    if (part && (out.length === 0 || out[out.length - 1].end <= m.start - part[1].length)) {
      const start = m.start - part[1].length;
      out.push(mention(start, m.end, seg.text.slice(start, m.end), 'place', m.confidence));
      continue;
    }
    const next = REGION_PART_ALONE.test(m.text) ? CONTINENT_AFTER.exec(seg.text.slice(m.end, m.end + 12)) : null;
    const end = next ? m.end + next[0].length : m.end;
    const after = mentions[i + 1];
    if (!next || (after && after.start < end && after.end > end)) {
      out.push(m);
      continue;
    }
    out.push(mention(m.start, end, seg.text.slice(m.start, end), m.type, m.confidence));
    if (after && after.start < end) i++;
  }
  return out;
}

/**
 * The type a place's or organisation's mention has by its words and the noun after it: a people's
 * word is a group; a known country, a compass word and a name, a place's name before "meeting" or
 * "agreement" are places, unless the name is a body's (its head, an acronym, the gazetteer's).
 */
function typeFromWords(seg: SegmentedText, m: EntityMention, name: string, shape: number, lex: NameLexicon): EntityType | undefined {
  if (m.type === 'organization' && (isCityWhereMet(seg, m, name, lex) || shape & S_FEATURE)) return 'place';
  // PEOPLES_WORD ends on "s" or "e", PEOPLES_I on "i": most names on neither.
  const last = name.charCodeAt(name.length - 1);
  const people = last === 115 || last === 101 ? PEOPLES_WORD.exec(name) : null;
  const peopleI = last === 105 && PEOPLES_I.test(name);
  // A place that is no people's word keeps its type whatever the gazetteer says: it is not asked.
  if (m.type !== 'organization' && !people && !peopleI) return undefined;
  const known = lex.knownType(name);
  if (known === 'organization') return undefined;
  if (people && known !== 'place' && !lex.isOrdinaryWord(name) && (!people[1] || [name.slice(0, -2), `${name.slice(0, -1)}a`].some((stem) => lex.knownType(stem) === 'place'))) return 'group';
  if (peopleI && known !== 'place' && !lex.isOrdinaryWord(name) && [name.slice(0, -1), `${name}a`].some((stem) => lex.isCountry?.(stem))) return 'group';
  if (m.type !== 'organization' || isBodyHead(headOf(name)) || !/\p{Ll}/u.test(name) || /[\d/]|\p{L}-\p{Lu}/u.test(name)) return undefined;
  // Not a piece of a longer name ("South" | Viet Nam, "The" | United Nations) nor a common word opening a sentence ("Paramount among these").
  if (/^[^\S\n]*\p{Lu}/u.test(seg.text.slice(m.end, m.end + 3)) || (opensSentence(seg, m.start) && lex.isOrdinaryWord(name))) return undefined;
  // A country acting ("Cyprus proposed"), not a city, which in news names its club ("Surrey", "Nice").
  if (known === 'place' && lex.isCountry?.(name)) return 'place';
  const words = name.split(' ');
  if (COMPASS_PLACE.test(name) && !lex.isOrdinaryWord(words[1]) && !ADJECTIVE_ENDING.test(name)) return 'place';
  const named = words.length <= 3 && !ADJECTIVE_ENDING.test(name) && words.every((w) => !lex.isOrdinaryWord(w));
  return named && MEETING_AFTER.test(seg.text.slice(m.end, m.end + 16)) ? 'place' : undefined;
}

/**
 * The initials of the document's names of bodies ("SWAPO" of "South West Africa People's
 * Organization"), not of goals ("MDG") nor of a country's long form the tagger typed so ("USSR").
 */
function bodiesByInitials(mentions: readonly EntityMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const name = spaced(m.text);
    if (m.type === 'organization' && isBodyHead(headOf(name)) && typeFromShape(name, m.type) !== 'place') out.add(initialsOf(name).toUpperCase());
  }
  return out;
}

/** "Arab States", "Western Powers": adjectives of peoples, regions or compass points before a plural of countries. */
function isAdjectivePlural(name: string, lex: NameLexicon): boolean {
  const plural = name.endsWith('s') ? ADJECTIVE_PLURAL.exec(name) : null;
  if (!plural) return false;
  const words = plural[1].trim().split(' ');
  return words.every((w) => !NAMED_PLURAL_WORDS.has(w) && !isBodyHead(w) && (COMPASS.has(w) || !lex.isOrdinaryWord(w)));
}

/** A title and a family name with no common word after the title: "General de Gaulle", not "General Motors" or "Prince Edward Island". */
function isTitledPerson(name: string, lex: NameLexicon): boolean {
  // The title first: most names open on none, answered before the name is split.
  const space = name.indexOf(' ');
  if (space < 0 || !PERSON_TITLES.has(name.slice(0, space))) return false;
  const words = name.split(' ');
  if (words.length > 4) return false;
  return words.slice(1).every((w) => NAME_PARTICLES.has(w) || (/^\p{Lu}/u.test(w) && !lex.isOrdinaryWord(w) && !isBodyHead(w))) && /^\p{Lu}/u.test(words[words.length - 1]);
}


/** The last two words of a name (all of it when it has fewer), as `name.split(' ').slice(-2).join(' ')`. */
function lastTwoWords(name: string): string {
  const last = name.lastIndexOf(' ');
  return name.slice((last > 0 ? name.lastIndexOf(' ', last - 1) : -1) + 1);
}

/**
 * The words a pattern anchored at a mention's start ends on before the white space there: one of
 * them must be the word right before it (`wordBeforeSpace`) for the pattern to match the `reach`
 * characters before the mention.
 */
const PORTFOLIO_LAST_WORDS = new Set(['for', 'of', 'the', 'and']);
const STATE_WORD = new Set(['State']);
const TAIL_LAST_WORDS = new Set(['on', 'of', 'for', 'against', 'to', 'concerning', 'the']);

/** Is the word before the white space ending at `at` (within `reach` characters) one of `words`? */
function endsOnWord(text: string, at: number, reach: number, words: ReadonlySet<string>): boolean {
  return words.has(wordBeforeSpace(text, at, Math.max(0, at - reach)));
}
