/**
 * Entities an analyst can trust (issues 11/12, rules written on the 1,100 speeches of ung20): names
 * of fixed expressions dropped, a name after a personal honorific typed a person, a body "on" a
 * place joined whole. The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { shippedNames } from '../../server/src/analysis/entities/recognize';
import { dropIdiomNames } from '../../server/src/analysis/entities/idiomNames';
import { typeHonorificPersons } from '../../server/src/analysis/entities/honorificPersons';
import { joinLongNames } from '../../server/src/analysis/entities/longNames';
import { typeKnownPlaces } from '../../server/src/analysis/entities/knownPlaces';
import { isGivenName, isKnownPersonName, isKnownPlaceNotBody, knownNameType } from '../../server/src/analysis/entities/knownWords';
import { splitRunOnNames } from '../../server/src/analysis/entities/runOnNames';
import { dropCompassNames } from '../../server/src/analysis/entities/compassNames';
import { trimLowerCaseOpenings } from '../../server/src/analysis/entities/lowerCaseOpenings';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { shownAs, tagged } from './helpers/taggedMentions';

describe('entities: marks an analyst can trust (issues 11/12)', () => {
  before(() => installShippedModels());

  it('drops the name of a fixed expression ("the sword of Damocles", "a Gordian knot"), not the same name elsewhere', () => {
    const text = 'The nuclear threat hangs like the sword of Damocles over Europe; the Middle East is a Gordian knot, and Damocles, the courtier, was no diplomat. Our Achilles heel is debt.';
    const mentions = tagged(text, [['Damocles', 'place'], ['Europe', 'place'], ['Middle East', 'place'], ['Gordian', 'person'], ['Damocles', 'person'], ['Achilles', 'person']]);
    assert.deepStrictEqual(shownAs(dropIdiomNames(segment(text), mentions)), ['Europe/place', 'Middle East/place', 'Damocles/person']);
  });

  it('types a name after "Mr." or "Ms." a person ("Mr. Benites", "Ms. Aung San Suu Kyi"), not one after "President" or a title\'s word', () => {
    const text = 'I extend our gratitude to Mr. Benites, who presided over the Assembly, and we call for the release of Ms. Aung San Suu Kyi. President Kennedy Airport and Mr President, Ecuador thanks you.';
    const mentions = tagged(text, [['Benites', 'group'], ['Assembly', 'organization'], ['Aung San Suu Kyi', 'organization'], ['Kennedy Airport', 'place'], ['Ecuador', 'place']]);
    assert.deepStrictEqual(shownAs(typeHonorificPersons(segment(text), mentions)),
      ['Benites/person', 'Assembly/organization', 'Aung San Suu Kyi/person', 'Kennedy Airport/place', 'Ecuador/place']);
  });

  it('joins a body "on" a place ("Ad Hoc Advisory Group on Haiti"), not a known body\'s say on one ("the Security Council on Iraq")', () => {
    const text = 'We support the Ad Hoc Advisory Group on Haiti. The resolutions of the Security Council on Iraq must be obeyed.';
    const mentions = tagged(text, [['Ad Hoc Advisory Group', 'organization'], ['Haiti', 'place'], ['Security Council', 'organization'], ['Iraq', 'place']]);
    assert.deepStrictEqual(shownAs(joinLongNames(segment(text), mentions, shippedNames)),
      ['Ad Hoc Advisory Group on Haiti/organization', 'Security Council/organization', 'Iraq/place']);
  });
});

describe('entities: the gazetteer\'s places (issue 11)', () => {
  before(() => installShippedModels());

  it('types a person\'s name that the gazetteer knows as a place a place ("Svay Rieng"), not one word, a title\'s name or a body', () => {
    const text = 'Refugees fled Svay Rieng and Prey Veng before Dien Bien Phu was recalled; Mao spoke, Crown Prince Albert spoke and the Bishkek group met.';
    const mentions = tagged(text, [['Svay Rieng', 'person'], ['Prey Veng', 'person'], ['Dien Bien Phu', 'person'], ['Mao', 'person'], ['Prince Albert', 'person'], ['Bishkek', 'organization']]);
    assert.deepStrictEqual(shownAs(typeKnownPlaces(segment(text), mentions, { isPlaceNotBody: isKnownPlaceNotBody, isPersonName: isKnownPersonName, isGivenName })),
      ['Svay Rieng/place', 'Prey Veng/place', 'Dien Bien Phu/place', 'Mao/person', 'Prince Albert/person', 'Bishkek/organization']);
  });
});

describe('entities: names a scan ran together, compass points, standing bodies (issue 11)', () => {
  before(() => installShippedModels());

  it('splits countries a lost comma ran together ("Bangladesh Jamaica Mexico") and a body before the next sentence\'s country, not a country\'s own name', () => {
    const text = 'We sympathise with those nations - Bangladesh Jamaica Mexico the Dominican Republic - and the proper functioning of the Council Sweden regrets; Papua New Guinea agrees.';
    const mentions = tagged(text, [['Bangladesh', 'place'], ['Jamaica Mexico', 'organization'], ['Dominican Republic', 'place'], ['Council Sweden', 'organization'], ['Papua New Guinea', 'place']]);
    assert.deepStrictEqual(shownAs(splitRunOnNames(mentions, shippedNames)),
      ['Bangladesh/place', 'Jamaica/place', 'Mexico/place', 'Dominican Republic/place', 'Sweden/place', 'Papua New Guinea/place']);
  });

  it('splits a body\'s name ending in its noun from the member country listed after it ("the South Pacific Forum Australia, the Cook Islands"), not a known name', () => {
    // Seed-823 audit row 45: "the member countries of the South Pacific Forum Australia, the Cook Islands, Nauru ..." (a scan's lost colon).
    const text = 'the member countries of the South Pacific Forum Australia, the Cook Islands, Nauru, and the Organization of African Unity.';
    const mentions = tagged(text, [['South Pacific Forum Australia', 'organization'], ['Cook Islands', 'place'], ['Nauru', 'place'], ['Organization of African Unity', 'organization']]);
    assert.deepStrictEqual(shownAs(splitRunOnNames(mentions, shippedNames)),
      ['South Pacific Forum/organization', 'Australia/place', 'Cook Islands/place', 'Nauru/place', 'Organization of African Unity/organization']);
  });

  it('drops a name made only of compass points ("the North South dialogue", "the South West" of a cut name), not a compass point with a name', () => {
    const text = 'the North South dialogue, East West relations, the South West Africa People\'s Organization and peace in South-East Asia';
    const mentions = tagged(text, [['North South', 'place'], ['East West', 'place'], ['South West', 'place'], ['South-East Asia', 'place']]);
    assert.deepStrictEqual(shownAs(dropCompassNames(mentions)), ['South-East Asia/place']);
  });

  it('joins no standing body "on" a place ("the Human Rights Council on Burma") nor a place that goes on as a possessive', () => {
    const text = 'the convening of a special session of the Human Rights Council on Burma. The Expert Group on Africa\'s debt reported.';
    const mentions = tagged(text, [['Human Rights Council', 'organization'], ['Burma', 'place'], ['Expert Group', 'organization'], ['Africa', 'place']]);
    assert.deepStrictEqual(shownAs(joinLongNames(segment(text), mentions, shippedNames)),
      ['Human Rights Council/organization', 'Burma/place', 'Expert Group/organization', 'Africa/place']);
  });

  it('keeps a person named after a title a person although the gazetteer knows the name as a town ("President Velasco Ibarra")', () => {
    const text = 'President Velasco Ibarra, the Head of State of Ecuador, spoke of Svay Rieng.';
    const mentions = tagged(text, [['Velasco Ibarra', 'person'], ['Ecuador', 'place'], ['Svay Rieng', 'person']]);
    assert.deepStrictEqual(shownAs(typeKnownPlaces(segment(text), mentions, { isPlaceNotBody: isKnownPlaceNotBody, isPersonName: isKnownPersonName, isGivenName })),
      ['Velasco Ibarra/person', 'Ecuador/place', 'Svay Rieng/place']);
  });
});

describe('entities: words a scan glued to a name (issue 11)', () => {
  before(() => installShippedModels());

  it('trims a lower-case word glued to a name by a hyphen, drops a sentence run into the next and a lone particle, not a prefix or an article of the name', () => {
    const text = 'our unalterable convictions-Liberia has been impelled, with the-French Socialist Party; no guidance.We regret it. A neo-Nazi group, the Haram al-Sharif, St.Lucia and van der Stoel.';
    const mentions = tagged(text, [['convictions-Liberia', 'organization'], ['the-French Socialist Party', 'organization'], ['guidance.We', 'person'], ['neo-Nazi', 'group'], ['al-Sharif', 'organization'], ['St.Lucia', 'place'], ['van', 'organization']]);
    assert.deepStrictEqual(shownAs(trimLowerCaseOpenings(mentions, knownNameType)),
      ['Liberia/place', 'French Socialist Party/organization', 'neo-Nazi/group', 'al-Sharif/organization', 'St.Lucia/place']);
  });
});
