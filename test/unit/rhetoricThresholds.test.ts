import * as assert from 'node:assert';
import { LevelChoice, levelScore } from '../../scripts/rhetoric/crossValidate';

/** A level's cross-validated figures at one threshold. */
function choice(threshold: number, precision: number, sdPrecision: number, recall: number, sdRecall: number): LevelChoice {
  return { threshold, precision, sdPrecision, recall, sdRecall, f1: (2 * precision * recall) / (precision + recall), minPrecision: precision - 2 * sdPrecision };
}

describe('rhetoric thresholds: how cross-validated figures score against a level\'s targets', () => {
  // The precise level's cross-validated figures at two thresholds of the model retrained in issue 12.
  const looser = choice(0.6, 0.692, 0.053, 0.083, 0.021);
  const stricter = choice(0.63, 0.726, 0.057, 0.072, 0.018);

  it('takes precision a whole spread between folds below the pooled figure, recall as pooled', () => {
    assert.ok(Math.abs(levelScore('precise', looser) - (0.692 - 0.053) / 0.65) < 1e-9);
    assert.ok(Math.abs(levelScore('precise', stricter) - 0.072 / 0.07) < 1e-9);
  });

  it('prefers the threshold whose precision holds a fold below the pooled figure while recall stays above its floor', () => {
    assert.ok(levelScore('precise', stricter) > levelScore('precise', looser));
    // Below the recall floor, recall decides.
    assert.ok(levelScore('precise', choice(0.7, 0.78, 0.05, 0.045, 0.01)) < levelScore('precise', stricter));
  });

  it('scores exploratory by F1 alone', () => {
    assert.strictEqual(levelScore('exploratory', looser), looser.f1);
  });
});
