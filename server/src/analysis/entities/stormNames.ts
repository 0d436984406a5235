/**
 * Storms named like people: "hurricane Hugo", "Hurricane Katrina", "cyclones Ofa and Val". A storm is
 * none of our types (the tagger calls Hugo, Georges and Ivan persons), so a name the document gives
 * a storm is no entity anywhere in that document (issue 11; ung20 names about ten). A storm the
 * tagger typed as a place ("hurricane Mitch", "hurricanes Ike and Gustav") is no place either, unless
 * the gazetteer knows the name as one (a storm's word before a known place is a storm over it).
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { spaced } from './nameText';

/** The storm's word right before a name, or opening it, and names listed after it ("hurricanes Georges and"). */
const STORM_BEFORE = /(?:^|[^\p{L}])(?:hurricanes?|typhoons?|cyclones?|tropical\s+storms?)\s+(?:\p{Lu}\p{Ll}+\s*(?:,|and|&)\s*)*$/iu;
/**
 * The storm's word, a phrase in lower case and a comma before names listed ("two tropical hurricanes of unprecedented
 * ferocity, David and Frederic"): case is told apart here, so that "hurricanes in Grenada, Jamaica" lists no storm.
 */
const STORM_PHRASE_BEFORE = /(?:^|[^\p{L}])(?:[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|[Tt]ropical\s+[Ss]torms?)\s+(?:of|with)(?:\s+\p{Ll}+){1,3}\s*,\s+(?:\p{Lu}\p{Ll}+\s*(?:,|and|&)\s*)*$/u;
const STORM_OPENING = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+\p{Lu}/u;
/** What the expressions above need somewhere in the text (with STORM_BEFORE's flags, so that it folds case as that one does). */
const STORM_WORD_ANYWHERE = /hurricane|typhoon|cyclone|tropical\s+storm/iu;

/** The mentions without storms' names. */
export function dropStormNames(seg: SegmentedText, mentions: readonly EntityMention[], isPlaceName: (name: string) => boolean): EntityMention[] {
  // The expressions ask for a storm's word: most documents have none.
  if (!STORM_WORD_ANYWHERE.test(seg.text)) return [...mentions];
  const storms = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'group') continue;
    const before = seg.text.slice(Math.max(0, m.start - 60), m.start);
    if (!(STORM_OPENING.test(m.text) || STORM_BEFORE.test(before) || STORM_PHRASE_BEFORE.test(before))) continue;
    // The gazetteer is asked only of a name a storm's word stands by.
    if (!(m.type === 'place' && isPlaceName(bare(m.text)))) storms.add(bare(m.text));
  }
  return storms.size ? mentions.filter((m) => !storms.has(bare(m.text))) : [...mentions];
}

/** The name without the storm's word ("Katrina" of "Hurricane Katrina"). */
function bare(name: string): string {
  return spaced(name.replace(STORM_WORD, ''));
}

const STORM_WORD = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+/u;
