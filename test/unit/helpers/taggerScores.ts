/** Checks on the rhetoric tagger's scorer shared by the feature tests. */
import * as assert from 'node:assert';
import { FeatureBuffer, SequenceModel } from '../../../server/src/analysis/learning';
import type { RhetoricModel } from '../../../server/src/analysis/rhetoric/model';
import { isGated, tokenProbabilities } from '../../../server/src/analysis/rhetoric/tagger';
import { buildContext, extractFeatures } from '../../../server/src/analysis/rhetoric/features';
import { segment } from '../../../server/src/analysis/text/structure';

/** A dense tagger (every bucket weighted), so that any feature a sum leaves out changes a score. */
export function denseTagger(transitions: number, bits = 10): SequenceModel {
  const w = new Float64Array(2 << bits);
  for (let k = 0; k < w.length; k++) w[k] = ((Math.imul(k + 1, 2654435761) >>> 0) % 2001) - 1000;
  return SequenceModel.quantise(['O', 'I'], bits, w, new Float64Array(transitions), 1);
}

/**
 * Each model in turn (a model may come twice: the scorer's sums must not be reused across rate
 * sources) scores every token of `text` it does not gate as its features one by one score it;
 * returns the fewest tokens a model scored.
 */
export function assertScoresMatchFeatures(models: readonly RhetoricModel[], text: string): number {
  const buf = new FeatureBuffer(64);
  const scores = new Float64Array(2);
  let fewest = Infinity;
  for (const [k, m] of models.entries()) {
    const d = buildContext(segment(text), m.rates);
    const p = tokenProbabilities(m, d);
    let scored = 0;
    for (let i = 0; i < d.n; i++) {
      if (isGated(d, i, m.meta.params.gateRate)) continue;
      buf.clear();
      extractFeatures(d, i, new Int32Array(0), buf);
      m.tagger.scores(buf, 2, scores);
      assert.strictEqual(p[i], Math.fround(scores[1] - scores[0]), `model ${k}, token ${i} '${d.seg.tokens.text(i)}'`);
      scored++;
    }
    fewest = Math.min(fewest, scored);
  }
  return fewest;
}
