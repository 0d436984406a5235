/**
 * Measures rhetoric markers (lexicon + scare quotes + tagger, as shipped) with the SI span measure:
 * as calibration selects them, and as the product shows them (shownOnly.ts applied too).
 *
 *   npm run eval:rhetoric                         the kept-aside test part of PTC (used neither for
 *       training nor for calibration and thresholds), with per-technique figures; with --train also
 *       the train + calibrate parts the model learned from, for comparison
 *   npm run eval:rhetoric -- --articles DIR --labels FILE   a kept-aside set (PTC format:
 *       DIR/article<ID>.txt; FILE with TC lines `id TAB technique TAB start TAB end` or SI lines
 *       `id TAB start TAB end`, code point offsets)
 *   options: --data DIR (corpora folder), --model FILE
 */
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { findRhetoricMarkers, loadRhetoricModel, setRhetoricModel } from '../../server/src/analysis/rhetoric/index';
import { installShippedModels, loadRhetoricModelFrom } from '../../server/src/node/modelFiles';
import { sensitivityThreshold } from '../../server/src/analysis/rhetoric/index';
import { argValue, corporaDir, loadArticles, loadPtc, PtcArticle, splitPtc } from './ptc';
import { fmt, levelMarkers, measureByTechnique, measureMarkers, prepare, SENSITIVITIES } from './evaluate';

function report(name: string, articles: readonly PtcArticle[], byTechnique = false): void {
  const model = loadRhetoricModel();
  const prep = prepare(articles, model);
  const nGold = prep.reduce((n, p) => n + p.gold.length, 0);
  console.log(`${name}: ${articles.length} articles, ${nGold} gold spans (merged)`);
  for (const s of SENSITIVITIES) {
    const r = measureMarkers(prep, (p) => levelMarkers(p, model, s));
    console.log(`  ${s.padEnd(11)} ${fmt(r)}  (${r.predicted} markers, threshold ${sensitivityThreshold(s, model)}${model.meta.levels?.[s] ? `, own span cut ${JSON.stringify(model.meta.levels[s]!.params)}` : ''})`);
  }
  // What the product shows also leaves out what only it hides (shownOnly.ts), which calibration never sees.
  for (const s of SENSITIVITIES) {
    const r = measureMarkers(prep, (p) => levelMarkers(p, model, s, undefined, true));
    console.log(`  ${s.padEnd(11)} ${fmt(r)}  (${r.predicted} markers as shown, with the rules only the product applies)`);
  }
  if (!byTechnique) return;
  for (const s of SENSITIVITIES) {
    console.log(`  per technique at ${s} (R: all markers against the technique's spans; P: markers of its category against any span / its own spans)`);
    for (const t of measureByTechnique(prep, (p) => levelMarkers(p, model, s))) {
      const p = t.predicted ? `P ${t.precision.toFixed(3)} / ${t.precisionSame.toFixed(3)} (${t.predicted} markers)` : 'P    -  (no category)';
      console.log(`    ${t.technique.padEnd(40)} R ${t.recall.toFixed(3)} (${String(t.gold).padStart(3)} spans)  ${p}`);
    }
  }
}

/** Single-core throughput of segmentation and of the marker finder alone, in MB/s of UTF-16 text. */
function throughput(articles: readonly PtcArticle[]): void {
  const texts = articles.map((a) => a.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const segs = texts.map((t) => segment(t));
  for (const s of segs.slice(0, 20)) findRhetoricMarkers(s, { sensitivity: 'balanced' }); // warm up
  // Best of five timed passes of ~2 MB each: the machine is shared, so the fastest pass is the
  // closest to single-core cost.
  const rounds = Math.max(1, Math.ceil(2e6 / bytes));
  let segSecs = Infinity;
  let secs = Infinity;
  let n = 0;
  for (let rep = 0; rep < 5; rep++) {
    let t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const t of texts) segment(t);
    segSecs = Math.min(segSecs, Number(process.hrtime.bigint() - t0) / 1e9);
    t0 = process.hrtime.bigint();
    n = 0;
    for (let r = 0; r < rounds; r++) for (const s of segs) n += findRhetoricMarkers(s, { sensitivity: 'balanced' }).length;
    secs = Math.min(secs, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const mb = (bytes * rounds) / 1e6;
  console.log(`throughput (${(bytes / 1e6).toFixed(2)} MB x ${rounds}): markers ${(mb / secs).toFixed(1)} MB/s; segment ${(mb / segSecs).toFixed(1)} MB/s; together ${(mb / (secs + segSecs)).toFixed(1)} MB/s (${n} markers a pass)`);
}

function main(): void {
  installShippedModels();
  const modelFile = argValue('--model');
  if (modelFile) setRhetoricModel(loadRhetoricModelFrom(path.resolve(modelFile)));
  const model = loadRhetoricModel();
  console.log(`model: thresholds ${JSON.stringify(model.meta.thresholds)}; ${JSON.stringify(model.meta.info ?? {})}`);
  const articlesDir = argValue('--articles');
  if (articlesDir) {
    const labels = argValue('--labels');
    if (!labels) throw new Error('--articles needs --labels FILE');
    const arts = loadArticles(path.resolve(articlesDir), path.resolve(labels));
    report(`kept-aside (${articlesDir})`, arts);
    throughput(arts);
    return;
  }
  const { train, calibrate, test } = splitPtc(loadPtc(corporaDir()));
  report('test part (kept aside)', test, true);
  if (process.argv.includes('--train')) report('train + calibrate parts (learned from: not unseen)', [...train, ...calibrate]);
  throughput(test);
}

main();
