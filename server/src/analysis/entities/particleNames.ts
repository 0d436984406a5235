/**
 * Persons' names with particles, which the tagger cuts at the particle: "[Jean] de la [Fontaine]"
 * (Fontaine as an organisation), "Mr. [Diogo Freitas] do [Amaral]" (Amaral as a place), "Prince
 * [Fahd] ibn [Abdul Aziz]". A person's name followed by one or two particles and a capitalised word
 * goes on over them, with the mention that word opens; so on along a chain ("Pedro de San Jose de
 * Betancur"). A family name the tagger found without its particles after a title or a given name
 * takes them in ("President [Gaulle]" is "de Gaulle").
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';
import { DETERMINER_WORDS, NAME_PARTICLES } from './nameHeadWords';

/** At most this many words of a mention after the particles are taken into the person's name. */
const MAX_TAIL_WORDS = 3;

/** The mentions with persons' names joined over their particles (sorted by start). */
export function joinParticleNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const { text, tokens } = seg;
  const tokenAt = (offset: number): number => lowerBound(tokens.length, (k) => tokens.ends[k] <= offset);
  const inLine = (a: number, b: number): boolean => !/\n\s*\n/.test(text.slice(a, b));
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person') {
      out.push(m);
      continue;
    }
    let end = m.end;
    let next = i + 1;
    // A particle the tagger took for a name of its own ("Mr. [von] [Wechmar]") goes on with the next word.
    let particleOnly = m.text.split(/\s+/).every((w) => NAME_PARTICLES.has(w));
    for (;;) {
      let k = tokenAt(end - 1) + 1;
      const first = k;
      while (k < tokens.length && k - first < 2 && NAME_PARTICLES.has(tokens.text(k))) k++;
      if ((k === first && !particleOnly) || k >= tokens.length || tokens.kind(k) !== 'word' || !/^\p{Lu}/u.test(tokens.text(k)) || DETERMINER_WORDS.has(tokens.text(k))) break;
      if (!inLine(end, tokens.starts[k])) break;
      const other = next < mentions.length && mentions[next].start === tokens.starts[k] ? mentions[next] : undefined;
      // The next mention ends the name only when it is a short run of capitalised words ("Abdul Aziz"), not a name of its own ("Amaral of Portugal").
      if (other && (other.text.split(/\s+/).length > MAX_TAIL_WORDS || /\s\p{Ll}/u.test(other.text))) break;
      if (next < mentions.length && !other && mentions[next].start < tokens.ends[k]) break;
      end = other ? other.end : tokens.ends[k];
      if (other) next++;
      particleOnly = false;
    }
    // The particles before a family name after a title or a given name ("President [de Gaulle]", "Mr. [von Wechmar]").
    let start = m.start;
    let k = tokenAt(m.start);
    const before = k;
    while (k > 0 && before - k < 2 && NAME_PARTICLES.has(tokens.text(k - 1))) k--;
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    if (k < before && k > 0 && tokens.kind(k - 1) === 'word' && /^\p{Lu}/u.test(tokens.text(k - 1)) && tokens.starts[k] >= prevEnd && inLine(tokens.ends[k - 1], m.start)) start = tokens.starts[k];
    if (end === m.end && start === m.start) {
      out.push(m);
      continue;
    }
    out.push(mention(start, end, text.slice(start, end), m.type, m.confidence));
    i = next - 1;
  }
  return out;
}
