/**
 * Places whose official or geographic form the tagger splits: a country's long form ("German
 * Democratic" | "Republic", "Rwandese" | "Republic", "Libyan Arab" | "Jamahiriya", "Democratic" |
 * "Republic of Sao Tome and Principe") and a geographic feature "of" a place ("Horn" | of |
 * "Africa", "Gulf of" | "Aden"), and a country's islands named after it ("the United States" |
 * "Virgin Islands"), and a Spanish or Portuguese place name cut at its particle ("Punta" | del | "Este"). The words are read from the text: the mentions they overlap give way to one place.
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';
import type { NameLexicon } from './longNames';
import { DETERMINER_WORDS } from './nameHeadWords';
import { spaced } from './nameText';

/** Heads of a country's long form. */
const POLITY_HEAD_WORD = /\b(?:Republic|Kingdom|Jamahiriya|Principality|Sultanate|Emirates|Confederation)\b/g;
/** Common words of long forms that may stand before the head ("Socialist Federal Republic", "United Kingdom"). */
const POLITY_WORDS = new Set(['Socialist', 'Federal', 'Democratic', 'Islamic', 'Arab', 'Federative', 'Bolivarian', 'Plurinational', 'Cooperative', 'Co-operative', 'Hashemite', 'Popular', 'Revolutionary', 'Oriental', 'United', 'Great']);
/** A geographic feature's word right before "of" and a place ("Horn of Africa", "Gulf of Aden"). */
const FEATURE_OF = /\b(?:Horn|Gulf|Bay|Straits?|Sea|Isle|Islands?)\s+of\s+(?:the\s+)?$/;

/** The particle between the words of a Spanish or Portuguese place name, on one line ("Punta del Este", "Santiago de Compostela"). */
const PLACE_PARTICLE = /^ (?:del|de|de la|do|da|dos|das) $/;

/** An island group's name ("Virgin Islands"). */
const ISLANDS = /\sIslands$/;

/** Is `name` an island group's, its owner's name starting at `start` after "the" ("the United States Virgin Islands")? */
export function isOwnedIslands(text: string, name: string, start: number): boolean {
  return ISLANDS.test(name) && /\bthe\s+$/.test(text.slice(Math.max(0, start - 5), start));
}

/** The mentions with long forms of countries and features "of" a place joined into one place each (sorted by start). */
export function joinPlaceForms(seg: SegmentedText, mentions: readonly EntityMention[], lex: NameLexicon): EntityMention[] {
  const { text, tokens } = seg;
  const words = (i: number): string => tokens.text(i);
  const tokenAt = (offset: number): number => lowerBound(tokens.length, (k) => tokens.ends[k] <= offset);
  const joined: EntityMention[] = [];
  const places = mentions.filter((m) => m.type === 'place');
  const placeAt = (k: number): EntityMention | undefined => places.find((m) => m.start === tokens.starts[k]);

  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const feature = FEATURE_OF.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (feature) joined.push(mention(m.start - feature[0].length, m.end, text.slice(m.start - feature[0].length, m.end), m.type, m.confidence));
  }

  // A country's islands named after it ("the United States" | "Virgin Islands"): one place.
  for (let i = 0; i + 1 < places.length; i++) {
    const [owner, islands] = [places[i], places[i + 1]];
    if (islands.start === owner.end + 1 && text.charCodeAt(owner.end) === 32 && isOwnedIslands(text, islands.text, owner.start) && lex.isCountry?.(owner.text)) {
      joined.push(mention(owner.start, islands.end, text.slice(owner.start, islands.end), 'place', owner.confidence));
    }
  }

  // A place's Spanish or Portuguese name the tagger cut at its particle ("Punta" | del | "Este", "Mar" | del | "Plata"): one place.
  for (let i = 0; i + 1 < places.length; i++) {
    const [first, second] = [places[i], places[i + 1]];
    // Of one word each: a longer name before the particle is another's ("Frente de Libertação" | de | "Moçambique").
    if (second.start - first.end <= 7 && PLACE_PARTICLE.test(text.slice(first.end, second.start)) && !/\s/.test(first.text) && !/\s/.test(second.text)) {
      joined.push(mention(first.start, second.end, text.slice(first.start, second.end), 'place', first.confidence));
    }
  }

  // The heads are found in the text, not by reading every token's string.
  let next = 0;
  for (const hit of text.matchAll(POLITY_HEAD_WORD)) {
    const h = tokenAt(hit.index!);
    if (h < next || tokens.starts[h] !== hit.index || words(h) !== hit[0]) continue;
    next = h + 1;
    const first = seg.sentences[lowerBound(seg.sentences.length, (s) => seg.sentences[s].endToken <= h)]?.firstToken ?? 0;
    let a = h;
    for (;;) {
      const k = a - 1;
      if (k < first) break;
      const w = words(k);
      if ((w === "'s" || w === '’s') && k - 1 >= first && words(k - 1) === 'People') { a = k - 1; continue; }
      if (tokens.kind(k) !== 'word' || !/^\p{Lu}/u.test(w) || /-\p{Ll}{2}/u.test(w.replace(/^Co-op/, '')) || DETERMINER_WORDS.has(w) || (!POLITY_WORDS.has(w) && lex.isOrdinaryWord(w))) break;
      a = k;
    }
    let b = h + 1;
    if (b < tokens.length && words(b) === 'of') {
      const r = b + 1 < tokens.length && words(b + 1) === 'the' ? b + 2 : b + 1;
      const place = r < tokens.length ? placeAt(r) : undefined;
      if (place) b = tokenAt(place.end - 1) + 1;
      // A country the tagger did not mark ("Federal" | Republic of Germany): the longest known place of capitalised words.
      else for (let e = r + 1; e <= Math.min(tokens.length, r + 4) && tokens.kind(e - 1) === 'word' && /^\p{Lu}/u.test(words(e - 1)); e++) {
        if (lex.knownType(spaced(text.slice(tokens.starts[r], tokens.ends[e - 1]))) === 'place') b = e;
      }
    }
    // The tagger's own span may run on past the head ("Federal Republic of Yugoslavia" after "Socialist").
    if (h + 1 < tokens.length && words(h + 1) === 'of') for (const m of mentions) if (m.start < tokens.ends[h] && m.end > tokens.starts[a]) b = Math.max(b, tokenAt(m.end - 1) + 1);
    // A long form has words besides its head, and the tagger took some of its words before "of" for
    // a name of their own ("German Democratic", "Rwandese"); a place it found alone stays as it is
    // ("Republic of" [Haiti]: the country's entity, as most mentions name it).
    if (b - a < 2 || !mentions.some((m) => m.start < tokens.ends[h] && m.end > tokens.starts[a])) continue;
    let start = tokens.starts[a];
    const end = tokens.ends[b - 1];
    // A body's name that the tagger ended inside the long form is the body of that country ("Government of the People" | 's Republic of Kampuchea).
    const body = mentions.find((m) => m.start < start && m.end > start && m.end <= end && m.type === 'organization');
    if (body) start = body.start;
    joined.push(mention(start, end, text.slice(start, end), body ? 'organization' : 'place', 0.9));
    next = b;
  }
  // A longer name holding the place stays as it is ("Government of the Republic of Guinea").
  const inside = (j: EntityMention): boolean => mentions.every((m) => m.end <= j.start || m.start >= j.end || (m.start >= j.start && m.end <= j.end));
  joined.splice(0, joined.length, ...joined.filter(inside));
  if (!joined.length) return [...mentions];
  const kept = mentions.filter((m) => !joined.some((j) => m.start < j.end && m.end > j.start));
  return [...kept, ...joined].sort((x, y) => x.start - y.start);
}
