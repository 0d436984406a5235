/**
 * A people's word the tagger cut after the first word of its country's name: "Costa" | "Ricans",
 * "Sierra" | "Leoneans". The word before and the people's word without its ending make a known
 * place ("Costa Rica"), so the two words are one name, of a people.
 */
import type { SegmentedText } from '../text/structure';
import type { NameLexicon } from './longNames';
import { DETERMINER_WORDS } from './nameHeadWords';

/** The ending of a people's word made from a place's name ("Ricans", "Lankans", "Leoneans", "Zealanders"). */
const DEMONYM_ENDING = /(?:ans|ers|ns)$/;

/** The first token of a people's name that opens with the word right before the one-word mention [a, b), or `a`. */
export function demonymStart(seg: SegmentedText, a: number, b: number, lex: NameLexicon): number {
  const { tokens } = seg;
  const k = a - 1;
  if (b !== a + 1 || k < 0 || tokens.kind(k) !== 'word' || tokens.starts[a] - tokens.ends[k] !== 1) return a;
  const first = tokens.text(k);
  const people = tokens.text(a);
  if (!/^\p{Lu}/u.test(first) || DETERMINER_WORDS.has(first)) return a;
  const ending = DEMONYM_ENDING.exec(people);
  if (!ending) return a;
  for (let cut = 1; cut <= ending[0].length; cut++) if (lex.knownType(`${first} ${people.slice(0, -cut)}`) === 'place') return k;
  return a;
}
