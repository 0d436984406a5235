/**
 * Persons the tagger made of no name (issue 11, the seed-843 audit's rows 46 and 49):
 * - a common word capitalised only because it opens a sentence ("Hope is being reborn"): one word
 *   typed a person, at a sentence's start, an ordinary word of English and no given name, that the
 *   same document writes in lower case and in no other of its names. A family name that is a word
 *   ("Strong", "Rice") stays where the document names it elsewhere ("Maurice Strong", "Mr. Strong");
 * - a numbered document's label of ordinary words ("Supplement No. 6", "Decree No. 12"): no name at
 *   all (a name before the number, "Kwangmyongsong No. 1", is left to the other rules).
 */
import { type SegmentedText, opensSentence } from '../text/structure';
import type { EntityMention } from '../types';

/** The number's abbreviation ending a mention, then its dot and a number ("No. 6", "Nos. 3"). */
const NUMBER_LABEL = /\s+Nos?$/u;
const NUMBER_AFTER = /^\.?\s*\d/u;

/** The mentions without sentence-opening common words typed persons and without numbered documents' labels. */
export function dropOpeningWords(seg: SegmentedText, mentions: readonly EntityMention[], words: { isOrdinaryWord: (word: string) => boolean; isGivenName: (word: string) => boolean }): EntityMention[] {
  let out: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const kept = keptOf(seg, m, mentions, words);
    if (kept === m && !out) continue;
    out ??= mentions.slice(0, i);
    if (kept) out.push(kept);
  }
  return out ?? [...mentions];
}

function keptOf(seg: SegmentedText, m: EntityMention, mentions: readonly EntityMention[], words: { isOrdinaryWord: (word: string) => boolean; isGivenName: (word: string) => boolean }): EntityMention | undefined {
  const label = NUMBER_LABEL.exec(m.text);
  if (label && NUMBER_AFTER.test(seg.text.slice(m.end, m.end + 4))) {
    if (m.text.slice(0, label.index).split(/\s+/).every((w) => words.isOrdinaryWord(w))) return undefined;
  }
  if (m.type !== 'person' || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || !words.isOrdinaryWord(m.text) || words.isGivenName(m.text) || !opensSentence(seg, m.start)) return m;
  const lower = m.text.toLowerCase();
  if (!new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'u').test(seg.text)) return m;
  const inName = new RegExp(`(?<![\\p{L}\\p{N}])${m.text}(?![\\p{L}\\p{N}])`, 'u');
  return mentions.some((o) => o !== m && inName.test(o.text)) ? m : undefined;
}
