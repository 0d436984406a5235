/**
 * Names that are one entity by default, whatever the corpus: the aliases every reader knows
 * ("US", "U.S.", "America" are the United States). A codebook entry that declares one of these
 * names as an entity of its own wins (see resolve.ts).
 */
export const BUILTIN_ALIASES: readonly (readonly string[])[] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['Russia', 'Russian Federation'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  ['Group of 77', 'Group of Seventy-Seven', 'G-77', 'G77'],
  ['Conservative Party', 'Tory Party'],
  ['Labour Party', 'Labour'],
  ['Liberal Democrats', 'Lib Dems'],
  // Transliterations of one name (missedNames.ts finds them): the key already joins a hyphen and a space.
  ['Al Qaida', 'Al Qaeda', "Al Qa'ida", "Al Qa'idah", 'Al Qaidah', "Al Qa'eda"],
];

/** A group-type name and its plural or singular are one group ("Russian" / "Russians", "Tory" / "Tories"). */
export function singularOf(key: string): string | undefined {
  if (key.endsWith('ies') && key.length > 4) return `${key.slice(0, -3)}y`;
  if (key.endsWith('s') && !key.endsWith('ss') && key.length > 3) return key.slice(0, -1);
  return undefined;
}
