/**
 * One word written two ways: the spellings UN transcripts and news use side by side (British and
 * American, a hyphen or not, typographic apostrophes). Key terms count such words as one
 * (`spellingForm`), a search for a term finds every spelling (`spellingsOf`), and the scan-damage
 * rules never take one spelling for a misreading of the other (`spelledTwoWays`).
 */

/** American spellings of words UN transcripts spell both ways, to the British form. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  [
    ['dialog', 'dialogue'], ['program', 'programme'], ['labor', 'labour'], ['center', 'centre'], ['defense', 'defence'], ['offense', 'offence'],
    ['favor', 'favour'], ['honor', 'honour'], ['behavior', 'behaviour'], ['neighbor', 'neighbour'], ['endeavor', 'endeavour'], ['harbor', 'harbour'],
    ['color', 'colour'], ['vigor', 'vigour'], ['rigor', 'rigour'], ['fiber', 'fibre'], ['analyze', 'analyse'], ['catalog', 'catalogue'],
  ].flatMap(([us, uk]) => [[us, uk], [`${us}s`, `${uk}s`]] as [string, string][]).concat([
    ['neighboring', 'neighbouring'], ['favorable', 'favourable'], ['labeled', 'labelled'], ['traveled', 'travelled'],
  ]),
);

/**
 * The one spelling a word is counted by (lower case): a hyphen inside the word dropped
 * ("co-operation" → "cooperation", "peace-keeping" → "peacekeeping"), "-isation" as "-ization",
 * an American spelling of the list as the British one ("dialog" → "dialogue"). Typographic
 * apostrophes are made straight.
 */
export function spellingForm(word: string): string {
  let w = word.toLowerCase().replace(/[’ʼ]/g, "'");
  if (w.length > 2 && w.includes('-')) w = w.replace(/(?<=\p{L})[-‐](?=\p{L})/gu, '');
  for (const [from, to] of SUFFIX_SPELLINGS) {
    if (!w.endsWith(from) || w.length - from.length < MIN_STEM) continue;
    w = w.slice(0, -from.length) + to;
    break;
  }
  return SPELLINGS.get(w) ?? w;
}

/** Letters a word keeps before an ending `spellingForm` folds. */
const MIN_STEM = 4;

/** Word endings written two ways, to the one counted ("organisation" as "organization"). */
const SUFFIX_SPELLINGS: readonly (readonly [string, string])[] = [
  ['isation', 'ization'],
  ['isations', 'izations'],
  // "industrialised" beside the corpus's "industrialized" (seed-263 audit); a stem of four letters at least (not "rise", "praise").
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['ising', 'izing'],
  ['ise', 'ize'],
];

/**
 * Every spelling `spellingForm` folds to `form` (itself one), in lower case with straight
 * apostrophes and without the hyphens it drops, read backwards from the same tables: what a
 * search for the word in text must look for ("programme" → "programme", "program").
 */
export function spellingsOf(form: string): string[] {
  const out = [form];
  for (const [us, uk] of SPELLINGS) if (uk === form) out.push(us);
  for (const w of [...out]) {
    for (const [from, to] of SUFFIX_SPELLINGS) if (w.endsWith(to)) out.push(w.slice(0, -to.length) + from);
  }
  return out;
}

/** Endings British and American English write differently, reduced to one form; only safe to compare two words already close. */
function endingsFolded(word: string): string {
  return word.replace(/mme$/, 'm').replace(/re$/, 'er').replace(/our/g, 'or').replace(/ence$/, 'ense').replace(/is(e|ed|ing)$/, 'iz$1');
}

/**
 * Are two lower-case words one word spelled two ways ("programme" / "program", "centre" / "center",
 * "defence" / "defense", "co-operation" / "cooperation")? `spellingForm`'s tables, and beyond its list
 * the British and American endings by pattern: a pair compared here is already a letter or two apart,
 * where "-re" against "-er" is a spelling, while folding the endings of every word ("our" as "or")
 * would merge words that differ.
 */
export function spelledTwoWays(a: string, b: string): boolean {
  return spellingForm(a) === spellingForm(b) || endingsFolded(a) === endingsFolded(b);
}
