/**
 * A person's name runs over the title right before it where the title is what tells the person
 * apart when names are resolved (resolve.ts, `groupKeyOf`): a ruler's title ("His Majesty King
 * Hussein", "Sultan Mohamed", "Prince Norodom Sihanouk"), since a ruler is named by a given name that
 * other persons bear as a family name (Saddam Hussein, Mahathir Mohamed), and a full name written
 * with the title is the evidence that "Prince Sihanouk" is Norodom Sihanouk (a regnal numeral the
 * tagger left out after it is taken in: "King Mohammed V" is not Mohammed VI); and a personal title
 * before a one-word name the gazetteer types a place ("Mr. Lusaka", "Ambassador Lusaka"; not
 * "President Clinton", a town's name too), which alone names the city.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { mention } from './mention';

/** A ruler's title right before the name, on the same line (resolve.ts's `RULER_TITLES`, as written). */
const RULER_BEFORE = /(?:^|[^\p{L}])((?:King|Queen|Prince|Princess|Sultan|Sheikh|Sheikha|Emir)[^\S\n]+)$/u;
/** A regnal numeral right after the name ("V", "IV"; not "I", as often the next sentence's pronoun). */
const REGNAL_AFTER = /^[^\S\n](?:II|III|IV|V|VI|VII|VIII|IX|X)(?![\p{L}\p{N}])/u;
/** A personal title right before the name, on the same line. */
const PERSONAL_BEFORE = /(?:^|[^\p{L}])((?:Mr|Mrs|Ms|Mme|Dr)\.?[^\S\n]+|(?:Ambassador|President|Professor|Judge)[^\S\n]+)$/u;

/** The mentions, persons' names after a ruler's title, or one-word ones after a personal title if the word is a place's, run over the title. */
export function joinTitledNames(seg: SegmentedText, mentions: readonly EntityMention[], knownType: (name: string) => EntityType | undefined): EntityMention[] {
  return mentions.map((m, i) => {
    if (m.type !== 'person') return m;
    const before = seg.text.slice(Math.max(0, m.start - 16), m.start);
    const ruler = RULER_BEFORE.exec(before);
    const title = ruler ?? (!/[^\p{L}'’-]/u.test(m.text) && knownType(m.text) === 'place' ? PERSONAL_BEFORE.exec(before) : null);
    if (!title) return m;
    const start = m.start - title[1].length;
    if (i > 0 && mentions[i - 1].end > start) return m;
    // A ruler's numeral the tagger left out ("King Mohammed | V", the father of Mohammed VI).
    const numeral = title === ruler ? REGNAL_AFTER.exec(seg.text.slice(m.end, m.end + 8)) : null;
    const end = numeral && !(mentions[i + 1] && mentions[i + 1].start < m.end + numeral[0].length) ? m.end + numeral[0].length : m.end;
    return mention(start, end, seg.text.slice(start, end), m.type, m.confidence);
  });
}
