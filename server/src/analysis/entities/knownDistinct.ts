/** Names the misspelling search never takes for slips of one another (see misspellings.ts). */

/** Pairs of real, distinct names that differ by a letter or two. */
export const KNOWN_DISTINCT = [
  ['austria', 'australia'], ['iran', 'iraq'], ['jon', 'john'], ['sweden', 'swede'], ['niger', 'nigeria'], ['slovakia', 'slovenia'],
  ['gambia', 'zambia'], ['mali', 'malawi'], ['georgia', 'georgian'], ['dominica', 'dominican'], ['guinea', 'guyana'], ['paris', 'parisi'],
  ['stephen', 'steven'], ['alan', 'allan'], ['allen', 'alan'], ['ann', 'anne'], ['carl', 'karl'], ['eric', 'erik'], ['mark', 'marc'],
  ['sara', 'sarah'], ['jeffrey', 'geoffrey'], ['clare', 'claire'], ['philip', 'phillip'], ['mathew', 'matthew'], ['kiev', 'kyiv'],
  ['russia', 'prussia'], ['latvia', 'lativa'], ['india', 'indiana'], ['korea', 'korean'], ['bush', 'busch'], ['gore', 'gorev'],
];
