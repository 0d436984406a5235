import * as assert from 'node:assert';
import { FeatureBuffer } from '../../server/src/analysis/learning';
import { RateTable, RhetoricModel } from '../../server/src/analysis/rhetoric/model';
import { loadRhetoricModel } from '../../server/src/analysis/rhetoric/index';
import { isGated } from '../../server/src/analysis/rhetoric/tagger';
import { assertScoresMatchFeatures, denseTagger } from './helpers/taggerScores';
import { buildContext, extractFeatures } from '../../server/src/analysis/rhetoric/features';
import { formatWordClusters } from '../../server/src/analysis/entities/wordClusters';
import { segment } from '../../server/src/analysis/text/structure';

// Two loaded words PTC's rates may never have seen, in one cluster (as UN speeches put them).
const CLUSTERS = formatWordClusters([
  { path: '1001010010', words: ['heinous', 'odious', 'barbaric'] },
  { path: '0110', words: ['crime', 'act'] },
]);
const RATES = 'crime\t40\t\nact\t40\t\nwar\t40\t\n';

/** The features of the token `word` in `text`, as a set of ids. */
function featuresOf(rates: RateTable, text: string, word: string): Set<number> {
  const d = buildContext(segment(text), rates);
  const i = d.keys.indexOf(word);
  assert.ok(i >= 0, `${word} in ${text}`);
  const buf = new FeatureBuffer(64);
  extractFeatures(d, i, new Int32Array(0), buf);
  return new Set(buf.ids.subarray(0, buf.length));
}

function shared(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

describe('rhetoric tagger: word clusters as features', () => {
  it('gives two unrated words of one cluster features in common that words of no cluster lack', () => {
    const withClusters = RateTable.parse(RATES, '', CLUSTERS);
    const without = RateTable.parse(RATES, '');
    const a = 'It was a heinous crime against the people.';
    const b = 'It was an odious crime against the people.';
    const c = 'It was a peaceful crime against the people.';
    const gain = (x: string, wx: string, y: string, wy: string) => shared(featuresOf(withClusters, x, wx), featuresOf(withClusters, y, wy)) - shared(featuresOf(without, x, wx), featuresOf(without, y, wy));
    // The same neighbours' clusters (none before, crime's after) either way; the word's own
    // cluster at each of the four prefix lengths only with a word of its cluster.
    assert.strictEqual(gain(a, 'heinous', c, 'peaceful'), 2);
    assert.strictEqual(gain(a, 'heinous', b, 'odious'), 6);
  });

  it('gives a word the cluster of its neighbours as context', () => {
    const rates = RateTable.parse(RATES, '', CLUSTERS);
    // 'against' after 'crime' and after 'act' (one cluster, one rate): one more feature in common than after 'war'.
    const crime = featuresOf(rates, 'It was the crime against the people.', 'against');
    const act = featuresOf(rates, 'It was the act against the people.', 'against');
    const war = featuresOf(rates, 'It was the war against the people.', 'against');
    assert.strictEqual(shared(crime, act) - shared(crime, war), 1);
  });

  it('finds the cluster of a word written with a typographic apostrophe, as the clusters were learned', () => {
    const rates = RateTable.parse(RATES, '', formatWordClusters([{ path: '0111', words: ["I'm", "we're"] }]));
    const d = buildContext(segment('I’m appalled, and we’re angry.'), rates);
    const clustered = d.keys.filter((_, i) => d.cluster[i] !== 0);
    assert.strictEqual(clustered.length, 2, d.keys.join(' '));
  });

  it('a model without clusters has the feature set of the shipped tagger (no cluster features)', () => {
    const rates = RateTable.parse(RATES, '');
    assert.strictEqual(rates.clusters, undefined);
    const withClusters = RateTable.parse(RATES, '', CLUSTERS);
    const text = 'It was a heinous crime against the people.';
    // The word's own four prefixes and the prefix of each neighbour: six more features for 'heinous'.
    assert.strictEqual(featuresOf(withClusters, text, 'heinous').size - featuresOf(rates, text, 'heinous').size, 6);
  });
});

describe('rhetoric model: word clusters carried in the model', () => {
  it('reads its clusters from its metadata, and scores by type sums what the features score one by one', () => {
    const shipped = loadRhetoricModel();
    assert.strictEqual(shipped.rates.clusters, undefined);
    // The same dense weights with and without a cluster table.
    const tagger = denseTagger(shipped.tagger.trans.length);
    const plain = new RhetoricModel(tagger, shipped.meta);
    const model = new RhetoricModel(tagger, { ...shipped.meta, clusters: CLUSTERS });
    assert.strictEqual(model.rates.clusters?.lookup('odious'), 0);
    // Sentences that open on a loaded word: a token with no word before it is scored.
    const text = 'Barbaric crimes against the people. Heinous and odious lies of the regime, an act of war.';
    // Without clusters, then with, then without.
    assert.ok(assertScoresMatchFeatures([plain, model, plain], text) > 5);
    for (const m of [plain, model]) assert.ok(!isGated(buildContext(segment(text), m.rates), 0, m.meta.params.gateRate));
  });
});
