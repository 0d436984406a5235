/**
 * A light lemmatiser for matching lexicon and codebook entries: lower case, curly
 * apostrophes straightened, regular plural endings removed ("imperialists" → "imperialist",
 * "juntas" → "junta", "militias" → "militia", "atrocities" → "atrocity"). Verb and adjective
 * inflections are listed explicitly in the lexicon rather than guessed here.
 */

const INVARIANT = new Set([
  'news', 'us', 'this', 'his', 'is', 'was', 'has', 'does', 'as', 'its', 'thus', 'yes', 'less', 'unless', 'always', 'perhaps',
  'series', 'species', 'means', 'politics', 'economics', 'ethics', 'tactics', 'crisis', 'thesis', 'basis', 'analysis',
  'chaos', 'bias', 'alias', 'atlas', 'gas', 'bus', 'virus', 'status', 'campus', 'census', 'consensus', 'corpus', 'focus',
  'bonus', 'nexus', 'genius', 'fetus', 'hiatus', 'impetus', 'lotus', 'onus', 'radius', 'sinus', 'stimulus', 'apparatus',
  'fascis', 'isis', 'paris', 'texas', 'kansas', 'christmas', 'whereas', 'overseas', 'afterwards', 'towards', 'various',
  'famous', 'serious', 'previous', 'nervous', 'obvious', 'dangerous', 'ridiculous', 'vicious', 'heinous', 'treasonous',
  'murderous', 'monstrous', 'outrageous', 'disastrous', 'notorious', 'glorious', 'infamous', 'odious', 'callous',
  'perilous', 'scandalous', 'villainous', 'barbarous', 'nefarious', 'egregious', 'atrocious', 'sacrilegious', 'rapacious',
  'venomous', 'ominous', 'pompous', 'treacherous', 'tremendous', 'enormous', 'horrendous', 'stupendous', 'anonymous',
  'jesus', 'bourgeois', 'chassis', 'debris', 'illinois', 'louis', 'kiss', 'press', 'mass', 'class', 'boss', 'loss', 'cross', 'chess', 'less', 'mess', 'dress', 'access', 'success', 'congress', 'process', 'progress',
]);

/** Normalises a word token for matching: lower case, straight apostrophes, no plural ending. */
export function lemma(word: string): string {
  let w = word.toLowerCase();
  if (w.indexOf('’') >= 0 || w.indexOf('ʼ') >= 0) w = w.replace(/[’ʼ]/g, "'");
  return unplural(w);
}

/** Removes a regular plural ending from a lower-case word; the last part of a hyphenated word. */
export function unplural(w: string): string {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (INVARIANT.has(w)) return w;
  const p = w.charCodeAt(n - 2);
  if (p === 115 /* ss */ || p === 117 /* us */ || p === 39 /* 's */) return w;
  if (p === 105 /* is */) return w.endsWith('sis') || w.endsWith('tis') ? w : w.slice(0, -1);
  if (w.endsWith('ies')) return n > 4 ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  if (/(?:cris|analys|thes|bas|hypothes)es$/.test(w)) return w.slice(0, -2) + 'is';
  if (/(?:ch|sh|x|zz|ss)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
