/**
 * Organisations shown on too little evidence, which the corpus names once and nothing else vouches
 * for. Most such names name no body, and a wrong mark costs more than a missing one, so they are not
 * shown (their forms resolve to no entity):
 * - one capitalised word, no acronym, that the gazetteer does not know ("Misinformation" opening a
 *   sentence, "Coiapex" of a scan, "Aboubakar", "Intergovernmental" cut from its title); a body named
 *   by one word shows once the corpus names it twice ("Knesset", "Frelimo") or the gazetteer knows it;
 * - capitalised words without a connector that end on a common noun which heads no body's name
 *   ("General Assembly Members", "United Nations Missions", "Arab State", "Executive Director",
 *   "Human Environment"): a title-case noun phrase, a post or a title's piece; a name that ends on a
 *   body's noun ("Political Consultative Committee", "Ford Foundation", "Marine Corps", "Catholic Church", "Korean Red Cross") or on a
 *   word that is no English noun ("Pax Christi", "Forces Nouvelles") stays.
 * Measured on the 1,100 speeches of ung20 (docs/audits/README.md, issue 11 seed 181 section).
 */
import type { EntityType } from '../types';
import { isNameHead } from './nameHeadWords';

/** What the rule reads of an entity: its name, type, mentions in the corpus and whether the codebook declares it. */
export interface OrganizationEvidence {
  readonly name: string;
  readonly type: EntityType | undefined;
  readonly count: number;
  readonly declared: boolean;
}

/** An acronym or a name in capitals ("UNITA", "SPLM/A", "AFRC/RUF"): its shape is the evidence. */
const CAPITALS = /^[\p{Lu}\d./&-]+$/u;
/** One word, capitalised: "Misinformation", "Aboubakar", "Non-Annex". */
const ONE_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Nouns that end the names of bodies, besides the heads of `isNameHead` ("Brookings Institution", "Cali Cartel"). */
const BODY_TAILS = new Set([
  'Forces', 'Institution', 'International', 'Cartel', 'Corporation', 'Company', 'Corps', 'Division', 'Unit', 'Branch', 'Community',
  'System', 'Airlines', 'Market', 'Service', 'Society', 'Societies', 'Bureau', 'Brigade', 'Command', 'Team', 'Administration', 'Project',
  'Operation', 'Station', 'Survey', 'Volunteers', 'Guard', 'Police', 'Enterprises', 'Junta', 'Authorities', 'Staff', 'Watch', 'Pact',
  'Area', 'College', 'Universities', 'Chronicle', 'Mail', 'Church', 'Cross', 'Services',
]);

/** Is this organisation named once, on no evidence but the tagger's (see the module comment)? */
export function isWeakOrganization(e: OrganizationEvidence, words: { isKnownName?: (name: string) => boolean; isOrdinaryWord?: (word: string) => boolean }): boolean {
  if (e.declared || (e.type !== undefined && e.type !== 'organization') || e.count > 1 || words.isKnownName?.(e.name)) return false;
  if (ONE_WORD.test(e.name)) return !CAPITALS.test(e.name);
  return isCommonNounPhrase(e.name, words);
}

/** Capitalised words, no connector, ending on an ordinary noun that heads no body's name ("General Assembly Members"). */
function isCommonNounPhrase(name: string, words: { isKnownName?: (name: string) => boolean; isOrdinaryWord?: (word: string) => boolean }): boolean {
  const parts = name.split(' ');
  if (parts.length < 2 || !parts.every((w) => /^\p{Lu}/u.test(w))) return false;
  const last = parts[parts.length - 1].replace(/['’]s$/, '');
  if (isNameHead(last) || BODY_TAILS.has(last) || words.isKnownName?.(last)) return false;
  return !!words.isOrdinaryWord?.(last.toLowerCase());
}
