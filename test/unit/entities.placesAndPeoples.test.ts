/**
 * Entity types wrong in the Entities view on the bench's 300 UN speeches (issue 11): historical
 * States as organisations ("aggression against Kampuchea", "Democratic Kampuchea"), "Central" of
 * "Central American" cut from its continent, a people's adjective in "-i" as a body ("the Somali
 * people"), places as people ("the regime in Salisbury", "the occupation of Diego Garcia"), a
 * religion's plural as a person ("Muslims"), and one person under two entities for the order of
 * his names ("Razali Ismail" / "Ismail Razali"). The rules run on the tagger's mentions as it gave
 * them (written out, so the tests do not move with the model).
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import type { NameLexicon } from '../../server/src/analysis/entities/longNames';
import { typeByHead } from '../../server/src/analysis/entities/nameKinds';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { isKnownCountry, isKnownPersonName, isKnownPlaceName } from '../../server/src/analysis/entities/knownWords';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';


function typed(text: string, spans: [string, EntityType][], lex: NameLexicon = shipped): string[] {
  return shownAs(typeByHead(segment(text), tagged(text, spans), lex));
}

describe('entities: places and peoples on the bench speeches (issue 11)', () => {
  before(() => installShippedModels());

  it('knows the historical States of the speeches as countries, and types them as places where the tagger made them bodies', () => {
    for (const name of ['Kampuchea', 'Democratic Kampuchea', 'Upper Volta', 'Zaire']) assert.ok(isKnownCountry(name), name);
    const text = 'It has committed aggression against Kampuchea in a savage way. We reject any approval of the credentials of Democratic Kampuchea and of Upper Volta.';
    assert.deepStrictEqual(
      typed(text, [['Kampuchea', 'organization'], ['Democratic Kampuchea', 'organization'], ['Upper Volta', 'organization']]),
      ['Kampuchea/place', 'Democratic Kampuchea/place', 'Upper Volta/place'],
    );
  });

  it('joins a part\'s word the tagger cut from its continent ("Central" | American), not from a longer name', () => {
    const text = 'a negotiated and lasting solution to the Central American conflict, the crisis in Central\nAmerica and the Central African Republic. We Latin Americans agree.';
    assert.deepStrictEqual(
      typed(text, [['Central', 'organization'], ['Central', 'organization'], ['America', 'place'], ['Central', 'organization'], ['African Republic', 'place'], ['Latin', 'organization']]),
      ['Central American/group', 'Central America/place', 'Central/organization', 'African Republic/place', 'Latin Americans/group'],
    );
  });

  it('types a people\'s word in "-i" made from a country\'s name as a group, not a place of its own in "-i"', () => {
    const text = 'The Somali people and the Iraqi people have suffered long. Malawi and Haiti were represented.';
    assert.deepStrictEqual(
      typed(text, [['Somali', 'organization'], ['Iraqi', 'organization'], ['Malawi', 'organization'], ['Haiti', 'organization']]),
      ['Somali/group', 'Iraqi/group', 'Malawi/place', 'Haiti/place'],
    );
  });

  it('types as places an island and a region taken for people, and a city that is also a name only after "in" or beside a place', () => {
    assert.ok(isKnownPersonName('Salisbury') && isKnownPlaceName('Salisbury'));
    const text = 'The occupation of Diego Garcia is aimed at us, and the people of Nagorny Karabakh suffer. '
      + 'Sanctions are still imposed on the illegal regime in Salisbury; the regimes of Pretoria and Salisbury hatched the plans. '
      + 'As Salisbury said a century ago, and as Francis Fukuyama wrote, Fukuyama was wrong. Camp David and Taba were milestones; '
      + 'what in Roman law was justice; the Government of President Salvador Allende, Chile.';
    assert.deepStrictEqual(
      typed(text, [['Diego Garcia', 'person'], ['Nagorny Karabakh', 'person'], ['Salisbury', 'person'], ['Pretoria', 'place'], ['Salisbury', 'person'],
        ['Salisbury', 'person'], ['Francis Fukuyama', 'person'], ['Fukuyama', 'place'], ['David', 'person'], ['Taba', 'place'], ['Roman', 'person'],
        ['Allende', 'person'], ['Chile', 'place']]),
      ['Diego Garcia/place', 'Nagorny Karabakh/place', 'Salisbury/place', 'Pretoria/place', 'Salisbury/place',
        'Salisbury/person', 'Francis Fukuyama/person', 'Fukuyama/person', 'Camp David/place', 'Taba/place', 'Roman/person', 'Allende/person', 'Chile/place'],
    );
  });

  it('types the plural of a religion\'s word as a group, never a person', () => {
    const text = 'Because Muslims, Croats, Serbs and Jews have lived together, Muslims everywhere watch.';
    assert.deepStrictEqual(typed(text, [['Muslims', 'person'], ['Muslims', 'organization']]), ['Muslims/group', 'Muslims/group']);
  });

  it('resolves a person\'s two names in either order, and the name alone, as one person', () => {
    const r = resolveEntities([
      { text: 'Razali Ismail', type: 'person', count: 6, documents: ['a', 'b'] },
      { text: 'Ismail Razali', type: 'person', count: 3, documents: ['c'] },
      { text: 'Razali', type: 'person', count: 4, documents: ['c', 'd'] },
      { text: 'Kofi Annan', type: 'person', count: 5, documents: ['a'] },
    ]);
    assert.deepStrictEqual(r.entities.map((e) => `${e.name}:${e.count}`).sort(), ['Kofi Annan:5', 'Razali Ismail:13']);
  });
});
