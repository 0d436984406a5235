import { NerEngine } from '../../server/src/analysis/entities/tagger';
import { normalizeToken } from '../../server/src/analysis/entities/features';
import { readConll } from './data';
const e = NerEngine.load('server/models');
const orig = (e as any).splitTitleCase;
let shown = 0;
for (const d of readConll('/work/shared/corpora/conll2003/valid.txt')) {
  const words: string[] = []; const starts: number[] = [];
  for (const s of d.sentences) { starts.push(words.length); words.push(...s.words.map(normalizeToken)); }
  (e as any).splitTitleCase = orig; const a = e.spans(words, starts).map((p) => `${words.slice(p.start, p.end).join(' ')}:${p.type}`);
  (e as any).splitTitleCase = () => {}; const b = e.spans(words, starts).map((p) => `${words.slice(p.start, p.end).join(' ')}:${p.type}`);
  const sa = new Set(a), sb = new Set(b);
  const plus = a.filter((x) => !sb.has(x)), minus = b.filter((x) => !sa.has(x));
  if ((plus.length || minus.length) && shown++ < 25) console.log('+', plus.join(' | '), '\n-', minus.join(' | '));
}
