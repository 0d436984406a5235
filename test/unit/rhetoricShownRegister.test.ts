/**
 * Diplomacy's plain register left out where markers are shown (rhetoric/shownRegister.ts and its uses in
 * shownOnly.ts, shownLiteral.ts, shownHazards.ts): sentences written for the tests, none of an audit's.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { findRhetoricMarkers } from '../../server/src/analysis/rhetoric/index';
import { isHiddenWhenShown, shownOnlySpan, wavesNoFlag } from '../../server/src/analysis/rhetoric/shownOnly';
import { rangeOf } from './helpers/rhetoricRange';

function hidden(text: string, phrase: string, category = 'loaded-language'): boolean {
  const { d, a, b } = rangeOf(text, phrase);
  return isHiddenWhenShown(d, a, b, category);
}

/** A flag-waving span that praises no cause and names no nation (left out where it shows as flag-waving). */
function noFlag(text: string, phrase: string): boolean {
  const { d, a, b } = rangeOf(text, phrase);
  return wavesNoFlag(d, a, b);
}

/** A tagger span on `phrase` as the product shows it (shownOnly.ts: shownOnlySpan). */
function edges(text: string, phrase: string): string {
  const { d, a, b, seg } = rangeOf(text, phrase);
  const [sa, sb] = shownOnlySpan(d, a, b);
  return text.slice(seg.tokens.starts[sa], seg.tokens.ends[sb - 1]);
}

function shown(text: string): string[] {
  return findRhetoricMarkers(segment(text), { sensitivity: 'precise' }).map((m) => m.text);
}

describe('rhetoric: diplomacy\'s plain register left out where markers are shown', () => {
  it('leaves out a state of things "prevailing" or "grave", not a loaded word beside it', () => {
    assert.ok(hidden('The calm prevailing in the northern provinces has allowed the refugees to return.', 'calm prevailing'));
    assert.ok(hidden('Under the prevailing grave conditions in the region, the Council must act.', 'prevailing grave conditions'));
    assert.ok(!hidden('The savagery prevailing in the occupied villages must end.', 'savagery prevailing'), 'a loaded word');
  });

  it('leaves out a graded "threat to" what it endangers, not a threat of annihilation', () => {
    assert.ok(hidden('Drug trafficking is a grave threat to the stability of our small States.', 'grave threat', 'appeal-to-fear'));
    assert.ok(hidden('These weapons remain a serious threat to regional security.', 'serious threat', 'appeal-to-fear'));
    assert.ok(!hidden('Mankind lives under the grave threat of annihilation.', 'grave threat of annihilation', 'appeal-to-fear'));
  });

  it('leaves out an extraposed "it is deplorable that", not "deplorable" said of a deed', () => {
    assert.ok(hidden('It is most deplorable that the negotiations have made no progress this year.', 'deplorable'));
    assert.ok(hidden('My Government finds it deplorable that so little aid has reached the victims.', 'deplorable'));
    assert.ok(!hidden('The occupiers continue their deplorable practice of demolishing homes.', 'deplorable practice'));
    assert.ok(!hidden('It is deplorable that Pretoria continues to defy the resolutions.', 'deplorable'), 'a party named after "that"');
  });

  it('leaves out a reaction felt after a copula or "feel", not a shocking act', () => {
    assert.ok(hidden('Our people were profoundly shocked by the news from the capital.', 'shocked'));
    assert.ok(hidden('We feel deeply appalled at the scale of the losses.', 'appalled'));
    assert.ok(!hidden('We have received shocking reports from the camps.', 'shocking'));
  });

  it('leaves out the establishment of something, not the Establishment as a label', () => {
    assert.ok(hidden('We support the establishment of fruitful ties between the two communities.', 'establishment of fruitful ties', 'name-calling'));
    assert.ok(!hidden('The voters have turned against the establishment and its lobbyists.', 'establishment', 'name-calling'));
  });

  it('leaves out toxic substances named, not toxic rhetoric', () => {
    assert.ok(hidden('Ships carrying toxic and hazardous wastes must not enter our waters.', 'toxic'));
    assert.ok(hidden('The river was poisoned by toxic chemicals from the mines.', 'toxic chemicals'));
    assert.ok(!hidden('The campaign was marked by toxic rhetoric against migrants.', 'toxic rhetoric'));
  });

  it('leaves out a class of people named in a list, not a label on a party', () => {
    assert.ok(hidden('The programme must reach the poor, the illiterate and the ignorant in every village.', 'ignorant', 'name-calling'));
    assert.ok(!hidden('The regime treats its critics as ignorant fools.', 'ignorant fools', 'name-calling'));
    assert.ok(!hidden('They serve the colonialists and the imperialists, not the peoples.', 'imperialists', 'name-calling'), 'a list of parties');
  });

  it('leaves out "lie" before a state of rest, not "lies" told', () => {
    assert.ok(hidden('Vast mineral resources lie untapped because of the lack of investment.', 'lie'));
    assert.ok(hidden('The fertile valleys lie idle while the people go hungry.', 'lie'));
    assert.ok(!hidden('They spread lies about our country every day.', 'lies'));
  });

  it('leaves out "devastating" where the sentence before names a natural hazard, not a war\'s', () => {
    assert.ok(hidden('Cyclones and floods have struck our islands three times. Scientists expect even more devastating phenomena.', 'devastating'));
    assert.ok(hidden('The earthquake left the capital in ruins; its devastating impact will be felt for years.', 'devastating impact'));
    assert.ok(!hidden('The invaders launched a devastating attack on the villages. The floods came later.', 'devastating attack'), 'a deed charged');
  });

  it('leaves out flag-waving shown as such with no cause praised and no nation named, not a label the span holds', () => {
    assert.deepStrictEqual(shown('Let me turn again to the tragic sufferings of the people of the Horn of Africa.'), []);
    assert.deepStrictEqual(shown('In southern Africa, the imperialist Powers will not leave the people of Namibia in peace.'), ['imperialist Powers']);
  });

  it('takes no praise after a loaded word or a doctrine\'s name, and no nation from "our countries"', () => {
    assert.ok(noFlag('The racists have carved out so-called bantustan homelands for the African majority.', 'bantustan homelands'));
    assert.ok(noFlag('We modestly seek to promote pluralism in our countries.', 'promote pluralism in our countries'));
    assert.ok(!noFlag('We will always defend our homeland against every invader.', 'our homeland'));
    assert.ok(!noFlag('The people of Angola continue their glorious struggle for freedom.', 'glorious struggle'));
  });

  it('leaves out a later item of a label another puts on someone, not the speaker\'s own', () => {
    assert.ok(hidden('Their newspapers stigmatize our pilgrims as fanatics and blind extremists.', 'blind extremists', 'name-calling'));
    assert.ok(hidden('The press abroad has long portrayed our leaders as corrupt and ruthless tyrants.', 'tyrants', 'name-calling'));
    assert.ok(!hidden('We regard them as terrorists and ruthless murderers.', 'murderers', 'name-calling'));
  });

  it('leaves out perils weighed in the plural and the balance of terror, not a people in peril', () => {
    assert.ok(hidden('The Council must weigh the great perils of inaction against the costs of intervention.', 'perils', 'appeal-to-fear'));
    assert.ok(hidden('Peace cannot rest for ever on a precarious balance of nuclear terror.', 'balance of nuclear terror', 'appeal-to-fear'));
    assert.ok(!hidden('Our very existence as a nation is in peril.', 'peril', 'appeal-to-fear'));
    assert.ok(!hidden('Africa will be free of the perils of Fascism.', 'perils', 'appeal-to-fear'), 'the perils of a name');
    assert.ok(!hidden('The militias spread terror among the villagers.', 'spread terror', 'appeal-to-fear'));
  });

  it('ends a span before a word that takes a complement the span leaves out, and before an adjunct cut at its "of"', () => {
    assert.deepStrictEqual(shown('The world cannot ignore the tyrants always ready to crush dissent at home.')[0], 'tyrants');
    assert.deepStrictEqual(shown('They continue their vicious campaign aimed at dividing the region.'), ['vicious campaign']);
    assert.strictEqual(edges('We call for pressure on that abhorrent regime through the application of binding sanctions.', 'abhorrent regime through the application'), 'abhorrent regime');
    assert.strictEqual(edges('We call for pressure on that abhorrent regime through the application of binding sanctions.', 'abhorrent regime'), 'abhorrent regime');
    assert.strictEqual(edges('They rule that abhorrent regime through its brutal repression of the people.', 'abhorrent regime through its brutal repression'), 'abhorrent regime through its brutal repression', 'a loaded word in the adjunct');
  });
});
