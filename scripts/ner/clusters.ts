/**
 * Learns word clusters for the entity tagger: `npm run train:clusters -- --out DIR [--data DIR]
 * [--vocab N] [--clusters K] [--iterations N]`; `npm run train:ner -- --clusters DIR/ner.clusters`
 * then trains a tagger that uses them (the shipped one does not: see the README's ablation table).
 *
 * Unlabelled text: the UN General Debate speeches (ungdc/), the PTC training articles and the
 * words of CoNLL-2003 train.txt (never valid.txt), tokenised as the tagger sees them (our
 * tokenizer, normalizeToken; CoNLL's own tokens). The `--vocab` most frequent words (case kept) are
 * clustered by their left and right neighbours, maximising the likelihood of a class bigram model
 * (the objective of Brown et al. 1992):
 *   1. exchange algorithm (Martin, Liermann and Ney 1998) into K flat clusters: each word in turn
 *      moves to the cluster that most increases the objective, until few words move;
 *   2. Brown's agglomerative merging of the K clusters (the pair whose merge loses the least) gives
 *      a binary tree; a word's bit string is the path to its cluster, and its prefixes are coarser
 *      clusters (the tagger uses prefixes of 4, 6, 10 and 20 bits, as Ratinov and Roth 2009).
 * Deterministic: words are visited in frequency order (ties by text), no random choice.
 * Writes DIR/ner.clusters (see entities/wordClusters.ts for the format). 8–10 minutes on the shared
 * 2-core machine under load: 2–4 to read and count the 21.6 M tokens, 3–6 for the exchange, 1 for the tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { currentVocabulary } from '../../server/src/analysis/text/vocabulary';
import { normalizeToken } from '../../server/src/analysis/entities/nerDoc';
import { NER_CLUSTERS_FILE, formatWordClusters } from '../../server/src/analysis/entities/wordClusters';
import { argValue, corporaDir, readConll } from './data';

/** x log x, from a table for small integer counts. */
const F_TABLE_SIZE = 1 << 20;
const fTable = new Float64Array(F_TABLE_SIZE);
for (let x = 1; x < F_TABLE_SIZE; x++) fTable[x] = x * Math.log(x);
function f(x: number): number {
  if (x < F_TABLE_SIZE && x === (x | 0)) return fTable[x];
  return x > 0 ? x * Math.log(x) : 0;
}

function listTexts(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listTexts(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
}

/** The unlabelled corpus as sequences of word strings (one per document or CoNLL sentence). */
function* corpusSequences(data: string): Generator<string[]> {
  const files: string[] = [];
  listTexts(path.join(data, 'ungdc'), files);
  listTexts(path.join(data, 'ptc', 'train-articles'), files);
  if (!files.length) throw new Error(`no unlabelled text found under ${data}/ungdc or ${data}/ptc/train-articles`);
  const normalized = new Map<number, string>();
  for (const file of files) {
    const seg = segment(fs.readFileSync(file, 'utf8'));
    const words = new Array<string>(seg.tokens.length);
    for (let i = 0; i < words.length; i++) {
      const id = seg.tokens.typeIds[i];
      let w = normalized.get(id);
      if (w === undefined) normalized.set(id, (w = normalizeToken(currentVocabulary().text(id))));
      words[i] = w;
    }
    yield words;
  }
  for (const doc of readConll(path.join(data, 'conll2003', 'train.txt'))) for (const s of doc.sentences) yield s.words.map(normalizeToken);
}

interface Bigrams {
  words: string[];
  /** Per word: right neighbours (CSR over rightStart) and counts, excluding the word itself. */
  rightStart: Int32Array; right: Int32Array; rightCount: Float64Array;
  leftStart: Int32Array; left: Int32Array; leftCount: Float64Array;
  self: Float64Array;
  /** Bigrams with the word on the left / right (self included). */
  rightTotal: Float64Array; leftTotal: Float64Array;
}

function countBigrams(data: string, vocabSize: number): Bigrams {
  // The corpus once, as sequences of ids of distinct words (first-seen order).
  const idOf = new Map<string, number>();
  const texts: string[] = [];
  const counts: number[] = [];
  const seqs: Int32Array[] = [];
  let tokens = 0;
  for (const seq of corpusSequences(data)) {
    const ids = new Int32Array(seq.length);
    seq.forEach((w, k) => {
      let id = idOf.get(w);
      if (id === undefined) {
        idOf.set(w, (id = texts.length));
        texts.push(w);
        counts.push(0);
      }
      counts[id]++;
      ids[k] = id;
    });
    tokens += seq.length;
    seqs.push(ids);
  }
  // The clustered vocabulary: the most frequent words (ties by text).
  const order = [...texts.keys()].sort((a, b) => counts[b] - counts[a] || (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0)).slice(0, vocabSize);
  const words = order.map((id) => texts[id]);
  const V = words.length;
  const rank = new Int32Array(texts.length).fill(-1);
  order.forEach((id, r) => (rank[id] = r));
  const pairs = new Map<number, number>();
  for (const ids of seqs) {
    let prev = -1;
    for (let k = 0; k < ids.length; k++) {
      const cur = rank[ids[k]];
      if (prev >= 0 && cur >= 0) {
        const key = prev * V + cur;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      prev = cur;
    }
  }
  console.log(`corpus: ${(tokens / 1e6).toFixed(1)} M tokens, ${texts.length} distinct words, ${V} clustered, ${pairs.size} distinct bigrams among them`);
  const rightN = new Int32Array(V + 1);
  const leftN = new Int32Array(V + 1);
  const self = new Float64Array(V);
  const rightTotal = new Float64Array(V);
  const leftTotal = new Float64Array(V);
  for (const [key, c] of pairs) {
    const a = Math.floor(key / V);
    const b = key - a * V;
    rightTotal[a] += c;
    leftTotal[b] += c;
    if (a === b) self[a] += c;
    else {
      rightN[a + 1]++;
      leftN[b + 1]++;
    }
  }
  for (let i = 0; i < V; i++) {
    rightN[i + 1] += rightN[i];
    leftN[i + 1] += leftN[i];
  }
  const right = new Int32Array(rightN[V]);
  const rightCount = new Float64Array(rightN[V]);
  const left = new Int32Array(leftN[V]);
  const leftCount = new Float64Array(leftN[V]);
  const rFill = rightN.slice(0, V);
  const lFill = leftN.slice(0, V);
  for (const [key, c] of pairs) {
    const a = Math.floor(key / V);
    const b = key - a * V;
    if (a === b) continue;
    right[rFill[a]] = b;
    rightCount[rFill[a]++] = c;
    left[lFill[b]] = a;
    leftCount[lFill[b]++] = c;
  }
  return { words, rightStart: rightN, right, rightCount, leftStart: leftN, left, leftCount, self, rightTotal, leftTotal };
}

/** Exchange algorithm: a flat clustering of the words into K clusters (cluster index per word). */
function exchange(g: Bigrams, K: number, maxIterations: number): Int32Array {
  const V = g.words.length;
  const cl = new Int32Array(V);
  for (let w = 0; w < V; w++) cl[w] = w % K;
  const size = new Int32Array(K);
  for (let w = 0; w < V; w++) size[cl[w]]++;
  const N = new Float64Array(K * K);
  const Nl = new Float64Array(K);
  const Nr = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    const a = cl[w];
    for (let k = g.rightStart[w]; k < g.rightStart[w + 1]; k++) N[a * K + cl[g.right[k]]] += g.rightCount[k];
    N[a * K + a] += g.self[w];
    Nl[a] += g.rightTotal[w];
    Nr[a] += g.leftTotal[w];
  }
  const objective = (): number => {
    let s = 0;
    for (let i = 0; i < K * K; i++) s += f(N[i]);
    for (let c = 0; c < K; c++) s -= f(Nl[c]) + f(Nr[c]);
    return s;
  };
  const R = new Float64Array(K);
  const L = new Float64Array(K);
  const touchedR = new Int32Array(K);
  const touchedL = new Int32Array(K);
  for (let it = 1; it <= maxIterations; it++) {
    const t0 = Date.now();
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cl[w];
      if (size[a] === 1) continue;
      let nR = 0;
      let nL = 0;
      for (let k = g.rightStart[w]; k < g.rightStart[w + 1]; k++) {
        const d = cl[g.right[k]];
        if (R[d] === 0) touchedR[nR++] = d;
        R[d] += g.rightCount[k];
      }
      for (let k = g.leftStart[w]; k < g.leftStart[w + 1]; k++) {
        const d = cl[g.left[k]];
        if (L[d] === 0) touchedL[nL++] = d;
        L[d] += g.leftCount[k];
      }
      const s = g.self[w];
      const rt = g.rightTotal[w];
      const lt = g.leftTotal[w];
      // Take w out of its cluster.
      for (let j = 0; j < nR; j++) N[a * K + touchedR[j]] -= R[touchedR[j]];
      for (let j = 0; j < nL; j++) N[touchedL[j] * K + a] -= L[touchedL[j]];
      N[a * K + a] -= s;
      Nl[a] -= rt;
      Nr[a] -= lt;
      // The gain of putting it into each cluster b.
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let gain = 0;
        const row = b * K;
        for (let j = 0; j < nR; j++) {
          const d = touchedR[j];
          if (d === b) continue;
          const x = N[row + d];
          gain += f(x + R[d]) - f(x);
        }
        for (let j = 0; j < nL; j++) {
          const d = touchedL[j];
          if (d === b) continue;
          const x = N[d * K + b];
          gain += f(x + L[d]) - f(x);
        }
        const bb = N[row + b];
        gain += f(bb + R[b] + L[b] + s) - f(bb);
        gain -= f(Nl[b] + rt) - f(Nl[b]) + f(Nr[b] + lt) - f(Nr[b]);
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          best = b;
        }
      }
      for (let j = 0; j < nR; j++) N[best * K + touchedR[j]] += R[touchedR[j]];
      for (let j = 0; j < nL; j++) N[touchedL[j] * K + best] += L[touchedL[j]];
      N[best * K + best] += s;
      Nl[best] += rt;
      Nr[best] += lt;
      for (let j = 0; j < nR; j++) R[touchedR[j]] = 0;
      for (let j = 0; j < nL; j++) L[touchedL[j]] = 0;
      if (best !== a) {
        cl[w] = best;
        size[a]--;
        size[best]++;
        moved++;
      }
    }
    console.log(`exchange iteration ${it}: ${moved} words moved, objective ${objective().toExponential(6)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (moved < V / 1000) break;
  }
  return cl;
}

/**
 * Brown's agglomerative merging of the flat clusters: repeatedly merges the pair that loses the
 * least of the objective. Returns each cluster's bit string (path from the root; left 0, right 1).
 */
function mergeTree(g: Bigrams, cl: Int32Array, K: number): string[] {
  const V = g.words.length;
  const M = new Float64Array(K * K);
  const Ml = new Float64Array(K);
  const Mr = new Float64Array(K);
  const used = new Uint8Array(K);
  for (let w = 0; w < V; w++) {
    const a = cl[w];
    used[a] = 1;
    for (let k = g.rightStart[w]; k < g.rightStart[w + 1]; k++) M[a * K + cl[g.right[k]]] += g.rightCount[k];
    M[a * K + a] += g.self[w];
    Ml[a] += g.rightTotal[w];
    Mr[a] += g.leftTotal[w];
  }
  // Tree nodes: 0..K-1 leaves, then merges; node of each active cluster.
  const children: [number, number][] = [];
  const nodeOf = new Int32Array(K);
  for (let c = 0; c < K; c++) nodeOf[c] = c;
  let active = [...Array(K).keys()].filter((c) => used[c]);
  while (active.length > 1) {
    const rowF = new Float64Array(K);
    const colF = new Float64Array(K);
    for (const c of active) for (const d of active) {
      rowF[c] += f(M[c * K + d]);
      colF[d] += f(M[c * K + d]);
    }
    let bestA = -1;
    let bestB = -1;
    let bestLoss = Infinity;
    for (let i = 0; i < active.length; i++) {
      const a = active[i];
      for (let j = i + 1; j < active.length; j++) {
        const b = active[j];
        const aa = M[a * K + a], ab = M[a * K + b], ba = M[b * K + a], bb = M[b * K + b];
        let after = f(aa + ab + ba + bb) - f(Ml[a] + Ml[b]) - f(Mr[a] + Mr[b]);
        for (const d of active) {
          if (d === a || d === b) continue;
          after += f(M[a * K + d] + M[b * K + d]) + f(M[d * K + a] + M[d * K + b]);
        }
        const before = rowF[a] + rowF[b] + colF[a] + colF[b] - f(aa) - f(ab) - f(ba) - f(bb) - f(Ml[a]) - f(Ml[b]) - f(Mr[a]) - f(Mr[b]);
        const loss = before - after;
        if (loss < bestLoss) {
          bestLoss = loss;
          bestA = a;
          bestB = b;
        }
      }
    }
    const a = bestA;
    const b = bestB;
    for (const d of active) {
      if (d === a || d === b) continue;
      M[a * K + d] += M[b * K + d];
      M[d * K + a] += M[d * K + b];
    }
    M[a * K + a] += M[a * K + b] + M[b * K + a] + M[b * K + b];
    Ml[a] += Ml[b];
    Mr[a] += Mr[b];
    children.push([nodeOf[a], nodeOf[b]]);
    nodeOf[a] = K + children.length - 1;
    active = active.filter((c) => c !== b);
  }
  const paths = new Array<string>(K).fill('');
  const walk = (node: number, bits: string): void => {
    if (node < K) {
      paths[node] = bits;
      return;
    }
    const [l, r] = children[node - K];
    walk(l, bits + '0');
    walk(r, bits + '1');
  };
  if (active.length === 1) walk(nodeOf[active[0]], '');
  return paths;
}

function main(): void {
  const argv = process.argv.slice(2);
  const data = corporaDir(argv);
  const vocabSize = Number(argValue(argv, '--vocab') ?? 40000);
  const K = Number(argValue(argv, '--clusters') ?? 256);
  const iterations = Number(argValue(argv, '--iterations') ?? 12);
  const out = argValue(argv, '--out');
  if (!out) throw new Error('give the folder for ner.clusters: --out DIR');
  const outDir = path.resolve(out);
  const t0 = Date.now();
  const g = countBigrams(data, vocabSize);
  console.log(`bigrams counted (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const cl = exchange(g, K, iterations);
  const t1 = Date.now();
  const paths = mergeTree(g, cl, K);
  console.log(`cluster tree merged (${((Date.now() - t1) / 1000).toFixed(0)} s); depth ${Math.max(...paths.map((p) => p.length))}`);
  const members: string[][] = paths.map(() => []);
  g.words.forEach((w, i) => members[cl[i]].push(w));
  const text = formatWordClusters(paths.map((p, c) => ({ path: p, words: members[c] })).filter((c) => c.words.length > 0));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, NER_CLUSTERS_FILE), text);
  console.log(`wrote ${path.join(outDir, NER_CLUSTERS_FILE)}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${g.words.length} words in ${members.filter((m) => m.length).length} clusters (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

main();
