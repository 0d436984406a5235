/**
 * A mention that is only a determiner ("The" of "The United Nations ...", cut off by the tagger where
 * the long-name rules could not join it): no name at all (issue 11; 33 mentions of an organisation
 * "The" on the 6,350 UN speeches). Dropped after every joining rule has run, so a name the rules do
 * join ("The Conference on Security and Co-operation in Europe") is left as it is.
 */
import type { EntityMention } from '../types';

const DETERMINER_ONLY = /^(?:the|a|an|this|that|these|those)$/i;

/** The mentions without those that are a determiner alone. */
export function dropDeterminerNames(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !DETERMINER_ONLY.test(m.text));
}
