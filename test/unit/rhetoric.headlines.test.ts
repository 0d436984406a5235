/**
 * A title standing alone (issue 11 checklist, row 27): the tagger marked the headline of a film
 * review as flag-waving and a results table's capitalised heading as name calling. A headline line
 * shows no marker unless the lexicon knows one of its words; a line that ends as a sentence does
 * ("Defend Ukraine independence!") is no headline.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { findRhetoricMarkers } from '../../server/src/analysis/rhetoric/index';
import type { Sensitivity } from '../../server/src/analysis/types';

const REVIEW = `Film review: Dirty Pretty Things

Stephen Frears' critically-acclaimed film Dirty Pretty Things won best British film at the awards on Sunday. Critics called it a stunning, brilliantly acted thriller, and the Evening Standard's reviewer praised its "breathtaking" performances.

Audrey Tautou and Chiwetel Ejiofor star in the story of two immigrants working in a London hotel.`;
const SCORES = `GOLF - BRITISH MASTERS FINAL SCORES.

NORTHAMPTON, England 1996-08-31

Leading scores after the final round of the British Masters golf tournament on Saturday (British unless stated):`;
const MOSCOW = 'Defend Ukraine independence!\nDemand Moscow’s troops out now\n\nAfter a year of waging a near-genocidal war against the Ukrainian people, Russian President Vladimir Putin is trying to put a facade of legitimacy on his regime’s seizure of almost a fifth of the country.';

function onFirstLine(text: string, sensitivity: Sensitivity): string[] {
  const lineEnd = text.indexOf('\n');
  return findRhetoricMarkers(segment(text), { sensitivity }).filter((m) => m.start < lineEnd).map((m) => `${m.source} ${m.category}: ${m.text}`);
}

describe('rhetoric: a headline standing alone', () => {
  it('shows no tagger marker on a review’s headline or a results table’s heading in capitals', () => {
    for (const s of ['precise', 'balanced'] as const) {
      assert.deepStrictEqual(onFirstLine(REVIEW, s), [], s);
      assert.deepStrictEqual(onFirstLine(SCORES, s), [], s);
    }
  });

  it('keeps the markers of a line that ends as a sentence, and the lexicon’s words on a headline', () => {
    assert.deepStrictEqual(onFirstLine(MOSCOW, 'exploratory'), ['tagger appeal-to-fear: Defend']);
    assert.ok(onFirstLine('Russia must drive the Kiev junta out\n\nThe talks resumed on Monday in Geneva with both delegations present.', 'balanced').some((m) => /junta/.test(m)));
  });
});
