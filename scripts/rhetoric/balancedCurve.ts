/**
 * The balanced level's precision-recall curve on the cross-validation folds (issue 12): for each
 * threshold, pooled P and R over the 5 folds' held-out articles (fold taggers of `train.ts --cache`,
 * the shipped cuts and calibration), each fold's precision and the lowest. Says what recall a
 * threshold set at a stated margin above P 0.5 would give, and whether every fold holds.
 *
 *   tsx scripts/rhetoric/balancedCurve.ts --cache DIR
 */
import { cacheArg, foldsWithShippedMeta } from './ceiling';
import { levelMarkers, measureMarkers, pooledOverFolds } from './evaluate';
import { sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import type { Sensitivity } from '../../server/src/analysis/types';

const folds = foldsWithShippedMeta(cacheArg());
console.log('threshold  pooled P  pooled R  per-fold P (lowest)');
for (let t = 0.3; t <= 0.5 + 1e-9; t += 0.01) {
  const threshold = Math.round(t * 100) / 100;
  const thresholdOf = (s: Sensitivity) => (s === 'balanced' ? threshold : sensitivityThreshold(s, folds[0].model));
  const per = folds.map((f) => measureMarkers(f.prep, (p) => levelMarkers(p, f.model, 'balanced', thresholdOf)));
  const r = pooledOverFolds(per);
  console.log(`${threshold.toFixed(2).padStart(9)}  ${r.precision.toFixed(3).padStart(8)}  ${r.recall.toFixed(3).padStart(8)}  ${r.folds.map((x) => x.toFixed(3)).join(' ')} (${r.lowest.toFixed(3)})`);
}
