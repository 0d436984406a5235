/**
 * The one constructor of the mentions the entity rules make. Every mention has all its fields from
 * the start, in one order (the tagger's too): objects of one shape keep the rules that read
 * mentions compiled once; a spread copy or a literal of other fields gives the optimiser a new shape
 * and each rule that meets it is deoptimised and compiled again.
 */
import type { EntityMention, EntityType } from '../types';

/** A mention of [start, end) whose text is `text`. */
export function mention(start: number, end: number, text: string, type: EntityType, confidence: number): EntityMention {
  return { start, end, text, type, confidence };
}

/** `m` given another type. */
export function retyped(m: EntityMention, type: EntityType): EntityMention {
  return mention(m.start, m.end, m.text, type, m.confidence);
}
