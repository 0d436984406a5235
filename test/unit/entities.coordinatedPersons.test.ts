/**
 * A name the gazetteer does not know, typed a place or a body, coordinated with a person before a
 * verb only people do, is a person (issue 11, "Lavov" is not a place; written on ung20, where the
 * rule changes nothing). The tagger's mentions are written out as it gave them on these lines.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { typeCoordinatedPersons } from '../../server/src/analysis/entities/coordinatedPersons';
import { isKnownName } from '../../server/src/analysis/entities/knownWords';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { shownAs, tagged } from './helpers/taggedMentions';

describe('entities: a name coordinated with a person before a person\'s verb (issue 11)', () => {
  before(() => installShippedModels());

  it('types "Lavov" a person in "Putin and Lavov are signalling", and its other mention in the document', () => {
    const text = 'Now Putin and Lavov are signalling that they are willing to negotiate a deal over the bodies of the workers of Kiev. Lavov spoke again.';
    const mentions = tagged(text, [['Putin', 'person'], ['Lavov', 'place'], ['Kiev', 'place'], ['Lavov', 'place']]);
    assert.deepStrictEqual(shownAs(typeCoordinatedPersons(segment(text), mentions, isKnownName)), ['Putin/person', 'Lavov/person', 'Kiev/place', 'Lavov/person']);
  });

  it('keeps a place coordinated with a person without such a verb, and two places before one', () => {
    const text = 'We salute Steve Biko and Victoria Mxenge, who made the supreme sacrifice. Guantanamo and Abu Ghraib said more than words.';
    const mentions = tagged(text, [['Steve Biko', 'person'], ['Victoria Mxenge', 'place'], ['Guantanamo', 'place'], ['Abu Ghraib', 'place']]);
    assert.deepStrictEqual(shownAs(typeCoordinatedPersons(segment(text), mentions, isKnownName)), ['Steve Biko/person', 'Victoria Mxenge/place', 'Guantanamo/place', 'Abu Ghraib/place']);
  });

  it('keeps a name the gazetteer knows as a place ("Putin and Kiev are signalling")', () => {
    const text = 'Now Putin and Kiev are signalling that they are willing to talk.';
    const mentions = tagged(text, [['Putin', 'person'], ['Kiev', 'place']]);
    assert.deepStrictEqual(shownAs(typeCoordinatedPersons(segment(text), mentions, isKnownName)), ['Putin/person', 'Kiev/place']);
  });
});
