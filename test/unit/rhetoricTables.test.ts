import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { findRhetoricMarkers } from '../../server/src/analysis/rhetoric';
import { MODEL_FILE, MODEL_TABLES_FILE, RhetoricModel, rhetoricTables, setRhetoricModel } from '../../server/src/analysis/rhetoric/model';
import { installShippedModels, readModelFile } from '../../server/src/node/modelFiles';

installShippedModels();

describe('rhetoric: the model tables shipped as built (rhetoric.bin.tables)', () => {
  const model = readModelFile(MODEL_FILE);
  const shipped = readModelFile(MODEL_TABLES_FILE);
  const samples = path.join(__dirname, '..', '..', 'samples');
  const texts = fs.readdirSync(samples).sort().map((f) => fs.readFileSync(path.join(samples, f), 'utf8'));
  const markersWith = (m: RhetoricModel) => {
    try {
      setRhetoricModel(m);
      return texts.map((t) => findRhetoricMarkers(segment(t), { sensitivity: 'exploratory' }));
    } finally {
      setRhetoricModel(undefined);
    }
  };

  it('are what rhetoric.bin builds (npm run pack:tables writes them)', () => {
    assert.ok(Buffer.from(rhetoricTables(model)).equals(Buffer.from(shipped)), 'rhetoric.bin.tables is not what rhetoric.bin builds');
  });

  it('give the markers of rhetoric.bin alone, and are used only when they are its own', () => {
    const expected = markersWith(RhetoricModel.deserialize(model));
    assert.ok(expected.flat().length > 5);
    assert.deepStrictEqual(markersWith(RhetoricModel.deserialize(model, MODEL_FILE, shipped)), expected);
    // Tables whose tagger weights are all zero: used when they say they are this rhetoric.bin's (the markers change), not otherwise.
    const zeroed = shipped.slice();
    const dv = new DataView(zeroed.buffer);
    const rowsFrom = 32 + 8 * Math.ceil(2 ** dv.getUint32(8, true) / 32);
    zeroed.fill(0, rowsFrom, rowsFrom + 2 * dv.getUint16(6, true) * dv.getUint32(12, true));
    assert.notDeepStrictEqual(markersWith(RhetoricModel.deserialize(model, MODEL_FILE, zeroed)), expected);
    dv.setUint32(16, dv.getUint32(16, true) ^ 1, true);
    assert.deepStrictEqual(markersWith(RhetoricModel.deserialize(model, MODEL_FILE, zeroed)), expected);
    // Pair slots with no empty one (a lookup would never end): not used.
    const full = shipped.slice();
    full.fill(0, full.length - 16 * new DataView(full.buffer).getUint32(20, true));
    assert.deepStrictEqual(markersWith(RhetoricModel.deserialize(model, MODEL_FILE, full)), expected);
  });
});
