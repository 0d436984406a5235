/**
 * One entity written two ways that an analyst expects together in the views (all 6,350 UN
 * speeches: "UNCTAD" apart from its full name, "World War II" from "Second World War", "Leonid
 * Brezhnev" from "Leonid Ilyich Brezhnev", "United Nations General Assembly" from "General
 * Assembly"), and titles kept in the name shown ("Mzee", "Don", "[Tan] Sri", ranks); and what must
 * stay apart (two bodies or two persons one short name may mean). The corpus's surface forms are
 * written out; the names are not the audited speeches'.
 */
import * as assert from 'node:assert';
import { resolveEntities, type SurfaceForm } from '../../server/src/analysis/entities/resolve';
import { isShortenedForm, optionalAcronyms, ordinalKey } from '../../server/src/analysis/entities/nameVariants';
import type { EntityType } from '../../server/src/analysis/types';

const form = (text: string, type: EntityType, count: number, documents: string[] = ['a']): SurfaceForm => ({ text, type, count, documents });

/** The entity (name/type) each surface form resolves to. */
function resolvedAs(forms: SurfaceForm[]): Map<string, string> {
  const res = resolveEntities(forms);
  const byId = new Map(res.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  return new Map(forms.map((f) => [f.text, byId.get(res.bySurface.get(f.text)!)!]));
}

describe('entities: one name written two ways', () => {
  it('spells an acronym with a connector\'s or a compound\'s second letter', () => {
    assert.ok(optionalAcronyms('Economic Community of West African States').includes('ecowas'));
    assert.ok(optionalAcronyms('United Nations Transitional Administration in East Timor').includes('untaet'));
    assert.ok(optionalAcronyms('Southern African Development Co-ordination Conference').includes('sadcc'));
    assert.deepStrictEqual(optionalAcronyms('World Health Organization'), []);
  });

  it('groups an acronym with the name it spells with a connector\'s letter where a document writes both, not where none does', () => {
    const together = resolvedAs([form('Economic Community of West African States', 'organization', 6, ['a', 'b']), form('ECOWAS', 'organization', 9, ['b', 'c']),
      form('United Nations Transitional Administration in East Timor', 'organization', 3, ['c']), form('UNTAET', 'organization', 4, ['c']),
      form('Southern African Development Co-ordination Conference', 'organization', 5, ['d']), form('SADCC', 'organization', 12, ['e'])]);
    assert.strictEqual(together.get('ECOWAS'), 'Economic Community of West African States/organization');
    assert.strictEqual(together.get('UNTAET'), 'United Nations Transitional Administration in East Timor/organization');
    assert.strictEqual(together.get('SADCC'), 'SADCC/organization');
  });

  it('groups an acronym with the name a document writes it with, before a more used name with the same initials', () => {
    const res = resolvedAs([form('International Chamber of Commerce', 'organization', 40, ['a', 'b', 'c']), form('International Criminal Court', 'organization', 8, ['d', 'e']),
      form('ICC', 'organization', 20, ['d', 'e', 'f'])]);
    assert.strictEqual(res.get('ICC'), 'International Criminal Court/organization');
  });

  it('groups an ordinal written as a word before a name with the number after it', () => {
    assert.strictEqual(ordinalKey('first world war'), ordinalKey('world war i'));
    const res = resolvedAs([form('First World War', 'event', 30), form('World War I', 'event', 4), form('World War Two', 'event', 1), form('Second World War', 'event', 50)]);
    assert.strictEqual(res.get('World War I'), 'First World War/event');
    assert.strictEqual(res.get('World War Two'), 'Second World War/event');
  });

  it('groups a person\'s name written without middle names or with their initials under the full name', () => {
    assert.ok(isShortenedForm(['m.', 's.', 'gorbachev'], ['mikhail', 'sergeyevich', 'gorbachev'], true));
    assert.ok(!isShortenedForm(['m.', 's.', 'gorbachev'], ['mikhail', 'sergeyevich', 'gorbachev'], false));
    const res = resolvedAs([form('Mikhail Sergeyevich Gorbachev', 'person', 20), form('Mikhail Gorbachev', 'person', 45), form('M. S. Gorbachev', 'person', 6)]);
    assert.strictEqual(res.get('Mikhail Gorbachev'), 'Mikhail Sergeyevich Gorbachev/person');
    assert.strictEqual(res.get('M. S. Gorbachev'), 'Mikhail Sergeyevich Gorbachev/person');
  });

  it('keeps a short person\'s name apart where two full names it shortens are both named', () => {
    const res = resolvedAs([form('George Herbert Walker Bush', 'person', 10), form('George Walker Bush', 'person', 8), form('George Bush', 'person', 30), form('George W. Bush', 'person', 12)]);
    assert.strictEqual(res.get('George W. Bush'), 'George W. Bush/person');
    assert.strictEqual(res.get('George Bush'), 'George Bush/person');
    assert.strictEqual(res.get('George Walker Bush'), 'George Walker Bush/person');
  });

  it('groups a body\'s or an event\'s name without its owner\'s name or a connector, not without a word that names another, nor without an "owner" its documents do not name', () => {
    const res = resolvedAs([form('United Nations', 'organization', 500), form('Third United Nations Development Decade', 'event', 30), form('Third Development Decade', 'event', 20),
      form('Republic of the Niger', 'place', 9), form('Republic of Niger', 'place', 5),
      form('South-East Asia', 'place', 40), form('South Asia', 'place', 30), form('Government of Equatorial Guinea', 'organization', 6), form('Government of Guinea', 'organization', 4)]);
    assert.strictEqual(res.get('Third Development Decade'), 'Third United Nations Development Decade/event');
    assert.strictEqual(res.get('Republic of Niger'), 'Republic of the Niger/place');
    assert.strictEqual(res.get('South Asia'), 'South Asia/place');
    assert.strictEqual(res.get('Government of Guinea'), 'Government of Guinea/organization');
    const other = resolvedAs([form('National Union', 'organization', 10, ['n1']), form('Royal Government of National Union of Cambodia', 'organization', 8, ['n1', 'n2']),
      form('Royal Government of Cambodia', 'organization', 3, ['c1'])]);
    assert.strictEqual(other.get('Royal Government of Cambodia'), 'Royal Government of Cambodia/organization');
  });

  it('groups a body named after its owner with the body, named as the body; not after a one-word "owner", nor run into it by a hyphen, nor where the documents naming the body alone mostly do not name the owner', () => {
    const res = resolvedAs([form('United Nations', 'organization', 500), form('Economic and Social Council', 'organization', 80), form('United Nations Economic and Social Council', 'organization', 12),
      form('United Nations- Economic and Social Council', 'organization', 1),
      form('Coalition', 'organization', 50), form('Coalition Provisional Authority', 'organization', 3), form('Provisional Authority', 'organization', 2),
      form('African Union', 'organization', 60), form('United Nations-African Union', 'organization', 4)]);
    assert.strictEqual(res.get('United Nations Economic and Social Council'), 'Economic and Social Council/organization');
    assert.strictEqual(res.get('Provisional Authority'), 'Provisional Authority/organization');
    assert.strictEqual(res.get('African Union'), 'African Union/organization');
    const board = resolvedAs([form('UNICEF', 'organization', 30, ['u1', 'u2']), form('UNICEF Executive Board', 'organization', 1, ['u1']), form('Executive Board', 'organization', 6, ['x1', 'x2', 'x3'])]);
    assert.strictEqual(board.get('UNICEF Executive Board'), 'UNICEF Executive Board/organization');
  });

  it('shows a person\'s name without an honorific or a rank; "Don" and "Sri" only before two words or more', () => {
    const res = resolvedAs([form('Mzee Jomo Kenyatta', 'person', 3), form('Jomo Kenyatta', 'person', 10), form('Don Emilio Colombo', 'person', 2), form('Emilio Colombo', 'person', 5),
      form('Sri Ghazali Shafie', 'person', 2), form('Ghazali Shafie', 'person', 3), form('Lieutenant-Colonel Olusegun Obasanjo', 'person', 2), form('Olusegun Obasanjo', 'person', 6),
      form('Don McKinnon', 'person', 4)]);
    assert.strictEqual(res.get('Mzee Jomo Kenyatta'), 'Jomo Kenyatta/person');
    assert.strictEqual(res.get('Don Emilio Colombo'), 'Emilio Colombo/person');
    assert.strictEqual(res.get('Sri Ghazali Shafie'), 'Ghazali Shafie/person');
    assert.strictEqual(res.get('Lieutenant-Colonel Olusegun Obasanjo'), 'Olusegun Obasanjo/person');
    assert.strictEqual(res.get('Don McKinnon'), 'Don McKinnon/person');
  });
});
