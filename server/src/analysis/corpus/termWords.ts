/**
 * Words a key term cannot be made of, and spellings a key term does not tell apart (keyterms.ts).
 *
 * No term, and no part of one (they break n-grams): numbers and their units, ordinals, dates.
 * "Forty-eighth session", "fiftieth", "seventh special session", "21st plenary meeting", "March",
 * "billion", "million", "cent" (of "per cent", "per" being a stop word), "XXIV", "1980s", "twenty-first
 * century", "fiftieth anniversary", "this week" were key terms of UN speeches: a session's number, a date or an amount says when or how much, not what a speech is
 * about. "third" stays a word ("Third World" is a term); "first" and "second" are stop words.
 *
 * No key term alone, but part of a phrase (like stop words): forms of address ("His Excellency",
 * "His Majesty") and the hortative "Let" ("Let us"), which opened 118 sentences of the speeches
 * that had it as a key term.
 *
 * One spelling: a transcript's spelling is no speech's theme. "dialog" was key in 19 speeches that a
 * transcriber spelled the American way, while "dialogue" is a word most speeches use; "co-operation",
 * "peace-keeping" and "non-aligned" were key beside "cooperation", "peacekeeping" and "nonaligned".
 * `spellingForm` (text/spelling.ts) folds a hyphen inside a word, "-isation" and a short list of American
 * spellings, so both spellings count as one term (labelled by the form the corpus writes most).
 */

const CARDINALS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens';
const UNITS = 'cent percent capita annum';
const ORDINALS = 'fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth';
const MONTHS = 'January February March April May June July August September October November December';
/** Spans of time a date names ("the twenty-first century", "this week", "the fiftieth anniversary"). */
const PERIODS = 'century centuries week weeks anniversary anniversaries';
const ADDRESS = 'excellency excellencies majesty majesties highness highnesses madam let';

const NUMBER_WORDS: ReadonlySet<string> = new Set(`${CARDINALS} ${UNITS} ${ORDINALS} ${PERIODS} half`.split(' '));
/** Capitalised words that number a text's parts ("Article 51", "Chapter VII", "Section 3"): a reference, not a theme. */
const REFERENCES = 'Article Articles Chapter Chapters Section Sections Paragraph Annex';
const MONTH_NAMES: ReadonlySet<string> = new Set(`${MONTHS} ${REFERENCES}`.split(' '));
const ADDRESS_WORDS: ReadonlySet<string> = new Set(ADDRESS.split(' '));

/** A session's or resolution's number in capital Roman numerals ("resolution 3379 (XXX)", "XXIV"), two letters or more. */
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A year or number scanned with "l" for "1" ("September l993"). */
const SCANNED_NUMBER = /^(?=.*\d.*\d)[\dl]+$/;

/**
 * A piece of a document's symbol: letters, a dot and a number ("PV.13" of the page header
 * "A/45/PV.13", "Rev.1", "Add.2", "L.631"), a reference, not a theme.
 */
const SYMBOL_PIECE = /^\p{L}{1,4}\.\d+$/u;

/** Tens before a hyphen: "forty-eighth", "twenty-five". */
const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(.+)$/;
const LOWER_UNITS = 'one two three four five six seven eight nine first second third fourth fifth sixth seventh eighth ninth'.split(' ');

/**
 * A number word, an ordinal or a date word ("billion", "per cent", "half", "fiftieth", "Forty-eighth",
 * "twenty-five", "21st", "1980s", "l993", "XXIV", "March", "century", "week", "anniversary"), a
 * reference's word ("Article" 51) or a document symbol's piece ("PV.13"): no key term and no part of one. Month names and references count
 * only capitalised ("march", "may", "article" are words).
 */
export function isNumberOrDateWord(word: string): boolean {
  if (MONTH_NAMES.has(word) || ROMAN.test(word) || SYMBOL_PIECE.test(word)) return true;
  const w = word.toLowerCase();
  if (NUMBER_WORDS.has(w)) return true;
  if (/^\d+(?:st|nd|rd|th|s)$/.test(w) || SCANNED_NUMBER.test(w)) return true;
  const m = TENS.exec(w);
  return m !== null && LOWER_UNITS.includes(m[1]);
}

/** A form of address or "Let": no key term alone, part of a phrase at most. */
export function isAddressWord(word: string): boolean {
  return ADDRESS_WORDS.has(word.toLowerCase());
}
