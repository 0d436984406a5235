/**
 * Long official names the tagger cut, joined from the text's own words, and names typed by their
 * head noun (instruments dropped, events typed as events, meetings as organisations). The rules
 * are run on the tagger's mentions as the tagger gives them on UN speeches (written out here, so
 * the tests do not move with the model), with a small lexicon; then once end to end.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { joinLongNames, type NameLexicon } from '../../server/src/analysis/entities/longNames';
import { typeByHead } from '../../server/src/analysis/entities/nameKinds';
import { headOf } from '../../server/src/analysis/entities/nameHeadWords';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';

const KNOWN = new Map<string, EntityType>([
  ['bosnia and herzegovina', 'place'], ['united states of america', 'place'], ['democratic republic of the congo', 'place'],
  ['united nations', 'organization'], ['international criminal court', 'organization'], ['lebanon', 'place'],
]);
const ORDINARY = new Set(['law', 'sea', 'trade', 'development', 'human', 'environment', 'heads', 'state', 'government', 'countries',
  'international', 'criminal', 'court', 'expansion', 'declaration', 'granting', 'independence', 'colonial', 'peoples', 'united', 'nations']);
const lexicon: NameLexicon = {
  isKnownName: (name) => KNOWN.has(name.toLowerCase().replace(/\s+/g, ' ')),
  knownType: (name) => KNOWN.get(name.toLowerCase().replace(/\s+/g, ' ')),
  isOrdinaryWord: (word) => ORDINARY.has(word.toLowerCase()) || ORDINARY.has(word.toLowerCase().replace(/s$/, '')),
};

function joined(text: string, spans: [string, EntityType][]): string[] {
  return shownAs(joinLongNames(segment(text), tagged(text, spans), lexicon));
}

describe('entities: long names cut by the tagger', () => {
  it('finds the words of mentions given out of order of the text', () => {
    const text = 'We welcome the progress made in Bosnia and Herzegovina and in Lebanon.';
    const [bosnia, herzegovina, lebanon] = tagged(text, [['Bosnia', 'place'], ['Herzegovina', 'organization'], ['Lebanon', 'place']]);
    assert.deepStrictEqual(shownAs(joinLongNames(segment(text), [lebanon, bosnia, herzegovina], lexicon)), ['Lebanon/place', 'Bosnia and Herzegovina/place']);
  });

  it('joins the parts of a known name across "and", "of" and "of the"', () => {
    const text = 'We welcome the progress made in Bosnia and Herzegovina, and we thank the United States of America and the Democratic Republic of the Congo.';
    assert.deepStrictEqual(
      joined(text, [['Bosnia', 'place'], ['Herzegovina', 'organization'], ['United States', 'place'], ['America', 'place'], ['Democratic Republic', 'place'], ['Congo', 'place']]),
      ['Bosnia and Herzegovina/place', 'United States of America/place', 'Democratic Republic of the Congo/place'],
    );
  });

  it('never joins two names listed together', () => {
    const text = 'The war between Iran and Iraq, and the talks between the United States and the Soviet Union, go on.';
    assert.deepStrictEqual(
      joined(text, [['Iran', 'place'], ['Iraq', 'place'], ['United States', 'place'], ['Soviet Union', 'place']]),
      ['Iran/place', 'Iraq/place', 'United States/place', 'Soviet Union/place'],
    );
  });

  it('runs a body\'s title on over "on the" and capitalised common words', () => {
    const text = 'The Third United Nations Conference on the Law of the Sea and the United Nations Conference on Trade and Development met in Geneva.';
    assert.deepStrictEqual(
      joined(text, [['Third United Nations Conference', 'organization'], ['Law of the Sea', 'place'], ['United Nations Conference', 'organization']]),
      ['Third United Nations Conference on the Law of the Sea/organization', 'United Nations Conference on Trade and Development/organization'],
    );
  });

  // A force or mission "in" a place takes the place: that is its official name (UNIFIL), and the
  // cut "United Nations Interim Force" was judged wrong in the audits (docs/audits, seed 61).
  it('keeps a body of another named body apart ("Committee of the United Nations"), but a force takes the place it serves', () => {
    const text = 'The Committee of the United Nations asked the United Nations Interim Force in Lebanon to stay.';
    assert.deepStrictEqual(
      joined(text, [['Committee', 'organization'], ['United Nations', 'organization'], ['United Nations Interim Force', 'organization'], ['Lebanon', 'place']]),
      ['Committee/organization', 'United Nations/organization', 'United Nations Interim Force in Lebanon/organization'],
    );
  });

  it('keeps a name of its own inside a title apart when its head is a body ("Statute of the International Criminal Court")', () => {
    const text = 'We ratified the Rome Statute of the International Criminal Court last year.';
    assert.deepStrictEqual(joined(text, [['Rome Statute', 'place'], ['International Criminal Court', 'organization']]), ['Rome Statute/place', 'International Criminal Court/organization']);
  });

  it('stops a title at a place it does not name ("Conference on Disarmament in Geneva"), not at a region it does', () => {
    const text = 'The Conference on Disarmament in Geneva and the Conference on Security and Co-operation in Europe agreed.';
    const spans: [string, EntityType][] = [['Conference', 'organization'], ['Geneva', 'place'], ['Conference', 'organization'], ['Europe', 'place']];
    const lex: NameLexicon = { ...lexicon, isOrdinaryWord: (w) => ['disarmament', 'security', 'co-operation'].includes(w.toLowerCase()) };
    assert.deepStrictEqual(
      joinLongNames(segment(text), tagged(text, spans), lex).map((m) => m.text),
      ['Conference on Disarmament', 'Geneva', 'Conference on Security and Co-operation in Europe'],
    );
  });

  it('takes a title whose subject goes on "in" its own title-case words whole ("... Illicit Trade in Small Arms ... in All Its Aspects"), not a place it met in', () => {
    // ung20: the tagger ends the conference's name at "in" (5 mentions in 5 speeches, seed-803 audit row 14).
    const text = 'The United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects met, '
      + 'as did the United Nations Conference on the Illicit Trade in New York.';
    const spans: [string, EntityType][] = [['United Nations Conference on the Illicit Trade', 'organization'], ['Small Arms', 'place'], ['All Its Aspects', 'organization'],
      ['United Nations Conference on the Illicit Trade', 'organization'], ['New York', 'place']];
    const lex: NameLexicon = { ...lexicon, isKnownName: (name) => name === 'New York' || lexicon.isKnownName(name), isOrdinaryWord: (w) => ['illicit', 'trade', 'small', 'arms', 'light', 'weapons', 'all', 'its', 'aspects', 'new'].includes(w.toLowerCase()) };
    assert.deepStrictEqual(
      joinLongNames(segment(text), tagged(text, spans), lex).map((m) => `${m.text}/${m.type}`),
      ['United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects/organization', 'United Nations Conference on the Illicit Trade/organization', 'New York/place'],
    );
  });

  it('joins a name continued by a person plural\'s "\'s" and a head, and types it by the head', () => {
    const text = "We greet the Lao People's Democratic Republic, the Democratic People's Republic of Korea, the South West Africa People's Organization and the United Nations Children's Fund (UNICEF).";
    assert.deepStrictEqual(
      joined(text, [['Lao People', 'organization'], ['Democratic Republic', 'place'], ['Democratic People', 'organization'], ['Republic of Korea', 'place'], ['South West Africa People', 'place'], ['United Nations Children', 'organization']]),
      ["Lao People's Democratic Republic/place", "Democratic People's Republic of Korea/place", "South West Africa People's Organization/organization", "United Nations Children's Fund/organization"],
    );
  });

  it('does not join a person\'s possessive to what follows ("Clinton\'s Administration")', () => {
    const text = "We support President Clinton's Administration in its efforts.";
    assert.deepStrictEqual(joined(text, [['Clinton', 'person']]), ['Clinton/person']);
  });
});

describe('entities: names typed by their head noun', () => {
  function typed(text: string, spans: [string, EntityType][]): string[] {
    return typeByHead(segment(text), tagged(text, spans), lexicon).map((m) => `${m.text}/${m.type}`);
  }

  it('finds the head before the first connector, past numbers and possessives', () => {
    assert.strictEqual(headOf('Declaration on the Granting of Independence to Colonial Countries and Peoples'), 'Declaration');
    assert.strictEqual(headOf('Treaty of Tlatelolco'), 'Treaty');
    assert.strictEqual(headOf('Agenda 21'), 'Agenda');
    assert.strictEqual(headOf('Third United Nations Conference on the Law of the Sea'), 'Conference');
  });

  it('drops treaties, declarations, charters, plans and their acronyms', () => {
    const text = 'Guided by resolution 3201 (S-VI), the United Nations Charter, the Universal Declaration of Human Rights, the Kyoto Protocol, the Hague Declaration, the Brahimi Report, the Programme of Action, the NPT and the MDGs, the Organization of African Unity acts.';
    assert.deepStrictEqual(
      typed(text, [['S-VI', 'organization'], ['United Nations Charter', 'organization'], ['Universal Declaration of Human Rights', 'organization'], ['Kyoto Protocol', 'place'], ['Hague Declaration', 'place'], ['Brahimi Report', 'organization'], ['Programme of Action', 'organization'], ['NPT', 'organization'], ['MDGs', 'place'], ['Organization of African Unity', 'organization']]),
      ['Organization of African Unity/organization'],
    );
  });

  it('types rounds of talks, decades, wars and years as events', () => {
    const text = 'Since the Uruguay Round, the Second United Nations Development Decade and the Cold War, the International Year of the Child has passed.';
    assert.deepStrictEqual(
      typed(text, [['Uruguay Round', 'place'], ['Second United Nations Development Decade', 'organization'], ['Cold War', 'organization'], ['International Year of the Child', 'organization']]),
      ['Uruguay Round/event', 'Second United Nations Development Decade/event', 'Cold War/event', 'International Year of the Child/event'],
    );
  });

  it('types a meeting named after a place as an organisation, a post as no one', () => {
    const text = 'At the Rio Conference the United Nations Special Representative spoke of the Jakarta Summit.';
    assert.deepStrictEqual(
      typed(text, [['Rio Conference', 'place'], ['United Nations Special Representative', 'organization'], ['Jakarta Summit', 'place']]),
      ['Rio Conference/organization', 'Jakarta Summit/organization'],
    );
  });

  it('drops a capitalised common word opening a sentence, not a name that is also a word', () => {
    const text = 'Expansion of trade is vital. Sixthly, we need aid. Chad needs it too.';
    const lex: NameLexicon = { ...lexicon, isKnownName: (n) => n === 'Chad', isOrdinaryWord: (w) => ['expansion', 'chad'].includes(w.toLowerCase()) };
    const ms = typeByHead(segment(text), tagged(text, [['Expansion', 'organization'], ['Sixthly', 'organization'], ['Chad', 'place']]), lex);
    assert.deepStrictEqual(ms.map((m) => m.text), ['Chad']);
  });
});

describe('entities: long names end to end (shipped tagger and gazetteer)', () => {
  it('finds North Korea as the Democratic People\'s Republic of Korea, not as the Republic of Korea', () => {
    const text = "My delegation welcomes the dialogue between the Republic of Korea and the Democratic People's Republic of Korea, and between Bosnia and Herzegovina and its neighbours.";
    const names = recognizeEntities(segment(text)).map((m) => m.text);
    assert.ok(names.includes("Democratic People's Republic of Korea"), names.join(' | '));
    assert.ok(names.includes('Bosnia and Herzegovina'), names.join(' | '));
    assert.ok(!names.includes('Democratic People'), names.join(' | '));
  });
});

describe('entities: names whose head or place follows the tagger\'s span', () => {
  it('joins a head that follows directly, and a known name the last word begins', () => {
    const text = 'We welcome the Inter-Parliamentary Union and the Association of Caribbean States, and the State of Saint Lucia.';
    const lex: NameLexicon = { ...lexicon, isKnownName: (n) => n === 'Saint Lucia' || lexicon.isKnownName(n), knownType: (n) => (n === 'Saint Lucia' ? 'place' : lexicon.knownType(n)) };
    assert.deepStrictEqual(
      joinLongNames(segment(text), tagged(text, [['Inter-Parliamentary', 'organization'], ['Association of Caribbean', 'organization'], ['State of Saint', 'organization']]), lex).map((m) => `${m.text}/${m.type}`),
      ['Inter-Parliamentary Union/organization', 'Association of Caribbean States/organization', 'State of Saint Lucia/place'],
    );
  });

  it('joins a country\'s long form or a party to the place it is "of"', () => {
    const text = 'The Communist Party of the Soviet Union greets the Commonwealth of the Bahamas and the Federative Republic of Brazil.';
    assert.deepStrictEqual(
      joined(text, [['Communist Party', 'organization'], ['Soviet Union', 'place'], ['Commonwealth', 'organization'], ['Bahamas', 'place'], ['Federative Republic', 'place'], ['Brazil', 'place']]),
      ['Communist Party of the Soviet Union/organization', 'Commonwealth of the Bahamas/place', 'Federative Republic of Brazil/place'],
    );
  });

  it('drops the tail of a title whose head the tagger left out, and a body with a determiner', () => {
    const text = 'Hungary acceded to the Convention relating to the Status of Refugees and signed the Treaty on the Elimination of Intermediate-Range missiles. My Government hopes so, as does the International Criminal Court.';
    const ms = typeByHead(segment(text), tagged(text, [['Status of Refugees', 'organization'], ['Elimination of Intermediate-Range', 'organization'], ['My Government', 'organization'], ['International Criminal Court', 'organization']]), { ...lexicon, isOrdinaryWord: (w) => lexicon.isOrdinaryWord(w) || /^(refugees|intermediate-range|status|elimination)$/i.test(w) });
    assert.deepStrictEqual(ms.map((m) => m.text), ['International Criminal Court']);
  });

  it('takes an instrument noun closing a compound as the head ("Cessation of Hostilities Agreement")', () => {
    assert.strictEqual(headOf('Cessation of Hostilities Agreement'), 'Agreement');
    assert.strictEqual(headOf('Conference of the Parties to the Treaty'), 'Conference');
  });
});

describe('entities: titles going on at "for" (seed-843 and seed-853 audits)', () => {
  it('joins a title whose words are abstract nouns the lexicon lacks, and the place they are "of" that ends it', () => {
    const text = 'As the United Nations International Decade for the Eradication of Colonialism ends, the Popular Front for the Liberation of Palestine, the Alliance for the Re-Liberation of Somalia and the United Nations Commission for the Unification and Rehabilitation of Korea spoke.';
    assert.deepStrictEqual(joined(text, [['United Nations International Decade', 'organization'], ['Eradication of Colonialism', 'organization'], ['Popular Front', 'organization'], ['Liberation of Palestine', 'organization'],
      ['Alliance', 'place'], ['Re-Liberation of Somalia', 'organization'], ['United Nations Commission', 'organization'], ['Unification', 'organization'], ['Rehabilitation', 'organization'], ['Korea', 'place']]), [
      'United Nations International Decade for the Eradication of Colonialism/organization', 'Popular Front for the Liberation of Palestine/organization',
      'Alliance for the Re-Liberation of Somalia/organization', 'United Nations Commission for the Unification and Rehabilitation of Korea/organization',
    ]);
  });

  it('takes in the capitalised words before a body\'s name whose head the rules found after the tagger\'s mention ("High-level" [Plenary] Meeting)', () => {
    const text = 'the outcome of the High-level Plenary Meeting, which reaffirms our commitment.';
    assert.deepStrictEqual(joined(text, [['Plenary', 'organization']]), ['High-level Plenary Meeting/organization']);
  });

  it('does not run a title on over "and" into a body "of" a place, nor over a place its words are not "of"', () => {
    const text = 'the Organization of African Unity and the Governments of Algeria and Chad, and the Fund for Peace in Korea.';
    assert.deepStrictEqual(joined(text, [['Organization of African Unity', 'organization'], ['Algeria', 'place'], ['Chad', 'place'], ['Fund', 'organization'], ['Korea', 'place']]), [
      'Organization of African Unity/organization', 'Algeria/place', 'Chad/place', 'Fund/organization', 'Korea/place',
    ]);
  });
});

describe('entities: opening words the tagger left out', () => {
  it('takes in the opening words of a known name and a person plural\'s "\'s" opening a country\'s name', () => {
    const text = "The Union of Soviet Socialist Republics and the Government of the People's Republic of Albania agree.";
    const lex: NameLexicon = { ...lexicon, isKnownName: (n) => n === 'Union of Soviet Socialist Republics' || lexicon.isKnownName(n), knownType: (n) => (n === 'Union of Soviet Socialist Republics' ? 'place' : lexicon.knownType(n)) };
    assert.deepStrictEqual(
      joinLongNames(segment(text), tagged(text, [['Soviet Socialist Republics', 'organization'], ['Republic of Albania', 'place']]), lex).map((m) => `${m.text}/${m.type}`),
      ["Union of Soviet Socialist Republics/place", "People's Republic of Albania/place"],
    );
  });
});
