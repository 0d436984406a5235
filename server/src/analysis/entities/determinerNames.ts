/**
 * A mention that is only a determiner ("The" of "The United Nations ...", cut off by the tagger where
 * the long-name rules could not join it): no name at all (issue 11; 33 mentions of an organisation
 * "The" on the 6,350 UN speeches). Dropped after every joining rule has run, so a name the rules do
 * join ("The Conference on Security and Co-operation in Europe") is left as it is.
 */
import type { EntityMention } from '../types';

const DETERMINER_ONLY = /^(?:the|a|an|this|that|these|those)$/i;
/**
 * A negated adjective alone ("Non-Aligned" of "Heads of State or Government of Non-Aligned Countries", typed a place:
 * 23 mentions on ung20, a wrong row of the seed-843 and seed-853 audits) names nothing either.
 */
const NEGATED_ADJECTIVE = /^Non-\p{L}+(?:-\p{L}+)*$/u;

/** The mentions without those that are a determiner or a negated adjective alone. */
export function dropDeterminerNames(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !DETERMINER_ONLY.test(m.text) && !NEGATED_ADJECTIVE.test(m.text));
}
