/**
 * Bodies' names in Portuguese, Spanish or French, which the tagger cuts at their connectors: taken
 * whole (seed-803 audit: "Independência Total de Angola" of UNITA's name, "Liberación de Saguia" of
 * POLISARIO's, "Partido Africano" of the PAIGC's, typed a person). The tagger's mentions are written
 * out as it gave them on these speeches.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { joinRomanceNames } from '../../server/src/analysis/entities/romanceNames';
import type { EntityType } from '../../server/src/analysis/types';
import { shownAs, tagged } from './helpers/taggedMentions';

function joined(text: string, spans: [string, EntityType][]): string[] {
  return shownAs(joinRomanceNames(segment(text), tagged(text, spans)));
}

describe('entities: bodies named in Portuguese, Spanish or French', () => {
  it('takes the name whole from its head over the connectors, the pieces inside it gone', () => {
    const text = 'the participation of the União Nacional para a Independência Total de Angola (UNITA) in power, the Frente Popular para la '
      + "Liberación de Saguia el- Hamra y del R'o de Oro (POLISARIO), and our party, the PAIGC [Partido Africano da Independencia da Guine e Cabo Verde].";
    assert.deepStrictEqual(
      joined(text, [['União Nacional', 'organization'], ['Independência Total de Angola', 'organization'], ['UNITA', 'organization'], ['Frente Popular', 'organization'],
        ["Liberación de Saguia el- Hamra y del R'o de Oro", 'organization'], ['POLISARIO', 'organization'], ['PAIGC', 'organization'], ['Partido Africano da Independencia da Guine', 'person'],
        ['Cabo Verde', 'person']]),
      ['União Nacional para a Independência Total de Angola/organization', 'UNITA/organization', "Frente Popular para la Liberación de Saguia el- Hamra y del R'o de Oro/organization",
        'POLISARIO/organization', 'PAIGC/organization', 'Partido Africano da Independencia da Guine e Cabo Verde/organization'],
    );
  });

  it('takes it over a line break, not a paragraph break ("Conseil National pour la Défense de la\\nDémocratie")', () => {
    const text = 'my party, the CNDD-FDD (Conseil National pour la Défense de la\nDémocratie, Forces pour la Défense de la Démocratie), and the Conseil National pour la\n\nDémocratie.';
    assert.deepStrictEqual(
      joined(text, [['Conseil National', 'organization'], ['Défense de la\nDémocratie', 'person'], ['Forces', 'organization'], ['Défense de la Démocratie', 'organization'],
        ['Conseil National', 'organization'], ['Démocratie', 'place']]),
      ['Conseil National pour la Défense de la Démocratie/organization', 'Forces pour la Défense de la Démocratie/organization', 'Conseil National/organization', 'Démocratie/place'],
    );
  });

  it('leaves English names and a head inside another name alone ("the Soviet Union a Great Power", "Front for the Liberation", "Frente Popular")', () => {
    const text = 'The Soviet Union a Great Power, the Front for the Liberation of Mozambique, the Frente Popular and Mr. Perez de Cuellar.';
    const spans: [string, EntityType][] = [['Soviet Union', 'place'], ['Great Power', 'place'], ['Front', 'organization'], ['Mozambique', 'place'], ['Frente Popular', 'organization'],
      ['Perez de Cuellar', 'person']];
    assert.deepStrictEqual(joined(text, spans), spans.map(([n, t]) => `${n}/${t}`));
  });
});
