/** The Entities view's names read once, listed apart (the pure function behind the view's folder). */
import * as assert from 'assert';
import { splitNamedOnce } from '../../client/src/views/namedOnce';
import type { EntityRecord } from '../../server/src/protocol';

const entity = (name: string, mentions: number, declared = false): EntityRecord =>
  ({ id: `entity:organization:${name}`, name, type: 'organization', aliases: [name], mentions, documents: mentions, declared });

describe('Entities view: names read once listed apart', () => {
  it('lists the bodies named once after the others, in a folder of their own', () => {
    const records = [entity('Security Council', 120), entity('Contact Group', 2), entity('Third Islanac Summi Conference', 1), entity('Cultural Forum', 1)];
    const { shown, once } = splitNamedOnce(records);
    assert.deepStrictEqual(shown.map((e) => e.name), ['Security Council', 'Contact Group']);
    assert.deepStrictEqual(once.map((e) => e.name), ['Third Islanac Summi Conference', 'Cultural Forum']);
  });

  it('keeps a codebook entity named once with the others, and a type named only once as one list', () => {
    assert.deepStrictEqual(splitNamedOnce([entity('Security Council', 3), entity('Irgun', 1, true)]).once, []);
    const handful = [entity('Amnesty International', 1), entity('Red Cross', 1)];
    assert.deepStrictEqual(splitNamedOnce(handful), { shown: handful, once: [] });
  });
});
