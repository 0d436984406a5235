/**
 * Names inside hyphenated compounds. The tokenizer keeps "anti-Putin", "pro-Russian",
 * "Moscow-backed" and "Nations-sponsored" whole (they are one word to the reader and to the
 * rhetoric markers), so the tagger sees no name in them: "anti-Putin" would count no mention of
 * Putin, and "United Nations-sponsored" would leave "United" on its own. Here the name part of
 * such a compound becomes a mention at its own offsets:
 * - a tagged name continued by "Part-suffix" takes the part ("United" + "Nations-sponsored" →
 *   "United Nations", "United States-led" → "United States");
 * - a compound of a lower-case affix and a capitalised part ("anti-Putin", "Kiev-based") yields a
 *   mention of the part when the part is a name: named so elsewhere in the document, or in the
 *   lexicon.
 */
import { firstAbove } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention, EntityType } from '../types';
import { mention } from './mention';
import { cleanMention } from './mentionFilter';

/** "anti-Putin", "pro-Russian", "ex-Soviet": a lower-case prefix, then the name part. */
const PREFIXED = /^(\p{Ll}+)[-‐](\p{Lu}[\p{L}’']*)$/u;
/** "Moscow-backed", "Nations-sponsored", "US-led": the name part, then a lower-case suffix. */
const SUFFIXED = /^(\p{Lu}[\p{L}.]*)[-‐](\p{Ll}+)$/u;

/** Confidence of a part found only in the lexicon (the tagger gave it none). */
const LEXICON_CONFIDENCE = 0.9;

/**
 * The document's mentions with names in compounds added (sorted by start). `lexiconType` types a
 * single capitalised word from the lexicon, or undefined when it names nothing.
 */
export function withCompoundMentions(seg: SegmentedText, mentions: EntityMention[], lexiconType: (word: string) => EntityType | undefined): EntityMention[] {
  const { text, tokens } = seg;
  const covered = new Set<number>();
  const tokenAt = (offset: number): number => firstAbove(tokens.ends, tokens.length, offset);

  // A name continued by "Part-suffix" in the next token (whatever the suffix: in "the United
  // Nations-the only body" the hyphen is a dash, and the name still ends after the part).
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const next = tokenAt(m.end);
    const suffixed = next < tokens.length && onlySpaceBetween(text, m.end, tokens.starts[next]) ? SUFFIXED.exec(tokens.text(next)) : null;
    if (suffixed) {
      const end = tokens.starts[next] + suffixed[1].length;
      out.push(mention(m.start, end, text.slice(m.start, end), m.type, m.confidence));
      covered.add(next);
    } else out.push(m);
    for (let i = tokenAt(m.start); i < tokens.length && tokens.starts[i] < m.end; i++) covered.add(i);
  }

  // Names the document itself gives a type to, by their text: made for the first compound found (most documents have none).
  let known: Map<string, EntityMention> | undefined;
  const knownAs = (part: string): EntityMention | undefined => {
    if (!known) {
      known = new Map();
      for (const m of out) if (!known.has(m.text)) known.set(m.text, m);
    }
    return known.get(part);
  };

  // Only words with a hyphen can be compounds: find them from the hyphens (a few per hundred words).
  const hyphen = /[-‐]/g;
  let last = -1;
  for (let h = hyphen.exec(text); h; h = hyphen.exec(text)) {
    const i = tokenAt(h.index);
    if (i >= tokens.length || i === last || tokens.starts[i] > h.index || covered.has(i)) continue;
    last = i;
    const word = tokens.text(i);
    const prefixed = PREFIXED.exec(word);
    const suffixed = prefixed ? null : SUFFIXED.exec(word);
    if (!prefixed && !suffixed) continue;
    const part = prefixed ? prefixed[2] : suffixed![1];
    const start = prefixed ? tokens.starts[i] + prefixed[1].length + 1 : tokens.starts[i];
    const same = knownAs(part);
    const type = same?.type ?? lexiconType(part);
    // The part passes the filters every name passes: no generic institution ("great-Power", "the
    // Assembly-is not enough", where the hyphen is a dash), no title alone.
    const span = type && cleanMention(text, start, start + part.length, type);
    if (!span) continue;
    out.push(mention(span.start, span.end, text.slice(span.start, span.end), type!, same?.confidence ?? LEXICON_CONFIDENCE));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One run of spaces, no line break of a paragraph's end, between a name and the compound. */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  return b > a && b - a <= 2 && /^[ \u00a0\n]+$/.test(text.slice(a, b));
}
