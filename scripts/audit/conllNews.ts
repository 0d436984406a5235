/**
 * A folder of neutral news for the noise budget: the CoNLL-2003 validation documents (Reuters
 * newswire, 1996) detokenised into one .txt file per `-DOCSTART-` article, one sentence a
 * paragraph (Reuters writes one-sentence paragraphs; pieces of a sentence broken at a line end are
 * joined). The text is not ours: write it outside the
 * repository.
 *
 *   npx tsx scripts/audit/conllNews.ts OUT_DIR [--data CORPORA_DIR] [--split valid]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argValue, corporaDir } from '../rhetoric/ptc';

/** Tokens of one CoNLL document, sentence by sentence. */
export function conllDocuments(text: string): string[][][] {
  const docs: string[][][] = [];
  let sentence: string[] = [];
  const endSentence = () => {
    if (sentence.length && docs.length) docs[docs.length - 1].push(sentence);
    sentence = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      docs.push([]);
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    sentence.push(line.split(' ')[0]);
  }
  endSentence();
  return docs.filter((d) => d.length);
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Tokens back to running text: no space before closing punctuation and clitics, straight double quotes paired. */
export function detokenise(tokens: readonly string[]): string {
  let out = '';
  let openQuote = false;
  let glueNext = false;
  for (const t of tokens) {
    let space = out.length > 0 && !glueNext;
    glueNext = false;
    if (NO_SPACE_BEFORE.has(t)) space = false;
    if (t === '"') {
      if (openQuote) space = false;
      else glueNext = true;
      openQuote = !openQuote;
    }
    if (NO_SPACE_AFTER.has(t)) glueNext = true;
    out += (space ? ' ' : '') + t;
  }
  return out;
}

function main(): void {
  const out = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  if (!out) {
    console.error('usage: conllNews.ts OUT_DIR [--data CORPORA_DIR] [--split valid]');
    process.exit(2);
  }
  const split = argValue('--split') ?? 'valid';
  const docs = conllDocuments(readFileSync(join(corporaDir(), 'conll2003', `${split}.txt`), 'utf8'));
  mkdirSync(out, { recursive: true });
  docs.forEach((sentences, i) => {
    // CoNLL also breaks sentences at the source's line breaks: those pieces are joined again.
    let text = '';
    for (const s of sentences.map(detokenise)) text += !text ? s : /([.?!:"]|\d{4}-\d\d-\d\d)$/.test(text) ? '\n\n' + s : ' ' + s;
    writeFileSync(join(out, `conll-${split}-${String(i + 1).padStart(3, '0')}.txt`), text + '\n');
  });
  console.error(`${docs.length} articles written to ${out}`);
}

if (require.main === module) main();
