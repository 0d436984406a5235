/**
 * A body's name in Portuguese, Spanish or French, taken whole: speeches name liberation movements
 * and parties in their own language ("União Nacional para a Independência Total de Angola",
 * "Partido Africano da Independência da Guiné e Cabo Verde", "Frente Popular para la Liberación de
 * Saguia el-Hamra y de Río de Oro"), whose connectors the tagger reads as English's lower-case
 * words: it cuts the name into pieces ("União Nacional" | "Independência Total de Angola", "Cabo
 * Verde" a person). Such a name opens with its head noun (the language puts it first) and runs over
 * capitalised words and the language's connectors; the mentions inside it become one organisation.
 */
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** Head nouns that open a body's name in these languages (none an English name's opening word but "Union", "Front" and "Forces", which English follows with "of" or "for"). */
const HEAD_WORDS = [
  'Frente', 'Front', 'Partido', 'Parti', 'União', 'Uniao', 'Unión', 'Union', 'Movimento', 'Movimiento', 'Mouvement', 'Rassemblement',
  'Conselho', 'Consejo', 'Conseil', 'Alianza', 'Aliança', 'Ejército', 'Ejercito', 'Exército', 'Exercito', 'Resistência', 'Resistencia',
  'Congrès', 'Congreso', 'Organização', 'Organizacao', 'Organización', 'Organizacion', 'Convergencia', 'Fuerzas', 'Forças', 'Forcas',
  'Coordinadora', 'Confederación', 'Federación', 'Comissão', 'Comisión', 'Forces',
];
const HEAD_SET: ReadonlySet<string> = new Set(HEAD_WORDS);
const HEADS = HEAD_WORDS.join('|');

/**
 * The connectors of these languages inside a name; at least one must follow the head ("Frente Popular" alone is no such name).
 * Portuguese "a" only after "para": alone it is English's article ("the Soviet Union a Great Power").
 */
const CONNECTORS = "para a|para|pour|por|da|do|dos|das|de|del|du|des|la|las|los|le|les|el|e|y|et";

/** A capitalised word of the name, an Arabic article's hyphen included ("el-Hamra", "Río", "R'o"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|(?:el|al)-\s?\p{Lu}[\p{L}'’-]*)`;

/** White space inside a paragraph: a line may break inside the name, a paragraph may not. */
const SPACE = String.raw`(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)`;

/** The whole name from its head: capitalised words and connectors, each run of connectors followed by a capitalised word. */
const NAME = new RegExp(String.raw`(?:${HEADS})(?:${SPACE}${WORD})*(?:(?:${SPACE}(?:${CONNECTORS}))+${SPACE}${WORD}(?:${SPACE}${WORD})*)+`, 'uy');

/** Such a name anywhere in a text. */
const NAME_ANYWHERE = new RegExp(NAME.source, 'u');

/** A head word, for the search back from a piece after a connector. */
const HEAD_WORD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${HEADS})\s`, 'gu');

/** A connector right before a mention: it may be a piece of such a name. */
const CONNECTOR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${CONNECTORS})${SPACE}$`, 'u');

/** How far back from a piece its name's head may be (the longest names run to some 70 characters). */
const REACH = 90;

/** The mentions, those inside a Portuguese, Spanish or French body's name replaced by the whole name (an organisation). */
export function joinRomanceNames(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const { text } = seg;
  // Most documents hold no such name: one search of the text spares the look at each mention.
  if (!NAME_ANYWHERE.test(text)) return mentions as EntityMention[];
  let out: EntityMention[] | undefined;
  let taken = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < taken) continue;
    const whole = nameAround(text, m, taken);
    if (!whole || whole.end < m.end) {
      out?.push(m);
      continue;
    }
    const prev = out ? out[out.length - 1] : mentions[i - 1];
    // Not a head inside another name ("the Soviet Union" ...).
    if (prev && prev.start < whole.start && prev.end > whole.start) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    // The mentions kept before it that it covers go ("Partido Africano" before "da Independência ...").
    while (out.length && out[out.length - 1].end > whole.start) out.pop();
    let confidence = m.confidence;
    for (let k = i + 1; k < mentions.length && mentions[k].start < whole.end; k++) confidence = Math.max(confidence, mentions[k].confidence);
    out.push(mention(whole.start, whole.end, text.slice(whole.start, whole.end), 'organization', confidence));
    taken = whole.end;
  }
  return out ?? (mentions as EntityMention[]);
}

/** The span of the whole name `m` opens or lies in, not before `from`; undefined when it is none. */
function nameAround(text: string, m: EntityMention, from: number): { start: number; end: number } | undefined {
  const space = m.text.search(/\s/);
  const first = space < 0 ? m.text : m.text.slice(0, space);
  const starts: number[] = [];
  if (HEAD_SET.has(first)) starts.push(m.start);
  else if (CONNECTOR_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) {
    const lo = Math.max(0, m.start - REACH, from);
    HEAD_WORD.lastIndex = 0;
    const before = text.slice(lo, m.start);
    for (let h = HEAD_WORD.exec(before); h; h = HEAD_WORD.exec(before)) starts.push(lo + h.index + (/^\p{L}/u.test(h[0]) ? 0 : 1));
  }
  for (const s of starts) {
    NAME.lastIndex = s;
    const n = NAME.exec(text);
    if (n && s + n[0].length > m.start) return { start: s, end: s + n[0].length };
  }
  return undefined;
}
