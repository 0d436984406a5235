/**
 * The benchmark's corpora, all fresh text from the UN General Debate corpus (../shared/corpora/ungdc):
 * a seeded shuffle of its speeches, of which a corpus of N MB takes the first ones until N MB
 * (so a bigger corpus holds the smaller ones, and nothing is repeated); "short news" cuts speeches
 * into files of about 2 KB at paragraph (line) boundaries. Corpora are copied under a temp folder;
 * the whole corpus is read in place.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../learning/training';

export const MB = 1024 * 1024;
/** Short articles: a file is cut at the first paragraph end after this many bytes. */
const SHORT_ARTICLE_BYTES = 2048;

export interface Speech {
  readonly file: string;
  readonly bytes: number;
}

export interface BenchCorpus {
  readonly name: string;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  /** Its files, sorted (for the language server's hovers). */
  readonly paths: readonly string[];
}

/** Deterministic pseudo-random numbers in [0, 1). */
export const rng = mulberry32;

/** Every speech of the corpus (`Session NN - YYYY/ISO_NN_YYYY.txt`), sorted by path. */
export function listSpeeches(root: string): Speech[] {
  const out: Speech[] = [];
  for (const session of fs.readdirSync(root).sort()) {
    const dir = path.join(root, session);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push({ file: path.join(dir, f), bytes: fs.statSync(path.join(dir, f)).size });
  }
  return out;
}

/** The speeches in a seeded order (Fisher–Yates). */
export function shuffled(speeches: readonly Speech[], seed: number): Speech[] {
  const rand = rng(seed);
  const s = [...speeches];
  for (let i = s.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [s[i], s[j]] = [s[j], s[i]];
  }
  return s;
}

/** The first speeches of `order` until `mb` MB. */
export function takeMB(order: readonly Speech[], mb: number): Speech[] {
  const out: Speech[] = [];
  let bytes = 0;
  for (const s of order) {
    if (bytes >= mb * MB) break;
    out.push(s);
    bytes += s.bytes;
  }
  return out;
}

function sorted(dir: string, names: string[]): string[] {
  return names.sort().map((n) => path.join(dir, n));
}

/** The speeches copied into `dir` (file names are unique: ISO code, session, year). */
export function writeSpeeches(name: string, dir: string, speeches: readonly Speech[]): BenchCorpus {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const names: string[] = [];
  for (const s of speeches) {
    const n = path.basename(s.file);
    fs.copyFileSync(s.file, path.join(dir, n));
    names.push(n);
    bytes += s.bytes;
  }
  return { name, dir, files: names.length, bytes, paths: sorted(dir, names) };
}

/** Speeches cut into articles of about 2 KB at paragraph ends, until `mb` MB. */
export function writeShortArticles(name: string, dir: string, order: readonly Speech[], mb: number): BenchCorpus {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const names: string[] = [];
  for (const s of order) {
    if (bytes >= mb * MB) break;
    const lines = fs.readFileSync(s.file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
    let part: string[] = [];
    let partBytes = 0;
    const flush = () => {
      if (!part.length || bytes >= mb * MB) return;
      const text = part.join('\n') + '\n';
      const n = `${path.basename(s.file, '.txt')}-${String(names.length).padStart(5, '0')}.txt`;
      fs.writeFileSync(path.join(dir, n), text);
      names.push(n);
      bytes += Buffer.byteLength(text);
      part = [];
      partBytes = 0;
    };
    for (const l of lines) {
      part.push(l);
      partBytes += Buffer.byteLength(l) + 1;
      if (partBytes >= SHORT_ARTICLE_BYTES) flush();
    }
    flush();
  }
  return { name, dir, files: names.length, bytes, paths: sorted(dir, names) };
}

/** The whole corpus, in place. */
export function wholeCorpus(root: string, speeches: readonly Speech[]): BenchCorpus {
  return { name: 'ungdc-all', dir: root, files: speeches.length, bytes: speeches.reduce((n, s) => n + s.bytes, 0), paths: speeches.map((s) => s.file) };
}

/** About `words` words of speeches (whole paragraphs), as one article: for the re-analysis after an edit. */
export function longArticle(order: readonly Speech[], words: number): string {
  const out: string[] = [];
  let n = 0;
  for (const s of order) {
    for (const l of fs.readFileSync(s.file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (!l.trim()) continue;
      out.push(l);
      n += l.split(/\s+/).filter(Boolean).length;
      if (n >= words) return out.join('\n\n') + '\n';
    }
  }
  return out.join('\n\n') + '\n';
}
