/**
 * Trains the rhetoric span tagger on PTC and writes server/models/rhetoric.bin.
 *
 *   npm run train:rhetoric [-- --data DIR] [--epochs N] [--out FILE]
 *
 * Articles are split 60/20/20 into train / calibrate / test by a hash of the article id (ptc.ts:
 * splitPtc); the test part is not read here. The shipped tagger learns from train + calibrate;
 * its span parameters, calibration (per category, also for lexicon hits and scare quotes) and
 * sensitivity thresholds come from 5-fold cross-validation over the same articles (each fold
 * scored by a tagger trained without it; crossValidate.ts). `--cache DIR` keeps the fold taggers
 * between runs, `--cv-only` stops before the shipped tagger, `--check` writes nothing and fails
 * unless the model file (the shipped one, or `--out`) is byte for byte what this run trains
 * (`npm run check:rhetoric`). `--clusters FILE` adds word-cluster features (a table of
 * `npm run train:clusters`, carried in the model; measured and not shipped: docs/rhetoric-evaluation.md).
 * Mined span rates (how often a lemma / lemma pair lies inside a span) are computed on the
 * training articles; the tagger's own training features use 5-fold cross-fitted rates so that it
 * learns how much to trust a rate on unseen text. Deterministic (fixed seeds, sorted inputs).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { SequenceModel } from '../../server/src/analysis/learning';
import type { TrainingExample } from '../learning/training';
import { trainRhetoricTagger } from './tokenTrainer';
import { segment } from '../../server/src/analysis/text/structure';
import { buildContext, DocContext, extractFeatures, FEATURE_VERSION, pairKey, RateSource } from '../../server/src/analysis/rhetoric/features';
import { isGated } from '../../server/src/analysis/rhetoric/tagger';
import { LevelMeta, RhetoricModel, RhetoricModelMeta, rhetoricTables, setRhetoricModel, TaggerParams } from '../../server/src/analysis/rhetoric/model';
import { TAGGER_CATEGORIES, TECHNIQUE_CATEGORY } from '../../server/src/analysis/rhetoric/categories';
import { builtInLexicon, matchLexicon, tokenKey } from '../../server/src/analysis/rhetoric/lexicon';
import { findScareQuotes } from '../../server/src/analysis/rhetoric/scareQuotes';
import { argValue, corporaDir, loadPtc, mergeSpans, PtcArticle, splitPtc } from './ptc';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { WordClusters } from '../../server/src/analysis/entities/wordClusters';
import { SENSITIVITIES } from './evaluate';
import { describe, evaluateOwnCut, evaluateSetting, Fold, insideFraction, levelScore, round3, Setting } from './crossValidate';
import type { Sensitivity } from '../../server/src/analysis/types';
import { SentenceScorer } from '../../server/src/analysis/rhetoric/sentenceScore';
import { SentenceDoc, sentenceInputOf, trainSentenceScorer } from './sentenceTrainer';

/**
 * Techniques left out of the tagger's training labels and mined rates (--skip a,b): none by
 * default. Argument-level techniques are rarely marked by their words, but leaving their spans
 * out teaches the tagger that their words are plain, and the span measure counts them all
 * (cross-validated F1 0.305 with six left out, 0.332 with none).
 */
const DEFAULT_SKIP = '';
const HARD = new Set((argValue('--skip') ?? DEFAULT_SKIP).split(',').filter(Boolean).map((t) => t.replace(/\+/g, ',')));
const ROOT = path.resolve(__dirname, '..', '..');
const FOLDS = 5;
const SMOOTH = 2;
const MIN_WORD = 2;
const MIN_PAIR = 3;

/**
 * Technique groups of the tagger's in-span labels (--groups NAME, see tokenTrainer.ts): each
 * TAGGER_CATEGORIES index to a group 1..n; techniques without a category (and unlisted ones) go
 * to the last group.
 */
const GROUPS: Record<string, Record<string, number>> = {
  one: {},
  // Loaded and exaggerated words; labels; appeals to the group and stock phrases; the rest.
  four: { 'loaded-language': 1, exaggeration: 1, 'name-calling': 2, 'reductio-ad-hitlerum': 2, 'flag-waving': 3, slogan: 3, 'thought-terminating-cliche': 3 },
  // Techniques marked by their words; the rest (doubt, fear, the argument-level ones).
  two: { 'loaded-language': 1, exaggeration: 1, 'name-calling': 1, 'reductio-ad-hitlerum': 1, 'flag-waving': 1, slogan: 1, 'thought-terminating-cliche': 1 },
};
const GROUP_NAME = argValue('--groups') ?? 'one';
const GROUP_OF = GROUPS[GROUP_NAME];
const GROUP_COUNT = GROUP_NAME === 'one' ? 1 : Math.max(...Object.values(GROUP_OF)) + 1;
/**
 * The trainer's options (tokenTrainer.ts). The defaults are the plain perceptron the shipped model
 * is trained with. Measured by cross-validation and not shipped (docs/rhetoric-evaluation.md, sixth
 * session): `--margin 160 --norm` gave balanced R 0.159 at P 0.553 on the folds for 0.139 at 0.571,
 * but on the kept-aside part lowered precise and exploratory and left balanced short (0.523 / 0.201
 * as shown); weighted updates, technique groups (their mean) and margins 20-80 measured less.
 */
const TRAINER = {
  groups: GROUP_COUNT,
  posWeight: Number(argValue('--pos-weight') ?? 1),
  margin: Number(argValue('--margin') ?? 0),
  norm: process.argv.includes('--norm'),
};

/** Gold tags for the trainer: 0 out, else the technique group of the token's span (1 with one group). */
function groupGold(d: DocTokens): Int32Array {
  if (GROUP_COUNT === 1) return d.gold;
  const g = new Int32Array(d.gold.length);
  for (let i = 0; i < g.length; i++) if (d.gold[i]) g[i] = d.tech[i] >= 0 ? GROUP_OF[TAGGER_CATEGORIES[d.tech[i]]] ?? GROUP_COUNT : GROUP_COUNT;
  return g;
}

interface Counts { n: number; inside: number; cat: Float64Array }

interface DocTokens { article: PtcArticle; keys: string[]; kinds: string[]; gold: Int32Array; tech: Int8Array; fold: number }

/** Fold of an article (the salt gives the cross-validation folds their own assignment). */
function foldOf(id: string, salt = ''): number {
  id = salt + id;
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return (h >>> 8) % FOLDS;
}

/** Token keys and gold in/out labels (a token is in when its middle character is inside a span). */
function tokenLabels(a: PtcArticle): DocTokens {
  const seg = segment(a.text);
  const inside = new Int8Array(a.text.length + 1).fill(-1);
  for (const s of a.spans) {
    if (HARD.has(s.technique)) continue;
    const ci = TECHNIQUE_CATEGORY[s.technique] ? TAGGER_CATEGORIES.indexOf(TECHNIQUE_CATEGORY[s.technique]) : 99;
    for (let i = s.start; i < s.end; i++) if (inside[i] < 0 || inside[i] === 99) inside[i] = ci;
  }
  const n = seg.tokens.length;
  const gold = new Int32Array(n);
  const tech = new Int8Array(n).fill(-1);
  const keys: string[] = [];
  const kinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = seg.tokens.at(i);
    keys.push(tokenKey(t.text, t.kind));
    kinds.push(t.kind);
    const v = inside[(t.start + t.end) >> 1];
    if (v >= 0) {
      gold[i] = 1;
      tech[i] = v === 99 ? -1 : v;
    }
  }
  return { article: a, keys, kinds, gold, tech, fold: foldOf(a.id) };
}

function count(docs: readonly DocTokens[], skipFold = -1): { words: Map<string, Counts>; pairs: Map<string, Counts>; p0: number } {
  const words = new Map<string, Counts>();
  const pairs = new Map<string, Counts>();
  let n = 0;
  let inside = 0;
  const bump = (m: Map<string, Counts>, k: string, g: number, tech: number) => {
    let c = m.get(k);
    if (!c) m.set(k, (c = { n: 0, inside: 0, cat: new Float64Array(TAGGER_CATEGORIES.length) }));
    c.n++;
    c.inside += g;
    if (tech >= 0) c.cat[tech]++;
  };
  for (const d of docs) {
    if (d.fold === skipFold) continue;
    for (let i = 0; i < d.keys.length; i++) {
      if (d.kinds[i] !== 'word') continue;
      n++;
      inside += d.gold[i];
      bump(words, d.keys[i], d.gold[i], d.tech[i]);
      if (i > 0 && d.kinds[i - 1] === 'word') bump(pairs, d.keys[i - 1] + ' ' + d.keys[i], d.gold[i - 1] & d.gold[i], -1);
    }
  }
  return { words, pairs, p0: inside / Math.max(1, n) };
}

function smoothed(c: Counts, p0: number): number {
  return (c.inside + SMOOTH * p0) / (c.n + SMOOTH);
}

/**
 * Word clusters for the tagger's features (--clusters FILE, a table of `npm run train:clusters`),
 * carried in the model's metadata; absent, the model has none.
 */
const CLUSTERS_TEXT = argValue('--clusters') === undefined ? undefined : fs.readFileSync(argValue('--clusters')!, 'utf8');
const CLUSTERS = CLUSTERS_TEXT === undefined ? undefined : WordClusters.parse(CLUSTERS_TEXT, argValue('--clusters'));

function rateSource(words: Map<string, Counts>, pairs: Map<string, Counts>, p0: number): RateSource {
  const wr = new Map<string, number>();
  for (const [k, c] of words) if (c.n >= MIN_WORD) wr.set(k, Math.round(smoothed(c, p0) * 255) / 255);
  const pr = new Map<number, number>();
  for (const [k, c] of pairs) {
    if (c.n < MIN_PAIR) continue;
    const r = smoothed(c, p0);
    if (r < p0 * 1.2 && r > p0 * 0.5) continue; // as in the shipped table
    const sp = k.indexOf(' ');
    pr.set(pairKey(k.slice(0, sp), k.slice(sp + 1)), Math.round(r * 255) / 255);
  }
  return {
    rate: (k) => wr.get(k) ?? -1,
    pairRate: (a, b) => pr.get(pairKey(a, b)) ?? -1,
    pairRateHash: (h) => pr.get(h) ?? -1,
    clusters: CLUSTERS,
  };
}

/**
 * A sentence classifier as a feature of the tagger (--sentences; sentenceScore.ts). Stacked as the
 * mined rates are: the tagger's training features read classifiers trained without the article's
 * inner fold, the model's the one trained on all its articles.
 */
const SENTENCES = process.argv.includes('--sentences');
const sentenceDocOf = new WeakMap<DocTokens, SentenceDoc>();

/** An article's sentences and what the classifier reads of them (its own gold: the labels above). */
function sentenceDoc(d: DocTokens): SentenceDoc {
  let s = sentenceDocOf.get(d);
  if (!s) sentenceDocOf.set(d, (s = { ...sentenceInputOf(d.article.text), gold: d.gold }));
  return s;
}

interface Fitted { model: RhetoricModel; meta0: RhetoricModelMeta; nonZero: number }

/**
 * Fits the tagger, the mined rates and the lexicon priors on `docs`; the returned model has no
 * calibration yet (raw scores) and placeholder thresholds.
 */
function fitModel(docs: readonly DocTokens[], params: TaggerParams, epochs: number, bucketBits: number, log: boolean): Fitted {
  const full = count(docs);
  if (log) console.log(`mined rates: ${full.words.size} lemmas, ${full.pairs.size} pairs, base rate ${full.p0.toFixed(3)}`);
  // Cross-fitted rates for the tagger's own training features.
  const examples: TrainingExample<DocContext>[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const c = count(docs, f);
    const plain = rateSource(c.words, c.pairs, c.p0);
    const src = SENTENCES ? { ...plain, sentences: SentenceScorer.parse(trainSentenceScorer(docs.filter((d) => d.fold !== f).map(sentenceDoc))) } : plain;
    for (const d of docs) {
      if (d.fold !== f) continue;
      const ctx = buildContext(segment(d.article.text), src);
      examples.push({ seq: ctx, length: ctx.n, gold: groupGold(d) });
    }
  }
  examples.sort((a, b) => a.seq.seg.text.length - b.seq.seg.text.length || (a.seq.seg.text < b.seq.seg.text ? -1 : 1));
  const fixed = (d: DocContext, i: number) => (isGated(d, i, params.gateRate) ? 0 : -1);
  // A small bag of perceptrons (different shuffles), their weights averaged: steadier on dev.
  const bag = Number(argValue('--bag') ?? 1);
  const members = [];
  for (let b = 0; b < bag; b++) {
    members.push(trainRhetoricTagger(examples, extractFeatures, {
      bucketBits, epochs, seed: Number(argValue('--seed') ?? 20201) + 7919 * b, fixed, ...TRAINER,
      onEpoch: (e, acc) => log && process.stdout.write(`  model ${b + 1}/${bag} epoch ${e}: accuracy ${acc.toFixed(4)}\r`),
      onVolume: process.argv.includes('--volume') ? (a, c) => console.log(`\nmargin volume: ${a.toFixed(5)} of scored training tokens at >= -10, ${c.toFixed(5)} at >= -40`) : undefined,
    }));
  }
  let tagger = members[0];
  if (bag > 1) {
    const buckets = 1 << bucketBits;
    const w = new Float64Array(buckets * 2);
    const tr = new Float64Array(members[0].trans.length);
    for (const m of members) {
      for (let b = 0; b < buckets; b++) for (let k = 0; k < 2; k++) w[b * 2 + k] += (m.weight(b, k) * m.scale) / bag;
      for (let i = 0; i < tr.length; i++) tr[i] += (m.trans[i] * m.scale) / bag;
    }
    tagger = SequenceModel.quantise(['O', 'I'], bucketBits, w, tr, 2);
  }

  // Rates table, with each lemma's most frequent mapped technique.
  const rateLines: string[] = [];
  for (const [k, c] of [...full.words].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c.n < MIN_WORD || k.includes('\t') || k.includes('\n')) continue;
    let best = -1;
    for (let t = 0; t < c.cat.length; t++) if (c.cat[t] > 0 && (best < 0 || c.cat[t] > c.cat[best])) best = t;
    rateLines.push(`${k}\t${Math.round(smoothed(c, full.p0) * 255)}\t${best >= 0 ? best : ''}`);
  }
  const pairLines: string[] = [];
  for (const [k, c] of [...full.pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c.n < MIN_PAIR || k.includes('\t') || k.includes('\n')) continue;
    const r = smoothed(c, full.p0);
    // Pairs that say nothing beyond the base rate are left out (the bin falls back to "unknown").
    if (r < full.p0 * 1.2 && r > full.p0 * 0.5) continue;
    pairLines.push(`${k}\t${Math.round(r * 255)}`);
  }

  // Lexicon and scare-quote priors: mean fraction of each hit's characters inside gold spans.
  const lex = builtInLexicon();
  const perEntry = new Map<string, { sum: number; n: number }>();
  const perCat = new Map<string, { sum: number; n: number }>();
  const sq = { sum: 0, n: 0 };
  for (const d of docs) {
    const a = d.article;
    const gold = mergeSpans(a.spans);
    const seg = segment(a.text);
    for (const h of matchLexicon(lex, seg.tokens, d.keys)) {
      const fr = insideFraction(gold, h.start, h.end);
      const key = `${h.entry.category}:${h.entry.term}`;
      const e = perEntry.get(key) ?? { sum: 0, n: 0 };
      e.sum += fr; e.n++;
      perEntry.set(key, e);
      const c = perCat.get(h.entry.category) ?? { sum: 0, n: 0 };
      c.sum += fr; c.n++;
      perCat.set(h.entry.category, c);
    }
    for (const q of findScareQuotes(a.text)) {
      sq.sum += insideFraction(gold, q.start, q.end);
      sq.n++;
    }
  }
  const categoryPriors: Record<string, number> = {};
  for (const [c, v] of perCat) categoryPriors[c] = round3((v.sum + 2 * 0.2) / (v.n + 2));
  const priors: Record<string, number> = {};
  const PRIOR_WEIGHT = 4;
  for (const [k, v] of [...perEntry].sort()) {
    const cat = k.slice(0, k.indexOf(':'));
    priors[k] = round3((v.sum + PRIOR_WEIGHT * (categoryPriors[cat] ?? 0.2)) / (v.n + PRIOR_WEIGHT));
  }
  const scareQuotePrior = round3((sq.sum + 4 * 0.3) / (sq.n + 4));
  if (log) console.log(`lexicon priors: ${perEntry.size} entries seen; category priors ${JSON.stringify(categoryPriors)}; scare quotes ${scareQuotePrior} (${sq.n} seen)`);

  const meta0: RhetoricModelMeta = {
    featureVersion: FEATURE_VERSION,
    rates: rateLines.join('\n'),
    pairs: pairLines.join('\n'),
    clusters: CLUSTERS_TEXT,
    sentences: SENTENCES ? trainSentenceScorer(docs.map(sentenceDoc)) : undefined,
    priors,
    categoryPriors,
    scareQuotePrior,
    calibration: [],
    thresholds: { precise: 0.6, balanced: 0.45, exploratory: 0.25 },
    params,
  };
  return { model: new RhetoricModel(tagger, meta0), meta0, nonZero: tagger.nonZero() };
}

/** A comma-separated list of numbers given as an option, else the fallback. */
function argList(name: string, fallback: number[]): number[] {
  const v = argValue(name);
  return v ? v.split(',').map(Number) : fallback;
}

function hashKey(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}

function main(): void {
  installShippedModels();
  const t0 = Date.now();
  const data = corporaDir();
  const epochs = Number(argValue('--epochs') ?? 8);
  const bucketBits = Number(argValue('--bits') ?? 19);
  const out = path.resolve(argValue('--out') ?? path.join(ROOT, 'server', 'models', 'rhetoric.bin'));
  const all = loadPtc(data);
  const { train, calibrate } = splitPtc(all);
  // The tagger learns from train and calibrate together; calibration and thresholds come from
  // 5-fold cross-validation over the same articles (each fold scored by a model that never saw
  // it), so they hold on unseen articles rather than on one small part. The test part is not read.
  const pool = [...train, ...calibrate];
  console.log(`PTC: ${all.length} articles (${pool.length} train + calibrate, cross-validated calibration; the test part kept aside) from ${data}`);

  let params: TaggerParams = {
    tokenThreshold: Number(argValue('--tok') ?? -10),
    extendThreshold: Number(argValue('--ext') ?? -80),
    maxGap: Number(argValue('--gap') ?? 4),
    trim: !process.argv.includes('--no-trim'),
    gateRate: Number(argValue('--gate') ?? 0.2),
    // A gap bridged over a comma or a dash runs a span past its phrase ("witch hunts, today").
    bridgePunct: process.argv.includes('--bridge-punct'),
  };

  const docs = pool.map(tokenLabels);
  const cvFold = (d: DocTokens) => foldOf(d.article.id, 'cv');
  // Fold taggers can be kept between runs (--cache DIR), keyed by everything their training reads.
  const cacheDir = argValue('--cache');
  const cacheKey = hashKey(JSON.stringify({ FEATURE_VERSION, epochs, bucketBits, gate: params.gateRate, skip: [...HARD].sort(), seed: argValue('--seed'), bag: argValue('--bag'), n: docs.length, ...(CLUSTERS_TEXT === undefined ? {} : { clusters: hashKey(CLUSTERS_TEXT) }), ...(SENTENCES ? { sentences: SENTENCES } : {}), ...(GROUP_COUNT > 1 || TRAINER.posWeight !== 1 || TRAINER.margin || TRAINER.norm ? { TRAINER } : {}) }));
  const folds: Fold[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const file = cacheDir && path.join(cacheDir, `rhetoric-fold${f}-${cacheKey}.bin`);
    let model: RhetoricModel;
    if (file && fs.existsSync(file)) model = RhetoricModel.deserialize(fs.readFileSync(file));
    else {
      model = fitModel(docs.filter((d) => cvFold(d) !== f), params, epochs, bucketBits, false).model;
      if (file) { fs.mkdirSync(cacheDir, { recursive: true }); fs.writeFileSync(file, model.serialize()); }
    }
    folds.push({ model, held: docs.filter((d) => cvFold(d) === f).map((d) => d.article) });
    process.stdout.write(`  cross-validation fold ${f + 1}/${FOLDS}: ${folds[f].held.length} held-out articles\r`);
  }

  // Span parameters, calibration and thresholds: the setting with the best cross-validated margins.
  const byCategory = !process.argv.includes('--no-category-calibration');
  const candidates: TaggerParams[] = [];
  for (const tokenThreshold of argList('--tok-grid', [params.tokenThreshold])) {
    for (const extendThreshold of argList('--ext-grid', [-30, -50, params.extendThreshold!])) {
      for (const maxGap of argList('--gap-grid', [2, params.maxGap])) {
        for (const bridgePunct of process.argv.includes('--punct-grid') ? [true, false] : [params.bridgePunct ?? true]) candidates.push({ ...params, tokenThreshold, extendThreshold, maxGap, bridgePunct });
      }
    }
  }
  let best: Setting | undefined;
  for (const p of candidates) {
    const s = evaluateSetting(folds, p, byCategory, !process.argv.includes('--no-hit-calibration'));
    console.log(`\nspan parameters ${JSON.stringify(p)}: score ${s.score.toFixed(3)}`);
    for (const l of SENSITIVITIES) console.log(`  cross-validated ${l.padEnd(11)} ${describe(s.levels[l])}`);
    if (!best || s.score > best.score) best = s;
  }
  const { calibration: cal } = best!;
  const levels = { ...best!.levels };
  params = best!.params;
  const { calibration, calibrationMulti, calibrationByCategory, hitCalibration } = cal;
  console.log(`chosen: ${JSON.stringify(params)}; calibration ${JSON.stringify(calibration)} ${JSON.stringify(calibrationMulti)}; own curves for ${Object.keys(calibrationByCategory).join(', ') || 'no category'}; hit curves for ${Object.keys(hitCalibration ?? {}).join(', ') || 'none'}`);

  // Balanced, then exploratory, may cut spans their own way (a lower token threshold: more and
  // longer spans; optionally not cut to phrases, as PTC's spans are often longer than a phrase) on
  // top of the stricter levels' markers, when that scores better in cross-validation (balanced:
  // the margin to its targets; exploratory: F1).
  const own: Partial<Record<Sensitivity, LevelMeta>> = {};
  const grids: Record<'balanced' | 'exploratory', number[]> = { balanced: argList('--balance-tok-grid', [-25, -15]), exploratory: argList('--explore-tok-grid', [-40, -25]) };
  for (const levelName of ['balanced', 'exploratory'] as const) {
    for (const tokenThreshold of grids[levelName]) {
      for (const extendThreshold of argList('--own-ext-grid', [params.extendThreshold!])) for (const phrases of [true, false]) {
        // The stricter levels' own cut, or a looser one.
        if (tokenThreshold > params.tokenThreshold || (tokenThreshold === params.tokenThreshold && extendThreshold === params.extendThreshold && phrases === (params.phrases ?? true))) continue;
        const current = { precise: levels.precise.threshold, balanced: levels.balanced.threshold, exploratory: levels.exploratory.threshold };
        const cut = evaluateOwnCut(folds, best!, own, current, levelName, { ...params, tokenThreshold, extendThreshold: Math.min(extendThreshold, tokenThreshold), phrases }, byCategory, !process.argv.includes('--no-hit-calibration'));
        console.log(`${levelName} with token threshold ${tokenThreshold}, extension ${extendThreshold}${phrases ? '' : ', spans not cut to phrases'}: ${describe(cut.choice)}${cut.atP55 ? `; at pooled P >= 0.55: ${describe(cut.atP55)}` : ''}`);
        if (levelScore(levelName, cut.choice) > levelScore(levelName, levels[levelName])) {
          levels[levelName] = cut.choice;
          own[levelName] = cut.level;
        }
      }
    }
    // With a cut of its own, balanced is what exploratory must beat (and contain: the levels nest).
    if (levelName === 'balanced' && own.balanced) levels.exploratory = levels.balanced;
  }
  if (own.balanced && !own.exploratory) own.exploratory = own.balanced;
  const thresholds = { precise: levels.precise.threshold, balanced: levels.balanced.threshold, exploratory: levels.exploratory.threshold };

  if (process.argv.includes('--cv-only')) return;
  // The shipped tagger: all train + calibrate articles.
  const final = fitModel(docs, params, epochs, bucketBits, true);
  const trainSecs = (Date.now() - t0) / 1000;
  console.log(`\ntrained in ${trainSecs.toFixed(1)} s; ${final.nonZero} non-zero weights`);
  const meta: RhetoricModelMeta = {
    ...final.meta0, params, calibration, calibrationMulti, calibrationByCategory, hitCalibration, thresholds, levels: Object.keys(own).length ? own : undefined,
    // No clock time here: the file must be a function of the code and the data alone.
    info: { trainedOn: 'PTC train + calibrate parts (80%, FNV-1a id hash); calibration and thresholds by 5-fold cross-validation on them', epochs, bucketBits },
  };
  const model = new RhetoricModel(final.model.tagger, meta);
  const bytes = model.serialize();
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (process.argv.includes('--check')) {
    // The shipped model must be what this code trains from this data (a change to the tokenizer,
    // the sentence splitter, the lexicon or the scare quotes changes the training features).
    const shipped = fs.existsSync(out) ? fs.readFileSync(out) : Buffer.alloc(0);
    const same = Buffer.compare(shipped, Buffer.from(bytes)) === 0;
    console.log(same ? `OK: ${out} is what training produces (sha256 ${sha})` : `DIFFERS: ${out} (sha256 ${createHash('sha256').update(shipped).digest('hex')}) is not what training produces (sha256 ${sha}); retrain with npm run train:rhetoric`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  // The tables the analysis loads as they are (../learning/packTables.ts writes them for a model changed otherwise).
  fs.writeFileSync(`${out}.tables`, rhetoricTables(bytes));
  setRhetoricModel(RhetoricModel.deserialize(bytes));
  console.log(`thresholds ${JSON.stringify(thresholds)}`);
  for (const s of SENSITIVITIES) console.log(`cross-validated ${s.padEnd(11)} ${describe(levels[s])}`);
  console.log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${sha}) in ${trainSecs.toFixed(1)} s`);
}

main();
