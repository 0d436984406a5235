/**
 * The one constructor of the mentions the entity rules make. Every mention has all its fields from
 * the start, in one order (the tagger's too): objects of one shape keep the rules that read
 * mentions compiled once; a spread copy or a literal of other fields gives the optimiser a new shape
 * and each rule that meets it is deoptimised and compiled again.
 */
import type { EntityMention, EntityType } from '../types';
import type { TokenTable } from '../text/tokens';
import { firstAbove } from '../common/binarySearch';

/** A mention of [start, end) whose text is `text`. */
export function mention(start: number, end: number, text: string, type: EntityType, confidence: number): EntityMention {
  return { start, end, text, type, confidence };
}

/** `m` given another type. */
export function retyped(m: EntityMention, type: EntityType): EntityMention {
  return mention(m.start, m.end, m.text, type, m.confidence);
}

/**
 * Each mention's first token and the token after its last, as a search of the tokens' ends finds
 * them (`firstAbove`): for mentions sorted by start one walk over the tokens, not two searches per
 * mention; a mention out of order starts the walk again.
 */
export function mentionTokens(tokens: TokenTable, mentions: readonly EntityMention[]): { first: Int32Array; end: Int32Array } {
  const first = new Int32Array(mentions.length);
  const end = new Int32Array(mentions.length);
  const ends = tokens.ends;
  let t = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (i > 0 && m.start < mentions[i - 1].start) t = 0;
    while (t < tokens.length && ends[t] <= m.start) t++;
    let e = t;
    if (m.end - 1 < m.start) e = firstAbove(ends, tokens.length, m.end - 1);
    else while (e < tokens.length && ends[e] <= m.end - 1) e++;
    first[i] = t;
    end[i] = e + 1;
  }
  return { first, end };
}
