/** A general debate's common ground for key-term tests: sentences every speech may hold, and no recognizers. */
import type { Recognizers } from '../../../server/src/analysis/document';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';

/** No entities, no rhetoric markers: the key terms alone. */
export const noEntities: Recognizers = { entities: () => [], markers: () => [] } as unknown as Recognizers;

/** Sentences of a general debate speech, the corpus's common ground. */
export const GENERAL_DEBATE_SENTENCES = [
  'The General Assembly meets at a time of great change in international relations.',
  'My delegation wishes to congratulate you on your election to the presidency of this session.',
  'We pay tribute to the Secretary-General for his tireless efforts in the service of peace.',
  'The developing countries continue to bear the burden of an unjust economic system.',
  'Disarmament remains a central concern of the international community.',
  'The United Nations must be strengthened so that it can fulfil the purposes of the Charter.',
  'Our Government remains committed to the principles of non-interference and sovereign equality.',
  'The situation in the Middle East continues to threaten international peace and security.',
  'We call for a just and lasting solution based on the relevant resolutions of the Security Council.',
  'Economic co-operation among developing countries is an essential element of collective self-reliance.',
  'The arms race consumes resources that could be devoted to economic and social development.',
  'Human rights and fundamental freedoms must be respected in every part of the world.',
];

/**
 * Speech `d` of a corpus built on the first eight common sentences: four paragraphs of two sentences in
 * rotation (so that each speech differs from the next), then `extra` paragraphs and a closing line.
 */
export function rotatedSpeech(d: number, extra: readonly string[] = []): string {
  const common = GENERAL_DEBATE_SENTENCES.slice(0, 8);
  const paras: string[] = [];
  for (let p = 0; p < 4; p++) paras.push(`${common[(d + 3 * p) % common.length]} ${common[(d + 3 * p + 1) % common.length]}`);
  paras.push(...extra);
  paras.push(`Speech number ${d} ends here with our best wishes.`);
  return paras.join('\n\n');
}

/**
 * Twenty-six statements in the words of the General Debate: one about desertification (six uses in
 * six paragraphs: a key term of it), one that names it once among other things, and 24 that do not.
 */
export function desertificationDebate(): Record<string, string> {
  const sahel = [
    'The Sahel is facing a catastrophe. Desertification advances every year, and the desert now takes land that fed our herds.',
    'We ask the international community to support the fight against desertification, for without water there can be no development.',
    'The drought of recent years has aggravated desertification in the north of our country, and thousands of families have left their villages.',
    'My delegation welcomes the convention on desertification, but a convention without resources will not stop the sand.',
    'Reforestation, small dams and the protection of pastures are the means by which desertification can be halted.',
    'Let us not forget that desertification is not only a problem of the Sahel: it threatens the food security of a whole continent.',
  ].join('\n');
  const passing = [
    'The world economy remains uncertain, and the developing countries bear the burden of debt and falling prices for their commodities.',
    'Climate change, desertification and the loss of forests call for common action, as do terrorism and the traffic in drugs.',
    'My delegation supports the reform of the Security Council, so that it better reflects the membership of the Organization.',
  ].join('\n');
  const filler = [
    'The General Assembly meets at a time of great change, and the hopes of our peoples rest on this Organization.',
    'We reaffirm our commitment to the principles of the Charter and to the peaceful settlement of disputes.',
    'Development and peace go together: there can be no lasting peace without economic and social progress.',
    'My Government has always supported the efforts of the Secretary-General in the cause of disarmament.',
    'The question of human rights concerns every State, large or small, and must not be used for political ends.',
    'We hope that this session will take decisions that give new life to multilateral cooperation.',
  ];
  const files: Record<string, string> = { 'file:///ungdc/NER_52_1997.txt': sahel, 'file:///ungdc/FRA_52_1997.txt': passing };
  for (let d = 0; d < 24; d++) files[`file:///ungdc/S${d}_52_1997.txt`] = [...filler.slice(d % 6), ...filler.slice(0, d % 6), `Statement number ${d} ends here.`].join('\n');
  return files;
}

/** A corpus of the named speeches (`rotatedSpeech` with their extra paragraphs) and 40 plain ones, as `file:///u/NAME.txt`. */
export function debateCorpus(special: Record<string, readonly string[]>, recognizers: Recognizers = noEntities): Corpus {
  const c = new Corpus({ sensitivity: 'precise' }, recognizers);
  let n = 100;
  for (const [name, extra] of Object.entries(special)) c.update(`file:///u/${name}.txt`, rotatedSpeech(n++, extra));
  for (let d = 0; d < 40; d++) c.update(`file:///u/${d}.txt`, rotatedSpeech(d));
  return c;
}

/** The labels of the key terms the speech `file:///u/NAME.txt` shows. */
export const ownKeyTerms = (c: Corpus, name: string): string[] => c.index.keyTermsOf(`file:///u/${name}.txt`).map((k) => k.label);

