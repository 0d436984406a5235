/**
 * The tokenizer against a straightforward reference (regular expressions per character, no
 * vocabulary, no per-type memo) over real text: the sample articles and the UN speech lines quoted
 * in the audits. Everything is built on its tokens, so a faster tokenizer must give them exactly,
 * and each token's type id must be the one the vocabulary gives its text (a word hashed wrongly
 * while it is read would get a second id).
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { ABBREVIATIONS, TOKEN_KINDS, TokenTable, tokenizeInto } from '../../server/src/analysis/text/tokens';
import { Vocabulary } from '../../server/src/analysis/text/vocabulary';

const ROOT = path.resolve(__dirname, '..', '..');

interface RefToken { start: number; end: number; kind: string }

/** JavaScript's \s, and the zero-width space. */
const isSpace = (ch: string) => /^\s$/.test(ch) || ch === '\u200b';
/** Letters, marks and digits, but no space or general punctuation (U+2000–U+206F). */
const isWordText = (ch: string) => /^[\p{L}\p{M}\p{N}]$/u.test(ch) && !/^[\u2000-\u206f]$/.test(ch);
const JOINERS = "'’ʼ-‐.·";
const CREDITS = ['Reuters', 'AFP', 'AP', 'Getty', 'EPA', 'TASS', 'Sputnik', 'Xinhua', 'Bloomberg', 'Shutterstock'];

function referenceTokens(text: string, from = 0, to = text.length): RefToken[] {
  // A character: a high surrogate takes the next code unit with it, as in the tokenizer.
  const width = (i: number) => (/[\ud800-\udbff]/.test(text[i]) && i + 1 < text.length ? 2 : 1);
  const char = (i: number) => text.slice(i, i + width(i));
  const out: RefToken[] = [];
  const words = (s: number, e: number) => {
    const w = text.slice(s, e);
    // Letters tested per UTF-16 unit, as the tokenizer's type classes do.
    const kind = [...Array(w.length).keys()].some((k) => /[\p{L}\p{M}]/u.test(w[k])) ? 'word' : 'number';
    const m = e - s > 3 && /[nN]['’ʼ][tT]$/.test(w) ? 3 : e - s > 2 && /['’ʼ][sS]$/.test(w) ? 2 : 0;
    if (m) {
      const head = text.slice(s, e - m);
      out.push({ start: s, end: e - m, kind: [...Array(head.length).keys()].some((k) => /[\p{L}\p{M}]/u.test(head[k])) ? 'word' : 'number' });
      out.push({ start: e - m, end: e, kind: 'word' });
    } else out.push({ start: s, end: e, kind });
  };
  let i = from;
  while (i < to) {
    const ch = char(i);
    if (isSpace(text[i])) { i++; continue; }
    if (!isWordText(ch)) {
      let j = i + ch.length;
      if (ch === '.' || ch === '-') while (j < to && text[j] === ch) j++;
      out.push({ start: i, end: j, kind: 'punct' });
      i = j;
      continue;
    }
    let j = i + ch.length;
    for (;;) {
      while (j < to && isWordText(char(j))) j += width(j);
      if (j + 1 < to && JOINERS.includes(text[j]) && isWordText(char(j + 1))) { j++; continue; }
      break;
    }
    const lower = text.slice(i, j).toLowerCase();
    if (text[j] === '.' && j < to && (ABBREVIATIONS.has(lower) || /^[A-Z]$/.test(text.slice(i, j)) || /^(?:\p{L}\.)+\p{L}$/u.test(lower))) j++;
    let credit = 0;
    if (/^[A-Z]$/.test(text[i]) && j - i > 4) {
      const name = CREDITS.find((n) => text.startsWith(n, i) && /^\p{Lu}\p{Ll}/u.test(text.slice(i + n.length)));
      if (name && i + name.length < j) credit = name.length;
    }
    if (credit) words(i, i + credit);
    words(i + credit, j);
    i = j;
  }
  return out;
}

/** Real text: the sample articles, and the quoted lines of every audit table. */
function realTexts(): string[] {
  const samples = readdirSync(path.join(ROOT, 'samples')).map((f) => readFileSync(path.join(ROOT, 'samples', f), 'utf8'));
  const audits = path.join(ROOT, 'docs', 'audits');
  const tables = readdirSync(audits).filter((f) => f.endsWith('.tsv')).sort().map((f) => readFileSync(path.join(audits, f), 'utf8'));
  return [...samples, ...tables];
}

describe('tokenizer against a reference', () => {
  it('gives the reference tokens, and the vocabulary id of each token text, over real text and hard cases', () => {
    const hard = [
      "Reuters'Crimean ReutersCrimean AFPWorld APNews Mr. U.S. J. e.g. i.e. U.S.A. Feb. ST. Putin's don't DON'T Moscow’s isn’t ’s n't",
      'Зеленский “мир” 習近平 😀 Ολυμπία’s 𝐀𝐁 x\u0301y é.g. São ١٢٣ co-op counter‐revolution l·l ...... -- — – 1,000.50 3.14. end.',
      'a\u00a0b\u200bc\ufeffd\u3000e\u2028f tab\there',
    ];
    const texts = [...hard, ...realTexts()];
    let tokens = 0;
    for (const text of texts) {
      const vocabulary = new Vocabulary();
      // Tokenized by paragraph ranges as the segmenter does, and whole.
      for (const [from, to] of [[0, text.length], [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3)]]) {
        const table = tokenizeInto(new TokenTable(vocabulary), text, from, to);
        const expected = referenceTokens(text, from, to);
        const got: RefToken[] = [];
        for (let i = 0; i < table.length; i++) {
          got.push({ start: table.starts[i], end: table.ends[i], kind: TOKEN_KINDS[table.kinds[i]] });
          const word = text.slice(table.starts[i], table.ends[i]);
          assert.strictEqual(vocabulary.text(table.typeIds[i]), word);
          assert.strictEqual(vocabulary.id(word), table.typeIds[i], `one id per word: ${JSON.stringify(word)}`);
        }
        const first = got.findIndex((t, k) => JSON.stringify(t) !== JSON.stringify(expected[k]));
        assert.strictEqual(first < 0 && got.length === expected.length, true,
          `first difference at token ${first}: ${JSON.stringify(got[first])} vs ${JSON.stringify(expected[first])} in ${JSON.stringify(text.slice(Math.max(0, (got[first]?.start ?? 0) - 30), (got[first]?.end ?? 0) + 30))}`);
        tokens += got.length;
      }
    }
    assert.ok(tokens > 100_000, `${tokens} tokens compared`);
  });
});
