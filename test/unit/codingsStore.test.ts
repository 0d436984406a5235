import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newCoding, parseCodingsFile, serializeCodingsFile } from '../../server/src/analysis/codings';
import { CodingsStore } from '../../server/src/node/codingsStore';

const TEXT = 'The junta in Kiev shelled Donetsk again.';
const mk = (coder: string, start = 4, end = 9, code = 'label') => newCoding({ source: 'a.txt', text: TEXT, start, end, code, coder });

describe('codings store (codings/<coder>.jsonl)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-codings-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the folder and file, adds, replaces and removes by id', async () => {
    const store = new CodingsStore(path.join(dir, 'codings'));
    const a = mk('alice');
    const b = mk('alice', 18, 25, 'victim');
    await store.change('alice', [{ op: 'put', coding: b }, { op: 'put', coding: a }]);
    let f = await store.read('alice');
    assert.deepStrictEqual(f.codings.map((c) => c.id), [a.id, b.id], 'sorted by start');
    await store.change('alice', [{ op: 'put', coding: { ...a, memo: 'why' } }, { op: 'remove', id: b.id }]);
    f = await store.read('alice');
    assert.deepStrictEqual(f.codings, [{ ...a, memo: 'why' }]);
    assert.deepStrictEqual((await store.readAll()).map((x) => x.coder), ['alice']);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'codings')), ['alice.jsonl'], 'no temporary or lock file left');
  });

  it('keeps a line another process added since this one read the file, and broken lines', async () => {
    const store = new CodingsStore(dir);
    const a = mk('bob');
    await store.change('bob', [{ op: 'put', coding: a }]);
    const seen = await store.read('bob');
    assert.strictEqual(seen.codings.length, 1);
    // Someone else appends a coding and a broken line.
    const other = mk('bob', 10, 17);
    fs.appendFileSync(store.fileOf('bob'), serializeCodingsFile([other]) + '{broken\n');
    const mine = mk('bob', 26, 33);
    await store.change('bob', [{ op: 'put', coding: mine }]);
    const text = fs.readFileSync(store.fileOf('bob'), 'utf8');
    const after = parseCodingsFile(text);
    assert.deepStrictEqual(new Set(after.codings.map((c) => c.id)), new Set([a.id, other.id, mine.id]));
    assert.deepStrictEqual(after.brokenLines, ['{broken']);
  });

  it('loses nothing when one process makes many changes at once', async () => {
    const store = new CodingsStore(dir);
    const all = Array.from({ length: 25 }, (_, i) => mk('carol', i, i + 3));
    await Promise.all(all.map((c) => store.change('carol', [{ op: 'put', coding: c }])));
    assert.strictEqual((await store.read('carol')).codings.length, 25);
  });

  it('loses nothing when two processes write the same file concurrently', async function () {
    this.timeout(120_000);
    const tsx = require.resolve('tsx');
    const writer = path.join(__dirname, 'helpers', 'codingsWriter.ts');
    const run = (tag: string) =>
      new Promise<void>((resolve, reject) =>
        execFile(process.execPath, ['--import', tsx, writer, dir, 'dana', tag, '30'], (e, _out, err) => (e ? reject(new Error(`${e.message}\n${err}`)) : resolve())),
      );
    await Promise.all([run('first'), run('second')]);
    const f = await new CodingsStore(dir).read('dana');
    assert.deepStrictEqual(f.problems, []);
    assert.strictEqual(f.codings.filter((c) => c.code === 'first').length, 30);
    assert.strictEqual(f.codings.filter((c) => c.code === 'second').length, 30);
  });

  it('reports changes on disk to a watcher', async function () {
    this.timeout(120_000);
    const store = new CodingsStore(dir);
    let stop = () => {};
    const changed = new Promise<void>((resolve) => {
      stop = store.watch(resolve, 10);
    });
    fs.writeFileSync(path.join(dir, 'erin.jsonl'), serializeCodingsFile([mk('erin')]));
    await changed;
    stop();
  });
});
