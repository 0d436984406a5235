/** The `article` TextMate grammar, tokenised by the same engine VS Code uses. */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const REPO = path.resolve(__dirname, '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(path.join(REPO, 'syntaxes', 'article.tmLanguage.json'), 'utf8'), 'article.tmLanguage.json'),
  });
  return (await registry.loadGrammar('text.article'))!;
}

/** Scopes of each token, as "text => scope scope" strings, for the lines of a text. */
function scopes(grammar: textmate.IGrammar, text: string): string[] {
  const out: string[] = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const s = t.scopes.filter((x) => x !== 'text.article').join(' ');
      if (s) out.push(`${line.slice(t.startIndex, t.endIndex)} => ${s}`);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('article grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('marks the headline, byline and date of a sample article', () => {
    const s = scopes(grammar, readFileSync(path.join(REPO, 'samples', 'Defend Ukraine independence!.txt'), 'utf8').split('\n').slice(0, 6).join('\n'));
    assert.ok(s.includes('Defend Ukraine independence! => markup.heading.1.article entity.name.section.article'), s.join('\n'));
    assert.ok(s.some((x) => x.startsWith('Roy Landersen => entity.name.tag.author.article')), s.join('\n'));
    assert.ok(s.includes('April 3, 2023 => constant.numeric.date.article'), s.join('\n'));
  });

  it('marks quotations in curly and straight quotes but not apostrophes', () => {
    const s = scopes(grammar, 'x\nPutin “arrived in the night” and ‘no-fly’ zones, "fake news" and \'traitors\' in Moscow’s workers’ hands');
    const quoted = s.filter((x) => x.includes('string.quoted')).map((x) => x.split(' => ')[0]).join('');
    assert.strictEqual(quoted, '“arrived in the night”‘no-fly’"fake news"\'traitors\'');
  });

  it('marks a dateline', () => {
    const s = scopes(grammar, 'x\nKYIV, April 3 (Reuters) — Talks began.');
    assert.ok(s.some((x) => x.startsWith('KYIV, April 3 (Reuters) => constant.other.dateline.article')), s.join('\n'));
  });
});
