/**
 * Two countries or peoples joined by a hyphen name a relation, a conflict or a border, not a place
 * nor a body: "Greek-Turkish rapprochement", "Zionist-Israeli terrorism", "the Chad-Libya
 * dispute", "India-Pakistan talks", "Soviet-American relations". The tagger takes the pair for one
 * place. Each part must be a country or a people's word the gazetteer knows, or a word that reads
 * as a people's adjective and names no known place ("Turkish", "Cypriot"); the whole must be no
 * known place (Guinea-Bissau, Bosnia-Herzegovina), and a prefix ("Indo-China", "Sino-Soviet") or a
 * region ("Asia-Pacific") is no such part. Issue 11, written on ung20.
 */
import type { EntityMention } from '../types';
import { PEOPLE_ADJECTIVE_ENDINGS } from './nameHeadWords';

export interface RelationLexicon {
  readonly isCountry: (name: string) => boolean;
  readonly isPeopleWord: (word: string) => boolean;
  readonly isPlaceName: (name: string) => boolean;
}

/** Two capitalised words joined by one hyphen, or run together by a scan that lost it ("ArabIsrael", "SovietAmerican"). */
const PAIR = /^(\p{Lu}\p{Ll}+)-?(\p{Lu}\p{Ll}+)$/u;
/** The endings of peoples' adjectives and of peoples' words that are no adjective's ("Cypriot", "Iraqi", "Afghan"). */
const PEOPLE_ADJECTIVE = new RegExp(`(?:${PEOPLE_ADJECTIVE_ENDINGS}|an|ot|i)$`);

/** The mentions without pairs of countries or peoples. */
export function dropRelationNames(mentions: readonly EntityMention[], lex: RelationLexicon): EntityMention[] {
  return mentions.filter((m) => !isRelation(m, lex));
}

function isRelation(m: EntityMention, lex: RelationLexicon): boolean {
  if (m.type === 'person') return false;
  const pair = PAIR.exec(m.text);
  if (!pair || lex.isPlaceName(m.text) || lex.isPlaceName(`${pair[1]} ${pair[2]}`)) return false;
  const part = (w: string): boolean => lex.isCountry(w) || lex.isPeopleWord(w) || (PEOPLE_ADJECTIVE.test(w) && !lex.isPlaceName(w));
  return part(pair[1]) && part(pair[2]);
}
