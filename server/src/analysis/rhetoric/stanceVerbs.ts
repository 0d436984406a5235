/**
 * Verbs of the speaker's (or a named country's) stance, whose object is the marker: "Nicaragua
 * condemns | the brutal coup", "we face | brutal terrorist movements". One table for the two places
 * that move a span's start past them (shownSpan.ts, shownOnly.ts), which kept lists of their own.
 */

/** Verbs that judge their object, in every form: shownSpan.ts and shownOnly.ts. */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounces', 'denounced', 'denouncing', 'deplore', 'deplores', 'deplored',
  'reject', 'rejects', 'rejected', 'decry', 'decries',
]);

/**
 * Verbs of struggle that are nouns too ("the struggle against | imperialism", "in the face of |
 * atrocities"): only where a subject or a preposition settles them as the verb (shownSpan.ts). Moving a
 * span's start past them wherever they lead (shownOnly.ts) cut 21 spans of ung20 to "against
 * imperialism" and "of atrocities".
 */
export const STRUGGLE_VERBS: ReadonlySet<string> = new Set([
  'oppose', 'opposes', 'resist', 'resists', 'resisting', 'struggle', 'struggles', 'struggling', 'fight', 'fights', 'fighting', 'face', 'faces', 'facing',
]);

/** Either kind: shownSpan.ts's verbs after a name or a subject. */
export function isStanceOrStruggleVerb(key: string): boolean {
  return STANCE_VERBS.has(key) || STRUGGLE_VERBS.has(key);
}
