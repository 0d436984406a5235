/**
 * Precision audit of the key terms shown by default (issue 11): the corpus's key terms (the Terms
 * view, highest G² first) and the key terms of a few documents drawn at random, each with its
 * keyness and a line of context, to judge by hand whether an analyst would call it a term
 * characteristic of that corpus or document (`right` y/n).
 *
 *   npx tsx scripts/audit/keyTerms.ts DIR --top 30 --n 50 --docs 5 --seed 7 [--out FILE.tsv]
 *       analyses the .txt files of DIR at the default settings; rows: the corpus's top 30, then
 *       50 more drawn from the rest of its key terms, then 50 drawn from the key terms that
 *       documents drawn at random show (their own key terms), drawing 5 documents at least and
 *       as many as it takes for 50 terms
 *   ... --judge LIST.txt
 *       draws the documents whose key terms are judged only from the files LIST names (one a
 *       line): fresh speeches never audited, in a corpus filled up with others to a realistic size
 *   ... --view
 *       the corpus's top in the Terms view's order (highest G² in a document first, client/src/views/trees.ts),
 *       not the index's (log ratio summed over the documents where a term is key)
 *   npx tsx scripts/audit/audit.ts score FILE.tsv
 *       the share judged right, per part (`code` column: corpus-top, corpus-drawn, document)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { installShippedModels } from '../../server/src/node/modelFiles';
import { drawSample } from './audit';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** The first occurrence of `label` (case-insensitively, as whole words) in `text`, in context. */
function context(text: string, label: string): string {
  const words = label.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  if (!m) return '';
  return clean(`${text.slice(Math.max(0, m.index - 80), m.index)}[[${m[0]}]]${text.slice(m.index + m[0].length, m.index + m[0].length + 80)}`);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    console.error('usage: keyTerms.ts DIR [--top 30] [--n 50] [--docs 5] [--seed 7] [--out FILE.tsv]');
    process.exit(2);
  }
  installShippedModels();
  const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('.')).sort();
  const texts = new Map<string, string>();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '');
    texts.set(f, text);
    corpus.update(f, text);
  }
  const seed = arg('--seed', 7);
  const listed = corpus.index.keyTerms();
  const all = process.argv.includes('--view') ? [...listed].sort((a, b) => (b.keyness?.g2 ?? -Infinity) - (a.keyness?.g2 ?? -Infinity) || b.mentions - a.mentions || a.label.localeCompare(b.label)) : listed;
  const top = all.slice(0, arg('--top', 30));
  const drawn = drawSample(all.slice(top.length), arg('--n', 50), seed);
  // A corpus key term's line: its first use shown in a document where it is key (what the analyst reads), else its first use.
  const keyUses = new Map<string, { file: string; start: number; end: number }>();
  for (const f of files) for (const k of corpus.index.keywordsIn(f)) if (!keyUses.has(k.id)) keyUses.set(k.id, { file: f, start: k.start, end: k.end });
  const where = (label: string, id?: string): { file: string; line: string } => {
    const u = id === undefined ? undefined : keyUses.get(id);
    if (u) {
      const text = texts.get(u.file)!;
      return { file: u.file, line: clean(`${text.slice(Math.max(0, u.start - 80), u.start)}[[${text.slice(u.start, u.end)}]]${text.slice(u.end, u.end + 80)}`) };
    }
    for (const [file, text] of texts) {
      const line = context(text, label);
      if (line) return { file, line };
    }
    return { file: '', line: '' };
  };
  const rows = ['n\tright\tcode\tseverity\tlocation\tmessage\tcontext'];
  const row = (part: string, label: string, g2: number, lr: number, count: number, docs: string, at: { file: string; line: string }) =>
    rows.push([rows.length, '', part, '', at.file, `${label} (G² ${g2.toFixed(1)}, log ratio ${lr.toFixed(2)}, ${count} ${docs})`, at.line].join('\t'));
  for (const t of top) row('corpus-top', t.label, t.keyness?.g2 ?? 0, t.keyness?.logRatio ?? 0, t.mentions, `mentions in ${t.documents} documents`, where(t.label, t.id));
  for (const t of drawn) row('corpus-drawn', t.label, t.keyness?.g2 ?? 0, t.keyness?.logRatio ?? 0, t.mentions, `mentions in ${t.documents} documents`, where(t.label, t.id));
  // What a document shows (highlights, Outline, code lens): its own key terms. Documents are drawn
  // until they show `--n` terms at least, `--docs` documents at least.
  const shown: { file: string; label: string; start: number; end: number; count: number; g2: number; logRatio: number }[] = [];
  let docsDrawn = 0;
  const judgeAt = process.argv.indexOf('--judge');
  const judged = judgeAt > 0 ? new Set(readFileSync(process.argv[judgeAt + 1], 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) : undefined;
  const judgeable = judged ? files.filter((f) => judged.has(f)) : files;
  for (const f of drawSample(judgeable, judgeable.length, seed)) {
    if (docsDrawn >= arg('--docs', 5) && shown.length >= arg('--n', 50)) break;
    docsDrawn++;
    const own = new Map(corpus.index.keyTermsOf(f).map((k) => [k.id, k]));
    const byId = new Map<string, (typeof shown)[number]>();
    for (const k of corpus.index.keywordsIn(f)) {
      const seen = byId.get(k.id);
      if (seen) seen.count++;
      else byId.set(k.id, { file: f, label: k.label, start: k.start, end: k.end, count: 1, g2: own.get(k.id)?.keyness.g2 ?? 0, logRatio: own.get(k.id)?.keyness.logRatio ?? 0 });
    }
    shown.push(...byId.values());
  }
  for (const s of drawSample(shown, arg('--n', 50), seed)) {
    const text = texts.get(s.file)!;
    const line = clean(`${text.slice(Math.max(0, s.start - 80), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 80)}`);
    row('document', s.label, s.g2, s.logRatio, s.count, 'times in this document (its own keyness)', { file: s.file, line });
  }
  console.error(`${shown.length} key terms shown in the ${docsDrawn} documents drawn`);
  const out = process.argv.indexOf('--out') > 0 ? process.argv[process.argv.indexOf('--out') + 1] : undefined;
  if (out) writeFileSync(out, `${rows.join('\n')}\n`);
  else console.log(rows.join('\n'));
  console.error(`${all.length} key terms in the corpus of ${files.length} documents`);
}

main();
