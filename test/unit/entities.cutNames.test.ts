/**
 * Names cut by the tagger on fresh UN General Debate speeches (docs/audits, seed 107): a name left
 * open on an adjective or a title-case connector, a name with an elided particle ("Côte d'Ivoire",
 * also as a scan writes it, "d'lvoire"), a country "of" a place the tagger did not mark, a people's
 * word cut after its country's first word, and citation abbreviations taken for names. The rules
 * run on the tagger's mentions as it gives them on these speeches (written out, so the tests do not
 * move with the model), with a small lexicon.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { joinLongNames, type NameLexicon } from '../../server/src/analysis/entities/longNames';
import { joinPlaceForms } from '../../server/src/analysis/entities/placeForms';
import { cleanMention } from '../../server/src/analysis/entities/mentionFilter';
import { isKnownName, knownNameType } from '../../server/src/analysis/entities/knownWords';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';

const KNOWN = new Map<string, EntityType>([
  ["côte d'ivoire", 'place'], ["cote d'ivoire", 'place'], ['costa rica', 'place'], ['germany', 'place'], ['united states', 'place'],
]);
const PREFIXES = new Set(['côte', 'cote', 'costa']);
const key = (name: string): string => name.toLowerCase().replace(/[’]/g, "'").replace(/\b([dl])'l(?=[b-df-hj-km-np-tv-z])/g, "$1'i").replace(/\s+/g, ' ');
const lexicon: NameLexicon = {
  isKnownName: (name) => KNOWN.has(key(name)),
  knownType: (name) => KNOWN.get(key(name)),
  isOrdinaryWord: (word) => ['against', 'apartheid', 'presidents', 'socialist'].includes(word.toLowerCase()),
  isKnownPrefix: (name) => PREFIXES.has(key(name)) || KNOWN.has(key(name)),
};

function joined(text: string, spans: [string, EntityType][]): string[] {
  const seg = segment(text);
  return shownAs(joinPlaceForms(seg, joinLongNames(seg, tagged(text, spans), lexicon), lexicon));
}

describe('entities: names cut on fresh UN speeches (seed 107)', () => {
  it('goes on from an adjective ending a name "of ..." and from a title-case connector', () => {
    const text = 'between the United States and the Union of Soviet Socialist Republics on the other hand, and the Chairman of the Special Committee Against  apartheid called for the revocation.';
    assert.deepStrictEqual(
      joined(text, [['United States', 'place'], ['Union of Soviet Socialist', 'organization'], ['Special Committee Against', 'organization']]),
      ['United States/place', 'Union of Soviet Socialist Republics/place', 'Special Committee Against apartheid/organization'],
    );
  });

  it('does not go on from an adjective without "of", nor onto "I"', () => {
    const text = 'The Central American Presidents met in Esquipulas. On behalf of the Union of Soviet Socialist I thank you.';
    assert.deepStrictEqual(
      joined(text, [['Central American', 'organization'], ['Esquipulas', 'place'], ['Union of Soviet Socialist', 'organization']]),
      ['Central American/organization', 'Esquipulas/place', 'Union of Soviet Socialist/organization'],
    );
  });

  it('joins a name across an elided particle, across a line break and as a scan writes it', () => {
    const text = 'although not directly impacted by desertification — Côte \nd’Ivoire being a country of forests — our sister country, Cote d\'lvoire, is honoured.';
    assert.deepStrictEqual(
      joined(text, [['Côte', 'place'], ['Cote', 'organization']]),
      ["Côte d’Ivoire/place", "Cote d'lvoire/place"],
    );
    // The shipped gazetteer reads the scan's "l" for "I" after the particle, and nothing else.
    assert.strictEqual(isKnownName("Cote d'lvoire"), true);
    assert.strictEqual(knownNameType("Côte d’Ivoire"), 'place');
    assert.strictEqual(isKnownName("Cote d'lxoire"), false);
  });

  it('joins a country "of" a place the tagger did not mark, and a people\'s word cut after its country\'s first word', () => {
    const text = 'On behalf of the Federal Republic of Germany I welcome you. I will not permit it because Costa Ricans believe in peaceful solutions.';
    assert.deepStrictEqual(
      joined(text, [['Federal', 'organization'], ['Costa', 'organization'], ['Ricans', 'place']]),
      ['Federal Republic of Germany/place', 'Costa Ricans/group'],
    );
  });

  it('takes citation abbreviations and a name\'s suffix alone for no name', () => {
    const text = 'had to take place outside the United Nations framework." [Ibid., para. 67]. President Thomas Remengesau, Jr., addressed the Assembly; see Smith, op. cit.';
    const span = (name: string, type: EntityType) => cleanMention(text, text.indexOf(name), text.indexOf(name) + name.length, type);
    assert.strictEqual(span('Ibid', 'organization'), undefined);
    assert.strictEqual(span('Jr.', 'place'), undefined);
    assert.strictEqual(span('op. cit.', 'organization'), undefined);
    assert.deepStrictEqual(span('Thomas Remengesau', 'person'), { start: text.indexOf('Thomas'), end: text.indexOf('Thomas') + 'Thomas Remengesau'.length });
  });

  it('takes the series codes of a UN document symbol for no name, and keeps bodies joined by a slash', () => {
    // DJI_57_2002: "… must be defeated by a world acting as one.” (SG/SM/8376, para. 7)"
    const text = 'world acting as one.” (SG/SM/8376, para. 7) and resolution A/RES/55/2; the UNDP/UNFPA Executive Board met in S/2001/1234.';
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const span = (name: string, from = 0) => cleanMention(text, at(name, from), at(name, from) + name.length, 'organization');
    assert.strictEqual(span('SM'), undefined);
    assert.strictEqual(span('SG'), undefined);
    assert.strictEqual(span('RES'), undefined);
    assert.strictEqual(span('S/2001', at('met')), undefined);
    assert.deepStrictEqual(span('UNDP'), { start: at('UNDP'), end: at('UNDP') + 4 });
    assert.deepStrictEqual(span('UNFPA'), { start: at('UNFPA'), end: at('UNFPA') + 5 });
  });
});
