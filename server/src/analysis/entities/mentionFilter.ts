/**
 * The last word on a tagged span before it becomes a mention: a name never starts or ends with
 * punctuation ("David Rubin &", "& Dec", "&A" of "Q&A"), a title alone is no one ("Mr", "Lord":
 * the title belongs to the name it precedes), and holidays, awards and products are not entities
 * of our types however capitalised ("Christmas", "Oscar"). Nor is a generic institutional noun on
 * its own ("the Organization", "this Assembly", "member States", "the Government"): speeches and
 * official prose capitalise it by convention, and it refers back to a full name ("the United
 * Nations", "the General Assembly") or to whichever government the sentence means, so as an
 * entity of its own it would merge every such body of the corpus into one.
 */
import { memoizeByString } from '../common/stringMemo';
import type { EntityType } from '../types';
import { TITLES, TITLE_FIRST_WORDS, titleRunAt } from './titleRuns';
import { BUILTIN_ALIASES } from './aliases';
import { wordBeforeSpace } from './nameText';

const TITLE_SET = new Set(TITLES.map((t) => t.replace(/\.$/, '')));

/**
 * A name made of titles only ("Honourable Mrs.", "The Right Honourable", "H.E. General", "Emir"):
 * what is left of a person's name or a ruler's title once the tagger split it, never an entity
 * (issue 11; all 6,350 UN speeches). "The" alone stays: the long-name rules join it to the name it
 * was cut from ("The" | "Conference on Security and Co-operation in Europe").
 */
function isTitlesOnly(key: string): boolean {
  // Asked of every mention the tagger makes (cleanMention): most open on no title, answered before the key is split.
  const space = key.indexOf(' ');
  const first = (space < 0 ? key : key.slice(0, space)).replace(/\.$/, '');
  if (first !== 'the' && !TITLE_FIRST_WORDS.has(first)) return false;
  const words = key.split(' ');
  let i = words[0] === 'the' ? 1 : 0;
  if (i === words.length) return false;
  while (i < words.length) {
    const run = titleRunAt(words, i);
    if (!run) return false;
    i += run;
  }
  return true;
}

/** Capitalised words of news text that name no person, place, organisation or group. */
export const NOT_ENTITIES = new Set([
  // holidays, festivals, periods of the year
  'christmas', 'xmas', 'easter', 'ramadan', 'eid', 'hanukkah', 'diwali', 'passover', 'thanksgiving', 'halloween', 'new year', "new year's day",
  'new year’s day', 'lent', 'advent', 'yom kippur', 'boxing day', 'valentine’s day', "valentine's day", 'st patrick’s day', "st patrick's day",
  // awards and prizes
  'oscar', 'oscars', 'grammy', 'grammys', 'emmy', 'emmys', 'bafta', 'baftas', 'tony award', 'golden globe', 'golden globes', 'brit award',
  'brit awards', 'booker', 'booker prize', 'nobel prize', 'pulitzer', 'pulitzer prize', 'palme d’or', "palme d'or",
  // products and devices
  'pc', 'pcs', 'ipod', 'ipods', 'iphone', 'ipad', 'xbox', 'playstation', 'walkman', 'dvd', 'dvds', 'cd', 'cds', 'mp3', 'windows xp', 'psp',
  // days and months the tagger sometimes takes for names
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // an epithet of God, alone ("the Almighty", "God Almighty"), taken for a place
  'almighty',
  // God and the prophets as invoked in speeches ("Almighty God", "may God bless"): a deity is no
  // person of the People list, and "the Prophet" refers to a person named elsewhere
  'god', 'almighty god', 'god almighty', 'lord god', 'allah', 'the almighty', 'jehovah', 'prophet', 'holy prophet', 'the prophet',
  // "Ad" of "Ad hoc Committee"
  'ad',
  // citation abbreviations ("[Ibid., para. 67]", "op. cit.") and a name's suffix alone ("Thomas Remengesau, Jr.")
  'ibid', 'ibid.', 'ibidem', 'id.', 'idem', 'op. cit', 'op. cit.', 'loc. cit', 'loc. cit.', 'cf', 'cf.', 'et al', 'et al.', 'jr', 'jr.', 'sr', 'sr.',
]);

/** Generic nouns for a body, document or polity: names only with a proper part ("General Assembly", "Republic of Korea"). */
export const GENERIC_INSTITUTIONS = new Set([
  'government', 'governments', 'state', 'states', 'member state', 'member states', 'nation', 'nations', 'people', 'peoples',
  'organization', 'organizations', 'organisation', 'organisations', 'assembly', 'council', 'charter', 'conference', 'conferences',
  'treaty', 'treaties', 'committee', 'commission', 'republic', 'union', 'secretariat', 'convention', 'declaration', 'covenant',
  'protocol', 'agreement', 'accords', 'programme', 'program', 'movement', 'summit', 'court', 'tribunal', 'ministry', 'department',
  'agency', 'institute', 'fund', 'party', 'power', 'powers', 'parliament', 'cabinet', 'administration', 'kingdom', 'federation', 'community',
  'house', 'chamber', 'bureau', 'chair', 'office', 'ad hoc committee', 'foreign ministers', 'secretarygeneral', 'head', 'heads', 'states parties', 'states members', 'member countries', 'head of state', 'heads of state', 'head of government', 'heads of government', 'secretary-general', 'secretary general',
]);

/**
 * "this" or "these" right before a one-word name, or with an adjective of praise or sameness between
 * ("this very Hall", "this great Hall", "this august Hall"), makes it a common noun pointing at
 * something in the room or the text, not a name; a surname ("Hall said") is never preceded by one.
 * ("that" is left out: as a conjunction it precedes names, "we believe that Israel"; so are other
 * words between, "this year Israel".) "the General Assembly Hall" is the room of a body.
 */
const DEMONSTRATIVE_ADJECTIVES = ['very', 'same', 'great', 'august', 'hallowed', 'historic', 'noble', 'venerable', 'distinguished', 'illustrious', 'solemn',
  'honourable', 'honorable', 'prestigious', 'magnificent', 'beautiful', 'sacred', 'famous', 'universal'];
const DEMONSTRATIVE_BEFORE = new RegExp(`(?:\\b(?:this|these)\\s+(?:(?:${DEMONSTRATIVE_ADJECTIVES.join('|')})\\s+)?)$`, 'i');
/** The words DEMONSTRATIVE_BEFORE ends on before the white space at the name, lower-cased: one must be there for it to match. */
const DEMONSTRATIVE_LAST_WORDS = new Set(['this', 'these', ...DEMONSTRATIVE_ADJECTIVES]);
/** A quantifier opening a generic plural ("All States", "All the States", "Each Member State"): no name, whatever follows. */
const QUANTIFIED_GENERIC = /^(?:All|Each|Every|Both|Many|Most|Some|Other|Several)\s+(?:the\s+|our\s+)?(?:States?|Members?|Governments?|Nations|Countries|Peoples?)\b/;

// A possessive determiner too: "the General Assembly My delegation", where a scanned text lost the full stop.
const TRAILING_FUNCTION_WORD = /\s+(?:of|de|del|da|do|des|du|la|le|the|and|for|in|on|at|to|by|with|&|my|our|your|his|her|their|its)$/i;
/**
 * Function words no name starts with: "of Mozambique", "Of Corinto" are the tagger's strays. "in",
 * "on", "at" and "to" only in lower case, since "To Lam" and "On Kawara" are names; "The Hague"
 * keeps "The".
 */
const LEADING_FUNCTION_WORD = /^(?:[Oo]f|[Aa]nd|[Ff]or|[Bb]y|[Ww]ith|&|in|on|at|to)(?:\s+|$)/;

/**
 * A UN document symbol ("SG/SM/8376", "A/55/L.2", "S/RES/242 (1967)"): capitals and numbers joined by
 * slashes, one part with a digit. Its letters are series codes, not names; "UNDP/UNFPA" (no digit) is
 * two names and stays.
 */
const DOCUMENT_SYMBOL = /^[\p{Lu}\d][\p{Lu}\d.-]*(?:\/[\p{Lu}\d][\p{Lu}\d.-]*)+$/u;

/** Whether [start, end) is part of a document symbol. */
function inDocumentSymbol(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '/' && text[end] !== '/') return false;
  let a = start;
  let b = end;
  while (a > 0 && /[^\s()[\],;:]/.test(text[a - 1])) a--;
  while (b < text.length && /[^\s()[\],;:]/.test(text[b])) b++;
  const token = text.slice(a, b).replace(/\.+$/, '');
  return DOCUMENT_SYMBOL.test(token) && /\d/.test(token);
}

/** A footnote number or a run-on word glued to a name's last word by a scan: ".3", ".was", "6" after a word in lower case. */
const RUN_ON_TAIL = /(?<=\p{L}{3})\.(?:\d{1,3}|\p{Ll}{2,})$|(?<=\p{Ll}{3})\d{1,2}$/u;
/** The rest of "Co-operation", "Co-ordination", "Co-ordinator" after a name's "Co". */
const CO_WORD = /^[-—]\s*(?:operation|ordination|ordinator|ordinating)\b/;
/**
 * A word a scan garbled: lower case then a capital ("peQple", "policeState", "oE") or a digit among
 * letters ("P1A", "POL1SARIO", "Al361534"); an ordinal ("21st") is a word, and so is an initial
 * before a particle ("A.de Silva").
 */
const SCANNED_WORD = /(?:^|\s)\p{Ll}+\p{Lu}|(?!\d+(?:st|nd|rd|th)\b)(?:\p{L}\d+\p{L}|\p{Ll}\d|\d\p{Ll})/u;

/** Characters a name may start with besides letters and digits. */
const LEAD_OK = /[\p{L}\p{N}]/u;
/** Characters a name may end with besides letters and digits: the dot of "U.S." or "Corp.", a closing bracket of a balanced pair. */
const TRAIL_OK = /[\p{L}\p{N}.)]/u;

/** Acronyms among the built-in aliases ("US", "UN", "EU"): a name only in capitals. */
const ACRONYM_ALIASES = new Set(BUILTIN_ALIASES.flat().filter((n) => /^[A-Z]{2,}$/.test(n)));
/** Every built-in alias as written ("Nato" is one: British style writes the acronym so). */
const ALIAS_FORMS = new Set(BUILTIN_ALIASES.flat());

/** Can RUN_ON_TAIL match text[start, end): does it hold a dot or end with a digit? Most names do neither, and the expression would scan them whole. */
function mayRunOn(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** A name lower-cased, its apostrophes straight and its spaces single, as the word lists write names. */
function keyOfName(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
}

/** What a span's own characters say (`shapeOf`): where the name lies in it and which types it cannot be. */
interface SpanShape {
  /** The name's start and end within the span. */
  readonly start: number;
  readonly end: number;
  /** No name of any type, of the types but a group, or of a person, a place or an organisation. */
  readonly never: boolean;
  readonly onlyGroup: boolean;
  readonly notPersonPlaceOrg: boolean;
  /** One word (a demonstrative before it makes it a common noun), "Hall" (of "the General Assembly Hall"). */
  readonly oneWord: boolean;
  readonly hall: boolean;
}

/** The end of a span less a footnote's number or a word a scan ran on after its last word ("Geneva.3", "Zealand.was", "Commodities6"). */
function endLessRunOn(span: string): number {
  const runOn = mayRunOn(span, 0, span.length) ? RUN_ON_TAIL.exec(span) : null;
  // Not a document symbol's number ("AHG/Res.16", "A/C.1/L.513"): the symbol is no name at all.
  return runOn && !/[/]|\.\p{L}/u.test(span.slice(0, span.length - runOn[0].length)) ? span.length - runOn[0].length : span.length;
}

/** The shape of a span whose end needs nothing after it (all but a name cut at "Co-operation"). */
function shapeOfTrimmed(span: string): SpanShape {
  let start = 0;
  let end = span.length;
  for (let before = -1; before !== end - start; ) {
    before = end - start;
    while (start < end && !LEAD_OK.test(span[start])) start++;
    while (end > start && !TRAIL_OK.test(span[end - 1])) end--;
    if (end > start && span[end - 1] === ')' && !span.slice(start, end).includes('(')) end--;
    // A name does not end on a function word: "Code of", "Advisory Board of", "Santiago de".
    const tail = TRAILING_FUNCTION_WORD.exec(span.slice(start, end));
    if (tail) end -= tail[0].length;
    // Nor starts on one: "of" left of "Republic of Korea" once "Republic" is cut, "of Mozambique".
    const head = LEADING_FUNCTION_WORD.exec(span.slice(start, end));
    if (head) start += head[0].length;
  }
  const name = span.slice(start, end);
  const key = keyOfName(name);
  const upper = name.toUpperCase();
  const never =
    SCANNED_WORD.test(name)
    // A single letter ("&A" of "Q&A" cut to "A") is a fragment, not a name; "M3" or "G8" are names.
    || !/\p{L}/u.test(name) || !/[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(name)
    // "Let Us", "Us political" (a heading): the word, not "US" (the tagger's gazetteer reads words lower-cased).
    || (name !== upper && ACRONYM_ALIASES.has(upper) && !ALIAS_FORMS.has(name))
    || NOT_ENTITIES.has(key) || NOT_ENTITIES.has(key.replace(/'/g, '’'))
    // A roman numeral alone is a chapter or a session ("Chapter VII", "resolution 2625 (XXV)"); a word
    // in -ism an ideology ("Zionism", "Nazism"): neither names a person, place, organisation or group.
    || /^(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(name) || /^\p{Lu}\p{Ll}+ism$/u.test(name)
    || QUANTIFIED_GENERIC.test(name);
  return {
    start, end, never, onlyGroup: GENERIC_INSTITUTIONS.has(key), notPersonPlaceOrg: TITLE_SET.has(key.replace(/\.$/, '')) || isTitlesOnly(key),
    oneWord: !/\s/.test(name), hall: key === 'hall',
  };
}

/** The name's shape in the span; undefined for a name cut at "Co-operation", whose end is in the text after the span. */
const shapeOf = memoizeByString((span: string): SpanShape | false => {
  const end = endLessRunOn(span);
  return !/\sCo$/.test(span.slice(0, end)) && shapeOfTrimmed(span.slice(0, end));
});

/**
 * The span of a tagged name, cleaned: [start, end) within `text`, or undefined when what is left
 * is not a name of our types. What the span's own characters decide is memoised (names recur);
 * the characters around it are read for each mention.
 */
export function cleanMention(text: string, start: number, end: number, type: EntityType): { start: number; end: number } | undefined {
  const span = text.slice(start, end);
  let shape = shapeOf(span);
  if (!shape) {
    // "Co" of a name cut at "Co-operation" or "Co-ordination" ("South Asian Association for Regional Co" | -operation).
    const cut = start + endLessRunOn(span);
    const coWord = CO_WORD.exec(text.slice(cut, cut + 16));
    shape = shapeOfTrimmed(text.slice(start, coWord ? cut + coWord[0].length : cut));
  }
  if (shape.never || (type !== 'group' && shape.onlyGroup)) return undefined;
  if ((type === 'person' || type === 'place' || type === 'organization') && shape.notPersonPlaceOrg) return undefined;
  const a = start + shape.start;
  const b = start + shape.end;
  if (a > 0 && /[&@]/.test(text[a - 1]) && /[\p{L}\p{N}]/u.test(text[a - 2] ?? '')) return undefined;
  // A word split by the line-break hyphen of scanned text ("Afgha¬nistan", "Demo¬cratic") is a fragment of a word.
  if (text[b] === '¬' || text[a - 1] === '¬') return undefined;
  if (inDocumentSymbol(text, a, b)) return undefined;
  if (type !== 'group' && shape.oneWord && DEMONSTRATIVE_LAST_WORDS.has(wordBeforeSpace(text, a, Math.max(0, a - 24)).toLowerCase())
    && DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, a - 24), a))) return undefined;
  if (shape.hall && /\bAssembly\s+$/.test(text.slice(Math.max(0, a - 12), a))) return undefined;
  return { start: a, end: b };
}
