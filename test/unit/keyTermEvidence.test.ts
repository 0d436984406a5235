/**
 * Key terms read the corpus's own evidence of what a word is (issue 11, seed-197 audit): a word written
 * inside brackets is a citation's ("[ibid., para. 56]"), an acronym is not the word a speech writes in
 * lower case ("AIDS" and foreign "aids"), a word that opens names in a speech ("the former
 * Yugoslavia", "King" Hussein, the "Universal Declaration" of Human Rights) is a piece of those names
 * there, which the entities show, "Madam" is a form of address and "toward" a function word (the
 * seed-231 audit's "Madam President", "King", "toward").
 */
import * as assert from 'assert';
import type { Recognizers } from '../../server/src/analysis/document';
import type { EntityMention } from '../../server/src/analysis/types';
import { debateCorpus, noEntities, ownKeyTerms } from './helpers/generalDebate';

const corpus = debateCorpus;
const own = ownKeyTerms;

describe('key terms: the corpus says what a word is', function () {
  this.timeout(60_000);

  it('takes no word written mostly inside brackets for a key term (a citation: "[ibid., para. 56]")', () => {
    const cites = (n: number) => [
      `The Secretary-General reminded us that the common goal of peace is broad enough to embrace all aspirations [ibid., para. ${n}].`,
      `He added that the Organization must be made stronger and more effective [ibid., para. ${n + 1}].`,
      `Disarmament, he said, remains the most urgent task before us (ibid., para. ${n + 2}).`,
    ];
    const c = corpus({ nor: [...cites(56), ...cites(60)], swe: [...cites(12), ...cites(20)] });
    for (const name of ['nor', 'swe']) assert.ok(!own(c, name).some((l) => l.toLowerCase() === 'ibid'), JSON.stringify(own(c, name)));
    assert.ok(!c.index.keyTerms().some((t) => t.label.toLowerCase() === 'ibid'));
  });

  it('does not count foreign "aids" written in lower case as the acronym AIDS', () => {
    const aids = ['The pandemic of HIV/AIDS is destroying a generation, and AIDS orphans fill our villages.', 'We thank the partners who fund AIDS treatment, for AIDS is no longer a death sentence.'];
    const foreign = ['They offer "aids", "credits" and "loans" to enslave the peoples.', 'These aids are chains, and foreign aids serve the imperialists.'];
    const c = corpus({ mwi: [...aids, ...aids], zmb: [...aids, ...aids], alb: [...foreign, ...foreign] });
    assert.ok(own(c, 'mwi').includes('AIDS'), JSON.stringify(own(c, 'mwi')));
    assert.ok(!own(c, 'alb').includes('AIDS'), JSON.stringify(own(c, 'alb')));
    const rec = c.index.keyTerms().find((t) => t.label === 'AIDS')!;
    assert.strictEqual(rec.documents, 2);
  });

  it('takes a word that opens names in a speech ("the former Yugoslavia", "former Soviet Union") for a piece of them there, and keeps it where it stands alone', () => {
    const NAMES = /Yugoslavia|Soviet Union|Guatemala/g;
    const places: Recognizers = {
      ...noEntities,
      entities: (seg) => [...seg.text.matchAll(NAMES)].map((m): EntityMention => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'place', confidence: 1 })),
    };
    const yugoslavia = ['The tragedy in the former Yugoslavia weighs on us all, and the former Yugoslavia needs peace.', 'The States of the former Soviet Union and the former Yugoslavia face hard transitions.'];
    const guerrillas = ['The former combatants have laid down their arms, and the former guerrillas now sit in Congress.', 'Land for former soldiers and former fighters is the price of peace.'];
    const c = corpus({ hrv: [...yugoslavia, ...yugoslavia], ukr: [...yugoslavia, ...yugoslavia], gtm: [...guerrillas, ...guerrillas] }, places);
    assert.ok(!own(c, 'hrv').includes('former'), JSON.stringify(own(c, 'hrv')));
    assert.ok(!own(c, 'ukr').includes('former'), JSON.stringify(own(c, 'ukr')));
    assert.ok(own(c, 'gtm').includes('former'), JSON.stringify(own(c, 'gtm')));
  });

  it('takes "Madam" for a form of address, as "Excellency": "Madam President" is no key term', () => {
    const madam = ['Madam President, I congratulate you on your election.', 'Madam President, my delegation assures you of its support, Madam President.'];
    const c = corpus({ gab: [...madam, ...madam], pan: [...madam, ...madam] });
    for (const name of ['gab', 'pan']) assert.ok(!own(c, name).some((l) => /madam/i.test(l)), JSON.stringify(own(c, name)));
  });

  it('takes a title before names ("King" Hussein, "His Holiness Pope" John Paul) for a piece of them, and keeps "the King" standing alone', () => {
    const kings = ['We mourn His Majesty King Hussein, whose wisdom guided the region, and we honour King Hussein for his courage.', 'King Abdullah has pledged to follow the path of peace that King Hussein opened.'];
    const alone = ['The King has granted the nation a new constitution, and the King listens to the voice of his people.', 'Our people stand united behind the King in the task of development.'];
    // The tagger finds the names, not the title before them ("Pope" Paul VI it may miss altogether).
    const people: Recognizers = {
      ...noEntities,
      entities: (seg) => [...seg.text.matchAll(/Hussein|Abdullah/g)].map((m): EntityMention => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'person', confidence: 1 })),
    };
    const c = corpus({ swz: [...alone, ...alone, ...alone], lso: [...alone, ...alone, ...alone], jor: [...kings, ...kings] }, people);
    assert.ok(!own(c, 'jor').includes('King'), JSON.stringify(own(c, 'jor')));
    for (const name of ['swz', 'lso']) assert.ok(own(c, name).includes('King'), JSON.stringify(own(c, name)));
  });

  it('takes a capitalised phrase a name goes on from ("Foreign Minister" of Pakistan, "Universal Declaration" of Human Rights) for a piece of it', () => {
    const places: Recognizers = {
      ...noEntities,
      entities: (seg) => [...seg.text.matchAll(/Pakistan|Afghanistan/g)].map((m): EntityMention => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'place', confidence: 1 })),
    };
    const minister = ['The statement made by His Excellency the Foreign Minister of Pakistan on 27 September misrepresents the facts.', 'The assertions of the Foreign Minister of Pakistan about Afghanistan cannot conceal the truth, and the Foreign Minister of Pakistan knows it.'];
    const c = corpus({ afg: [...minister, ...minister], ind: [...minister, ...minister] }, places);
    for (const name of ['afg', 'ind']) assert.ok(!own(c, name).includes('Foreign Minister'), JSON.stringify(own(c, name)));
  });

  it('takes "toward", as "towards", for a function word: no key term (the seed-231 audit\'s USA 1983)', () => {
    const toward = ['Progress toward peace has been slow, and the march toward disarmament must go on.', 'We moved toward real reductions and toward a safer world.'];
    const c = corpus({ usa: [...toward, ...toward], jpn: [...toward, ...toward] });
    for (const name of ['usa', 'jpn']) assert.ok(!own(c, name).some((l) => /^towards?$/i.test(l)), JSON.stringify(own(c, name)));
  });
});
