import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import {
  RHETORIC_CATEGORIES, findRhetoricMarkers, rhetoricCandidates, findScareQuotes, lemma, loadRhetoricModel, RhetoricModel, trimSpan,
} from '../../server/src/analysis/rhetoric/index';
import { findQuotedSpans, keepsAtDistance } from '../../server/src/analysis/rhetoric/scareQuotes';
import { FeatureBuffer, ModelFormatError } from '../../server/src/analysis/learning';
import { buildContext, extractFeatures } from '../../server/src/analysis/rhetoric/features';
import { isGated, tokenProbabilities } from '../../server/src/analysis/rhetoric/tagger';
import { loadRhetoricModelFrom } from '../../server/src/node/modelFiles';
import type { RhetoricMarker, Sensitivity } from '../../server/src/analysis/types';

// Short excerpts of the seed articles (samples/).
const NO_FLY = 'Dreams of direct NATO intervention and imperialist ‘no-fly’ zones have faded along with hopes that the Western sanctions regime would provoke the Russian oligarchs into launching an anti-Putin coup.';
const PARTNERSHIP = 'Despite all the lessons of the past proving that there can be no agreement with imperialism, Putin is still trying to secure peaceful ‘partnership’.';
const GUARANTEES = 'Putin is clearly seeking a deal which would provide a reactionary utopia where part of the Ukraine is directly under the control of the West in return for worthless ‘guarantees’ that Ukraine would remain neutral.';
const CRIME = 'Hundreds have been dragged before Russian courts charged with the “crime” of spreading “fake news” about the war.';
const MOSCOW = 'Defend Ukraine independence!\nDemand Moscow’s troops out now\n\nAfter a year of waging a near-genocidal war against the Ukrainian people, Russian President Vladimir Putin is trying to put a facade of legitimacy on his regime’s seizure of almost a fifth of the country.';
const SOVIETS = 'This drive can only be defeated in the Ukraine by the working class throughout the country establishing workers’ soviets to defend all their gains.';
const JUNTA = 'Russia must intervene to drive Kiev junta out!';
const FASCIST = 'Their cities are besieged and their army and their fascist legions that they say do not exist have been unable to prevent the Russians from extending their control.';
const IMPERIALISTS = 'The Zelensky clique and the fascist gangs sabotaged the Minsk agreements that could have ended the crisis peacefully; they believed that the imperialists would bail them out whatever happened. Dreams of direct NATO intervention and imperialist ‘no-fly’ zones have faded.';
/** The seed articles, shipped in the repository as samples/. */
const SEEDS = path.join(__dirname, '..', '..', 'samples');

const LEVELS: Sensitivity[] = ['precise', 'balanced', 'exploratory'];

function markers(text: string, sensitivity: Sensitivity = 'exploratory', extra: Partial<Parameters<typeof findRhetoricMarkers>[1]> = {}): RhetoricMarker[] {
  return findRhetoricMarkers(segment(text), { sensitivity, ...extra });
}

function quoted(text: string): string[] {
  return findScareQuotes(text).map((q) => text.slice(q.start, q.end));
}

describe('rhetoric: scare quotes', () => {
  it('finds one- and two-word quotes, single or double, curly or straight', () => {
    assert.deepStrictEqual(quoted(NO_FLY), ['‘no-fly’']);
    assert.deepStrictEqual(quoted(PARTNERSHIP), ['‘partnership’']);
    assert.deepStrictEqual(quoted(GUARANTEES), ['‘guarantees’']);
    assert.deepStrictEqual(quoted(CRIME), ['“crime”', '“fake news”']);
    assert.deepStrictEqual(quoted("a deal with worthless 'guarantees' and \"crime\" here"), ["'guarantees'", '"crime"']);
  });

  it('reports them as scare-quote candidates with exact offsets (shown where their calibrated confidence reaches the level)', () => {
    for (const [text, q] of [[NO_FLY, '‘no-fly’'], [PARTNERSHIP, '‘partnership’'], [GUARANTEES, '‘guarantees’'], [CRIME, '“crime”']]) {
      const c = rhetoricCandidates(segment(text), undefined).find((x) => x.category === 'scare-quote');
      const m = c && { ...c, text: text.slice(c.start, c.end) };
      assert.ok(m, `no scare quote in ${text}`);
      assert.strictEqual(m.text, q);
      assert.strictEqual(m.source, 'scare-quote');
      assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
    assert.strictEqual(markers(NO_FLY).find((x) => x.category === 'scare-quote')?.term, 'no-fly');
    assert.strictEqual(rhetoricCandidates(segment(GUARANTEES), undefined).find((x) => x.category === 'scare-quote')?.term, 'guarantees', 'the text’s word, not its lemma');
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepStrictEqual(quoted(MOSCOW), []);
    assert.deepStrictEqual(quoted(SOVIETS), []);
    assert.deepStrictEqual(quoted('restore rule through workers’ and peasants’ soviets.'), []);
    assert.deepStrictEqual(quoted('Zelensky doesn’t know Putin’s war aims. They’ve certainly been proved wrong.'), []);
    assert.ok(!markers(MOSCOW).some((m) => m.category === 'scare-quote'));
    assert.ok(!markers(SOVIETS).some((m) => m.category === 'scare-quote'));
  });

  it('leaves out full quotations', () => {
    assert.deepStrictEqual(quoted('Putin “arrived in the night like a thief,” the Ukrainian Defense Ministry said.'), []);
    assert.deepStrictEqual(quoted('Alisa Gorshenina says “No to war” in more than a dozen languages.'), []);
    assert.deepStrictEqual(quoted('Lavrov said on Monday: ‘We shouldn’t miss the chance.’'), []);
    assert.deepStrictEqual(quoted('‘Russia is not Putin’\n\nInside Russia opponents of the war continue.'), []);
    assert.deepStrictEqual(quoted('“Freedom,” she said, “is not free.”'), []);
  });
});

describe('rhetoric: scare quotes that mention a word', () => {
  /** Whether the (only) quoted span of `text` would get a scare-quote hint. */
  const hinted = (text: string) => {
    const [q] = findQuotedSpans(text);
    assert.ok(q, text);
    return keepsAtDistance(text, q.start, q.end, text.slice(q.start + 1, q.end - 1));
  };
  it('gives no hint to a period\'s name, nor takes "brand" the noun for a cue (seed-281 audit)', () => {
    assert.strictEqual(hinted('The Balkans are presently in the midst of the so-called “post-Dayton” era of fragile peace.'), false);
    assert.strictEqual(hinted('Their products are sold under the brand “Freedom Cola” across the region.'), false);
    assert.strictEqual(hinted('The occupiers brand them “terrorist gangs” to justify the raids.'), true, 'the verb keeps its cue');
  });

  it('gives no hint where the text talks about the word itself', () => {
    for (const text of [
      'In Kiev today ‘transition’ is the key word, and everyone uses it.',
      'They no longer use the word ‘peace’ in their statements.',
      'The court avoided the term ‘genocide’ throughout.',
      'Even the very phrase ‘national interest’ has changed its meaning.',
      '‘Sovereignty’ has become the watchword of the new government.',
    ]) assert.strictEqual(hinted(text), false, text);
    const both = 'A statement built around the words “credibility” and “democracy”, as always.';
    const [, second] = findQuotedSpans(both);
    assert.strictEqual(keepsAtDistance(both, second.start, second.end, 'democracy'), false);
  });
  it('gives no hint to a term, a list of values, a word game or a mention, as UN speeches quote them', () => {
    for (const text of [
      'For Ukraine, “terror” and “terrorism” are not just words.',
      'Collective action becomes a synonym for “inaction”.',
      'Our words are bound to joint - and I emphasise "joint" - actions.',
      'The key word for the future of economic development is "partnership".',
      'Since that eventuality is as yet unforeseeable as regards the “when” and how, we are convinced.',
      'The 33. The "j\'accuse" of this new Emile Zola compels us not to forget.',
      'In respect of the “globalization” phenomenon and its dimensions.',
      'In the jargon of the industry, the companies were losing profits "upstream", from the producers.',
      'Terms such as "interdependence" are merely empty words.',
      'By “integrated”, I mean that the response must be coherent.',
      'We also hope \'ha\' the good offices of the Organization will prevail.',
      'Once we see it as "ours" it will serve everybody.',
      'Values such as “equality”, “solidarity”, “inclusion” and “tolerance” must become the core of our common values.',
      'The programme is called "Let\'s teach our children" and is going well.',
    ]) {
      const spans = findQuotedSpans(text);
      const q = text.includes('“solidarity”') ? spans[1] : spans[0];
      assert.ok(q, text);
      assert.strictEqual(keepsAtDistance(text, q.start, q.end, text.slice(q.start + 1, q.end - 1)), false, text);
    }
    // A term the speech introduces ("known as ‘…’") is one wherever it is quoted again.
    const zaraguinas = 'Our peasants are undermined by a phenomenon known as “zaraguinas”, or those who block the road. These “zaraguinas” are a reflection of the situation.';
    const [, again] = findQuotedSpans(zaraguinas);
    assert.strictEqual(keepsAtDistance(zaraguinas, again.start, again.end, 'zaraguinas'), false);
  });
  it('asks for the text to mark the distance when a cue is required (the default level)', () => {
    const cue = (text: string) => {
      const [q] = findQuotedSpans(text);
      return keepsAtDistance(text, q.start, q.end, text.slice(q.start + 1, q.end - 1), true);
    };
    assert.strictEqual(cue('Bolstering military “cooperation” with foreign forces.'), false);
    assert.strictEqual(cue('It is now widely recognized that "security" cannot be viewed in military terms alone.'), false);
    for (const text of ['A so-called "peaceful" settlement of the Namibian problem.', 'The imposition of a contrived "constitution" which consolidates minority rule.', 'It is disingenuous to label as "peaceful" nuclear devices.', 'Xi is posturing as “neutral” in the war.']) assert.strictEqual(cue(text), true, text);
    // A name others gave, not the speaker's doubt (seed-149 audit: "What has been called a “culture of development” must extend …").
    assert.strictEqual(cue('What has been called a "system overload" arising from demand.'), false);
  });
  it('takes another\'s label or charge for a cue, not the speaker\'s own naming (ung20)', () => {
    const cue = (text: string) => {
      const [q] = findQuotedSpans(text);
      return keepsAtDistance(text, q.start, q.end, text.slice(q.start + 1, q.end - 1), true);
    };
    for (const text of [
      'It confers on you the title of friend one day, but labels you "reactionary" the next.',
      'The liberation fighters of southern Africa have been labeled "terrorists" by the white minority regimes.',
      'The super-Powers make a great show of friendship and accuse one another of "intervention" in Africa.',
    ]) assert.strictEqual(cue(text), true, text);
    assert.strictEqual(cue('The signpost which points towards the goal of peace should be labeled "disarmament".'), false, 'the speaker names it');
    assert.strictEqual(cue('So much is absorbed by the well-labelled "industry of death".'), false, 'a label the speaker approves');
  });
  it('keeps the hint on words held at a distance', () => {
    for (const text of ['They signed a deal with worthless ‘guarantees’ from Moscow.', 'The so-called ‘peace process’ went nowhere.', 'Their ‘partnership’ was never more than talk.']) assert.strictEqual(hinted(text), true, text);
  });
});

describe('rhetoric: lexicon', () => {
  it('folds regular plurals', () => {
    assert.strictEqual(lemma('imperialists'), 'imperialist');
    assert.strictEqual(lemma('Juntas'), 'junta');
    assert.strictEqual(lemma('atrocities'), 'atrocity');
    assert.strictEqual(lemma('Nazis'), 'nazi');
    assert.strictEqual(lemma('crises'), 'crisis');
    assert.strictEqual(lemma('bourgeois'), 'bourgeois');
    assert.strictEqual(lemma('news'), 'news');
  });

  it('finds junta, fascist and imperialist(s) with their category and one term', () => {
    const junta = markers(JUNTA).find((m) => m.term === 'junta');
    assert.ok(junta, 'junta');
    assert.strictEqual(junta.category, 'name-calling');
    assert.ok(junta.text.includes('junta'));
    const fascist = markers(FASCIST).find((m) => m.term === 'fascist');
    assert.ok(fascist, 'fascist');
    assert.strictEqual(fascist.category, 'name-calling');
    const imp = markers(IMPERIALISTS).filter((m) => m.term === 'imperialist');
    assert.ok(imp.some((m) => /imperialists/.test(m.text)), 'plural');
    assert.ok(imp.some((m) => /imperialist\b/.test(m.text)), 'singular');
    for (const m of imp) assert.strictEqual(m.category, 'name-calling');
  });

  it('marks entries loaded wherever they appear at precise (junta), and leaves words with neutral uses to the tagger', () => {
    assert.ok(markers(JUNTA, 'precise').some((m) => m.term === 'junta' && m.source === 'lexicon'), 'junta at precise');
    assert.ok(markers('They installed a puppet regime and its stooges in Kiev.', 'precise').some((m) => m.term === 'stooge'));
    // In a name it is no label: "the Governing Junta of Nicaragua", "Sham el Sheikh".
    assert.ok(!markers('He wrote to the Co-ordinator of the Governing Junta of Nicaragua and met forces at Sham el Sheikh.', 'precise').some((m) => m.source === 'lexicon'));
    const cands = rhetoricCandidates(segment('The delegation condemned the aggression against a neighbouring State.'), undefined);
    assert.ok(cands.some((c) => c.term === 'aggression' && c.source === 'lexicon' && c.confidence < 0.67), 'aggression needs the tagger');
  });

  it('takes a degree adverb for exaggeration only where the word it intensifies is loaded', () => {
    const lexical = (text: string) => rhetoricCandidates(segment(text), undefined).filter((c) => c.source === 'lexicon').map((c) => c.term);
    assert.ok(!lexical('The situation in the region remains extremely difficult for our people.').includes('extremely'), 'a plain statement');
    assert.ok(!lexical('It is absolutely necessary that the Assembly act now.').includes('absolutely'));
    assert.ok(!lexical('Their policy is extremely dangerous and utterly evil.').includes('extremely'), 'no marker alone');
  });

  it('marks a degree adverb only with the loaded word it intensifies (seed-131 audit: "extremely" alone)', () => {
    const text = 'Lebanon, over the past three years, has suffered an absolutely catastrophic tragedy. That would be extremely dangerous.';
    const shown = rhetoricCandidates(segment(text), undefined).filter((c) => c.source === 'lexicon').map((c) => text.slice(c.start, c.end));
    assert.ok(shown.includes('absolutely catastrophic'), JSON.stringify(shown));
    assert.ok(!shown.includes('absolutely') && !shown.includes('extremely'), JSON.stringify(shown));
  });

  it('keeps two loaded words as two markers when one tagger span holds both', () => {
    const ms = markers('They installed a puppet regime and its stooges in Kiev.', 'precise');
    assert.ok(ms.some((m) => m.term === 'stooge' && m.text === 'stooges'), JSON.stringify(ms));
    assert.ok(ms.every((m) => !m.text.includes('installed')), 'no marker runs past the loaded phrases');
  });

  it('does not mark titles of films and books or critics’ praise', () => {
    const review = 'Audrey Tautou, star of Stephen Frears’ critically-acclaimed film Dirty Pretty Things, said she was proud. Her new film “The Heroic Nation” opens in March.';
    for (const m of markers(review, 'exploratory')) {
      assert.ok(m.source !== 'tagger' || !/film|acclaimed|Dirty Pretty/.test(m.text), `${m.category}: ${m.text}`);
      assert.ok(m.source !== 'scare-quote', `${m.category}: ${m.text}`);
    }
  });

  it('labels markers with the text’s words, without quotes or lemmas', () => {
    const text = 'He called the so-called "grossly unfair" tax completely outrageous, while the minister wept crocodile tears over the "reforms".';
    for (const m of markers(text, 'exploratory')) {
      assert.doesNotMatch(m.term, /["“”‘’]/, m.term);
      if (m.source === 'tagger' || m.source === 'scare-quote') assert.strictEqual(m.term, (m.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).join(' ').toLowerCase());
    }
    assert.ok(markers(text, 'exploratory').some((m) => m.term === 'crocodile tears' || m.term.includes('crocodile tears')));
    // Tagger spans are cut to their words: no function word or punctuation at an edge.
    const seg = segment('The regime embarked on destabilization and naked aggression against the front-line countries, so long as a tyrannical regime “rules”.');
    const span = (from: string, to: string) => {
      const t = seg.tokens;
      let a = 0;
      while (t.text(a) !== from) a++;
      let b = a;
      while (t.text(b) !== to) b++;
      const [x, y] = trimSpan(t, a, b + 1);
      return seg.text.slice(t.starts[x], t.ends[y - 1]);
    };
    assert.strictEqual(span('destabilization', 'the'), 'destabilization and naked aggression');
    assert.strictEqual(span('as', 'rules'), 'tyrannical regime “rules');
    assert.strictEqual(span('so', '.'), 'long as a tyrannical regime “rules');
  });

  it('treats so-called as doubt', () => {
    // A candidate before any threshold: on PTC "so-called" lies inside a span too rarely (about one
    // time in six) to be shown even at exploratory, so the lexicon's category is what is tested.
    const m = rhetoricCandidates(segment('The so-called referendum was held at gunpoint.'), undefined).find((x) => x.term === 'so-called');
    assert.ok(m);
    assert.strictEqual(m.category, 'doubt');
  });

  it('finds multi-word entries', () => {
    const m = markers('They installed a puppet government in Kiev.').find((x) => x.term === 'puppet government');
    assert.ok(m);
    assert.strictEqual(m.category, 'loaded-language');
    // Lexicon hits below every threshold are still candidates ("regime change" is often neutral in PTC).
    const cands = rhetoricCandidates(segment('Washington wanted regime change in Moscow.'), undefined);
    assert.ok(cands.some((x) => x.term === 'regime change' && x.source === 'lexicon' && x.category === 'loaded-language'));
  });

  it('exports categories with labels, descriptions and colours', () => {
    const ids = RHETORIC_CATEGORIES.map((c) => c.id);
    for (const id of ['loaded-language', 'name-calling', 'doubt', 'exaggeration', 'hedge', 'flag-waving', 'slogan', 'thought-terminating-cliche', 'appeal-to-fear', 'reductio-ad-hitlerum', 'scare-quote']) {
      assert.ok(ids.includes(id), id);
    }
    for (const c of RHETORIC_CATEGORIES) {
      assert.match(c.color, /^#[0-9a-f]{6}$/i);
      assert.ok(c.label && c.description);
    }
  });
});

describe('rhetoric: codebook terms', () => {
  const codebookTerms = [
    { term: 'special military operation', category: 'euphemism', variants: ['SMO'] },
    { term: 'liberation', category: 'euphemism' },
  ];
  const text = 'The Special Military Operations went on. Officials called the SMO a liberation, and spoke of liberations to come.';

  it('finds terms and variants case-insensitively and lemma-aware, with confidence 1', () => {
    const found = markers(text, 'precise', { codebookTerms }).filter((m) => m.source === 'codebook');
    assert.deepStrictEqual(found.map((m) => m.text), ['Special Military Operations', 'SMO', 'liberation', 'liberations']);
    for (const m of found) {
      assert.strictEqual(m.category, 'euphemism');
      assert.strictEqual(m.confidence, 1);
    }
    assert.deepStrictEqual([...new Set(found.map((m) => m.term))], ['special military operation', 'liberation']);
  });

  it('matches on word boundaries only', () => {
    const found = markers('A liberationist smoothie.', 'precise', { codebookTerms }).filter((m) => m.source === 'codebook');
    assert.deepStrictEqual(found, []);
  });

  it('wins over lexicon markers', () => {
    const found = markers('the Kiev junta fled', 'exploratory', { codebookTerms: [{ term: 'junta', category: 'mine' }] });
    const j = found.filter((m) => m.text.includes('junta'));
    assert.strictEqual(j.length, 1);
    assert.strictEqual(j[0].source, 'codebook');
    assert.strictEqual(j[0].category, 'mine');
  });
});

describe('rhetoric: markers on the seed articles', () => {
  const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  const samples = files.map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

  it('reads the four seed articles from samples/', () => assert.strictEqual(samples.length, 4));

  it('nests the sensitivity levels: precise ⊆ balanced ⊆ exploratory (by covered characters)', () => {
    for (const text of samples) {
      const seg = segment(text);
      const covered = LEVELS.map((s) => {
        const set = new Uint8Array(text.length);
        for (const m of findRhetoricMarkers(seg, { sensitivity: s })) set.fill(1, m.start, m.end);
        return set;
      });
      for (let k = 1; k < covered.length; k++) {
        for (let i = 0; i < text.length; i++) if (covered[k - 1][i]) assert.ok(covered[k][i], `${LEVELS[k - 1]} ⊄ ${LEVELS[k]} at ${i}`);
      }
      const counts = LEVELS.map((s) => findRhetoricMarkers(seg, { sensitivity: s }).length);
      assert.ok(counts[0] <= counts[1] && counts[1] <= counts[2], String(counts));
    }
  });

  it('returns sorted markers whose offsets slice exactly to their text, without lexical overlaps', () => {
    for (const text of samples) {
      for (const s of LEVELS) {
        const ms = findRhetoricMarkers(segment(text), { sensitivity: s });
        let lastEnd = -1;
        let lastStart = -1;
        for (const m of ms) {
          assert.strictEqual(text.slice(m.start, m.end), m.text);
          assert.ok(m.end > m.start);
          assert.ok(m.start >= lastStart, 'sorted');
          lastStart = m.start;
          assert.ok(m.confidence >= 0 && m.confidence <= 1);
          assert.ok(m.term.length > 0);
          if (m.source !== 'scare-quote') {
            assert.ok(m.start >= lastEnd, `overlap at ${m.start}`);
            lastEnd = m.end;
          }
        }
      }
    }
  });

  it('finds rhetoric at the default (precise) level', () => {
    const counts = samples.map((t) => markers(t, 'precise').length);
    // Three of the four articles are openly polemical; the fourth is a call to action with little loaded vocabulary.
    assert.ok(counts.filter((n) => n > 0).length >= 3, `markers per seed article at precise: ${counts}`);
  });

  it('honours ignore', () => {
    const ms = markers(JUNTA, 'exploratory', { ignore: new Set(['junta']) });
    assert.ok(!ms.some((m) => m.term === 'junta'));
  });
});

describe('rhetoric: token scores', () => {
  // The scorer sums the weights of a word type's own and neighbour features once per type and role:
  // every margin must equal the one from all of the token's features at once, in every document
  // (the sums outlive the document), at sentence edges and in quotes.
  it('gives every token the margin of its full feature set, also when the type sums come from an earlier document', () => {
    const model = loadRhetoricModel();
    const texts = [
      ...fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')),
      IMPERIALISTS, CRIME, MOSCOW, JUNTA, 'Junta!', '“Junta”', 'Peace.',
    ];
    const buf = new FeatureBuffer(64);
    const scores = new Float64Array(2);
    let compared = 0;
    for (const text of [...texts, ...texts]) {
      const d = buildContext(segment(text), model.rates);
      const p = tokenProbabilities(model, d);
      for (let i = 0; i < d.n; i++) {
        if (isGated(d, i, model.meta.params.gateRate)) {
          assert.strictEqual(p[i], -Infinity);
          continue;
        }
        buf.clear();
        extractFeatures(d, i, new Int32Array(0), buf);
        model.tagger.scores(buf, 2, scores);
        assert.strictEqual(p[i], Math.fround(scores[1] - scores[0]), `token ${i} '${d.seg.tokens.text(i)}' of ${JSON.stringify(text.slice(0, 40))}`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `${compared} tokens scored`);
  });
});

describe('rhetoric: robustness', () => {
  it('handles empty and blank text', () => {
    assert.deepStrictEqual(markers(''), []);
    assert.deepStrictEqual(markers('   \n\n  '), []);
  });

  // A guard against run-away (super-linear) work on one long line, without a clock: a generous
  // mocha timeout is the only limit, since timings on a loaded machine prove nothing.
  it('does not hang on a 1 MB single line, and marks every repeat of it', function () {
    this.timeout(120000);
    const unit = 'The imperialist junta and its ‘partnership’ with fascist gangs, so-called “guarantees” and workers’ soviets; ';
    const repeats = Math.ceil(1e6 / unit.length);
    const ms = markers(unit.repeat(repeats), 'exploratory');
    assert.ok(ms.length >= repeats, `${ms.length} markers on ${repeats} repeats`);
    const noSpace = 'x’'.repeat(5e5);
    assert.ok(Array.isArray(markers(noSpace)));
  });

  it('rejects a corrupt model with a clear error', () => {
    const good = loadRhetoricModel().serialize();
    const bad = good.slice();
    bad[bad.length - 10] ^= 0xff;
    assert.throws(() => RhetoricModel.deserialize(bad), (e: Error) => e instanceof ModelFormatError && /corrupt|checksum/i.test(e.message));
    assert.throws(() => RhetoricModel.deserialize(new TextEncoder().encode('not a model')), (e: Error) => e instanceof ModelFormatError);
    assert.throws(() => RhetoricModel.deserialize(good.subarray(0, good.length >> 1)), /truncated|corrupt/i);
  });

  it('ships calibration curves whose knots are all numbers (a knot at -Infinity is written as null and read back as 0)', () => {
    const meta = loadRhetoricModel().meta;
    const curves: [string, [number, number][]][] = [];
    const addAll = (where: string, m: Partial<typeof meta>) => {
      if (m.calibration) curves.push([`${where} calibration`, m.calibration]);
      if (m.calibrationMulti) curves.push([`${where} calibrationMulti`, m.calibrationMulti]);
      for (const [c, k] of Object.entries(m.calibrationByCategory ?? {})) curves.push([`${where} ${c} one`, k.one], [`${where} ${c} multi`, k.multi]);
      for (const [c, k] of Object.entries(m.hitCalibration ?? {})) curves.push([`${where} hits ${c}`, k]);
    };
    addAll('model', meta);
    for (const [level, m] of Object.entries(meta.levels ?? {})) addAll(level, m!);
    assert.ok(curves.length >= 3);
    for (const [name, knots] of curves) {
      for (const [x, y] of knots) assert.ok(Number.isFinite(x) && Number.isFinite(y), `${name}: knot [${x}, ${y}]`);
      for (let k = 1; k < knots.length; k++) assert.ok(knots[k][0] >= knots[k - 1][0], `${name}: knots out of order at ${k}`);
    }
  });

  it('names the model file it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rhetoric-'));
    try {
      const file = path.join(dir, 'rhetoric.bin');
      assert.throws(() => loadRhetoricModelFrom(file), (e: Error) => e.message.includes(file));
      fs.writeFileSync(file, Buffer.from('not a model'));
      assert.throws(() => loadRhetoricModelFrom(file), (e: Error) => e instanceof ModelFormatError && e.message.includes(file));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
