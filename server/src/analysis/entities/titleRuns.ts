/**
 * Titles and honorifics: stripped from the front of a person's name when names are resolved
 * (resolve.ts), never an entity alone (mentionFilter.ts). One table for both, matched word by
 * word in lower case, a word's final dot dropped ("Mr." and "Mr", "Rt. Hon." and "Rt Hon").
 */

/** Titles stripped from the front of a person's name (longest first when matching). */
export const TITLES = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'foreign minister', 'defence minister',
  'defense minister', 'interior minister', 'finance minister', 'minister', 'secretary of state', 'secretary-general', 'secretary general',
  'secretary', 'chancellor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'lt', 'lt.', 'captain', 'capt', 'capt.', 'major', 'maj', 'maj.', 'admiral', 'adm', 'adm.',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess',
  'pope', 'ayatollah', 'sheikh', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman',
  'comrade', 'premier', 'pres', 'pres.', 'saint', 'st', 'st.', 'rev', 'rev.', 'reverend', 'father', 'archbishop', 'bishop', 'cardinal',
  'russian president', 'us president', 'u.s. president', 'ukrainian president', 'american president', 'russian foreign minister',
  'us secretary of state', 'u.s. secretary of state', 'former president', 'late president',
  'excellency', 'his excellency', 'her excellency', 'majesty', 'his majesty', 'her majesty', 'highness', 'his highness', 'royal highness', 'his royal highness', 'madame', 'madam', 'mme', 'mme.', 'monsignor', 'monsignore', 'msgr', 'msgr.', 'sheikha', 'hadj', 'el hadj', 'al-hadj', 'al hadj', 'alhaji', 'al hadji', 'el hadji', 'marshal', 'field marshal',
  // speeches' honorifics ("H.E. Joaquin Balaguer", "the Honourable Simon Upton", "the Right Honourable ...")
  'h.e.', 'h. e.', 'honourable', 'honorable', 'right honourable', 'right honorable', 'rt. hon.', 'hon.',
  // honorifics of East African, Cambodian and Malaysian speeches ("Mzee Jomo Kenyatta", "Samdech Hun Sen", "Tan Sri Razali Ismail") and a rank
  'mzee', 'samdech', 'tan sri', 'datuk', 'lieutenant-colonel', 'lieutenant colonel',
];

/**
 * Honorifics that are given names too ("Don Javier Perez de Cuellar" but "Don McKinnon"; "[Tan] Sri Razali Ismail" but
 * "Sri Lanka"): titles only before a name of two words or more.
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['don', 'sri']);

/** Rulers' titles speeches use alone ("the Emir of Kuwait", "the Sultan"): titles too. */
const RULERS = ['emir', 'sultan', 'vice chancellor', 'vice-chancellor'];

/** Titles as word lists without final dots, longest first. */
const TITLE_RUNS = [...new Set([...TITLES, ...RULERS].map((t) => t.replace(/\.$/, '')))]
  .map((t) => t.split(' ').map((w) => w.replace(/\.$/, '')))
  .sort((a, b) => b.length - a.length);

/** The words a run of titles can open with (lower case, no final dot). */
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(TITLE_RUNS.map((t) => t[0]));

/**
 * The number of words of the longest title opening `words` at `at`, of `limit` words at most (0 if
 * none); the words in lower case, as written otherwise (a final dot is dropped here).
 */
export function titleRunAt(words: readonly string[], at: number, limit = Infinity): number {
  const first = words[at]?.replace(/\.$/, '');
  if (first === undefined || !TITLE_FIRST_WORDS.has(first)) return 0;
  const run = TITLE_RUNS.find((t) => t.length <= limit && t.every((w, k) => words[at + k]?.replace(/\.$/, '') === w));
  return run ? run.length : 0;
}
