/**
 * A people's or a faith's adjective before a common noun is a group's word, not a place nor a body:
 * "the Sahelian countries", "the Hispanic community", "Islamic countries", "the Saharawi people",
 * "the Sahraoui people". The tagger types such an unknown word a place or a body; groups hold the
 * peoples' adjectives ("Afghan", "Palestinian"). The word must stand alone and be no place the
 * gazetteer knows; `isPeopleAdjective` says what must follow it. Issue 11, written on ung20.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention, retyped } from './mention';
import { PEOPLE_ADJECTIVE_ENDINGS } from './nameHeadWords';

/** One capitalised word. */
const WORD = /^\p{Lu}\p{Ll}+$/u;
const ADJECTIVE = new RegExp(`(?:${PEOPLE_ADJECTIVE_ENDINGS})$`);
/** What follows: a space and a lower-case word of three letters or more that is no function word. */
const NOUN_AFTER = /^[^\S\n]+(?!(?:and|the|for|with|which|who|that|was|were|has|have|had|are|not|nor|but)\b)\p{Ll}{3,}/u;
/** Nouns only a people or a faith comes before ("the Saharawi people", "Islamic countries", "the Hispanic community"). */
const GROUP_NOUN = /^[^\S\n]+(?:peoples?|communit(?:y|ies)|countr(?:y|ies)|nations?|world|populations?|minorit(?:y|ies)|origin|descent|tribes?|brothers|brethren|faith|refugees)\b/u;

/** A Soviet republic's acronym (Soviet Socialist Republic, Autonomous Soviet Socialist Republic). */
const REPUBLIC_ACRONYM = /^A?SSR$/;

/** "The Khmer people", "the Saharawi peoples": the word names a people wherever the document writes it alone. */
const PEOPLE_AFTER = /^[^\S\n]+peoples?\b/;

/**
 * The mentions with peoples' adjectives typed as groups; a word the document writes before "people" is a group in
 * each of its mentions there ("the Khmer people" and "Khmer territory": the tagger types the second a body).
 */
export function typePeopleAdjectives(seg: SegmentedText, mentions: readonly EntityMention[], isPlaceName: (name: string) => boolean): EntityMention[] {
  let people: Set<string> | undefined;
  const out = mentions.map((m) => {
    if (!isPeopleAdjective(seg.text, m, isPlaceName)) return m;
    if (PEOPLE_AFTER.test(seg.text.slice(m.end, m.end + 10))) (people ??= new Set()).add(m.text);
    return retyped(m, 'group');
  });
  return people ? out.map((m) => (m.type !== 'group' && (m.type === 'place' || m.type === 'organization') && people!.has(m.text) ? retyped(m, 'group') : m)) : out;
}

/**
 * A place: a people's adjective's ending and a noun after it, or a people's noun after it; a body
 * (which the corpus may name once, and is then not shown): a people's noun after it.
 */
function isPeopleAdjective(text: string, m: EntityMention, isPlaceName: (name: string) => boolean): boolean {
  if ((m.type !== 'place' && m.type !== 'organization') || !WORD.test(m.text)) return false;
  const after = text.slice(m.end, m.end + 16);
  const people = GROUP_NOUN.test(after);
  if (!(people || (m.type === 'place' && ADJECTIVE.test(m.text) && NOUN_AFTER.test(after)))) return false;
  return !isPlaceName(m.text);
}

/**
 * A people's word the tagger cut from the body's name right after it ("within the European | Economic Community", typed a
 * people and a body): one body, where the people's word is one the gazetteer knows and the body's name has several words.
 * Before a Soviet republic's acronym it names the republic ("the Byelorussian | SSR", "the Ukrainian | SSR": about 80
 * mentions of ung20, shown as the Union's "Soviet Socialist Republics" the acronym spells): one place.
 */
export function joinPeopleBodies(text: string, mentions: readonly EntityMention[], isPeopleWord: (word: string) => boolean): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (next && m.type === 'group' && next.type === 'organization' && next.start === m.end + 1 && text.charCodeAt(m.end) === 32 && WORD.test(m.text)
      && /\s/.test(next.text) && isPeopleWord(m.text)) {
      out.push(mention(m.start, next.end, text.slice(m.start, next.end), 'organization', next.confidence));
      i++;
    } else if (next && m.type === 'group' && REPUBLIC_ACRONYM.test(next.text) && next.start === m.end + 1 && text.charCodeAt(m.end) === 32 && WORD.test(m.text) && isPeopleWord(m.text)) {
      out.push(mention(m.start, next.end, text.slice(m.start, next.end), 'place', next.confidence));
      i++;
    } else out.push(m);
  }
  return out;
}
