/** The one atomic write (node/atomicWrite.ts): complete files, no temporary file left, the target untouched on failure. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AtomicWriteFs, nodeAtomicWriteFs, writeFileAtomic, writeFileAtomicSync } from '../../server/src/node/atomicWrite';

describe('atomic write', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-atomic-'));
    file = path.join(dir, 'out.bin');
    fs.writeFileSync(file, 'old');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const names = () => fs.readdirSync(dir).sort();

  it('replaces the file with text, bytes or several parts, and leaves no temporary file', async () => {
    await writeFileAtomic(file, 'één');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'één');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    assert.deepStrictEqual([...fs.readFileSync(file)], [1, 2, 3]);
    writeFileAtomicSync(file, [new Uint8Array([4]), new Uint8Array([5, 6])]);
    assert.deepStrictEqual([...fs.readFileSync(file)], [4, 5, 6]);
    assert.deepStrictEqual(names(), ['out.bin']);
  });

  it('writes thousands of small parts and a few big ones (an analysis cache) in order, byte for byte', async () => {
    const all: Uint8Array[] = [];
    for (let k = 0; k < 3000; k++) {
      const n = k % 500 === 7 ? (1 << 20) + k : 24 + ((k * 7919) % 3000);
      all.push(Uint8Array.from({ length: n }, (_, i) => (i * 31 + k) & 255));
    }
    await writeFileAtomic(file, all);
    assert.ok(Buffer.concat(all).equals(fs.readFileSync(file)));
    assert.deepStrictEqual(names(), ['out.bin']);
  });

  it('writes a temporary file in the same folder, fsyncs it, renames it, then syncs the folder', async () => {
    const calls: string[] = [];
    const spy: AtomicWriteFs = {
      writeNew: async (f, d) => {
        calls.push(`write ${path.dirname(f) === dir && f.endsWith('.tmp')}`);
        return nodeAtomicWriteFs.writeNew(f, d);
      },
      rename: async (a, b) => {
        calls.push(`rename ${b === file}`);
        return nodeAtomicWriteFs.rename(a, b);
      },
      unlink: nodeAtomicWriteFs.unlink,
      syncDir: async (d) => {
        calls.push(`sync ${d === dir}`);
      },
    };
    await writeFileAtomic(file, 'new', spy);
    assert.deepStrictEqual(calls, ['write true', 'rename true', 'sync true']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new');
  });

  it('leaves the target and no temporary file when the rename fails', async () => {
    const failing: AtomicWriteFs = { ...nodeAtomicWriteFs, rename: async () => { throw new Error('EIO'); } };
    await assert.rejects(writeFileAtomic(file, 'new', failing), /EIO/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'old');
    assert.deepStrictEqual(names(), ['out.bin']);
  });

  it('the synchronous write cleans up too when the target cannot be replaced', () => {
    const target = path.join(dir, 'folder');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x'); // a non-empty folder cannot be renamed over
    assert.throws(() => writeFileAtomicSync(target, 'new'));
    assert.deepStrictEqual(names(), ['folder', 'out.bin']);
    assert.deepStrictEqual(fs.readdirSync(target), ['inside']);
  });
});
