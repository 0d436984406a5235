/**
 * Where balanced recall stops (issue 12): on the cross-validation folds of the 304 training
 * articles (fold taggers from `train.ts --cache DIR`, the shipped calibration, cuts and thresholds),
 * per technique: recall of the balanced markers shown, of every candidate of the balanced cut at
 * any confidence (its ceiling), and of the exploratory cut's candidates; then each category's
 * precision at each level.
 *
 *   tsx scripts/rhetoric/ceiling.ts --cache DIR
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RhetoricModel, setRhetoricModel } from '../../server/src/analysis/rhetoric/model';
import { loadRhetoricModel } from '../../server/src/analysis/rhetoric/index';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { FEATURE_VERSION } from '../../server/src/analysis/rhetoric/features';
import { addSi, argValue, corporaDir, emptyCounts, loadPtc, mergeSpans, scores, splitPtc } from './ptc';
import { levelMarkers, measureByTechnique, prepare, Prepared, SENSITIVITIES } from './evaluate';
import type { RhetoricMarker, Sensitivity } from '../../server/src/analysis/types';

const FOLDS = 5;
function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The cross-validation fold of an article (train.ts: foldOf with the salt 'cv'). */
export function cvFoldOf(id: string): number {
  return (fnv('cv' + id) >>> 8) % FOLDS;
}

/** The fold models with the shipped span cuts, calibration and thresholds, and their held-out articles prepared. */
export function foldsWithShippedMeta(cacheDir: string): { model: RhetoricModel; prep: Prepared[] }[] {
  installShippedModels();
  // --model FILE: the calibration, cuts and thresholds of another trained model (its fold taggers by --key).
  const other = argValue('--model');
  const shipped = other ? RhetoricModel.deserialize(fs.readFileSync(other)).meta : loadRhetoricModel().meta;
  const { train, calibrate } = splitPtc(loadPtc(corporaDir()));
  const pool = [...train, ...calibrate];
  // --key: the fold taggers of another trainer setting (train.ts prints no key; it is the files' suffix).
  const key = argValue('--key') ?? fnv(JSON.stringify({ FEATURE_VERSION, epochs: 8, bucketBits: 19, gate: 0.2, skip: [], n: pool.length })).toString(16);
  const out: { model: RhetoricModel; prep: Prepared[] }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const fold = RhetoricModel.deserialize(fs.readFileSync(path.join(cacheDir, `rhetoric-fold${f}-${key}.bin`)));
    const { params, calibration, calibrationMulti, calibrationByCategory, hitCalibration, thresholds, levels } = shipped;
    const model = new RhetoricModel(fold.tagger, { ...fold.meta, params, calibration, calibrationMulti, calibrationByCategory, hitCalibration, thresholds, levels });
    setRhetoricModel(model);
    out.push({ model, prep: prepare(pool.filter((a) => cvFoldOf(a.id) === f), model) });
  }
  return out;
}

/** The fold taggers' folder (`train.ts --cache DIR` wrote them). */
export function cacheArg(): string {
  const dir = argValue('--cache');
  if (!dir) throw new Error('--cache DIR: the folder where train.ts --cache DIR keeps the fold taggers');
  return dir;
}

type Row = { gold: number; r: Record<string, ReturnType<typeof emptyCounts>> };

function main(): void {
  const folds = foldsWithShippedMeta(cacheArg());
  const kinds: Record<string, (p: Prepared, m: RhetoricModel) => readonly { start: number; end: number }[]> = {
    ...Object.fromEntries(SENSITIVITIES.map((s) => [s, (p: Prepared, m: RhetoricModel) => levelMarkers(p, m, s as Sensitivity)])),
    'balanced cut, any confidence': (p, m) => p.candidatesOf(m.forLevel('balanced')),
    'exploratory cut, any confidence': (p, m) => p.candidatesOf(m.forLevel('exploratory')),
  };
  const rows = new Map<string, Row>();
  const all: Row = { gold: 0, r: {} };
  for (const { model, prep } of folds) {
    setRhetoricModel(model);
    for (const p of prep) {
      const got = Object.fromEntries(Object.entries(kinds).map(([k, f]) => [k, mergeSpans(f(p, model) as RhetoricMarker[])]));
      const techniques = new Set(p.article.spans.map((s) => s.technique));
      for (const t of [...techniques, '(all)']) {
        const goldT = t === '(all)' ? p.gold : mergeSpans(p.article.spans.filter((s) => s.technique === t));
        const row = t === '(all)' ? all : rows.get(t) ?? (rows.set(t, { gold: 0, r: {} }), rows.get(t)!);
        row.gold += goldT.length;
        for (const k of Object.keys(kinds)) addSi((row.r[k] ??= emptyCounts()), got[k], goldT);
      }
    }
  }
  console.log(`recall per technique, pooled over ${FOLDS} folds (${folds.reduce((n, f) => n + f.prep.length, 0)} articles)`);
  console.log(`${'technique'.padEnd(40)} spans  ${Object.keys(kinds).map((k) => k.slice(0, 16).padStart(16)).join(' ')}`);
  for (const [t, row] of [...[...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1)), ['(all)', all] as const]) {
    console.log(`${t.padEnd(40)} ${String(row.gold).padStart(5)}  ${Object.keys(kinds).map((k) => scores(row.r[k]).recall.toFixed(3).padStart(16)).join(' ')}`);
  }
  console.log(`precision (all): ${Object.keys(kinds).map((k) => `${k} ${scores(all.r[k]).precision.toFixed(3)}`).join('; ')}`);
  // Precision of each category's markers at each level (against any gold span / the technique's own), pooled over the folds.
  for (const s of SENSITIVITIES) {
    const flat = folds.flatMap((f) => f.prep.map((p) => [p, levelMarkers(p, f.model, s)] as const));
    const markers = new Map(flat);
    const rows = measureByTechnique(flat.map((x) => x[0]), (p) => markers.get(p)!).filter((r) => r.predicted);
    console.log(`${s}: ${rows.map((r) => `${r.technique} P ${r.precision.toFixed(3)} / ${r.precisionSame.toFixed(3)} (${r.predicted})`).join('; ')}`);
  }
}

if (require.main === module) main();
