/**
 * Organisations an analyst can trust (issue 11, rules written on the 1,100 speeches of ung20): a
 * city after a preposition of place, "Middle" of "Middle East" and "Middle Eastern", officials
 * named by their post, and one word the training text labels a body that the corpus writes in
 * lower case. The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { typeByHead } from '../../server/src/analysis/entities/nameKinds';
import { dropLeftCutNames } from '../../server/src/analysis/entities/leftCutNames';
import { isKnownBeyondTrainingBody, isKnownName } from '../../server/src/analysis/entities/knownWords';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';

describe('entities: organisations an analyst can trust (issue 11)', () => {
  before(() => installShippedModels());

  it('types a city the tagger took for a body as a place after "in" or "at" ("which met in Kingston", "held at Bologna"), not a body named after a city', () => {
    const text = 'the Conference of Ministers which met in Kingston, Jamaica, and the meeting held at Bologna last year; Kingston and Bologna voted for it; in Kingston Town.';
    const mentions = tagged(text, [['Kingston', 'organization'], ['Jamaica', 'place'], ['Bologna', 'organization'], ['Kingston', 'organization'], ['Bologna', 'organization'], ['Kingston Town', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)),
      ['Kingston/place', 'Jamaica/place', 'Bologna/place', 'Kingston/organization', 'Bologna/organization', 'Kingston Town/organization']);
  });

  it('types a geographic feature\'s name the tagger took for a body as a place ("the Aouzou Strip", "the River Niger"), not a body named after one', () => {
    const text = 'the question of the Aouzou Strip, the Saint Lucian Channel and the River Niger, which the Lake Chad Basin Commission, the Gulf Cooperation Council and the Conference on the Law of the Sea discussed.';
    const mentions = tagged(text, [['Aouzou Strip', 'organization'], ['Saint Lucian Channel', 'organization'], ['River Niger', 'organization'], ['Lake Chad Basin Commission', 'organization'],
      ['Gulf Cooperation Council', 'organization'], ['Conference on the Law of the Sea', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)), ['Aouzou Strip/place', 'Saint Lucian Channel/place', 'River Niger/place',
      'Lake Chad Basin Commission/organization', 'Gulf Cooperation Council/organization', 'Conference on the Law of the Sea/organization']);
  });

  it('types the States of their years the gazetteer lacks as places ("the occupied territory of Byelorussia", "the people of the Jamahiriya")', () => {
    const text = 'on the temporarily occupied territory of Byelorussia more than 440,000 partisans fought. Today, the people of the Jamahiriya celebrate the anniversary.';
    const mentions = tagged(text, [['Byelorussia', 'organization'], ['Jamahiriya', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)), ['Byelorussia/place', 'Jamahiriya/place']);
  });

  it('drops the second half of a title\'s pair of words ("Dialogue on Interreligious and Intercultural Understanding", "Food and Agriculture Organization"), not a name after another name or an opener', () => {
    const text = 'the High-Level Dialogue on Interreligious and Intercultural Understanding and Cooperation for Peace, the United Nations Food and Agriculture Organization, the Government and RENAMO, France and the European Union, and Morocco and Amnesty International.';
    const mentions = tagged(text, [['High-Level Dialogue', 'event'], ['Intercultural Understanding and Cooperation for Peace', 'organization'], ['United Nations', 'organization'], ['Agriculture Organization', 'organization'],
      ['RENAMO', 'organization'], ['France', 'place'], ['European Union', 'organization'], ['Morocco', 'place'], ['Amnesty International', 'organization']]);
    assert.deepStrictEqual(shownAs(dropLeftCutNames(segment(text), mentions, shipped)),
      ['High-Level Dialogue/event', 'United Nations/organization', 'RENAMO/organization', 'France/place', 'European Union/organization', 'Morocco/place', 'Amnesty International/organization']);
  });

  it('joins "Middle" to the "East" or "Eastern" after it and drops it alone ("a Middle Eastern settlement", "the Middle east problem", "the Near, Middle and Far East")', () => {
    const text = 'a just and lasting Middle Eastern settlement; a solution to the Middle east problem; conflicts in the Near, Middle and Far East.';
    const mentions = tagged(text, [['Middle', 'place'], ['Middle', 'place'], ['Middle', 'place'], ['Far East', 'place']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)), ['Middle Eastern/group', 'Middle east/place', 'Far East/place']);
  });

  it('drops officials named by their post ("the Foreign Ministers of ASEAN", "the Administrator of UNDP", "the Co-Chairmen"), not a meeting of them', () => {
    const text = 'the Foreign Ministers of ASEAN met the Administrator of UNDP and the Co-Chairmen of the Minsk Conference before the Commonwealth Heads of Government Meeting and the Council of Ministers.';
    const mentions = tagged(text, [['Foreign Ministers of ASEAN', 'organization'], ['Administrator of UNDP', 'organization'], ['Co-Chairmen', 'organization'], ['Minsk Conference', 'organization'],
      ['Commonwealth Heads of Government Meeting', 'organization'], ['Council of Ministers', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)),
      ['Minsk Conference/organization', 'Commonwealth Heads of Government Meeting/organization', 'Council of Ministers/organization']);
  });

  it('drops a post with no person ("OSCE Head of Mission", "the Vice-Presidents", "the Chairman-in-Office", "Under-Secretary-General for Humanitarian Affairs", a portfolio after "and"), not the heads who meet', () => {
    const text = 'The OSCE Head of Mission and the Vice-Presidents met the Chairman-in-Office and the United Nations Under-Secretary-General for Humanitarian Affairs. '
      + 'The Minister for General and Foreign Affairs came to the meeting of the Commonwealth Heads of Government and the Standing Committee.';
    const mentions = tagged(text, [['OSCE Head of Mission', 'organization'], ['Vice-Presidents', 'organization'], ['Chairman-in-Office', 'organization'],
      ['United Nations Under-Secretary-General for Humanitarian Affairs', 'organization'], ['Foreign Affairs', 'organization'], ['Commonwealth Heads of Government', 'organization'],
      ['Standing Committee', 'organization']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)), ['Commonwealth Heads of Government/organization', 'Standing Committee/organization']);
  });

  it('types a name after a military rank as a person\'s ("Lieutenant-Colonel Seyni Kountche" typed a body)', () => {
    const text = 'On 4 August last, Lieutenant-Colonel Seyni Kountche opened the Conference; Brigadier Joseph Momoh spoke.';
    const mentions = tagged(text, [['Lieutenant-Colonel Seyni Kountche', 'organization'], ['Conference', 'organization'], ['Brigadier Joseph Momoh', 'place']]);
    assert.deepStrictEqual(shownAs(typeByHead(segment(text), mentions, shipped)), ['Lieutenant-Colonel Seyni Kountche/person', 'Brigadier Joseph Momoh/person']);
  });

  const form = (text: string, type: EntityType, count: number) => ({ text, type, count, documents: ['a'] });

  it('strips a ruler\'s title from a person\'s name as any title ("Sultan Qaboos bin Said" is Qaboos bin Said; "Rt Hon" as "Rt. Hon.")', () => {
    const res = resolveEntities([form('Sultan Qaboos bin Said', 'person', 4), form('Qaboos bin Said', 'person', 2), form('Rt Hon Helen Clark', 'person', 1), form('Helen Clark', 'person', 3)]);
    assert.deepStrictEqual(res.entities.map((e) => `${e.name}/${e.count}`).sort(), ['Helen Clark/4', 'Qaboos bin Said/6']);
  });

  it('leaves out one word the training text labels a body that the corpus writes in lower case ("the Authority", "the Army"), not a body it seldom writes so ("Congress")', () => {
    const uses: Record<string, number> = { authority: 408, army: 147, congress: 5, turkey: 9 };
    const lowerCaseUses = (asked: ReadonlyMap<string, number>) => new Map([...asked.keys()].map((w) => [w, uses[w] ?? 0]));
    const forms = [form('Authority', 'organization', 6), form('Army', 'organization', 6), form('Congress', 'organization', 43), form('Turkey', 'place', 9)];
    const res = resolveEntities(forms, { lowerCaseUses, isKnownName, isKnownBeyondTrainingBody });
    assert.deepStrictEqual(res.entities.map((e) => e.name).sort(), ['Congress', 'Turkey']);
  });
});
