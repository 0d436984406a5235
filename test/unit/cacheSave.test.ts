/**
 * The analysis cache saved in the background (the language server's save after indexing): analyses
 * made in this process are encoded then, the file is the one a synchronous save writes, and a put
 * after a save is written by the next one.
 */
import * as assert from 'assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument, contentHash } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { AnalysisCache, CACHE_FILE } from '../../server/src/node/cacheStore';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const texts = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
const analyse = (text: string) => analyzeDocument(text, { sensitivity: 'precise' }, defaultRecognizers);

describe('AnalysisCache background save', () => {
  it('writes what a synchronous save writes, encoding in-process analyses; a later put goes into the next save', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cache-bg-'));
    try {
      const background = new AnalysisCache(path.join(dir, 'a'), 'k');
      const sync = new AnalysisCache(path.join(dir, 'b'), 'k');
      for (const t of texts) {
        const a = analyse(t);
        background.put(a.hash, a);
        sync.put(a.hash, a);
      }
      assert.strictEqual(sync.save(), undefined);
      assert.strictEqual(await background.saveInBackground(), undefined);
      assert.deepStrictEqual(readFileSync(background.file), readFileSync(sync.file));

      const loaded = new AnalysisCache(background.dir, 'k');
      assert.strictEqual(loaded.load().records, texts.length);
      for (const t of texts) {
        const got = loaded.get(t, contentHash(t))!;
        assert.ok(got, 'every record is there');
        assert.deepStrictEqual(got.entities.map((e) => [e.start, e.end, e.type]), analyse(t).entities.map((e) => [e.start, e.end, e.type]));
      }
      const later = analyse(`${texts[0]}\nOne more line.`);
      background.put(later.hash, later);
      assert.strictEqual(await background.saveInBackground(), undefined);
      assert.strictEqual(new AnalysisCache(background.dir, 'k').load().records, texts.length + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a folder it cannot write, and saves elsewhere as usual', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cache-bg-'));
    try {
      const blocked = path.join(dir, 'blocked');
      writeFileSync(blocked, 'a file where the folder should be');
      const cache = new AnalysisCache(blocked, 'k');
      const a = analyse(texts[0]);
      cache.put(a.hash, a);
      assert.match((await cache.saveInBackground()) ?? '', /could not write the analysis cache/);
      const fine = new AnalysisCache(path.join(dir, 'ok'), 'k');
      fine.put(a.hash, a);
      assert.strictEqual(await fine.saveInBackground(), undefined);
      assert.ok(readdirSync(path.join(dir, 'ok')).includes(CACHE_FILE));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
