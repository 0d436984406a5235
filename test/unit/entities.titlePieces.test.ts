/**
 * Pieces of longer names shown as entities of their own (issue 11; seen in the audit of seed 151 and
 * written on the 1,100 speeches of ung20): the complement of a title whose head the tagger left out,
 * a party's organ without the party, and a title-case phrase the corpus otherwise writes as a common
 * noun phrase. The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { dropTitlePieces } from '../../server/src/analysis/entities/titlePieces';
import { shippedNames as shipped } from '../../server/src/analysis/entities/recognize';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { isGivenName, isKnownName } from '../../server/src/analysis/entities/knownWords';
import { installShippedModels } from '../../server/src/node/modelFiles';
import type { EntityType } from '../../server/src/analysis/types';
import { patternRecognizers, shownAs, tagged } from './helpers/taggedMentions';

function kept(text: string, spans: [string, EntityType][]): string[] {
  return shownAs(dropTitlePieces(segment(text), tagged(text, spans), shipped));
}

/** Each text's one tagged name (an organisation) is dropped. */
function droppedAll(cases: [text: string, name: string][]): void {
  for (const [text, name] of cases) assert.deepStrictEqual(kept(text, [[name, 'organization']]), [], name);
}

describe('entities: pieces of longer titles (issue 11)', () => {
  before(() => installShippedModels());

  it('drops a plural the tagger typed a place inside an instrument\'s title ("General Agreement on [Tariffs] and Trade"), not the place a title is about', () => {
    assert.deepStrictEqual(kept('the negotiations of the General Agreement on Tariffs and Trade, the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Quadripartite Agreement on West Berlin',
      [['Tariffs', 'place'], ['Latin America', 'place'], ['West Berlin', 'place']]), ['Latin America/place', 'West Berlin/place']);
  });

  it('drops the complement of a programme\'s, a decade\'s or a convention\'s title ("Programme of Action for [African Economic Recovery]") and a name always cut', () => {
    assert.deepStrictEqual(kept('The final review of the United Nations Programme of Action for African Economic Recovery and Development 1986-1990 was carried out here.',
      [['United Nations', 'organization'], ['African Economic Recovery', 'organization']]), ['United Nations/organization']);
    assert.deepStrictEqual(kept('ECOWAS adopted a landmark Convention on Small Arms, Light Weapons, Their Ammunition and Other Associated Material.',
      [['ECOWAS', 'organization'], ['Light Weapons', 'person']]), ['ECOWAS/organization']);
    droppedAll([
      ['This decade was declared the International Decade of the World’s Indigenous People.', 'Indigenous People'],
      ['Protocol II to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May be Deemed to Be Excessively Injurious', 'Use of Certain Conventional Weapons Which'],
      // Names the document always cuts before the rest of their title: "or", "of" or a title's
      // connector and capitalised words go on ("[Conference of Heads of State] or Government").
      ['and then to the Conference of Heads of State or Government of Non- Aligned Countries at New Delhi', 'Conference of Heads of State'],
      ['The United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects addressed a problem.', 'United Nations Conference on the Illicit Trade'],
      ['the resolution adopted by the Special Committee on the Situation with regard to the Implementation of the Declaration', 'Special Committee on the Situation'],
    ]);
  });

  it('reads the words before a complement as a search of the text for words does: over hyphens, apostrophes, commas, numbers and characters outside the BMP', () => {
    // The words before the name (titlePieces.ts, WORD_OR_COMMA) decide each text here.
    assert.deepStrictEqual(kept('\u{1F30D} the General Agreement on Tariffs and Trade', [['Tariffs', 'place']]), []);
    droppedAll([
      ['the Non-Aligned Movement’s Programme of Action for African Economic Recovery', 'African Economic Recovery'],
      ['the Programme of Action of \u{1D400}frica Economic Recovery', 'Economic Recovery'],
      ['the Programme of Action on the - Economic Recovery', 'Economic Recovery'],
    ]);
    assert.deepStrictEqual(kept('the \u{1D400}-Programme of Action for African Economic Recovery', [['African Economic Recovery', 'organization']]), ['African Economic Recovery/organization']);
    assert.deepStrictEqual(kept('the Programme, and progress for African Economic Recovery', [['African Economic Recovery', 'organization']]), ['African Economic Recovery/organization']);
    assert.deepStrictEqual(kept('the Programme for Action 2030, 2040 on Economic Recovery', [['Economic Recovery', 'organization']]), ['Economic Recovery/organization']);
  });

  it('keeps the author cited after "of (the)", a body\'s name, and a name joined to a title by "and"', () => {
    assert.deepStrictEqual(kept('the Charter of the United Nations and the Declaration of the Organization of African Unity',
      [['United Nations', 'organization'], ['Organization of African Unity', 'organization']]), ['United Nations/organization', 'Organization of African Unity/organization']);
    assert.deepStrictEqual(kept('the Convention on the Rights of the Child and the Committee on the Rights of the Child',
      [['Committee on the Rights of the Child', 'organization']]), ['Committee on the Rights of the Child/organization']);
    assert.deepStrictEqual(kept('We welcome the Lusaka Agreement on a ceasefire and President Chiluba’s efforts.',
      [['Lusaka Agreement', 'organization'], ['President Chiluba', 'person']]), ['Lusaka Agreement/organization', 'President Chiluba/person']);
    // A name the document also writes alone, and one followed by another name ("of the [United Nations]", "in [Johannesburg]").
    assert.deepStrictEqual(kept('the Preparatory Committee of the Conference met; the Preparatory Committee agreed.',
      [['Preparatory Committee', 'organization'], ['Preparatory Committee', 'organization']]), ['Preparatory Committee/organization', 'Preparatory Committee/organization']);
    assert.deepStrictEqual(kept('the Food and Agriculture Organization of the United Nations and the World Summit on Sustainable Development in Johannesburg',
      [['Food and Agriculture Organization', 'organization'], ['United Nations', 'organization'], ['World Summit on Sustainable Development', 'organization'], ['Johannesburg', 'place']]),
    ['Food and Agriculture Organization/organization', 'United Nations/organization', 'World Summit on Sustainable Development/organization', 'Johannesburg/place']);
  });

  it('drops a party\'s organ named without the party ("the [Central Committee] of the Communist Party"), not a body of the United Nations', () => {
    assert.deepStrictEqual(kept('the General Secretary of the Central Committee of the Communist Party of the Soviet Union, and the decisions of the Twenty-seventh Congress of the CPSU',
      [['Central Committee', 'organization'], ['Communist Party of the Soviet Union', 'organization'], ['Twenty-seventh Congress', 'organization'], ['CPSU', 'organization']]),
    ['Communist Party of the Soviet Union/organization', 'CPSU/organization']);
    assert.deepStrictEqual(kept('President of the Presidium of the Great People’s Khural', [['Presidium', 'organization'], ['Great People’s Khural', 'organization']]), ['Great People’s Khural/organization']);
    assert.deepStrictEqual(kept('this session of the General Assembly of the United Nations and the Third Committee of the Assembly',
      [['General Assembly', 'organization'], ['United Nations', 'organization'], ['Third Committee', 'organization']]),
    ['General Assembly/organization', 'United Nations/organization', 'Third Committee/organization']);
  });
});

describe('entities: title-case phrases the corpus writes in lower case (issue 11)', () => {
  before(() => installShippedModels());
  /** The tagger's mentions on these speeches, as it gave them. */
  const tagger = { ...patternRecognizers([[/\b(?:Light Weapons|Coalition Government|Western Power|Contact Group|Korean Peninsula)\b/g, 'organization']], 0.4),
    names: { isKnownName, isGivenName } };
  const corpusOf = (texts: string[]): Corpus => {
    const corpus = new Corpus({ sensitivity: 'precise' }, tagger);
    texts.forEach((t, i) => corpus.update(`file:///ungdc/${i}.txt`, t));
    return corpus;
  };
  const speeches = [
    'ECOWAS adopted a Convention on Small Arms, Light Weapons, Their Ammunition and Other Associated Material. The Khmer people and its Coalition Government will continue their support.\n',
    'The illicit trade in small arms and light weapons fuels conflict; light weapons kill more people than any other arm.\n',
    'A coalition government was formed after the elections, and the coalition government has held.\n',
    'A study by experts of a large Western Power showed it. No Western power, no Eastern power either, may decide for us.\n',
    'Western powers and other Western powers, as a Western power put it, have a duty.\n',
    'The Contact Group met in London. The Contact Group and the contact group of the OIC agree; the Contact Group will report.\n',
    'Peace on the Korean Peninsula matters to us. The Korean peninsula, the Korean peninsula again, must be free of nuclear weapons.\n',
  ];

  it('shows no entity for a phrase written in lower case as often ("Light Weapons", "Coalition Government", "a large Western Power")', () => {
    const index = corpusOf(speeches).index;
    for (const name of ['Light Weapons', 'Coalition Government', 'Western Power']) assert.strictEqual(index.entityIdOf(name), undefined, name);
  });

  it('keeps a phrase the corpus writes in title case more often ("Contact Group"), and one whose first word is a name ("Korean Peninsula")', () => {
    const index = corpusOf(speeches).index;
    assert.ok(index.entityIdOf('Contact Group'));
    assert.ok(index.entityIdOf('Korean Peninsula'));
  });
});
