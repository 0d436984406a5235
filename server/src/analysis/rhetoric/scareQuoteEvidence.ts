/**
 * Evidence that a lone quoted word the text attributes to no one is held at a distance, without a
 * cue such as "so-called" (scareQuotes.ts: keepsAtDistance): the samples' "Putin is still trying to
 * secure peaceful ‘partnership’" and "a call for ‘dialogue’ from the Russian Stalinist bureaucracy".
 * A lone quoted word was right in 42 of 71 judged hints that the precise level leaves out (the
 * seed-53, 59, 89, 97, 101 and 149 audits, current rules); with this evidence in 18 of 21 (below). Read
 * where only shown marks are decided (languageFeatures/shownMarks.ts); training never reads it.
 */

/** Modifiers whose ending makes them adjectives: "peaceful ‘partnership’", "an appealing ‘remedy’", "strategic ‘superiority’". */
const ADJECTIVE_END = /^\p{Ll}[\p{Ll}-]*(?:ful|ous|ic|ical|al|ary|ive|ant|ent|ing|ish|less|ble)$/u;
/** Words with those endings that are no modifier of the quoted noun. */
const NOT_A_MODIFIER: ReadonlySet<string> = new Set([
  'during', 'according', 'concerning', 'regarding', 'including', 'following', 'being', 'nothing', 'something', 'anything', 'everything',
  'bring', 'thing', 'king', 'evening', 'morning', 'meeting', 'ring', 'spring', 'string', 'sing', 'present', 'represent', 'different',
  'real', 'several', 'general', 'total', 'equal', 'usual', 'actual', 'able', 'table',
]);
/** Possessives of others before the word: "their ‘benevolence’", "Hitler and his ‘supermen’". */
const OTHERS_POSSESSIVE = /\b(?:their|his|its)\s*$/i;
/** The clause after the word sets it against the facts: "in order to ‘liberate’ it but, in actual fact, to occupy it". */
const CONTRAST_AFTER = /^[^.;!?]{0,80}\b(?:but\s+rather|in\s+(?:actual\s+)?fact|in\s+reality|actually|in\s+truth|a\s+word\s+I)\b/i;

/**
 * The word is the content of another's speech act, named right before it: "was met with a call for
 * ‘dialogue’" (the samples), "the praise of “detente”", "worries about “detente”". The speaker's own
 * call ("our call for", "we call for") is no distance.
 */
const SPOKEN_FOR_BEFORE = /(?<!\b(?:our|my|we|i)\s+)\b(?:calls?|appeals?|demands?|pleas?|cries|cry|clamou?r|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|prais(?:e|es|ed|ing)|boast(?:s|ed|ing)?|rhetoric|worries|preach(?:es|ed|ing)?)\s+(?:for|of|about)\s+(?:(?:a|an|the)\s+)?$/i;
/** A named source the word comes from, after it: "‘dialogue’ from the Russian Stalinist bureaucracy", "“advisers” from Hanoi". */
const SOURCE_AFTER = /^[,\s]*(?:from|by)\s+(?:the\s+)?\p{Lu}\p{L}/u;

/**
 * Whether the lone quoted word at `[start, end)` (inner `inner`) has a context that holds it at a
 * distance: a modifier before it, another's possessive, a contrast after it, or loaded language in
 * its sentence (`loadedInSentence`, the writer's stance: the samples' "Stalinist bureaucracy"; asked
 * only of a lone lower-case word, since it reads the sentence's markers).
 */
export function heldAtDistanceByContext(text: string, start: number, end: number, inner: string, loadedInSentence: () => boolean): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(inner)) return false;
  if (loadedInSentence()) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (OTHERS_POSSESSIVE.test(before)) return true;
  const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
  if (ADJECTIVE_END.test(prev) && !NOT_A_MODIFIER.has(prev)) return true;
  if (SPOKEN_FOR_BEFORE.test(before) || SOURCE_AFTER.test(text.slice(end, end + 40))) return true;
  return CONTRAST_AFTER.test(text.slice(end, end + 100));
}
