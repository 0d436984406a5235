/**
 * The entity tagger's tag set: entity types and their BIO tags (index 0 is O; type k has B at
 * 2k-1 and I at 2k).
 */
import { bioTags } from '../learning';

export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'GRP'] as const;
export const NER_TAGS = bioTags(NER_TYPES as unknown as string[]);

/** Type index (1..5) of a tag index, 0 for O. */
export function typeOfTag(tag: number): number {
  return (tag + 1) >> 1;
}
