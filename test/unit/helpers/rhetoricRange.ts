import * as assert from 'node:assert';
import { segment } from '../../../server/src/analysis/text/structure';
import { loadRhetoricModel } from '../../../server/src/analysis/rhetoric/index';
import { buildContext } from '../../../server/src/analysis/rhetoric/features';

/** The rhetoric document context of a text and the token range of `phrase` (its first occurrence) in it. */
export function rangeOf(text: string, phrase: string) {
  const seg = segment(text);
  const d = buildContext(seg, loadRhetoricModel().rates);
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  let a = 0;
  while (seg.tokens.starts[a] < start) a++;
  let b = a;
  while (b < seg.tokens.length && seg.tokens.ends[b] <= start + phrase.length) b++;
  return { d, a, b, seg };
}
