/**
 * Organisations an analyst can trust (issue 11, rules written on the 1,100 speeches of ung20): a
 * body's name the document goes on writing after the tagger stopped ("the [United Nations Special]
 * Envoy", "[Conference of Heads of State] or\nGovernment"), a title's complement after a title's own
 * noun ("Uses of [International Watercourses]"), storms named like people, seas and straits "of" a
 * place and peoples in the plural typed as bodies; and an organisation shown on two mentions that an
 * edit leaves with one. The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { dropTitlePieces } from '../../server/src/analysis/entities/titlePieces';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { dropStormNames } from '../../server/src/analysis/entities/stormNames';
import { dropLeftCutNames } from '../../server/src/analysis/entities/leftCutNames';
import { typeByNameWords } from '../../server/src/analysis/entities/namedKinds';
import { joinPeopleBodies } from '../../server/src/analysis/entities/peopleAdjectives';
import { isKnownCountry, isKnownPeopleWord, isKnownPlaceName } from '../../server/src/analysis/entities/knownWords';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { patternRecognizers, shownAs, tagged } from './helpers/taggedMentions';

function kept(text: string, spans: [string, EntityType][]): string[] {
  return shownAs(dropTitlePieces(segment(text), tagged(text, spans), shipped));
}

describe('entities: organisations an analyst can trust (issue 11)', () => {
  before(() => installShippedModels());

  it('drops a body\'s name that goes on with a capitalised word on its line, unless a full name follows in apposition', () => {
    assert.deepStrictEqual(kept('thanks to President Bill Clinton, the United Nations Special Envoy for Tsunami Recovery, for his commitment',
      [['Bill Clinton', 'person'], ['United Nations Special', 'organization']]), ['Bill Clinton/person']);
    assert.deepStrictEqual(kept('that concluded between the German Democratic Republic and the Senate of West Berlin on 20 December 1971.',
      [['German Democratic Republic', 'place'], ['Senate of West', 'organization'], ['Berlin', 'place']]), ['German Democratic Republic/place', 'Berlin/place']);
    assert.deepStrictEqual(kept('the agreement signed by the Secretary-General of the Forces Nouvelles Guillaume Soro, the end of the crisis',
      [['Forces Nouvelles', 'organization'], ['Guillaume Soro', 'person']]), ['Forces Nouvelles/organization', 'Guillaume Soro/person']);
    // A hard-wrapped speech goes on with the name on the next line.
    assert.deepStrictEqual(kept('The Millennium Challenge\nAccount is indeed a worthy and welcome initiative.', [['Millennium Challenge', 'organization']]), []);
    // A title or rank before a person's name is no body, whatever name follows.
    assert.deepStrictEqual(kept('the Head of State, H.E. General Omar Hassan Ahmed al-Bashir, reaffirmed',
      [['H.E. General', 'organization'], ['Omar Hassan Ahmed al-Bashir', 'person']]), ['Omar Hassan Ahmed al-Bashir/person']);
  });

  it('drops a name cut before "or" and the rest of its title on the next line of a hard-wrapped speech', () => {
    assert.deepStrictEqual(kept('the decisions of the Seventh Conference of Heads of State or\nGovernment of Non-Aligned Countries, held at New Delhi',
      [['Seventh Conference of Heads of State', 'organization']]), []);
  });

  it('drops a title\'s complement after a title\'s own noun and "of" ("Uses of [International Watercourses]"), not a body cited after a post', () => {
    assert.deepStrictEqual(kept('We welcomed the Convention on the Law of the Non-Navigational Uses of International Watercourses as a well-conceived initiative.',
      [['International Watercourses', 'organization']]), []);
    assert.deepStrictEqual(kept('the Ministers for Foreign Affairs of the Non-Aligned Countries met in Belgrade',
      [['Non-Aligned Countries', 'organization'], ['Belgrade', 'place']]), ['Non-Aligned Countries/organization', 'Belgrade/place']);
  });

  it('drops a body\'s name cut on the left inside a sentence ("the Southern African [Development Community]"), not after a genitive, a determiner or another name', () => {
    const leftKept = (text: string, spans: [string, EntityType][]): string[] => shownAs(dropLeftCutNames(segment(text), tagged(text, spans), shipped));
    assert.deepStrictEqual(leftKept('the establishment of the Southern African Development Community (SADC), the World Council of Churches and the Inter- American Commission on Human Rights',
      [['Development Community', 'organization'], ['SADC', 'organization'], ['Council of Churches', 'organization'], ['American Commission on Human Rights', 'organization']]), ['SADC/organization']);
    assert.deepStrictEqual(leftKept('the Arab League\'s Committee of Three, Nicaragua\'s Junta of National Reconstruction, the United Nations-sponsored Alliance of Civilizations and the Security Council Counter-Terrorism Committee. Peace Corps volunteers came.',
      [['Committee of Three', 'organization'], ['Nicaragua', 'place'], ['Junta of National Reconstruction', 'organization'], ['Alliance of Civilizations', 'organization'],
        ['Security Council', 'organization'], ['Counter-Terrorism Committee', 'organization'], ['Corps', 'organization']]),
    ['Committee of Three/organization', 'Nicaragua/place', 'Junta of National Reconstruction/organization', 'Alliance of Civilizations/organization', 'Security Council/organization',
      'Counter-Terrorism Committee/organization', 'Corps/organization']);
  });

  it('drops storms named like people in the document that names them so ("hurricane Georges", "Hurricane Katrina", "hurricanes Ivan and Jeanne")', () => {
    const text = 'Hurricane Katrina showed it. Last year hurricanes Ivan and Jeanne struck Grenada, and in 1998 hurricane Georges, which destroyed homes. Georges left us poorer.';
    const seg = segment(text);
    const mentions = tagged(text, [['Hurricane Katrina', 'person'], ['Ivan', 'person'], ['Jeanne', 'person'], ['Grenada', 'place'], ['Georges', 'person'], ['Georges', 'person']]);
    assert.deepStrictEqual(shownAs(dropStormNames(seg, mentions, isKnownPlaceName)), ['Grenada/place']);
    const person = 'President Ivan Gasparovic of Slovakia spoke of the storm.';
    assert.deepStrictEqual(shownAs(dropStormNames(segment(person), tagged(person, [['Ivan Gasparovic', 'person'], ['Slovakia', 'place']]), isKnownPlaceName)), ['Ivan Gasparovic/person', 'Slovakia/place']);
  });

  it('types a strait, a gulf or an island "of" a place as a place and a people in the plural as a group, not a body', () => {
    const text = 'The guns in the Straits of Hormuz, the Comorian Island of Mayotte; the Afghans, Saudi Arabians and Papua New Guineans are best placed to decide; the Council of Ministers met at Machakos.';
    const mentions = tagged(text, [['Straits of Hormuz', 'organization'], ['Comorian Island of Mayotte', 'organization'], ['Afghans', 'organization'], ['Saudi Arabians', 'organization'],
      ['Papua New Guineans', 'organization'], ['Council of Ministers', 'organization'], ['Machakos', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByNameWords(mentions, isKnownPeopleWord, isKnownPlaceName, isKnownCountry)), [
      'Straits of Hormuz/place', 'Comorian Island of Mayotte/place', 'Afghans/group', 'Saudi Arabians/group', 'Papua New Guineans/group', 'Council of Ministers/organization',
      // A place's name ending in "s" is no people's plural ("the Machakos Protocol", typed a body).
      'Machakos/organization',
    ]);
  });

  it('types a country the tagger took for a people as a place ("the peoples of Cambodia and Laos"), not a people\'s word', () => {
    const text = 'They fight in unity with the peoples of Cambodia and Laos; the Lao and the Afghan delegations agree.';
    const mentions = tagged(text, [['Cambodia', 'place'], ['Laos', 'group'], ['Lao', 'group'], ['Afghan', 'group']]);
    assert.deepStrictEqual(shownAs(typeByNameWords(mentions, isKnownPeopleWord, isKnownPlaceName, isKnownCountry)), ['Cambodia/place', 'Laos/place', 'Lao/group', 'Afghan/group']);
  });

  it('types a people\'s words ending on a people\'s plural as a group ("Soviet Jews", "Bosnian Serbs"), not a place; a State\'s name stays', () => {
    const text = 'tens of thousands of Soviet Jews; the Bosnian Serbs; the United Arab Emirates.';
    const mentions = tagged(text, [['Soviet Jews', 'place'], ['Bosnian Serbs', 'organization'], ['United Arab Emirates', 'place']]);
    assert.deepStrictEqual(shownAs(typeByNameWords(mentions, isKnownPeopleWord, isKnownPlaceName, isKnownCountry)), ['Soviet Jews/group', 'Bosnian Serbs/group', 'United Arab Emirates/place']);
  });

  it('joins a people\'s word the tagger cut from the body\'s name after it ("within the European | Economic Community"), not a people before a lone noun or a list', () => {
    const text = 'within the European Economic Community; the Canadian House of Commons; the Chinese people; the Afghan, Security Council members.';
    const mentions = tagged(text, [['European', 'group'], ['Economic Community', 'organization'], ['Canadian', 'group'], ['House of Commons', 'organization'], ['Chinese', 'group'],
      ['Afghan', 'group'], ['Security Council', 'organization']]);
    assert.deepStrictEqual(shownAs(joinPeopleBodies(text, mentions, isKnownPeopleWord)),
      ['European Economic Community/organization', 'Canadian House of Commons/organization', 'Chinese/group', 'Afghan/group', 'Security Council/organization']);
  });

  it('keeps a body named once whose name ends on a church\'s, a society\'s or a service\'s noun', () => {
    const words = { isOrdinaryWord: (w: string) => ['church', 'cross', 'services'].includes(w) };
    const res = resolveEntities([
      { text: 'Catholic Church', type: 'organization', count: 1 },
      { text: 'Korean Red Cross', type: 'organization', count: 1 },
      { text: 'Tonga Defence Services', type: 'organization', count: 1 },
    ], words);
    assert.deepStrictEqual(res.entities.map((e) => e.name).sort(), ['Catholic Church', 'Korean Red Cross', 'Tonga Defence Services']);
  });

  it('no longer shows an organisation named once after an edit takes away its second mention', () => {
    const corpus = new Corpus({ sensitivity: 'precise' }, patternRecognizers([[/\bFrelimo\b/g, 'organization']], 0.9));
    corpus.update('file:///ungdc/MOZ_30_1975.txt', 'The Frelimo Government has led Mozambique to independence.\n');
    corpus.update('file:///ungdc/TZA_30_1975.txt', 'Peace came to our southern neighbour, and Frelimo kept it.\n');
    assert.deepStrictEqual(corpus.index.entities().filter((e) => e.name === 'Frelimo').map((e) => e.mentions), [2]);
    corpus.update('file:///ungdc/TZA_30_1975.txt', 'Peace came to our southern neighbour.\n');
    assert.ok(!corpus.index.entities().some((e) => e.name === 'Frelimo'));
    assert.strictEqual(corpus.index.entityIdOf('Frelimo'), undefined);
  });
});
