/**
 * Propaganda Techniques Corpus loading, the fixed train/dev split and the SI span measure.
 * Offsets in the label files count Unicode code points; they are converted to UTF-16 here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly technique: string;
}

export interface PtcArticle {
  readonly id: string;
  readonly text: string;
  /** Technique spans (TC labels), UTF-16 offsets. */
  readonly spans: GoldSpan[];
}

/** Default corpora folder: `DISCOURSE_LENS_CORPORA`, else `../shared/corpora` next to the repository. */
export function corporaDir(argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  if (process.env.DISCOURSE_LENS_CORPORA) return path.resolve(process.env.DISCOURSE_LENS_CORPORA);
  return path.resolve(__dirname, '..', '..', '..', 'shared', 'corpora');
}

export function argValue(name: string, argv: readonly string[] = process.argv): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Maps code point offsets to UTF-16 offsets for one text. */
export function codePointToUtf16(text: string): (cp: number) => number {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { astral = true; break; }
  }
  if (!astral) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/**
 * Loads articles and their spans. Label lines: `<id> TAB <technique> TAB <start> TAB <end>` (TC)
 * or `<id> TAB <start> TAB <end>` (SI, technique left empty).
 */
export function loadArticles(articlesDir: string, labelsFile: string): PtcArticle[] {
  const byId = new Map<string, { text: string; spans: GoldSpan[]; conv: (cp: number) => number }>();
  for (const f of fs.readdirSync(articlesDir).sort()) {
    const m = /^article(\w+)\.txt$/.exec(f);
    if (!m) continue;
    const text = fs.readFileSync(path.join(articlesDir, f), 'utf8').replace(/^\uFEFF/, '');
    byId.set(m[1], { text, spans: [], conv: codePointToUtf16(text) });
  }
  if (fs.existsSync(labelsFile)) {
    for (const line of fs.readFileSync(labelsFile, 'utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      const cols = line.split('\t');
      const a = byId.get(cols[0]);
      if (!a) continue;
      const [technique, s, e] = cols.length >= 4 ? [cols[1], cols[2], cols[3]] : ['', cols[1], cols[2]];
      const start = a.conv(Number(s));
      const end = a.conv(Number(e));
      if (end > start) a.spans.push({ start, end, technique });
    }
  }
  return [...byId.entries()].map(([id, a]) => ({ id, text: a.text, spans: a.spans }));
}

export function loadPtc(dataDir: string): PtcArticle[] {
  const dir = path.join(dataDir, 'ptc');
  return loadArticles(path.join(dir, 'train-articles'), path.join(dir, 'train-task2-TC.labels'));
}

/** FNV-1a of the article id, mod 5: the fixed split rule. */
function splitBucket(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5;
}

/**
 * Three disjoint parts of the PTC training articles, fixed by the id hash: `train` (60%) and
 * `calibrate` (20%), which train.ts learns from (with calibration and sensitivity thresholds
 * cross-validated over both), and `test` (20%), kept aside: used for none of it, it is where the
 * reported figures come from.
 */
export function splitPtc(articles: readonly PtcArticle[]): { train: PtcArticle[]; calibrate: PtcArticle[]; test: PtcArticle[] } {
  const part = (b: (x: number) => boolean) => articles.filter((a) => b(splitBucket(a.id)));
  return { train: part((b) => b >= 2), calibrate: part((b) => b === 1), test: part((b) => b === 0) };
}

export interface Span { readonly start: number; readonly end: number }

/** Merges overlapping gold spans (the SI labels are the TC spans merged). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export interface SiCounts { pSum: number; nPred: number; rSum: number; nGold: number }

export function emptyCounts(): SiCounts { return { pSum: 0, nPred: 0, rSum: 0, nGold: 0 }; }

/** Accumulates the SI measure for one article (predicted S and gold T, both UTF-16 character spans). */
export function addSi(c: SiCounts, pred: readonly Span[], gold: readonly Span[]): void {
  c.nPred += pred.length;
  c.nGold += gold.length;
  for (const s of pred) {
    for (const t of gold) {
      const ov = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (ov <= 0) continue;
      c.pSum += ov / (s.end - s.start);
      c.rSum += ov / (t.end - t.start);
    }
  }
}

export function scores(c: SiCounts): { precision: number; recall: number; f1: number } {
  const precision = c.nPred ? c.pSum / c.nPred : 0;
  const recall = c.nGold ? c.rSum / c.nGold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
