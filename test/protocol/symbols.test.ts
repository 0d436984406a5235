/**
 * Document symbols over the protocol, on a real-looking article (headline, byline, date,
 * hard-wrapped paragraphs): properly nested ranges in text order, as the Outline, breadcrumbs
 * and sticky scroll read them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from './lspClient';

const ARTICLE = `Blair defends Iraq plan as Brown waits in the wings
By Nick Assinder, BBC News
Tuesday, 15 February 2005

Tony Blair has defended his plan for Iraq in front of a packed House of
Commons, as Gordon Brown looked on and the Conservatives called the
policy a "junta" of advisers.

The prime minister told MPs that Iraq would hold elections within the
year. Mr Blair said the United Nations had backed the plan, and that
Gordon Brown would set out the costs in the Budget.

Michael Howard, the Conservative leader, said Mr Blair had lost the
trust of the country. Mr Howard said the Conservatives would vote
against the plan in the House of Commons.

Mr Brown is expected to speak in London on Thursday. Tony Blair and
Gordon Brown will then travel to Brussels for talks with the European
Union.
`;

type Pos = { line: number; character: number };
type Sym = { name: string; detail?: string; range: { start: Pos; end: Pos }; selectionRange: { start: Pos; end: Pos }; children?: Sym[] };
const cmp = (a: Pos, b: Pos) => a.line - b.line || a.character - b.character;

/** Every child within its parent, siblings in order and apart; returns the symbols' count. */
function checkNested(level: Sym[], parent: Sym | undefined, where: string): number {
  let n = 0;
  for (let i = 0; i < level.length; i++) {
    const s = level[i];
    const at = `${where}/${s.name}`;
    assert.ok(cmp(s.range.start, s.range.end) <= 0, `${at}: range backwards`);
    assert.ok(cmp(s.range.start, s.selectionRange.start) <= 0 && cmp(s.selectionRange.end, s.range.end) <= 0, `${at}: selection outside its range`);
    if (parent) assert.ok(cmp(parent.range.start, s.range.start) <= 0 && cmp(s.range.end, parent.range.end) <= 0, `${at}: outside its parent ${JSON.stringify(parent.range)} ${JSON.stringify(s.range)}`);
    if (i > 0) assert.ok(cmp(level[i - 1].range.end, s.range.start) <= 0, `${at}: overlaps or precedes ${level[i - 1].name}`);
    n += 1 + checkNested(s.children ?? [], s, at);
  }
  return n;
}

describe('document symbols: properly nested', function () {
  this.timeout(120000);
  let client: LspTestClient;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-symbols-'));
    const file = path.join(dir, 'blair.txt');
    fs.writeFileSync(file, ARTICLE);
    fs.writeFileSync(path.join(dir, 'other.txt'), 'Gordon Brown and Tony Blair met again.\n\nMr Blair spoke first.\n');
    uri = pathToFileURL(file).toString();
    client = await LspTestClient.startIndexed(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the article in text order, each mention inside its paragraph, no group spanning the text', async () => {
    const symbols: Sym[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const count = checkNested(symbols, undefined, '');
    assert.ok(count > 8, JSON.stringify(symbols));
    // Sticky scroll shows the first line of each symbol around the view: only the headline starts on line 1.
    assert.deepStrictEqual(symbols.filter((s) => s.range.start.line === 0).map((s) => s.name), ['Blair defends Iraq plan as Brown waits in the wings']);
    // The multi-line symbols (what sticky scroll shows) are paragraphs, one after the other.
    const multi = symbols.filter((s) => s.range.end.line > s.range.start.line);
    assert.ok(multi.length >= 2 && multi.every((s) => /^paragraph \d+$/.test(s.detail ?? '')), JSON.stringify(multi.map((s) => [s.name, s.detail, s.range])));
    // Mentions sit inside the paragraph that has them.
    const howard = symbols.find((s) => s.name.startsWith('Michael Howard, the Conservative leader'));
    assert.ok(howard?.children?.some((c) => c.name === 'Tony Blair' && c.range.start.line === 12), JSON.stringify(howard));
  });
});
