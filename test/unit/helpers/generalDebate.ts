/** A general debate's common ground for key-term tests: sentences every speech may hold, and no recognizers. */
import type { Recognizers } from '../../../server/src/analysis/document';

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
