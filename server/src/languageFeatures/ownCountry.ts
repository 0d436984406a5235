/**
 * Flag-waving that only names the speaker's own country: "flood damage in our country", "the people
 * of my country", "our country's history". The rhetoric lexicon lists "our country", "our nation" and
 * "our people" as flag-waving, which is right in the news articles it learned from, but a head of
 * state names their own country so in every other sentence: of the 23 such marks the default level
 * shows on the 1,100 dev speeches (ung20), 20 were plain (docs/audits/README.md). A rule in the
 * rhetoric model would drop marks that are right in those articles, so the product decides here what
 * it shows, as it does for the corpus's register (register.ts): where the corpus's documents name
 * their own country so (a quarter of them or more: 85% of ung20's speeches, 7.5% of PTC's news
 * articles), a flag-waving mark on the own country is shown only where another of its words is
 * loaded in itself ("glory", "sacred soil", "heroic people", "the motherland's honour").
 */
import type { CorpusIndex } from '../analysis/corpus/corpusIndex';
import type { DocumentAnalysis } from '../analysis/document';
import { builtInLexicon, TrieNode } from '../analysis/rhetoric/lexicon';
import { lemma } from '../analysis/rhetoric/lemma';
import { MIN_REGISTER_DOCUMENTS, REGISTER_SHARE } from './register';

const FLAG_WAVING = 'flag-waving';

/** Nouns for the speaker's own country or people after "our"/"my", and before "of our/my" ("the people of my country"). */
const OWN = 'country|nation|people|peoples|state|republic|society|population|citizens|government|land';
const OWN_NOUNS: ReadonlySet<string> = new Set(OWN.split('|'));
const OWN_SOURCE = `\\b(?:our|my)\\s+(?:own\\s+)?(?:${OWN})(?:['’]s?)?(?![\\p{L}])`;
const OWN_RE = new RegExp(OWN_SOURCE, 'giu');
const NAMES_OWN_RE = new RegExp(OWN_SOURCE, 'iu');

/**
 * Words of pride the lexicon does not list, as UN speeches use them of their own country ("the valiant
 * people of my country", "the honour of our nation"). The rhetoric model's mined rates are no guide
 * here: they are learned from news and call "autonomy", "fabric" and "frustrate" loaded.
 */
const PRIDE: ReadonlySet<string> = new Set(
  ['honour', 'honor', 'pride', 'proud', 'brave', 'bravery', 'valiant', 'valour', 'valor', 'courageous', 'noble', 'martyr', 'martyrdom', 'heroism', 'selfless', 'immortal', 'sacrifice', 'sacrificed'].map(lemma),
);

const WORD_RE = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Words of an entry that only name the own country or people ("our nation", "the people"). */
const NAMING: ReadonlySet<string> = new Set(['our', 'my', 'the', ...OWN_NOUNS]);

/** Whether `keys` (lemmas) hold a flag-waving entry of the built-in lexicon, other than one that only names the own country or people. */
function holdsFlagWaving(keys: readonly string[]): boolean {
  const root = builtInLexicon().root;
  for (let i = 0; i < keys.length; i++) {
    let map: ReadonlyMap<string, TrieNode> | undefined = root;
    for (let j = i; j < keys.length && map; j++) {
      const node: TrieNode | undefined = map.get(keys[j]);
      if (!node) break;
      if (node.entry?.category === FLAG_WAVING && !node.entry.term.split(' ').every((w) => NAMING.has(w))) return true;
      map = node.next;
    }
  }
  return false;
}

/** Whether a document names its own country so (cached per analysis: an edit makes a new one). */
const namesOwn = new WeakMap<DocumentAnalysis, boolean>();
function namesOwnCountry(d: DocumentAnalysis): boolean {
  let v = namesOwn.get(d);
  if (v === undefined) namesOwn.set(d, (v = NAMES_OWN_RE.test(d.text)));
  return v;
}

/** Per index, whether its documents name their own country as their register, at the generation it was counted. */
const registers = new WeakMap<CorpusIndex, { generation: number; register: boolean }>();

/**
 * A test of rhetoric marks against the corpus as it is now: `isPlainOwnCountry` where naming the own
 * country is the corpus's register, else no mark is plain on that account.
 */
export function ownCountryTest(index: CorpusIndex): (category: string, text: string) => boolean {
  let r = registers.get(index);
  if (r?.generation !== index.generation) {
    const uris = index.countedUris();
    let n = 0;
    for (const uri of uris) if (namesOwnCountry(index.get(uri)!)) n++;
    registers.set(index, (r = { generation: index.generation, register: index.size >= MIN_REGISTER_DOCUMENTS && n >= REGISTER_SHARE * uris.length }));
  }
  return r.register ? isPlainOwnCountry : () => false;
}

/**
 * Whether a mark of `category` with `text` is flag-waving on the speaker's own country and nothing
 * more: it holds "our/my country" (nation, people, ...) and none of its other words is loaded.
 */
export function isPlainOwnCountry(category: string, text: string): boolean {
  if (category !== FLAG_WAVING) return false;
  const lower = text.toLowerCase();
  const rest = lower.replace(OWN_RE, ' ');
  if (rest === lower) return false;
  const words = (rest.match(WORD_RE) ?? []).map(lemma);
  if (words.some((w) => PRIDE.has(w))) return false;
  return !holdsFlagWaving(words);
}
