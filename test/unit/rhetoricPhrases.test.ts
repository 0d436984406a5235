import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { loadRhetoricModel, rhetoricCandidates } from '../../server/src/analysis/rhetoric/index';
import { buildContext } from '../../server/src/analysis/rhetoric/features';
import { isLiteralUse } from '../../server/src/analysis/rhetoric/literalUse';
import { phraseSpan, withoutBrokenWord } from '../../server/src/analysis/rhetoric/phrase';
import { isPlainUse } from '../../server/src/analysis/rhetoric/plainUse';
import { shownSpan } from '../../server/src/analysis/rhetoric/shownSpan';
import { findRhetoricMarkers, onlyDegreeAdverbs, trimSpan } from '../../server/src/analysis/rhetoric/index';
import { rangeOf } from './helpers/rhetoricRange';

/** Lexicon candidates' terms of a text (what the marker finder would consider). */
function lexicalTerms(text: string): string[] {
  return rhetoricCandidates(segment(text), undefined).filter((c) => c.source === 'lexicon').map((c) => c.term);
}

/** Whether the words `phrase` are used literally, as category `category`. */
function literal(text: string, phrase: string, category = 'loaded-language'): boolean {
  const { d, a, b } = rangeOf(text, phrase);
  return isLiteralUse(d, a, b, category);
}

/** The phrase phraseSpan makes of the words `[from, to)` of a text, the margin peaking at `peak`. */
function phraseOf(text: string, from: string, to: string, peak: string): string {
  const seg = segment(text);
  const d = buildContext(seg, loadRhetoricModel().rates);
  const toks = seg.tokens;
  const index = (w: string) => {
    for (let k = 0; k < toks.length; k++) if (toks.text(k) === w) return k;
    throw new Error(w);
  };
  const p = new Float32Array(toks.length).fill(-5);
  p[index(peak)] = 20;
  const [a, b] = phraseSpan(d, p, index(from), index(to) + 1, -10);
  return text.slice(toks.starts[a], toks.ends[b - 1]);
}

/** The words `[from, to]` of a text as a tagger span's edges leave them (index.ts: trimSpan of withoutBrokenWord). */
function taggerSpans(text: string, from: string, to: string): string[] {
  const seg = segment(text);
  const d = buildContext(seg, loadRhetoricModel().rates);
  const toks = seg.tokens;
  const index = (w: string) => {
    for (let k = 0; k < toks.length; k++) if (toks.text(k) === w) return k;
    throw new Error(w);
  };
  const [a, b] = trimSpan(toks, ...withoutBrokenWord(d, index(from), index(to) + 1));
  return a < b ? [text.slice(toks.starts[a], toks.ends[b - 1])] : [];
}

describe('rhetoric: literal uses of strong words (UN speeches)', () => {
  it('takes war and disaster words describing a disaster, a disease, an economy or a weapon as literal', () => {
    assert.ok(literal('There have been volcanic eruptions in St. Vincent, floods have ravaged Jamaica.', 'ravaged'));
    assert.ok(literal('It is small in comparison to countries that have been devastated by the disease.', 'devastated'));
    assert.ok(literal('Israel has devastating weapons not possessed by any Arab State.', 'devastating'));
    assert.ok(literal('The experience of two devastating wars in the Persian Gulf region is clear.', 'devastating'));
    assert.ok(literal('The fratricidal wars which for some years now have ravaged other African countries.', 'ravaged'));
    assert.ok(literal('The external shocks have had a devastating impact on many of our economies.', 'devastating'));
    assert.ok(literal('Africa must not become a dumping ground for toxic wastes.', 'toxic'));
  });

  it('keeps them loaded where they judge people or acts', () => {
    assert.ok(!literal('The regime pursues a devastating campaign of lies against its own citizens.', 'devastating'));
    assert.ok(!literal('They want to destroy our independence.', 'destroy'));
  });

  it('reads "lie" as the verb of position and "pounds" as money', () => {
    assert.ok(literal('We pledge our support in the tasks that lie ahead.', 'lie'));
    assert.ok(literal('The answer to these problems lies in national efforts.', 'lies'));
    assert.ok(!literal('That is a lie told to the whole world.', 'lie'));
    assert.ok(literal('The project cost 132 million pounds last year.', 'pounds'));
    assert.ok(literal('An ounce of prevention is worth a pound of cure.', 'pound'));
    assert.ok(!literal('Their artillery continued to pound the city.', 'pound'));
    assert.deepStrictEqual(lexicalTerms('We pledge our support in the tasks that lie ahead.'), []);
  });

  it('takes a historical name as a comparison only where the text compares', () => {
    assert.ok(literal('Since the overthrow of the Pol Pot clique the country has recovered.', 'Pol Pot', 'reductio-ad-hitlerum'));
    assert.ok(!literal('Murderers of the Hitler and Pol Pot type remain unpunished.', 'Hitler', 'reductio-ad-hitlerum'));
    assert.ok(!literal('He behaves like a new Hitler in the region.', 'Hitler', 'reductio-ad-hitlerum'));
    assert.ok(!literal('He says Ukraine must be de-Nazified at once.', 'de-Nazified', 'reductio-ad-hitlerum'), 'a polemical coinage');
  });
});

/** Whether the words `phrase` state something plainly, as category `category`. */
function plain(text: string, phrase: string, category = 'loaded-language'): boolean {
  const { d, a, b } = rangeOf(text, phrase);
  return isPlainUse(d, a, b, category);
}

describe('rhetoric: plain statements in strong words (UN speeches)', () => {
  it('reads idioms, a passive "threatened", courtesy and a stance against a label as plain', () => {
    assert.ok(plain('The world economy is trapped in a vicious circle of inflation and slow growth.', 'vicious'));
    assert.ok(plain('We live in a world threatened by all kinds of conflicts.', 'threatened'));
    assert.ok(plain('We are sure that our deliberations will be fruitful.', 'fruitful'));
    assert.ok(plain('The aim is to weaken the genuine anti- imperialist unity of peoples.', 'imperialist', 'name-calling'));
  });

  it('reads "bloodshed" alone and a war\'s or a humanitarian crisis\'s toll as plain (seed-163 audit)', () => {
    assert.ok(plain('The United Nations must redouble its efforts to prevent any further bloodshed in Darfur.', 'bloodshed', 'appeal-to-fear'));
    assert.ok(!plain('The regime unleashed brutal bloodshed on the villages.', 'brutal bloodshed', 'appeal-to-fear'));
    assert.ok(plain('We call for a stop to this long and bloody conflict in order to avert more suffering.', 'bloody'));
    assert.ok(plain('We are talking here about a humanitarian disaster of large scale.', 'humanitarian disaster', 'appeal-to-fear'));
    assert.ok(plain('The recent food crisis, whose devastating effects are being felt in several countries, requires action.', 'devastating effects'));
    assert.ok(!plain('The bloody regime continues its repression of the people.', 'bloody'));
  });

  it('keeps what is loaded', () => {
    assert.ok(!plain('They threatened to destroy the city.', 'threatened'), 'a threat made');
    assert.ok(!plain('Their vicious attacks on civilians continue.', 'vicious'));
    assert.ok(!plain('The imperialist powers weaken the unity of peoples.', 'imperialist', 'name-calling'));
  });

  it('shows no marker on them at any level', () => {
    const text = 'The world economy is trapped in a vicious circle of inflation. We are sure that our deliberations will be fruitful.';
    for (const level of ['precise', 'balanced', 'exploratory'] as const) {
      const shown = findRhetoricMarkers(segment(text), { sensitivity: level });
      assert.ok(!shown.some((m) => /vicious|fruitful/.test(m.text)), `${level}: ${JSON.stringify(shown.map((m) => m.text))}`);
    }
  });
});

describe('rhetoric: spans cut to phrases', () => {
  it('completes a noun phrase cut after its modifier', () => {
    const text = 'Terrorism is the most flagrant violation of international law today.';
    assert.strictEqual(phraseOf(text, 'most', 'international', 'flagrant'), 'most flagrant violation of international law');
  });

  it('stays on the side of a clause word where its strongest word is', () => {
    const text = 'Until recently it seemed that uncertainty would never end and that the vicious circle of rivalry would persist.';
    assert.strictEqual(phraseOf(text, 'uncertainty', 'persist', 'vicious'), 'the vicious circle of rivalry');
  });

  it('leaves out a plain verb before the phrase', () => {
    const text = 'There exists a flagrant and unjust imbalance between the rich and the poor.';
    assert.strictEqual(phraseOf(text, 'exists', 'imbalance', 'flagrant'), 'a flagrant and unjust imbalance');
  });

  it('leaves a plain conjunct out', () => {
    const text = 'They denounce the fascist-led coup and insist on new elections.';
    assert.strictEqual(phraseOf(text, 'fascist-led', 'insist', 'fascist-led'), 'fascist-led coup');
  });

  it('does not cut a name', () => {
    const text = 'We condemn the blatant refusal of South Africa to vacate Namibia.';
    assert.strictEqual(phraseOf(text, 'blatant', 'South', 'blatant'), 'blatant refusal of South Africa');
  });

  it('starts at the determiner after a subject and its verb or after another phrase (seed-131 audit)', () => {
    const text = 'Nothing prevents the Zionist zealots from continuing their occupation.';
    assert.strictEqual(phraseOf(text, 'Nothing', 'zealots', 'zealots'), 'the Zionist zealots');
    const union = 'In July, the European Union again suffered the horror of a major terrorist atrocity.';
    assert.strictEqual(phraseOf(union, 'again', 'atrocity', 'horror'), 'the horror of a major terrorist atrocity');
    // A preposition before the determiner holds the phrase together.
    const ravages = 'We have seen the ravages of the war in our region.';
    assert.strictEqual(phraseOf(ravages, 'ravages', 'war', 'ravages'), 'ravages of the war');
  });

  it('completes a loaded modifier after a determiner with its noun', () => {
    const text = 'The people have suffered the consequences of this bloody conflict for ten years.';
    assert.strictEqual(phraseOf(text, 'consequences', 'bloody', 'bloody'), 'consequences of this bloody conflict');
    // "very" is no modifier whose noun is missing.
    const hard = 'Despite certain flagrant shortcomings throughout the whole of these very hard negotiations we agreed.';
    assert.strictEqual(phraseOf(hard, 'flagrant', 'very', 'flagrant'), 'flagrant shortcomings throughout the whole of these very');
  });

  it('finds no phrase in a degree adverb alone', () => {
    const { d, a, b } = rangeOf('The tensions are becoming extremely dangerous.', 'extremely');
    assert.ok(onlyDegreeAdverbs(d, a, b));
    const other = rangeOf('The tensions are becoming extremely dangerous.', 'extremely dangerous');
    assert.ok(!onlyDegreeAdverbs(other.d, other.a, other.b));
  });

  it('takes in the noun a name modifies, not the verb of a name (seed-131 audit)', () => {
    const text = 'His regime in some ways recalls the deplorable and unfortunate United Nations intervention in the Congo in 1960.';
    assert.strictEqual(phraseOf(text, 'deplorable', 'Nations', 'deplorable'), 'deplorable and unfortunate United Nations intervention');
    const israeli = 'Lebanon suffers the blatant Israeli aggression to which it has been exposed.';
    assert.strictEqual(phraseOf(israeli, 'blatant', 'Israeli', 'blatant'), 'blatant Israeli aggression');
    const acyl = 'The brutal death of Ahmat Acyl did not permit him to see that day.';
    assert.strictEqual(phraseOf(acyl, 'brutal', 'Acyl', 'brutal'), 'brutal death of Ahmat Acyl');
  });

  it('never ends or begins a span inside a word a line break split at its hyphen', () => {
    const social = 'They do not believe the nice words of imperialism and social- imperialism, nor their bluster.';
    assert.deepStrictEqual(taggerSpans(social, 'imperialism', 'social'), ['imperialism']);
    const pro = 'When tyrannical and pro- imperialist regimes fall, the peoples rejoice.';
    assert.deepStrictEqual(taggerSpans(pro, 'imperialist', 'regimes'), ['pro- imperialist regimes']);
  });

  it('cuts a long span between phrases', () => {
    const text = 'Israel desists from its repeated barbaric acts of aggression against the Lebanese people and its land.';
    assert.strictEqual(phraseOf(text, 'barbaric', 'people', 'barbaric'), 'barbaric acts of aggression');
  });
});

/** The words a tagger span over `phrase` is shown with. */
function shown(text: string, phrase: string): string {
  const { d, a, b } = rangeOf(text, phrase);
  const [sa, sb] = shownSpan(d, a, b);
  return text.slice(d.seg.tokens.starts[sa], d.seg.tokens.ends[sb - 1]);
}

describe('rhetoric: plain register, praise and literal wars where markers are shown (seed-173 audit)', () => {
  it('reads condolence and concern as plain unless a loaded word stands beside them', () => {
    assert.ok(plain('We extend our condolences to the families of the victims of those tragic attacks.', 'tragic attacks'));
    assert.ok(plain('My delegation recalls those tragic moments with sorrow.', 'tragic moments'));
    assert.ok(plain('Any such escalation would be extremely dangerous to the stability of the region.', 'extremely dangerous', 'appeal-to-fear'));
    assert.ok(!plain('The present insane and tragic resurgence of fascism haunts us all.', 'insane and tragic resurgence of fascism'));
  });

  it('reads "autonomy" and praise as name calling as plain', () => {
    assert.ok(plain('The Serbs will have all rights, up to the highest level of autonomy.', 'level of autonomy'));
    assert.ok(plain('We commend the courageous struggle of the people of Namibia.', 'courageous struggle', 'name-calling'));
    assert.ok(plain('Two thirds of the cabinet members are influential, non-partisan personalities.', 'non-partisan personalities', 'name-calling'));
    assert.ok(!plain('We commend the courageous struggle of the people of Namibia.', 'courageous struggle', 'flag-waving'), 'only as name calling');
  });

  it('reads terror fought and a war\'s brutality as plain', () => {
    assert.ok(plain('We support the struggle against terror in all its forms.', 'terror', 'appeal-to-fear'));
    assert.ok(!plain('The population lives in terror of the militias.', 'terror', 'appeal-to-fear'));
    assert.ok(plain('This century has seen two brutal world wars.', 'brutal'));
    assert.ok(plain('The brutal conflict in Bosnia has cost thousands of lives.', 'brutal'));
    assert.ok(!plain('The brutal regime continues its repression.', 'brutal'));
    assert.ok(plain('Poverty has tightened its stranglehold on the economies of the South.', 'stranglehold'));
  });
});

describe('rhetoric: the edges a tagger span is shown with (shownSpan.ts, seed-173 audit)', () => {
  it('takes in the noun a phrase was cut before', () => {
    assert.strictEqual(shown('Millions live in the most appalling poverty.', 'most appalling'), 'most appalling poverty');
    assert.strictEqual(shown('The country is threatened by bandits and dissident groups.', 'bandits and dissident'), 'bandits and dissident groups');
    assert.strictEqual(shown('They condemn the barbaric terrorist attacks against the United States.', 'barbaric terrorist'), 'barbaric terrorist attacks');
    assert.strictEqual(shown('This deplorable incident shows how fragile the peace is.', 'deplorable incident'), 'deplorable incident', 'a noun ends it');
    assert.strictEqual(shown('It shows a despicable lack of understanding of the plight of the people.', 'despicable lack of understanding'), 'despicable lack of understanding');
  });

  it('stops before "the most" and starts after a subject and its verb or at a name\'s first word', () => {
    assert.strictEqual(shown('It continues in flagrant disregard of the most vehement opposition.', 'flagrant disregard of the most'), 'flagrant disregard');
    assert.strictEqual(shown('Nicaragua condemns the brutal coup against democracy in Chile.', 'Nicaragua condemns the brutal coup'), 'brutal coup');
    assert.strictEqual(shown('The peoples of Central America struggling against imperialism deserve support.', 'America struggling against imperialism'), 'imperialism');
    assert.strictEqual(shown('They fought against United States imperialism for decades.', 'States imperialism'), 'United States imperialism');
    assert.strictEqual(shown('The Israeli aggression against Lebanon continues.', 'Israeli aggression against Lebanon'), 'Israeli aggression against Lebanon', 'a loaded word after the name');
  });
});

describe('rhetoric: reports, tolls and the speaker\'s stance where markers are shown (seed-191 audit)', () => {
  it('reads a reported toll, a large change, a value named, looting reported and mercenaries as the practice as plain', () => {
    assert.ok(plain('Entire families have been decimated, and millions of children have been orphaned.', 'decimated'));
    assert.ok(plain('Our development gains can be wiped out in a matter of hours.', 'wiped out', 'appeal-to-fear'));
    assert.ok(plain('Their debt goes hand in hand with a dramatic deterioration in the terms of trade.', 'dramatic deterioration'));
    assert.ok(plain('We uphold respect for human dignity and the sanctity of human life.', 'sanctity of human life'));
    assert.ok(plain('Armed gangs engaged in blackmail and looting in the streets of Mogadishu.', 'looting'));
    assert.ok(plain('The Maldives suffered an invasion by mercenaries in November 1988.', 'mercenaries', 'name-calling'));
    assert.ok(plain('We condemn the recruitment, financing and use of mercenaries.', 'mercenaries', 'name-calling'));
  });

  it('keeps them where they are loaded or a label', () => {
    assert.ok(!plain('Economic piracy and the looting of natural resources cannot be tolerated.', 'looting of natural resources'));
    assert.ok(!plain('I declare that the mercenary regime in Jordan is a traitor.', 'mercenary regime', 'name-calling'));
    assert.ok(!plain('The corporations will stop at nothing to loot the natural resources of Namibia.', 'loot the natural resources'));
    assert.ok(!plain('Peru was enmeshed in a dramatic struggle between a corrupt dictatorship and democracy.', 'dramatic struggle between a corrupt dictatorship'));
  });

  it('keeps a war\'s brutality marked where another loaded word stands beside it', () => {
    assert.ok(!plain('The people have endured a mindless and most brutal war for ten years.', 'mindless and most brutal war'));
    assert.ok(plain('The brutal conflict in Bosnia has cost thousands of lives.', 'brutal'));
  });

  it('starts after a possessive, a subject pronoun\'s or an adverb\'s stance verb, and takes in a coordinated modifier\'s noun', () => {
    assert.strictEqual(shown('The latter accepted, but the former\'s blatant refusal blocked the talks.', '\'s blatant refusal'), 'blatant refusal');
    assert.strictEqual(shown('In the north-east we face brutal terrorist movements.', 'north-east we face brutal terrorist movements'), 'brutal terrorist movements');
    assert.strictEqual(shown('We vigorously condemn the hideous massacres of civilians.', 'vigorously condemn the hideous massacres'), 'hideous massacres');
    assert.strictEqual(shown('Cuba has suffered a brutal commercial and financial blockade for decades.', 'brutal commercial'), 'brutal commercial and financial blockade');
    assert.strictEqual(shown('We face the challenges of development together.', 'We face the challenges'), 'We face the challenges', 'no loaded word after the verb');
    assert.strictEqual(shown('Terrorism, which we most vehemently reject and condemn, is a scourge.', 'most vehemently reject and condemn'), 'most vehemently reject and condemn', 'no second verb as its object');
  });
});
