/**
 * Names broken at a hyphen at a line's end or before a space, as scanned and typeset UN speeches
 * print them (issue 11; written on 1,100 speeches outside the audit sets): the tagger marks the
 * words after the break and leaves the first part out, or ends the name before on it. The
 * tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { joinHyphenBreaks } from '../../server/src/analysis/entities/hyphenBreaks';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';


function joined(text: string, spans: [string, EntityType][]): string[] {
  return shownAs(joinHyphenBreaks(segment(text), tagged(text, spans), shipped));
}

describe('entities: names broken at a hyphen (issue 11)', () => {
  before(() => installShippedModels());

  it('joins the first part that is no name of its own ("Non-\\nAligned Movement", "Ibero- American Summit")', () => {
    assert.deepStrictEqual(joined('the Chairman of the Non-\nAligned Movement, at the fifteenth Ibero- American Summit in Salamanca',
      [['Aligned Movement', 'organization'], ['American Summit', 'organization']]), ['Non- Aligned Movement/organization', 'Ibero- American Summit/organization']);
  });

  it('joins the name the tagger ended on the first part ("Movement of Non" | "Aligned Countries") and keeps a longer name\'s type', () => {
    assert.deepStrictEqual(joined('a member of the Movement of Non- Aligned Countries and of the Government of Guinea-\nBissau',
      [['Movement of Non', 'organization'], ['Aligned Countries', 'organization'], ['Government of Guinea', 'organization'], ['Bissau', 'organization']]),
    ['Movement of Non- Aligned Countries/organization', 'Government of Guinea- Bissau/organization']);
  });

  it('joins a known place split at its hyphen, and leaves two names paired by a hyphen apart ("Iran-\\nIraq")', () => {
    assert.deepStrictEqual(joined('We support Guinea-\nBissau. The Iran-\nIraq war has lasted six years.',
      [['Guinea', 'place'], ['Bissau', 'organization'], ['Iran', 'place'], ['Iraq', 'place']]), ['Guinea- Bissau/place', 'Iran/place', 'Iraq/place']);
  });

  it('drops a pair of opposite compass points ("East-West" relations, "North-\\nSouth" dialogue): no place, but a region ("the North-East")', () => {
    assert.deepStrictEqual(joined('East-West relations and the North-\nSouth dialogue', [['East-West', 'place'], ['South', 'place']]), []);
    assert.deepStrictEqual(joined('a political solution to the North-East conflict', [['North-East', 'place']]), ['North-East/place']);
  });

  it('resolves a name broken at a hyphen to the name written whole', () => {
    const res = resolveEntities([
      { text: 'Non-Aligned Movement', type: 'organization', count: 40 },
      { text: 'Non-\nAligned Movement', type: 'organization', count: 13 },
    ]);
    assert.strictEqual(res.entities.length, 1);
    assert.strictEqual(res.entities[0].name, 'Non-Aligned Movement');
  });
});
