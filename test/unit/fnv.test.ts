/** FNV-1a of a string's UTF-8 encoding, computed from its code units: the same hash as over TextEncoder's bytes. */
import * as assert from 'assert';
import { fnvBytes, fnvUtf8 } from '../../server/src/analysis/common/fnv';

const viaEncoder = (s: string) => {
  const b = new TextEncoder().encode(s);
  return fnvBytes(b, 0, b.length);
};

describe('fnvUtf8', () => {
  it('equals fnvBytes over the UTF-8 bytes: ASCII, two- and three-byte characters, surrogate pairs, lone surrogates', () => {
    const words = ['', 'a', 'putin', "putin's", 'café', 'ñandú', 'straße', 'œuvre', '–', '—', '€', '日本', 'ǅ', '\u07ff', '\u0800', '\uffff', '😀', 'a😀b', '\ud800', 'x\udc00y', '\udbff\udfff', '\ud83d', 'é\ud83d'];
    for (const w of words) assert.strictEqual(fnvUtf8(w), viaEncoder(w), JSON.stringify(w));
  });

  it('equals fnvBytes on random strings over the whole UTF-16 range', () => {
    let s = 11;
    const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
    for (let k = 0; k < 2000; k++) {
      const units: number[] = [];
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) {
        const r = rnd();
        units.push(r < 0.4 ? 32 + Math.floor(rnd() * 95) : r < 0.6 ? 0x80 + Math.floor(rnd() * 0x780) : r < 0.8 ? 0xd800 + Math.floor(rnd() * 0x800) : Math.floor(rnd() * 0x10000));
      }
      const w = String.fromCharCode(...units);
      assert.strictEqual(fnvUtf8(w), viaEncoder(w), JSON.stringify(w));
    }
  });
});
