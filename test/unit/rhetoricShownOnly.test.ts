/**
 * Markers the product leaves out or re-cuts where it shows them, which training never reads
 * (rhetoric/shownOnly.ts): judged wrong in the rhetoric audits, rules written on ung20.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { loadRhetoricModel, candidateMemo, findRhetoricMarkers, markersAtLevel, sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import { isHiddenWhenShown, shownOnlySpan } from '../../server/src/analysis/rhetoric/shownOnly';
import { lexiconHitEnd } from '../../server/src/analysis/rhetoric/shownEdges';
import { rangeOf } from './helpers/rhetoricRange';

function hidden(text: string, phrase: string, category = 'loaded-language'): boolean {
  const { d, a, b } = rangeOf(text, phrase);
  return isHiddenWhenShown(d, a, b, category);
}

/** A lexicon hit on `phrase` as shown (shownEdges.ts: lexiconHitEnd), '' where it is not shown. */
function end(text: string, phrase: string): string {
  const { d, a, b, seg } = rangeOf(text, phrase);
  const e = lexiconHitEnd(d, a, b);
  return e < 0 ? '' : text.slice(seg.tokens.starts[a], seg.tokens.ends[e - 1]);
}

function shown(text: string, phrase: string): string {
  const { d, a, b, seg } = rangeOf(text, phrase);
  const [sa, sb] = shownOnlySpan(d, a, b);
  return text.slice(seg.tokens.starts[sa], seg.tokens.ends[sb - 1]);
}

describe('rhetoric: markers left out or re-cut only where the product shows them', () => {
  it('leaves out a place or people "devastated", where that is the only strong word', () => {
    assert.ok(hidden('An anguished cry for help reaches us from the ruins of the devastated cities of Matagalpa and Leon.', 'devastated'));
    assert.ok(hidden('Those countries which have for long been devastated by civil strife are now at peace.', 'devastated'));
    assert.ok(hidden('We can rebuild our devastated country for the greater good of us all.', 'devastated country'));
    assert.ok(!hidden('The racist regime has devastated the economies of its neighbours with brutal raids.', 'devastated the economies of its neighbours with brutal raids'), 'another loaded word');
  });

  it('leaves out "shock" the noun in condolence, an idiom or a term, not "shocking" nor a shock of revulsion', () => {
    assert.ok(hidden('This event caused profound shock throughout the world and was deeply deplored by Italy.', 'caused profound shock throughout the world'));
    assert.ok(hidden('That event sent out shock waves to the borders of the most far-flung parts of Europe.', 'shock waves'));
    assert.ok(hidden('Small islands are exposed to natural disasters and global economic shocks.', 'economic shocks'));
    assert.ok(!hidden('Yesterday we obtained a shocking report from the headquarters.', 'shocking'));
    assert.ok(!hidden('The outrages have sent a shock of revulsion through the civilized world.', 'shock of revulsion'));
  });

  it('leaves out injustice named in a list of ills, not a gross injustice', () => {
    assert.ok(hidden('We want a world free from the threats of war, poverty, injustice and environmental deterioration.', 'injustice'));
    assert.ok(hidden('Widespread poverty and social injustice are undermining the vital role of the United Nations.', 'social injustice'));
    assert.ok(!hidden('This is a gross injustice, and we have always opposed it.', 'gross injustice'));
  });

  it('leaves out the idiom "at our peril" and a loaded word that is negated', () => {
    assert.ok(hidden('The Secretary-General has sounded a warning. We ignore that warning at our peril.', 'peril', 'appeal-to-fear'));
    assert.ok(!hidden('Our very existence is in peril.', 'peril', 'appeal-to-fear'));
    assert.ok(hidden('These are countries with no imperialist ambitions and no wish for domination.', 'no imperialist ambitions', 'name-calling'));
    assert.ok(hidden('We must oppose that system, and we must do so without hypocrisy.', 'hypocrisy'));
    assert.ok(!hidden('During which the puppets of the Lon No clique never represented Kampuchea.', 'clique', 'name-calling'), 'a name, not a negation');
  });

  it('starts a span at its object after a verb of stance, with a name before it or adverbs after it', () => {
    assert.strictEqual(shown('With this thought in mind, Liechtenstein condemns very strongly the flagrant violation of international norms by Iraq.', 'Liechtenstein condemns very strongly the flagrant violation of international norms'), 'flagrant violation of international norms');
    assert.strictEqual(shown('Our Government condemns most vehemently the atrocities committed in the camps.', 'condemns most vehemently the atrocities committed'), 'atrocities committed');
    assert.strictEqual(shown('We condemn the cowardly acts of aggression against our people.', 'condemn the cowardly acts of aggression'), 'cowardly acts of aggression', 'a loaded adjective in -ly stays');
    assert.strictEqual(shown('We condemn the decision of the Council.', 'condemn the decision'), 'condemn the decision', 'no loaded word after the verb');
    assert.strictEqual(shown('The non-aligned movement in the struggle against imperialism and neo-colonialism.', 'struggle against imperialism'), 'struggle against imperialism', 'a verb of struggle that is a noun here');
  });

  it('leaves out a slogan in running prose and flag-waving that praises no people or cause', () => {
    assert.ok(hidden('We appeal to Iraq and Iran to stop the war in the Gulf that has claimed so many lives.', 'stop the war', 'slogan'));
    assert.ok(hidden('The civil war has brought death to thousands of human beings.', 'death to', 'slogan'));
    assert.ok(!hidden('Stop the war now!', 'Stop the war', 'slogan'), 'a sentence of its own');
    assert.ok(!hidden('Down with imperialism and its lackeys.', 'Down with', 'slogan'), 'it begins its sentence');
    assert.ok(!hidden('Crowds in Tehran chanted Death to America at the rally.', 'Death to America', 'slogan'), 'written with a capital');
    assert.ok(hidden('We encourage the efforts undertaken to bring about the peaceful reunification of their great nation.', 'peaceful reunification of their great nation', 'flag-waving'));
    assert.ok(!hidden('We support the ANC in its glorious struggle against apartheid.', 'glorious struggle', 'flag-waving'));
    assert.ok(!hidden('The officials are misleading the American people about the deal.', 'misleading the American people', 'flag-waving'), 'a nation named as one addresses it');
    assert.ok(!hidden('The aggressors have ravaged our country for ten years.', 'ravaged our country', 'flag-waving'), 'a loaded word of the lexicon names the marker');
  });

  it('leaves out a disaster named by its place and a loaded word that describes a natural disaster (seed-251 and 281 audits)', () => {
    assert.ok(hidden('Then he regretted what he had done when he saw the disaster of Hiroshima and the disaster of Nagasaki.', 'disaster of Nagasaki', 'appeal-to-fear'));
    assert.ok(hidden('We place great hope in assistance in mitigating the consequences of the Chernobyl disaster.', 'disaster', 'appeal-to-fear'));
    assert.ok(!hidden('The world is heading towards a nuclear disaster of unimaginable proportions.', 'disaster', 'appeal-to-fear'), 'no place named');
    assert.ok(!hidden('Afghanistan has lived through the catastrophe of Soviet occupation for ten years.', 'catastrophe', 'appeal-to-fear'), 'a capitalised modifier, no place');
    assert.ok(!hidden('The world watched the Imperialist catastrophe unfold in our land.', 'catastrophe', 'appeal-to-fear'), 'a doctrine\'s follower, no place');
    assert.ok(hidden('The consequences of the catastrophe at Three Mile Island and of the Bhopal disaster are still felt.', 'catastrophe', 'appeal-to-fear'), 'a place of several words');
    assert.ok(hidden('When a terrifying earthquake rocked Turkey in 1999, the Greeks offered their assistance.', 'terrifying earthquake rocked Turkey'));
    assert.ok(!hidden('The terrifying massacres of civilians must stop.', 'terrifying massacres'));
    assert.ok(!hidden('The region has seen a savage eruption of ethnic violence against its minorities.', 'savage'), 'an eruption of violence is no natural disaster');
    assert.ok(!hidden('Europe now faces a terrible flood of refugees fleeing the war.', 'terrible'), 'a flood of people is no natural disaster');
    assert.ok(hidden('The islands were struck by a devastating storm of the kind seen once a century.', 'devastating'), 'a storm of a kind stays a storm');
  });

  it('leaves out a natural hazard\'s toll or disaster, named beside it (seed-821 audit)', () => {
    assert.ok(hidden('The world threw us a lifeline when we faced the horror of famine.', 'horror of famine'));
    assert.ok(hidden('Our farmers have endured the ravages of the recent drought for years.', 'ravages'));
    assert.ok(!hidden('We faced the horror of apartheid for decades.', 'horror'), 'no hazard named');
    assert.ok(!hidden('They suffer the horror of a famine of ideas.', 'horror'), 'a famine of ideas is a figure');
    assert.ok(hidden('The report shows the damage caused by these hurricanes. It illustrates the disastrous situation of our people.', 'disastrous', 'appeal-to-fear'), 'the hazard in the sentence before');
    assert.ok(hidden('In October another disaster occurred. I am speaking of the pilgrim locust.', 'disaster', 'appeal-to-fear'), 'the hazard in the sentence after');
    assert.ok(!hidden('The harvest was good. A nuclear war would be a disaster for mankind. We must disarm.', 'disaster', 'appeal-to-fear'), 'no hazard beside it');
    assert.ok(!hidden('The floods were severe. The regime\'s brutal and disastrous policies made them worse.', 'brutal and disastrous', 'loaded-language'), 'another strong word');
    assert.ok(!hidden('Many suffer from drought. We face catastrophic gaps in revenue.', 'catastrophic', 'loaded-language'), 'an adjective of another thing than the hazard');
    assert.ok(!hidden('Disasters inflicted on humans by humans continue. Epidemics take many lives.', 'Disasters', 'appeal-to-fear'), 'a human cause');
  });

  it('leaves out a label another "dubbed" or "labelled", in every form of the verb', () => {
    assert.ok(hidden('The freedom fighters, whom the regime has dubbed as a terrorist gang, fight on.', 'terrorist gang', 'name-calling'));
    assert.ok(hidden('The movement, which the occupiers labelled as a criminal conspiracy, grew.', 'criminal conspiracy', 'name-calling'));
  });

  it('leaves out another\'s label reported, not the speaker\'s own (seed-251 audit)', () => {
    assert.ok(hidden('The representative of that country allowed himself the luxury of describing the Khmer Government as a puppet regime.', 'puppet regime', 'name-calling'));
    assert.ok(hidden('This refers to the attack on Islam, which portrays it as barbaric and links it to terrorism.', 'barbaric'));
    assert.ok(hidden('The lackeys of the regime in what they call a free election chose the President.', 'free election'));
    assert.ok(!hidden('We have always described that administration as a puppet regime.', 'puppet regime', 'name-calling'), 'the speaker\'s own label');
    assert.ok(!hidden('Iraq rejects the resolution and continues to denounce it as a flagrant violation of the rules.', 'flagrant violation', 'loaded-language'), 'the speaker denounces');
  });

  it('leaves out the stock phrase "disastrous consequences" of a warning or a toll, not a loaded word beside it', () => {
    assert.ok(hidden('The world discovered too late that this course of events could only lead us to catastrophic consequences.', 'catastrophic'));
    assert.ok(hidden('When the cyclone hit the Bay of Bengal in May, it also had disastrous and widespread effects in Bhutan.', 'disastrous'));
    assert.ok(hidden('On behalf of Ukraine, whose people have suffered the disastrous effects of the Chernobyl tragedy, I thank you.', 'disastrous effects'));
    assert.ok(!hidden('The crisis in Lebanon, with its tragic consequences of continuing bloodshed, goes on.', 'tragic consequences of continuing bloodshed'), 'bloodshed');
    assert.ok(!hidden('The regime pursued a disastrous policy of repression.', 'disastrous'), 'no consequence named');
  });

  it('keeps flag-waving that names a people by its nation, whatever the nation', () => {
    assert.ok(!hidden('The newspaper keeps smearing the Russian people in every column.', 'smearing the Russian people', 'flag-waving'));
    assert.ok(hidden('Jeremiah Wright uttered his words about America in that sermon.', 'America', 'flag-waving'), 'a country named, no people');
    assert.ok(hidden('The people of the island have waited long enough for their independence.', 'The people of the island', 'flag-waving'), 'a capital that opens the sentence');
    assert.ok(hidden('Our citizens rightly expect the Organization to act.', 'Our citizens', 'flag-waving'), 'a capital that opens the sentence');
  });

  it('hides a marker after overlaps are resolved: a lower-ranked span inside it does not show in its place', () => {
    // The tagger's negated "without violence and devastation" wins over the lexicon's "devastation", then is hidden (ung20).
    const text = 'We trust that in southern Africa, too, those days will come to an end without violence and devastation. The Federal Government therefore welcomes the decision.';
    const shownTexts = findRhetoricMarkers(segment(text), { sensitivity: 'precise' }).map((m) => m.text);
    assert.ok(!shownTexts.some((t) => t.includes('devastation')), shownTexts.join(' | '));
  });

  it('shows none of them, while the level markers training selects keep them', () => {
    const text = 'The Secretary-General has sounded a warning about the risks of continued failure. We ignore that warning at our peril. Those countries which have for long been devastated by civil strife are now at peace.';
    const seg = segment(text);
    const model = loadRhetoricModel();
    const shownTexts = findRhetoricMarkers(seg, { sensitivity: 'precise' }).map((m) => m.text);
    const trained = markersAtLevel(text, candidateMemo(seg, undefined), model, 'precise', (s) => sensitivityThreshold(s, model)).map((m) => m.text);
    for (const w of ['peril', 'devastated']) {
      assert.ok(!shownTexts.some((t) => t.includes(w)), w);
      assert.ok(trained.some((t) => t.includes(w)), `${w} in ${trained.join(' | ')}`);
    }
  });
});

describe('rhetoric: a shown span\'s edges completed (shownEdges.ts; seed-221, 251 and 281 audits)', () => {
  function shownMarkers(text: string): string[] {
    return findRhetoricMarkers(segment(text), { sensitivity: 'precise' }).map((m) => m.text.replace(/\s+/g, ' '));
  }

  it('takes in the noun after "own", a people\'s name after a modifier, and "arms race"', () => {
    assert.strictEqual(shown('They assign to them the foul task of enslaving and brutally repressing their own peoples in order to permit exploitation.', 'brutally repressing their own'), 'brutally repressing their own peoples');
    assert.strictEqual(shown('Indeed, the brutal killing of defenceless Zimbabweans has not abated.', 'brutal killing of defenceless'), 'brutal killing of defenceless Zimbabweans');
    assert.strictEqual(shown('Despite the accords, the infernal and terrifying arms race engulfs amounts of energy.', 'terrifying arms'), 'terrifying arms race');
  });

  it('takes in a modifier coordinated with a loaded or capitalised one, and its noun', () => {
    assert.strictEqual(shown('Large areas in Africa are afflicted by the horrors of colonial and racist domination.', 'horrors of colonial'), 'horrors of colonial and racist domination');
    assert.strictEqual(shown('The Palestinian people face genocide as part of an imperialist and Zionist conspiracy aimed at them.', 'imperialist'), 'imperialist and Zionist conspiracy');
  });

  it('ends no marker on a quantifier after "of", a preposition or an adverb of the next words', () => {
    assert.strictEqual(shown('One system could not eliminate another without the total annihilation of all. To believe otherwise is folly.', 'total annihilation of all'), 'total annihilation');
    assert.strictEqual(shown('They have shown their contempt for such hypocritical concern by overwhelmingly supporting the call for sanctions.', 'hypocritical concern by overwhelmingly'), 'hypocritical concern');
    assert.strictEqual(shown('Viet Nam has imposed a puppet Government upon which it seeks to confer legality.', 'puppet Government upon'), 'puppet Government');
    assert.strictEqual(shown('The rights of the people are grossly trampled upon?', 'grossly trampled upon'), 'grossly trampled upon', 'a verb\'s particle stays');
    assert.strictEqual(shown('Such weapons could be disastrous for us all.', 'disastrous for us all'), 'disastrous for us all', '"all" after a pronoun stays');
    assert.strictEqual(shown('We must correct the most flagrant anomaly in international economic relations.', 'most flagrant anomaly'), 'most flagrant anomaly', 'a noun in -ly');
  });

  it('keeps the side of a pronoun subject that holds the loaded words', () => {
    assert.strictEqual(shown('The victims are mostly the youth whose mental and physical growth it ravages, and without healthy minds what future is there?', 'physical growth it ravages'), 'ravages');
    assert.strictEqual(shown('The world must have the wisdom and the will to stop grave threats before they arrive.', 'stop grave threats before they arrive'), 'stop grave threats');
  });

  it('shows the completed span in place of the cut one', () => {
    const markers = shownMarkers('Yet the hardships of the majority African population continue. Indeed, the brutal killing of defenceless Zimbabweans has not abated. Smith explains away these killings.');
    assert.ok(markers.includes('brutal killing of defenceless Zimbabweans'), markers.join(' | '));
  });
});

describe('rhetoric: another\'s charge or claim reported (reportedUse.ts: reportsAnothersCharge)', () => {
  it('leaves out the content of another\'s accusation, claim or label, not the speaker\'s own nor a court\'s charge', () => {
    assert.ok(hidden('Some Western voices make cries for help while hurling accusations of terrorism and barbarism at those who defend themselves.', 'barbarism'));
    assert.ok(hidden('Developed countries have accused developing countries rather unfairly in my view of imposing a tyranny of the majority.', 'tyranny'));
    assert.ok(hidden('If Israel claims that withdrawing its settlers is painful, why does it build more settlements?', 'painful'));
    assert.ok(hidden('South Africa clings to Namibia to use it as a buffer against what it alleges to be an onslaught from its neighbours.', 'onslaught'));
    assert.ok(hidden('We must defeat the terrorists, who label others as infidels, and their extremist ideologies.', 'others as infidels', 'name-calling'));
    assert.ok(hidden('The junta keeps labelling dissidents as foreign agents and traitors.', 'dissidents as foreign agents', 'name-calling'), 'every form of the label verb (verbForms)');
    assert.ok(!hidden('We accuse the regime of barbarism against its own people.', 'barbarism'), 'the speaker\'s own charge');
    assert.ok(!hidden('The Tribunal brings to justice individuals accused of committing the most heinous crimes.', 'most heinous crimes'), 'a court\'s charge');
    assert.ok(!hidden('The regime, whose claims are false, pursues its brutal repression.', 'brutal repression'), 'a claim in another clause');
    assert.ok(!hidden('Those who accuse us of terrorism are themselves guilty of the most barbaric crimes.', 'most barbaric crimes'), 'the speaker\'s charge after the accusers\' clause');
    assert.ok(!hidden('The regime that accuses its neighbours is the author of barbaric aggression against them.', 'barbaric aggression'), 'the speaker\'s charge after the accusers\' clause');
    assert.ok(!hidden('They stage diplomatic manoeuvres, claiming that they are playing a self-styled role as peacemakers.', 'self-styled'), 'the speaker\'s word of distance');
  });

  it('takes a rejected claim as another\'s, looks for the claimant back to its clause, and keeps the speaker\'s charge after a relative clause\'s claim', () => {
    assert.ok(hidden('We reject the claim that the Palestinian people are doomed to live in a new Diaspora.', 'doomed'), 'a claim the speaker rejects');
    assert.ok(hidden('We firmly deny the accusations of barbarism made against our soldiers.', 'barbarism'), 'a charge the speaker denies');
    assert.ok(hidden('Our opponents claim that the reforms are a monstrous fraud.', 'monstrous fraud'), 'our opponents are not the speaker');
    assert.ok(!hidden('Our delegation has always claimed that the occupation is a monstrous crime.', 'monstrous crime'), 'the speaker\'s own claim, four words back');
    assert.ok(!hidden('The Zionists who claim that Jerusalem is theirs alone are the authors of barbaric aggression.', 'barbaric aggression'), 'the main clause after the claim');
    assert.ok(hidden('The Zionists claim that the Arabs are the authors of barbaric aggression.', 'barbaric aggression'), 'the claim\'s own content');
  });
});

describe('rhetoric: spans that run on, lexicon entries ending on "of", the generic aggressor (shownEdges.ts, shownOnly.ts)', () => {
  it('ends a span before the finite verb that follows its loaded subject', () => {
    assert.strictEqual(shown('These extremists defy the fundamental principles of civilization.', 'extremists defy the fundamental principles'), 'extremists');
    assert.strictEqual(shown('In Belarus, brutal regimes deny their people the fundamental rights.', 'brutal regimes deny their people the fundamental rights'), 'brutal regimes');
    assert.strictEqual(shown('We must act before that monster becomes uncontrollable.', 'monster becomes'), 'monster');
    assert.strictEqual(shown('The Charter clearly denies to the aggressor the enjoyment of any gain.', 'aggressor the enjoyment of any gain'), 'aggressor');
    assert.strictEqual(shown('How can we end the racist imperialism practiced by Israel?', 'racist imperialism practiced'), 'racist imperialism');
    assert.strictEqual(shown('They made attempts to obliterate its Palestinian personality.', 'obliterate its Palestinian personality'), 'obliterate its Palestinian personality', 'a loaded verb and its object');
    assert.strictEqual(shown('The occupiers continue to plunder its natural resources.', 'plunder its natural resources'), 'plunder its natural resources', 'a loaded verb and its object');
    assert.strictEqual(shown('The extremists defy the brutal rule of the junta.', 'extremists defy the brutal rule'), 'extremists defy the brutal rule', 'a loaded word after the verb');
  });

  it('takes the words after a lexicon entry that ends on "of" in, or shows nothing', () => {
    assert.strictEqual(end('This has produced a flood of poverty-stricken people which breeds criminals.', 'flood of'), 'flood of poverty-stricken people');
    assert.strictEqual(end('The region faces a flood of refugees seeking haven from terror.', 'flood of'), 'flood of refugees');
    assert.strictEqual(end('They remember the fall of Saigon and what followed.', 'fall of'), 'fall of Saigon');
    assert.strictEqual(end('We feared a flood of.', 'flood of'), '');
    const markers = findRhetoricMarkers(segment('Pakistan was burdened by a flood of refugees seeking haven from terror and persecution.'), { sensitivity: 'exploratory' }).map((m) => m.text);
    assert.ok(!markers.includes('flood of'), markers.join(' | '));
  });

  it('leaves out "aggressor" as the Charter\'s role, not a named aggressor', () => {
    assert.ok(hidden('Greece has condemned all acts of invasion, regardless of who the aggressor is.', 'aggressor'));
    assert.ok(hidden('Have we realized how a would-be aggressor could turn this situation to his account?', 'would-be aggressor'));
    assert.ok(hidden('The Council must not equate the aggressor with the victim of aggression.', 'aggressor'));
    assert.ok(hidden('The acquisition of land by force must end; the aggressor must withdraw.', 'aggressor'));
    assert.ok(hidden('If we stand firm, other aggressors will hesitate.', 'aggressors'));
    assert.ok(!hidden('The people struggle to drive the Israeli aggressors from their lands.', 'aggressors'), 'a named aggressor');
    assert.ok(!hidden('Thailand has always allied itself with the aggressor and its territory is used as a base.', 'aggressor'), 'a party called so');
  });

  it('leaves out "doomed to failure", a prediction, not a doom feared', () => {
    assert.ok(hidden('The plans drawn up in Washington are inevitably doomed to failure.', 'doomed', 'appeal-to-fear'));
    assert.ok(hidden('An aggressor dooms himself from the outset to failure.', 'dooms', 'appeal-to-fear'));
    assert.ok(!hidden('Without such action the small island States are doomed.', 'doomed', 'appeal-to-fear'));
    assert.ok(!hidden('That would spell our doom and the failure of all our efforts.', 'doom', 'appeal-to-fear'), 'no "to failure"');
  });
});

describe('rhetoric: a shown span starts at its loaded phrase and ends at a phrase boundary; fear in plain use (seed-811 audit)', () => {
  it('starts at the loaded word\'s phrase, not at a preposition or a verb before it', () => {
    assert.strictEqual(shown('These crimes are the consequences of the blatant violation of the Charter.', 'consequences of the blatant violation'), 'blatant violation');
    assert.strictEqual(shown('All nations wish to be free of these monstrous weapons for ever.', 'free of these monstrous weapons'), 'these monstrous weapons');
    assert.strictEqual(shown('Such acts, which represent flagrant breaches of the law, must end.', 'represent flagrant breaches'), 'flagrant breaches');
    assert.strictEqual(shown('The famine and the epidemics are ringing a terrifying bell for the region.', 'ringing a terrifying bell'), 'terrifying bell');
    assert.strictEqual(shown('They seek to promote horrendous nuclear strategies in the region.', 'promote horrendous nuclear strategies'), 'horrendous nuclear strategies', 'a verb loaded only by its rate');
    assert.strictEqual(shown('Meanwhile an indifferent world recklessly wastes billions on arms.', 'world recklessly wastes billions'), 'recklessly wastes billions', 'a plain subject before a loaded adverb and its verb');
  });

  it('keeps a loaded noun after "of", a compound, a verb of struggle and words that are no verb', () => {
    assert.strictEqual(shown('They continue the intrigues and acts of barbarism against us.', 'acts of barbarism'), 'acts of barbarism', 'a loaded noun right after the preposition');
    assert.strictEqual(shown('The people feel revulsion at the repression of shocking magnitude in the camps.', 'repression of shocking magnitude'), 'repression of shocking magnitude', 'a noun of degree after "of"');
    assert.strictEqual(shown('The non-aligned movement in the struggle against imperialism and neo-colonialism.', 'struggle against imperialism'), 'struggle against imperialism');
    assert.strictEqual(shown('The soldiers were ordered to retreat in the face of the brutal invaders.', 'face of the brutal invaders'), 'brutal invaders', '"in the face of" is an idiom, no verb of struggle');
    assert.strictEqual(shown('We must face the brutal invaders with courage.', 'face the brutal invaders'), 'face the brutal invaders', 'the verb stays');
    assert.strictEqual(shown('There are still reactionary forces at work in the region.', 'still reactionary forces'), 'reactionary forces', 'an adverb, no verb (nor a phrase\'s first word)');
    assert.strictEqual(shown('The junta unleashed so viciously its army on the villages.', 'unleashed so viciously'), 'unleashed so viciously', 'an adverb phrase is the verb\'s');
    assert.strictEqual(shown('They plan to subjugate all freedom-loving nations of the region.', 'subjugate all freedom-loving nations'), 'subjugate all freedom-loving nations', 'praise is no loaded word to start at');
    assert.strictEqual(shown('Such murders have long ceased to shock the British public at all.', 'shock the British public'), 'shock the British public', 'after a verb loaded by its rate, no lexicon word');
    assert.strictEqual(shown('This policy is like serving rotten fish in a sweet sauce.', 'rotten fish'), 'rotten fish', 'a noun with an adjective\'s ending');
  });

  it('ends a span at a phrase boundary: a date completed, a cut complement left out', () => {
    assert.strictEqual(shown('We remember the horrific attacks of 7 August 1998 in Nairobi.', 'horrific attacks of 7'), 'horrific attacks of 7 August 1998');
    assert.strictEqual(shown('The continent emerged from a slaughter unparalleled in its history.', 'slaughter unparalleled'), 'slaughter', 'an adjective after its noun, its complement left out');
    assert.strictEqual(shown('Those who cling to the cynical notion of separating trade from human rights will fail.', 'cynical notion of separating trade'), 'cynical notion', 'an "of" and a gerund whose complement is left out');
    assert.strictEqual(shown('The regime has inflicted untold suffering in the camps.', 'inflicted untold suffering'), 'inflicted untold suffering', 'a gerund noun stays');
  });

  it('shows a lexicon entry that ends on a possessive with its noun', () => {
    assert.strictEqual(end('Foreign forces sought to weaken and destroy our regional organization.', 'destroy our'), 'destroy our regional organization');
    assert.strictEqual(end('They seek to destroy our democratically established republican institutions.', 'destroy our'), 'destroy our', 'no noun within reach: as the entry ends');
  });

  it('leaves out a fear word naming one ill of a list, or the extinction of living things', () => {
    assert.ok(hidden('Hunger, disease, illiteracy, drought and ecological disaster still threaten the region.', 'ecological disaster', 'appeal-to-fear'));
    assert.ok(!hidden('Such a policy can lead to instability and anarchy in the region.', 'anarchy', 'appeal-to-fear'), 'no list of three');
    assert.ok(!hidden('We fight against oppression by rich or powerful nations, against exploitation and enslavement of the many by a few.', 'enslavement', 'appeal-to-fear'), 'phrases of a clause, no list of ills');
    assert.ok(!hidden('The regime is stepping up its reign of terror, violence and racial discrimination.', 'reign of terror', 'appeal-to-fear'), 'a list\'s first item');
    assert.ok(!hidden('Hunger, disease and brutal massacres are what the occupation brought.', 'brutal massacres', 'loaded-language'), 'another category');
    assert.ok(hidden('Whales and many birds will soon be in danger of extinction.', 'extinction', 'appeal-to-fear'));
    assert.ok(!hidden('Scientists warn of the self-inflicted extinction of the human species.', 'extinction of the human species', 'appeal-to-fear'), 'the human species');
    assert.ok(!hidden('Our people face extinction under the occupation.', 'extinction', 'appeal-to-fear'), 'no living kind named');
  });

  it('leaves out what a raid or a war destroyed, listed, and weapons\' capacity to destroy the earth (seed-821 audit)', () => {
    assert.ok(hidden('The rebels burn crops and destroy houses, clinics and wells in every district.', 'destroy houses'));
    assert.ok(hidden('The militias went on looting and destroying entire villages along the border.', 'destroying'));
    assert.ok(hidden('In the old city, houses were destroyed by the occupying army.', 'destroyed'), 'a passive\'s subject');
    assert.ok(!hidden('The occupiers seek to destroy our national identity.', 'destroy'), 'no built thing destroyed');
    assert.ok(!hidden('The invaders destroy schools and hospitals with barbaric cruelty.', 'destroy schools and hospitals with barbaric cruelty'), 'another loaded word');
    assert.ok(hidden('The arsenals of the great Powers are sufficient to obliterate life on this planet many times over.', 'obliterate'));
    assert.ok(hidden('Some States have missiles capable of destroying the earth within minutes.', 'destroying'));
    assert.ok(!hidden('The racists want to destroy the world order we have built.', 'destroy'), 'no weapons named');
    assert.ok(!hidden('The nuclear Powers claim that deterrence keeps the peace, but they may still destroy the hopes of mankind.', 'destroy'), 'no capacity stated of the world');
  });

  it('leaves out "lies" as the verb of position, with adverbs after it or its place fronted (seed-821 audit)', () => {
    assert.ok(hidden('The blame for the failure lies squarely with the occupying Power.', 'lies'));
    assert.ok(hidden('The burden of development lies first and foremost with each nation.', 'lies'));
    assert.ok(hidden('Therein, we believe, lies the hope of the peoples of the region.', 'lies'), 'the place fronted past a parenthesis');
    assert.ok(!hidden('Their propaganda is made of contrived lies and in complete contempt of truth.', 'lies'), 'a noun after its adjective');
    assert.ok(!hidden('The regime spreads many lies in its statements.', 'lies'), 'a noun after a quantifier');
  });

  it('leaves out "perilous" alone, virtue called name calling, and a noun of suffering in a list of ills (seed-821 audit)', () => {
    assert.ok(hidden('We are living in perilous times for the small island States.', 'perilous times', 'appeal-to-fear'));
    assert.ok(!hidden('The perilous and criminal adventures of the junta must end.', 'perilous and criminal adventures', 'appeal-to-fear'), 'another loaded word');
    assert.ok(hidden('The Government seeks to build a righteous society for all its citizens.', 'righteous society', 'name-calling'));
    assert.ok(!hidden('The righteous hypocrites of the regime speak of peace.', 'righteous hypocrites', 'name-calling'), 'a label beside it');
    assert.ok(hidden('For years the refugees have known nothing but hunger, misery and exile.', 'misery'));
    assert.ok(hidden('They have seen nothing but war, exile and despair.', 'despair'));
    assert.ok(!hidden('Their horror was the occupation of their land.', 'horror'), 'no list');
    assert.ok(!hidden('The Israeli army has sown destruction and devastation, provoking yet deeper hatred and enmity.', 'devastation'), 'a clause after it, no list of short items');
  });

  it('leaves out flag-waving whose only other word is a degree adverb, and a disaster word beside an economy\'s ruin (seed-821 audit)', () => {
    assert.ok(hidden('These conferences have proved to be utterly disheartening with respect to results.', 'utterly disheartening with respect', 'flag-waving'));
    assert.ok(!hidden('The aggressors have ravaged our country for ten years.', 'ravaged our country', 'flag-waving'), 'a loaded word of another category');
    assert.ok(hidden('Our countries face the deepest recession in fifty years. This can only worsen an already disastrous situation.', 'disastrous', 'loaded-language'));
    assert.ok(!hidden('Our exports have fallen. This can only worsen an already disastrous situation.', 'disastrous', 'loaded-language'), 'no ruin named');
  });

  it('re-cuts a span: no clause adverb first, a possessor\'s noun with what it possesses, an adjective with its noun (seed-821 audit)', () => {
    assert.strictEqual(shown('Last month the world saw once again brutal massacres of civilians.', 'again brutal massacres of civilians'), 'brutal massacres of civilians');
    assert.strictEqual(shown('The fighting in the region has grown even more vicious this year.', 'even more vicious'), 'even more vicious', 'an adverb grading a comparative stays');
    assert.strictEqual(shown('In their mad desire to break our nation\'s spirit, the invaders bombed the capital.', 'mad desire to break our nation'), 'mad desire to break our nation\'s spirit');
    assert.strictEqual(shown('They are invaders with sinister designs on our land.', 'invaders with sinister'), 'invaders with sinister designs');
    assert.strictEqual(shown('They speak of the sinister and cynical arms race of the Powers.', 'sinister'), 'sinister and cynical arms race');
    assert.strictEqual(shown('This is a prolongation of the ugly status quo in the territories.', 'ugly'), 'ugly', 'a noun another follows is left');
    assert.strictEqual(shown('Terrorism is an evil we must combat.', 'an evil'), 'evil', 'a noun, no attributive adjective');
  });

  it('ends a span run over a verb the rules did not know: an irregular past or a verb in -s with its particle (seed-821 audit)', () => {
    assert.strictEqual(shown('Those barbaric bombings sent shock waves of anger around the world.', 'barbaric bombings sent shock waves'), 'barbaric bombings');
    assert.strictEqual(shown('The racist propaganda machine churns out lies about our struggle.', 'racist propaganda machine churns out lies'), 'racist propaganda machine');
    assert.strictEqual(shown('The reactionary rulers of all hues shed crocodile tears for the refugees.', 'reactionary rulers of all hues shed crocodile tears'), 'reactionary rulers of all hues');
    assert.strictEqual(shown('They committed barbaric acts in the camps.', 'barbaric acts'), 'barbaric acts', 'no verb inside');
  });

  it('leaves out "the globe" as exaggeration and an invasion named as fear; takes "armed" and its noun in; ends a plural subject before its plain verb (ung20)', () => {
    assert.ok(hidden('The effects of the crisis are felt in many countries around the globe.', 'globe', 'exaggeration'));
    assert.ok(hidden('We urged the junta not to invade its small neighbour.', 'invade', 'appeal-to-fear'));
    assert.ok(!hidden('The hordes will invade and pillage our peaceful villages.', 'invade and pillage', 'appeal-to-fear'), 'another loaded word');
    assert.strictEqual(shown('The regime tried to crush the heroic Namibian armed forces at once.', 'crush the heroic Namibian'), 'crush the heroic Namibian armed forces');
    assert.strictEqual(shown('The racist generals ignore their people\'s will for peace.', 'racist generals ignore their people\'s will'), 'racist generals');
    assert.strictEqual(shown('The racist generals of the regime are to blame.', 'racist generals of the regime'), 'racist generals of the regime', 'no verb inside');
  });

  it('ends a span after the noun of "human", "another" and a compound\'s first noun (ung20)', () => {
    assert.strictEqual(shown('The junta commits gross violations of human rights every day.', 'gross violations of human'), 'gross violations of human rights');
    assert.strictEqual(shown('We must spare our children the horrors of another nuclear war.', 'horrors of another'), 'horrors of another nuclear war');
    assert.strictEqual(shown('The region suffers the scourge of drug trafficking and crime.', 'scourge of drug'), 'scourge of drug trafficking');
    assert.strictEqual(shown('The horrors of another kind await us.', 'horrors of another'), 'horrors of another kind');
  });
  it('leaves out a war\'s or a crisis\'s toll with the war or crisis as what it describes, not a war someone launches (seed-831 audit)', () => {
    assert.ok(hidden('The war between the two neighbours has grown ever more murderous this year.', 'more murderous'));
    assert.ok(hidden('The region has for decades been enduring devastating civil strife.', 'devastating civil strife'));
    assert.ok(hidden('The famine and the fighting deepen the crisis. For the refugees it is a catastrophe without end.', 'catastrophe'));
    assert.ok(!hidden('The junta launched a murderous war against its neighbours.', 'murderous war'), 'a war waged: a charge');
    assert.ok(!hidden('The invaders carried out murderous raids on the villages.', 'murderous raids'), 'raids are no war named');
  });

  it('leaves out the register of concern and disappointment, not a loaded word beside it (seed-831 audit)', () => {
    assert.ok(hidden('We note a disturbing rise in the number of refugees.', 'disturbing rise'));
    assert.ok(hidden('The results of the conference were deeply disappointing.', 'disappointing'));
    assert.ok(hidden('In many regions corruption remains endemic.', 'endemic'));
    assert.ok(hidden('We are gravely concerned at the situation in the region.', 'gravely'));
    assert.ok(hidden('We must weigh the dangers inherent in such a course.', 'dangers', 'appeal-to-fear'));
    assert.ok(!hidden('Our very existence is in danger.', 'danger', 'appeal-to-fear'), 'the singular stays');
    assert.ok(!hidden('This is a disturbing and despicable practice.', 'disturbing and despicable practice'), 'another loaded word');
  });

  it('leaves out roles no one is called by: anyone who would be a tyrant, what is to be done to an aggressor (seed-831 audit)', () => {
    assert.ok(hidden('The tribunal is a warning to would-be dictators everywhere.', 'would-be dictators', 'name-calling'));
    assert.ok(hidden('States must be ready to take enforcement action against the aggressor without delay.', 'aggressor'));
    assert.ok(hidden('A small State may be unable to resist the aggressor alone.', 'aggressor'));
    assert.ok(!hidden('The people of Kuwait were unable to resist the aggressor alone.', 'aggressor'), 'a place named: one aggressor');
    assert.ok(!hidden('The resolution only rewards the aggressor.', 'aggressor'), 'one aggressor spoken of');
    assert.ok(!hidden('The people will never bow to the dictator.', 'dictator', 'name-calling'));
  });

  it('leaves out war and its actors in a history set in a past age, not a charge beside "this century" (seed-831 audit)', () => {
    assert.ok(hidden('In the seventeenth century the bloody wars of succession ravaged the continent.', 'bloody'));
    assert.ok(hidden('For centuries our islands were raided by pirates from the sea.', 'pirates', 'name-calling'));
    assert.ok(hidden('Over hundreds of years the nation resisted invaders of every kind.', 'invaders'));
    assert.ok(!hidden('Throughout this century the people have suffered bloody repression.', 'bloody repression'), 'no past age');
    assert.ok(!hidden('The invaders of our land must withdraw now.', 'invaders'));
  });
  it('starts a span at a plain verb\'s bare loaded noun and ends it before a clause word (seed-831 audit)', () => {
    assert.strictEqual(shown('The rebels set out to sow terror whenever they can.', 'sow terror whenever'), 'terror');
    assert.strictEqual(shown('They resist tyranny wherever it appears.', 'resist tyranny'), 'resist tyranny', 'a verb of struggle stays');
  });

  it('ends a span run into the main clause after a noun in -ed (seed-831 audit)', () => {
    assert.strictEqual(shown('To stop the senseless bloodshed the Council must act at once.', 'senseless bloodshed the Council'), 'senseless bloodshed');
  });

  it('takes the second name of a coordination of places in, not another party after a label (seed-831 audit)', () => {
    assert.strictEqual(shown('We recall the brutal massacres of Kafr Qasim and Deir Yassin.', 'brutal massacres of Kafr Qasim'), 'brutal massacres of Kafr Qasim and Deir Yassin');
    assert.strictEqual(shown('They are backed by the imperialist Powers and Israel.', 'imperialist Powers'), 'imperialist Powers', 'no place named before "and"');
  });

  it('starts a span after "being" and takes a coordinated predicate adjective in (seed-831 audit)', () => {
    assert.strictEqual(shown('The aid was denounced as being wasteful and irresponsible.', 'being wasteful'), 'wasteful and irresponsible');
  });
  it('ends a span before "to" and a plain verb whose object it leaves out (seed-831 audit)', () => {
    assert.strictEqual(shown('They use their vile propaganda to deceive the world.', 'vile propaganda to deceive'), 'vile propaganda');
    assert.strictEqual(shown('The regime is bound to destroy the whole region.', 'bound to destroy'), 'bound to destroy', 'the loaded word is the verb');
  });
  it('leaves out a toll of violence or suffering said of a war, a crisis, a year or a region with no party charged (seed-861 audit)', () => {
    assert.ok(hidden('Millions of civilians live with the horrors of civil war every day.', 'horrors'));
    assert.ok(hidden('The last decade was particularly bloody on the continent.', 'bloody'));
    assert.ok(hidden('Many are ethnic wars, many are border wars, and they are no less bloody for it.', 'bloody'));
    assert.ok(hidden('The fighting went on for years. The villagers have suffered its ravages ever since.', 'ravages'));
    assert.ok(hidden('We see the wars in the Horn of Africa and their terrible humanitarian consequences.', 'terrible humanitarian consequences'));
    assert.ok(hidden('Several small island States are suffering crippling financial crises.', 'suffering crippling financial crises'));
    assert.ok(hidden('The damage it has done to the crops and homes of both peoples is horrendous.', 'horrendous'));
    assert.ok(!hidden('The horrors of the war waged by the junta shock us all.', 'horrors'), 'a party charged by "by"');
    assert.ok(!hidden('The villagers have suffered the ravages of the occupiers.', 'ravages'), 'an actor charged');
    assert.ok(!hidden('The horrors of Pretoria\'s war against Angola continue.', 'horrors'), 'a name\'s possessive');
    assert.ok(!hidden('The results for the people of the camps, year after year and for half a century, have been ever more disastrous.', 'more disastrous'), 'a time that is not the subject');
  });
  it('leaves out "lie(s)" of position with its subject in the span or a distance after it, not lies told (seed-861 audit)', () => {
    assert.ok(hidden('The island of Malta lies only 90 kilometres from Sicily.', 'Malta lies only 90'));
    assert.ok(hidden('That is the path where the future of all Europeans lie.', 'all Europeans lie'));
    assert.ok(!hidden('They never tire of telling blatant lies about our country.', 'blatant lies'));
    assert.ok(!hidden('Where the regime rules, its ministers tell lies every day.', 'lies'), 'lies told');
  });
  it('leaves out "lie(s)" of position after a fronted place, in a question asking where, and "lie down" (code-server look at all speeches)', () => {
    assert.ok(hidden('In the San Francisco Charter lie the keys to a peaceful world.', 'lie'));
    assert.ok(hidden('Beyond peace and security lie man\'s deepest aspirations.', 'lie'));
    assert.ok(hidden('Where does the responsibility for this terrible failure of the international community lie?', 'lie'));
    assert.ok(hidden('Until then the lion will not lie down with the lamb.', 'lie'));
    assert.ok(!hidden('In that speech the minister told the lies his regime needs.', 'lies'), 'lies told');
    assert.ok(!hidden('In its propaganda lies the regime\'s only strength: lies and more lies.', 'more lies'), 'lies the noun, not after the place');
  });

  it('leaves out the idiom "at the greatest peril", not a peril named (seed-861 audit)', () => {
    assert.ok(hidden('Such warnings can be ignored only at the gravest peril to us all.', 'gravest peril', 'appeal-to-fear'));
    assert.ok(!hidden('The nation is in the gravest peril from the invaders.', 'gravest peril', 'appeal-to-fear'), 'a peril named, no idiom');
    assert.ok(!hidden('Drugs put at grave peril the future of our youth.', 'grave peril', 'appeal-to-fear'), 'what is endangered named');
  });

  it('leaves out degree adverbs that grade a feeling of courtesy (seed-861 audit)', () => {
    assert.ok(hidden('We are most warmly and sincerely pleased at your election, Sir.', 'warmly and sincerely'));
    assert.ok(!hidden('They acted shamelessly and cynically against us.', 'shamelessly and cynically'), 'no courtesy after');
  });

  it('takes a war\'s noun in after a span that ends on its compound\'s modifier (seed-861 audit)', () => {
    assert.strictEqual(shown('They dragged the continent into the horror of another civil war in 1990.', 'horror of another civil'), 'horror of another civil war');
    assert.strictEqual(shown('They fear the horror of a world without law.', 'horror of a world'), 'horror of a world', 'no war after');
  });
  it('starts a span after a verb before a modifier and its loaded noun, not after a participle that modifies it (seed-861 audit)', () => {
    assert.strictEqual(shown('The occupiers went on arresting leaders and installing puppet governments.', 'installing puppet governments'), 'puppet governments');
    assert.strictEqual(shown('The agreement should also prevent savage reprisals against the villages.', 'prevent savage reprisals'), 'savage reprisals');
    assert.strictEqual(shown('The people suffer under ruling fascist cliques.', 'ruling fascist cliques'), 'ruling fascist cliques', 'a participle modifies');
  });
  it('leaves out "deplorable" said of a situation with no party, and a toll of riots or a confrontation of a kind (seed-871 audit)', () => {
    assert.ok(hidden('The refugees still live in a deplorable humanitarian situation.', 'deplorable'));
    assert.ok(hidden('In the north the situation remains deplorable for the farmers.', 'deplorable'));
    assert.ok(!hidden('We condemn the deplorable conduct of the occupying forces.', 'deplorable conduct'), 'conduct is a deed');
    assert.ok(!hidden('The deplorable situation created by the regime must end.', 'deplorable situation'), 'a party charged');
    assert.ok(hidden('They were spared the horrors of religious riots.', 'horrors of religious riots'));
    assert.ok(hidden('The province is drifting towards catastrophic racial confrontation.', 'catastrophic racial confrontation'));
    assert.ok(!hidden('They deplore the horrible carnage inflicted on the villagers.', 'horrible carnage'), 'a deed done');
  });

  it('leaves out the toll of bloody or painful events and struggles, and the brutality of war, with no party (seed-901 audit)', () => {
    assert.ok(hidden('The country has lived through twenty years of bloody events and deep divisions.', 'bloody events'));
    assert.ok(hidden('After a long and bloody struggle for independence the nation was born.', 'bloody'));
    assert.ok(hidden('Our grandparents knew the brutality of war at first hand.', 'brutality'));
    assert.ok(hidden('We seek an end to a conflict that is both painful and costly.', 'painful'));
    assert.ok(!hidden('Those horrific events must never be forgotten.', 'horrific'), '"horrific events" may name an attack');
    assert.ok(!hidden('The bloody events at Sharpeville showed what apartheid means.', 'bloody events'), 'apartheid charged');
    assert.ok(!hidden('The brutality of the occupying army knows no bounds.', 'brutality'), 'a party charged');
  });

  it('leaves out a toll whose clause names a natural hazard, a disease or an economic crisis as its cause (seed-901 audit)', () => {
    assert.ok(hidden('We mourn the devastation and suffering brought upon the islands by the recent hurricanes.', 'devastation'));
    assert.ok(hidden('Whole provinces were ravaged by drought and locusts last year.', 'ravaged'));
    assert.ok(hidden('Our exporters were nearly crushed by the global financial crisis of 2008.', 'crushed'));
    assert.ok(hidden('Small islands face the onslaught of natural calamities every year.', 'onslaught'));
    assert.ok(!hidden('The villages were ravaged by the invading army.', 'ravaged'), 'an army is no hazard');
    assert.ok(!hidden('The camps were ravaged, and then hunger came by the spring.', 'ravaged'), 'another clause');
  });

  it('starts a span after a conjunction that opens it (seed-901 audit)', () => {
    assert.strictEqual(shown('Neither threats, nor brutal repression will silence our people.', 'nor brutal repression'), 'brutal repression');
    assert.strictEqual(shown('They answered with lies and cynical manoeuvres.', 'and cynical manoeuvres'), 'cynical manoeuvres');
  });

  it('leaves out the toll of the First or Second World War named, not a world war feared (ung20)', () => {
    assert.ok(hidden('Our parents rebuilt the continent after the horrors of the Second World War.', 'horrors of the Second World War', 'appeal-to-fear'));
    assert.ok(hidden('Few families were spared the devastation of World War II in our region.', 'devastation of World War II'));
    assert.ok(!hidden('We must spare our children the horrors of a third world war.', 'horrors of a third world war', 'appeal-to-fear'), 'a war feared');
    assert.ok(!hidden('The fascist aggressors who unleashed the Second World War were defeated.', 'fascist aggressors'), 'no toll word');
  });

  it('leaves out "the aggressor" after responses coordinated with a verb after "to", not one named (seed-901 and 911 audits)', () => {
    assert.ok(hidden('Collective security means being ready to isolate and punish the aggressor.', 'aggressor'));
    assert.ok(hidden('The Council lacks the means to stop aggression or restrain the aggressor.', 'aggressor'));
    assert.ok(!hidden('We urge Ethiopia to withdraw and punish the aggressor.', 'aggressor'), 'a name in the sentence');
  });

  it('takes the speaker\'s own government or forces for no party charged, and a disease\'s scourge for a hazard\'s toll (seed-911 audit)', () => {
    assert.ok(hidden('Thanks to the work of our Government, the children were spared the horrors of war.', 'horrors'));
    assert.ok(!hidden('Thanks to the work of the Government, the children were spared the horrors of war.', 'horrors'), 'a government named');
    assert.ok(!hidden('They were spared the horrors of war waged by our aggressors.', 'horrors'), 'an aggressor is charged whoever\'s it is');
    assert.ok(hidden('We must not lose the fight against the devastating scourge of malaria.', 'devastating'));
    assert.ok(!hidden('We must not lose the fight against the devastating scourge of apartheid.', 'devastating'), 'no disease');
  });
});
