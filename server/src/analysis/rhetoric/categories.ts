/**
 * Rhetoric marker categories, drawn from propaganda-technique research (Da San Martino et al.,
 * 2019) and discourse analysis (hedges and boosters, Hyland 1998; scare quotes).
 * Colours are mid-luminance so they read on light and dark editor themes.
 */

export interface RhetoricCategory {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Default decoration colour, `#rrggbb`. */
  readonly color: string;
}

export const RHETORIC_CATEGORIES: readonly RhetoricCategory[] = [
  { id: 'loaded-language', label: 'Loaded language', description: 'Words with strong emotional connotations used to sway the reader.', color: '#e0803a' },
  { id: 'name-calling', label: 'Name calling', description: 'Labels that cast a person or group as an object of fear, hatred or contempt.', color: '#d4539b' },
  { id: 'doubt', label: 'Doubt', description: 'Casting doubt on the credibility of someone or something ("so-called", "alleged", "purported").', color: '#9b72e0' },
  { id: 'exaggeration', label: 'Exaggeration', description: 'Boosters and overstatement that present things as bigger, worse or more certain than shown.', color: '#e05a5a' },
  { id: 'hedge', label: 'Hedge', description: 'Words that soften a claim or signal uncertainty ("reportedly", "appears to", "arguably").', color: '#3aa8a0' },
  { id: 'flag-waving', label: 'Flag-waving', description: 'Appeals to national, group or ideological identity to justify a position.', color: '#4a8fe0' },
  { id: 'slogan', label: 'Slogan', description: 'A brief, striking phrase that stands in for an argument.', color: '#c9a227' },
  { id: 'thought-terminating-cliche', label: 'Thought-terminating cliché', description: 'A stock phrase that discourages critical thought and closes discussion.', color: '#b08a5a' },
  { id: 'appeal-to-fear', label: 'Appeal to fear', description: 'Building support by instilling anxiety or panic about an alternative or a group.', color: '#c46a3a' },
  { id: 'reductio-ad-hitlerum', label: 'Reductio ad Hitlerum', description: 'Discrediting by association with Nazism, fascism or other hated groups.', color: '#a05ad0' },
  { id: 'scare-quote', label: 'Scare quote', description: 'A word or short phrase put in quotation marks to distance the writer from it or mock it.', color: '#5aa845' },
];

export const CATEGORY_IDS: ReadonlySet<string> = new Set(RHETORIC_CATEGORIES.map((c) => c.id));

/** PTC technique → category id (techniques with no counterpart map to the nearest broad category). */
export const TECHNIQUE_CATEGORY: Readonly<Record<string, string>> = {
  Loaded_Language: 'loaded-language',
  'Name_Calling,Labeling': 'name-calling',
  Doubt: 'doubt',
  'Exaggeration,Minimisation': 'exaggeration',
  'Flag-Waving': 'flag-waving',
  Slogans: 'slogan',
  'Thought-terminating_Cliches': 'thought-terminating-cliche',
  'Appeal_to_fear-prejudice': 'appeal-to-fear',
  'Bandwagon,Reductio_ad_hitlerum': 'reductio-ad-hitlerum',
};

/** Category ids the span tagger can assign, in a fixed order (their index is stored in the model). */
export const TAGGER_CATEGORIES: readonly string[] = [
  'loaded-language', 'name-calling', 'doubt', 'exaggeration', 'flag-waving', 'slogan',
  'thought-terminating-cliche', 'appeal-to-fear', 'reductio-ad-hitlerum',
];
