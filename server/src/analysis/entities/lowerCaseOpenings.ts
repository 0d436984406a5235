/**
 * Mentions that open with a lower-case word a scan glued to a name: a word and a name joined where a
 * dash or a space was lost ("convictions-Liberia", "active-South Asia", "the-French Socialist
 * Party"), a sentence's end run into the next one's first word ("guidance.We", "question.Therefore"),
 * a lone particle ("van"). ung20 showed about ten such entities (issue 11). The name after a glued
 * word is kept, with the gazetteer's type if it knows one ("South Asia" a place), where it is a name
 * of several words or one the gazetteer types ("Liberia"; not "Fascist" of "colonial-Fascist"); a word prefix ("neo-Nazi", "inter-State", "mid-Guinea") and an Arabic article or a
 * particle opening a name ("al-Sharif", "de Gaulle") are the name's own and stay.
 */
import type { EntityMention, EntityType } from '../types';
import { mention } from './mention';
import { isAsciiCapital, spaced } from './nameText';

/** A lower-case word of three letters or more and a hyphen before a capitalised word. */
const GLUED = /^(\p{Ll}{3,})-(?=\p{Lu})/u;
/** Prefixes that make a word of a name ("neo-Nazi", "post-Second-World-War"), not words of their own. */
const PREFIXES = new Set(['anti', 'pro', 'neo', 'non', 'inter', 'intra', 'post', 'pre', 'mid', 'sub', 'trans', 'pan', 'multi', 'extra', 'ultra', 'semi',
  'pseudo', 'quasi', 'counter', 'over', 'under', 'self', 'all', 'cross', 'ex', 'co', 're', 'un', 'bin', 'ibn', 'abu', 'ash', 'van', 'von', 'del', 'des']);
/** A sentence's last word, in lower case, run into the next sentence's first ("guidance.We"; not "St.Lucia", "Mrs.Thatcher"). */
const RUN_ON = /(?:^|[^\p{L}])\p{Ll}{2,}\.\p{Lu}\p{Ll}/u;
/** A mention with no capital at all ("van"). */
const NO_CAPITAL = /^[^\p{Lu}]*$/u;

/** The mentions without words a scan glued to them. */
export function trimLowerCaseOpenings(mentions: readonly EntityMention[], knownType: (name: string) => EntityType | undefined): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    // A capital first (most names): there is a capital, and no lower-case word glued before it.
    const capitalFirst = isAsciiCapital(m.text.charCodeAt(0));
    if ((m.text.includes('.') && RUN_ON.test(m.text)) || (!capitalFirst && NO_CAPITAL.test(m.text))) continue;
    const glued = capitalFirst ? null : GLUED.exec(m.text);
    if (!glued || PREFIXES.has(glued[1])) {
      out.push(m);
      continue;
    }
    const rest = m.text.slice(glued[0].length);
    const type = knownType(spaced(rest));
    if (type || /\s/.test(rest.trim())) out.push(mention(m.start + glued[0].length, m.end, rest, type ?? m.type, m.confidence));
  }
  return out;
}
