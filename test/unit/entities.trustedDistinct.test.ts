/**
 * Distinct entities an analyst can trust (issue 11, rules written on the 1,100 speeches of ung20):
 * storms the tagger typed as places, an ordinal before a body's name, pairs of countries or peoples
 * joined by a hyphen, peoples' adjectives before a noun, bodies' names cut at a comma of their title,
 * peoples' words the corpus also names in the plural, and a person's name with a middle initial. The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { dropStormNames } from '../../server/src/analysis/entities/stormNames';
import { dropLeftCutNames } from '../../server/src/analysis/entities/leftCutNames';
import { dropRelationNames } from '../../server/src/analysis/entities/relationNames';
import { typePeopleAdjectives } from '../../server/src/analysis/entities/peopleAdjectives';
import { joinCommaNames } from '../../server/src/analysis/entities/commaNames';
import { isKnownCountry, isKnownPeopleWord, isKnownPlaceName } from '../../server/src/analysis/entities/knownWords';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';

describe('entities: distinct entities an analyst can trust (issue 11)', () => {
  before(() => installShippedModels());

  it('drops a storm the tagger typed as a place ("hurricane Mitch"), not a known place after a storm\'s word', () => {
    const text = 'Nicaragua has been cruelly punished; the effects of hurricane Mitch, which lashed the Central American region in 1998, and after the hurricane Grenada rebuilt its schools.';
    const mentions = tagged(text, [['Nicaragua', 'place'], ['Mitch', 'place'], ['Central American', 'group'], ['Grenada', 'place']]);
    assert.deepStrictEqual(shownAs(dropStormNames(segment(text), mentions, isKnownPlaceName)), ['Nicaragua/place', 'Central American/group', 'Grenada/place']);
  });

  it('keeps a body\'s name after an ordinal that numbers its session ("the Twelfth Islamic Conference of Foreign Ministers")', () => {
    const text = 'the decisions of the Twelfth Islamic Conference of Foreign Ministers, held at Baghdad, and of the Southern African Development Community';
    const mentions = tagged(text, [['Islamic Conference of Foreign Ministers', 'organization'], ['Baghdad', 'place'], ['Development Community', 'organization']]);
    assert.deepStrictEqual(shownAs(dropLeftCutNames(segment(text), mentions, shipped)), ['Islamic Conference of Foreign Ministers/organization', 'Baghdad/place']);
  });

  it('drops two countries or peoples joined by a hyphen ("Greek-Turkish rapprochement"), not a hyphenated place or region', () => {
    const text = 'the Greek-Turkish rapprochement, Zionist-Israeli terrorism, the India-Pakistan talks and the Chad-Libya dispute; Guinea-Bissau, Indo-China and the Asia-Pacific region';
    const mentions = tagged(text, [['Greek-Turkish', 'place'], ['Zionist-Israeli', 'place'], ['India-Pakistan', 'place'], ['Chad-Libya', 'organization'],
      ['Guinea-Bissau', 'place'], ['Indo-China', 'place'], ['Asia-Pacific', 'place']]);
    const lex = { isCountry: isKnownCountry, isPeopleWord: isKnownPeopleWord, isPlaceName: isKnownPlaceName };
    assert.deepStrictEqual(shownAs(dropRelationNames(mentions, lex)), ['Guinea-Bissau/place', 'Indo-China/place', 'Asia-Pacific/place']);
  });

  it('types a people\'s adjective before a common noun as a group ("the Sahelian countries", "the Saharawi people"), not a place named before a noun', () => {
    const text = 'drought in the Sahelian countries, the Hispanic community, the Lao people and the Saharawi people; a Pyrrhic victory, a Homeric struggle, the Bakassi peninsula, the Sinai desert and the Helsinki process; Sahelian.';
    const mentions = tagged(text, [['Sahelian', 'place'], ['Hispanic', 'organization'], ['Lao', 'organization'], ['Saharawi', 'place'], ['Pyrrhic', 'organization'], ['Homeric', 'place'],
      ['Bakassi', 'place'], ['Sinai', 'place'], ['Helsinki', 'place'], ['Sahelian', 'place']]);
    assert.deepStrictEqual(shownAs(typePeopleAdjectives(segment(text), mentions, isKnownPlaceName)),
      ['Sahelian/group', 'Hispanic/group', 'Lao/group', 'Saharawi/group', 'Pyrrhic/organization', 'Homeric/place', 'Bakassi/place', 'Sinai/place', 'Helsinki/place', 'Sahelian/place']);
  });

  it('joins a body\'s name cut at a comma of its title ("the United Nations Educational, Scientific and Cultural Organization"), not two bodies listed', () => {
    const text = 'the work of the United Nations Educational, Scientific and Cultural Organization (UNESCO), of the United Nations Educational, Scientific and Cultural Organization and of Amnesty International, Human Rights Watch and the Economic and Social Council.';
    const mentions = tagged(text, [['United Nations Educational', 'organization'], ['UNESCO', 'organization'], ['United Nations Educational', 'organization'], ['Scientific and Cultural Organization', 'organization'],
      ['Amnesty International', 'organization'], ['Human Rights Watch', 'organization'], ['Economic and Social Council', 'organization']]);
    assert.deepStrictEqual(shownAs(joinCommaNames(segment(text), mentions)), ['United Nations Educational, Scientific and Cultural Organization/organization', 'UNESCO/organization',
      'United Nations Educational, Scientific and Cultural Organization/organization', 'Amnesty International/organization', 'Human Rights Watch/organization', 'Economic and Social Council/organization']);
  });

  const form = (text: string, type: EntityType, count: number, documents: string[] = ['a']) => ({ text, type, count, documents });

  it('makes a people\'s word typed a place or a body one group with its plural ("the Cypriot people", "the Cypriots"), not a place\'s plural nor an ordinary word', () => {
    const words = { isOrdinaryWord: (w: string) => ['civilisation', 'civilization'].includes(w), isKnownName: (n: string) => ['Korea'].includes(n) };
    const res = resolveEntities([
      form('Cypriot', 'place', 39), form('Cypriots', 'organization', 18), form('Kashmiri', 'organization', 12), form('Kashmiris', 'group', 2),
      form('Korea', 'place', 275), form('Koreas', 'place', 64), form('Comoro', 'place', 2), form('Comoros', 'place', 69),
      form('Civilisation', 'organization', 2), form('Civilizations', 'organization', 2),
    ], words);
    const shown = res.entities.map((e) => `${e.name}/${e.type}/${e.count}`).sort();
    assert.deepStrictEqual(shown, ['Civilisation/organization/2', 'Civilizations/organization/2', 'Comoro/place/2', 'Comoros/place/69', 'Cypriot/group/57', 'Kashmiri/group/14', 'Korea/place/275', 'Koreas/place/64']);
  });

  it('leaves out a word and its plural grouped as a people\'s word when the corpus writes them in lower case ("the Horn" / "Horns", "horns of a dilemma")', () => {
    const lowerCaseUses = (asked: ReadonlyMap<string, number>) => new Map([...asked.keys()].map((w) => [w, ({ horn: 3, horns: 4 } as Record<string, number>)[w] ?? 0]));
    const res = resolveEntities([form('Horn', 'place', 4), form('Horns', 'organization', 1), form('Cypriot', 'place', 3), form('Cypriots', 'organization', 2)], { lowerCaseUses });
    assert.deepStrictEqual(res.entities.map((e) => `${e.name}/${e.type}`), ['Cypriot/group']);
  });

  it('makes a person\'s name with a middle initial, much rarer, the person named without it ("Hennadiy Y. Udovenko"), not a father and his son', () => {
    const res = resolveEntities([
      form('Hennadiy Udovenko', 'person', 33), form('Hennadiy Y. Udovenko', 'person', 1), form('George Bush', 'person', 10), form('George W. Bush', 'person', 4),
    ]);
    assert.deepStrictEqual(res.entities.map((e) => `${e.name}/${e.count}`).sort(), ['George Bush/10', 'George W. Bush/4', 'Hennadiy Udovenko/34']);
    // A name opening on an initial is no fuller than the name with the given name ("J. Velásquez" / "Ramon J. Velásquez").
    const named = resolveEntities([form('J. Velásquez', 'person', 2), form('Ramon J. Velásquez', 'person', 1), form('B. J. Habibie', 'person', 1), form('Habibie', 'person', 3)]);
    assert.deepStrictEqual(named.entities.map((e) => e.name).sort(), ['B. J. Habibie', 'Ramon J. Velásquez']);
  });
});
