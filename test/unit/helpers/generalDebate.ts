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
