import * as assert from 'node:assert';
import { RateTable } from '../../server/src/analysis/rhetoric/model';
import { pairKey } from '../../server/src/analysis/rhetoric/features';

// The model's rate lines as `split('\n')` and `split('\t')` read them: the parser reads them in place.
describe('rhetoric rate table', () => {
  const rates = 'regime\t204\t3\nutopia\t51\t\nsanction\t102\t-1\nfake\t255\t2\textra\nbare\n\nworthless\t153\t1\r\nregime\t255\t4\n';
  const pairs = 'reactionary utopia\t204\nwestern sanction\t51\n\nfake news\t\nwestern sanction\t255\n';
  const t = RateTable.parse(rates, pairs);

  it('reads word rates and categories, a later line winning', () => {
    assert.strictEqual(t.rate('regime'), 1);
    assert.strictEqual(t.category('regime'), 4);
    assert.strictEqual(t.rate('utopia'), 51 / 255);
    assert.strictEqual(t.category('utopia'), -1);
    assert.strictEqual(t.category('sanction'), -1);
    assert.strictEqual(t.rate('fake'), 1);
    assert.strictEqual(t.category('fake'), 2);
    assert.ok(Number.isNaN(t.rate('bare')));
    assert.strictEqual(t.rate('worthless'), 0.6);
    assert.strictEqual(t.category('worthless'), 1);
    assert.strictEqual(t.rate('absent'), -1);
  });

  it('reads pair rates by their hash key, a later line winning', () => {
    assert.strictEqual(t.pairRate('reactionary', 'utopia'), 0.8);
    assert.strictEqual(t.pairRateHash(pairKey('reactionary', 'utopia')), 0.8);
    assert.strictEqual(t.pairRate('western', 'sanction'), 1);
    assert.strictEqual(t.pairRate('fake', 'news'), 0);
    assert.strictEqual(t.pairRate('reactionary', 'regime'), -1);
  });
});
