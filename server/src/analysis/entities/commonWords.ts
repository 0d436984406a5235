/**
 * Entities that are common words or common noun phrases the tagger took for names, found by how
 * the corpus itself writes them (see `commonWordEntities`); used by entity resolution (resolve.ts).
 */
import type { DeclaredEntity } from '../types';
import type { ResolveOptions } from './resolve';
import { isBodyHead, POLITY_HEADS } from './nameHeadWords';

/** What the rule reads of a group of surface forms: its bare names as written, its mentions, whether the codebook declares it. */
export interface NamedGroup {
  readonly bare: ReadonlyMap<string, number>;
  readonly count: number;
  readonly declared?: DeclaredEntity;
}

/**
 * The entities of one capitalised word that the corpus writes in lower case at least twice and at
 * least as often as the entity is mentioned ("Malnutrition", "Instability", "Globalization", a
 * sentence's "Persistent"): a common word the tagger took for a name, or a piece of a title it
 * cut ("Mountain" of the International Year of the Mountain). They are not shown: their forms resolve
 * to no entity. Names the gazetteer knows ("Turkey", "Chad"; not a word only the training text labels a body, "Authority"), acronyms and a family name merged
 * into a person's full name ("Strong" → Maurice Strong) stay.
 *
 * So are the title-case phrases of two to four words that the corpus writes in lower case at least
 * twice, as often as the entity is mentioned and as often as it writes them in title case ("Light
 * Weapons" of "Small Arms, Light Weapons", "Indigenous People" of a decade's title, "its Coalition
 * Government", "a large Western Power"): a common noun phrase capitalised by a title or by official
 * style, not a name. The lower-case form may keep a first word that is no name ("Western power"),
 * not one that is ("Korean peninsula" leaves "Korean Peninsula" a place); "Contact Group" and
 * "Third World", written so far more often than in lower case, stay.
 */
export function commonWordEntities<G extends NamedGroup>(groups: readonly G[], options: Pick<ResolveOptions, 'isKnownName' | 'isKnownBeyondTrainingBody' | 'isOrdinaryWord' | 'lowerCaseUses'>): Set<G> {
  const out = new Set<G>();
  if (!options.lowerCaseUses) return out;
  const asked = new Map<G, { words: string[]; enough: number; titled?: string }>();
  const enoughOf = new Map<string, number>();
  const ask = (word: string, enough: number): void => void enoughOf.set(word, Math.max(enoughOf.get(word) ?? 0, enough));
  for (const g of groups) {
    const words = commonWordOf(g, options);
    if (words === undefined) continue;
    const titled = words[0].includes(' ') ? [...g.bare.keys()][0] : undefined;
    // A phrase is compared with its title-case uses too (tagged or not), up to PHRASE_CAP.
    const enough = titled ? Math.max(2, g.count, PHRASE_CAP) : Math.max(2, g.count);
    asked.set(g, { words, enough, titled });
    for (const word of words) ask(word, enough);
    if (titled) ask(titled, PHRASE_CAP);
  }
  if (!asked.size) return out;
  const uses = options.lowerCaseUses(enoughOf);
  for (const [g, { words, titled }] of asked) {
    const lower = words.reduce((n, w) => n + (uses.get(w) ?? 0), 0);
    if (lower >= Math.max(2, g.count) && (!titled || lower >= Math.min(PHRASE_CAP, uses.get(titled) ?? 0))) out.add(g);
  }
  return out;
}

/** Uses of a phrase counted in each case before the two are compared: enough to tell which the corpus prefers. */
const PHRASE_CAP = 40;

/** The connectors a title-case phrase holds in lower case. */
const INNER_CONNECTORS = new Set(['of', 'the', 'and', 'on', 'for']);

/** A capitalised word of a title-case phrase: "Weapons", "Non-Aligned"; not "UN" nor "of". */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*$/u;

/**
 * The lower-case forms to look for of a group named by one capitalised word, or by a title-case
 * phrase of two to four such words, that is no known name; else undefined.
 */
function commonWordOf(g: NamedGroup, options: Pick<ResolveOptions, 'isKnownName' | 'isKnownBeyondTrainingBody' | 'isOrdinaryWord'>): string[] | undefined {
  if (g.declared) return undefined;
  let phrase: string | undefined;
  let plural = false;
  for (const b of g.bare.keys()) {
    const words = b.split(' ');
    // A title's connector inside a phrase ("Limits of National Jurisdiction"); one word with a hyphen only of common words ("Sea-Bed", not "Guinea-Bissau").
    const titleWord = (w: string, k: number): boolean => TITLE_CASE_WORD.test(w) || (k > 0 && k < words.length - 1 && INNER_CONNECTORS.has(w));
    if (words.length > 4 || !words.every(titleWord) || (words.length === 1 && b.includes('-') && !b.split('-').every((p) => options.isOrdinaryWord?.(p)))) return undefined;
    // A body named by common words stays ("Commission for Sustainable Development", "Commonwealth of Nations").
    if (words.some((w) => INNER_CONNECTORS.has(w)) && (isBodyHead(words[0]) || POLITY_HEADS.has(words[0]) || isBodyHead(words[words.length - 1]))) return undefined;
    // A word and its plural grouped as a people's word ("Horn" / "Horns", peoplesByPlural.ts) are asked for in both forms;
    // a word written with and without its accents is one ("Detente" / "Détente": 32 mentions of ung20, 680 "detente").
    const lower = b.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
    if (phrase !== undefined && phrase !== lower && !(words.length === 1 && (lower === `${phrase}s` || `${lower}s` === phrase))) return undefined;
    if (phrase !== undefined && phrase !== lower) plural = true;
    if (phrase === undefined || lower.length < phrase.length) phrase = lower;
  }
  const first = [...g.bare.keys()][0];
  if (phrase === undefined || (options.isKnownBeyondTrainingBody ?? options.isKnownName)?.(first)) return undefined;
  if (!phrase.includes(' ')) return plural ? [phrase, `${phrase}s`] : [phrase];
  // "Western power" of "Western Power"; not "Korean peninsula", whose first word is a name ("Korean Peninsula" is a place).
  const firstWord = first.split(' ')[0];
  return options.isKnownName?.(firstWord) ? [phrase] : [phrase, `${firstWord}${phrase.slice(phrase.indexOf(' '))}`];
}

