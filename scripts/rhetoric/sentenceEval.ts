/**
 * Cross-validated quality of the sentence classifier (sentenceScore.ts) on the PTC train +
 * calibrate articles: accuracy, AUC and the span rate per score bin on held-out folds.
 *
 *   npx tsx scripts/rhetoric/sentenceEval.ts [--bits B] [--epochs E] [--rate R] [--l2 L]
 */
import { SentenceScorer, sentenceBin, SENTENCE_BINS } from '../../server/src/analysis/rhetoric/sentenceScore';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { argValue, corporaDir, loadPtc, splitPtc } from './ptc';
import { cvFoldOf } from './ceiling';
import { SENTENCE_DEFAULTS, sentenceDocOf, sentenceLabel, trainSentenceScorer } from './sentenceTrainer';

installShippedModels();
const { train, calibrate } = splitPtc(loadPtc(corporaDir()));
const o = { ...SENTENCE_DEFAULTS, bits: Number(argValue('--bits') ?? SENTENCE_DEFAULTS.bits), epochs: Number(argValue('--epochs') ?? SENTENCE_DEFAULTS.epochs), rate: Number(argValue('--rate') ?? SENTENCE_DEFAULTS.rate), l2: Number(argValue('--l2') ?? SENTENCE_DEFAULTS.l2) };
const docs = [...train, ...calibrate].map((a) => ({ fold: cvFoldOf(a.id), doc: sentenceDocOf(a) }));
const pts: { p: number; y: number }[] = [];
for (let f = 0; f < 5; f++) {
  const scorer = SentenceScorer.parse(trainSentenceScorer(docs.filter((x) => x.fold !== f).map((x) => x.doc), o));
  for (const x of docs) {
    if (x.fold !== f) continue;
    for (const s of x.doc.sentences) pts.push({ p: scorer.score(x.doc.d, s.firstToken, s.endToken), y: sentenceLabel(x.doc, s) });
  }
}
const pos = pts.filter((p) => p.y).length;
const acc = pts.filter((p) => (p.p >= 0.5 ? 1 : 0) === p.y).length / pts.length;
const sorted = [...pts].sort((a, b) => a.p - b.p);
let rankSum = 0;
sorted.forEach((p, i) => { if (p.y) rankSum += i + 1; });
const auc = (rankSum - (pos * (pos + 1)) / 2) / (pos * (pts.length - pos));
console.log(`${JSON.stringify(o)}: ${pts.length} held-out sentences, ${(pos / pts.length).toFixed(3)} with a span; accuracy ${acc.toFixed(3)}, AUC ${auc.toFixed(3)}`);
const bins = Array.from({ length: SENTENCE_BINS }, () => ({ n: 0, y: 0 }));
for (const p of pts) { const b = bins[sentenceBin(p.p)]; b.n++; b.y += p.y; }
console.log('bins: ' + bins.map((b, i) => `${i}: ${b.n} (${b.n ? (b.y / b.n).toFixed(2) : '-'})`).join('  '));
