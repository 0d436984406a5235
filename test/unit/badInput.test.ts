/**
 * Bad input: invalid UTF-8, binary, empty, oversized and unreadable files, a single line of
 * several MB, a corrupt cache. Each is analysed or skipped with a clear message, never a crash.
 * (No timings here: mocha's timeout is the guard against a hang.)
 */
import * as assert from 'assert';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCliCaptured } from './helpers/cliRun';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { analyzeDocument } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { segment } from '../../server/src/analysis/text/structure';
import { AnalysisCache } from '../../server/src/node/cacheStore';
import { readArticle } from '../../server/src/node/files';
import { scanFiles } from '../../server/src/node/scan';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const KIEV = path.join(SAMPLES, 'Russia must intervene to drive Kiev junta out!.txt');

async function cli(args: string[]) {
  const r = await runCliCaptured(args);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('bad input', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dl-bad-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('invalid UTF-8: analysed with replacement characters and a warning naming the offset', async () => {
    const good = readFileSync(KIEV);
    const bytes = Buffer.concat([good.subarray(0, 100), Buffer.from([0xff, 0xfe, 0x80]), good.subarray(100)]);
    const f = path.join(dir, 'broken.txt');
    writeFileSync(f, bytes);
    const r = await cli(['scan', f, '--json']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /invalid UTF-8 \(first bad byte at offset 100\)/);
    assert.strictEqual(r.json.documents.length, 1);
    assert.ok(r.json.documents[0].entities.length > 0);
  });

  it('binary file: skipped with the reason', async () => {
    const f = path.join(dir, 'image.txt');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    const r = await cli(['scan', dir, '--json']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /skipped .*image\.txt: binary file \(NUL byte at offset 4\)/);
    assert.deepStrictEqual(r.json.documents, []);
  });

  it('empty and whitespace-only files: analysed, nothing found', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '\n\r\n  \t\n');
    writeFileSync(path.join(dir, 'bom.txt'), '\uFEFF');
    const r = await cli(['scan', dir, '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.json.documents.length, 3);
    for (const d of r.json.documents) assert.deepStrictEqual([d.entities, d.terms], [[], []]);
  });

  it('a 50 MB file: skipped before reading, with the size and the limit', async () => {
    const f = path.join(dir, 'huge.txt');
    const fd = openSync(f, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'All work and no play makes Jack a dull boy. ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const r = await readArticle(f);
    assert.ok(!r.ok && /file is 50\.0 MB, over the limit of 32\.0 MB/.test(r.reason));
    const c = await cli(['scan', dir, '--json']);
    assert.strictEqual(c.code, 0);
    assert.match(c.stderr, /skipped .*huge\.txt: file is 50\.0 MB, over the limit/);
  });

  it('a single line of several MB: segmented and analysed without quadratic behaviour', () => {
    const sentence = readFileSync(KIEV, 'utf8').replace(/\s+/g, ' ');
    let line = '';
    while (line.length < 3 * 1024 * 1024) line += sentence;
    const seg = segment(line);
    assert.strictEqual(seg.paragraphs.length, 1);
    assert.ok(seg.sentences.length > 1000);
    const a = analyzeDocument(line, { sensitivity: 'precise' }, defaultRecognizers);
    assert.ok(a.entities.length > 1000);
    // No whitespace at all: one giant token.
    const word = 'x'.repeat(2 * 1024 * 1024);
    assert.strictEqual(segment(word).tokens.length, 1);
    assert.strictEqual(analyzeDocument(word, { sensitivity: 'precise' }, defaultRecognizers).wordCount, 1);
    // Only punctuation.
    assert.strictEqual(segment('.'.repeat(1024 * 1024)).tokens.length, 1);
    assert.ok(segment('!?'.repeat(512 * 1024)).tokens.length > 0);
  });

  it('unreadable files: a directory named *.txt, a dangling symlink, a missing path', async () => {
    mkdirSync(path.join(dir, 'folder.txt'));
    writeFileSync(path.join(dir, 'folder.txt', 'inside.txt'), 'Putin spoke in Moscow.\n');
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    const r = await cli(['scan', dir, '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(r.json.documents.map((d: { path: string }) => path.basename(d.path)), ['inside.txt']);
    // Given explicitly: a clear error and a non-zero exit, the other files still analysed.
    const e = await cli(['scan', path.join(dir, 'dangling.txt'), path.join(dir, 'folder.txt', 'inside.txt'), '--json']);
    assert.strictEqual(e.code, 1);
    assert.match(e.stderr, /dangling\.txt: no such file or directory/);
    assert.strictEqual(e.json.documents.length, 1);
    // Through the scanner (as the server reads files): a reason, not an exception.
    const skipped: string[] = [];
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    await scanFiles(corpus, [{ uri: 'a', file: path.join(dir, 'dangling.txt') }, { uri: 'b', file: path.join(dir, 'folder.txt') }], { onSkipped: (_i, reason) => skipped.push(reason) });
    assert.deepStrictEqual(skipped.sort(), ['cannot read: ENOENT', 'not a regular file']);
  });

  it('a corrupt cache: ignored with a message and rebuilt', async () => {
    const cacheDir = path.join(dir, 'cache');
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, 'analyses.bin'), Buffer.from('DLCACHE1\n\xff\xff\xff\x7f{{{', 'latin1'));
    const r = await cli(['scan', KIEV, '--json', '--cache', cacheDir]);
    assert.strictEqual(r.code, 0);
    assert.match(r.stderr, /cache ignored: (truncated header|corrupt)/);
    assert.strictEqual(r.json.documents.length, 1);
    const again = new AnalysisCache(cacheDir, 'x');
    assert.match(again.load().ignored ?? '', /stale/); // rebuilt, with a proper header
    // An unwritable cache folder (a file in its place): a message, not a crash.
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const b = await cli(['scan', KIEV, '--json', '--cache', blocked]);
    assert.strictEqual(b.code, 0);
    assert.match(b.stderr, /could not write the analysis cache/);
  });
});
