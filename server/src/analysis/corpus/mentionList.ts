/**
 * A mention list as the index caches it: one Int32Array (document, start, end and text of each
 * mention as indices and offsets) and small tables of the documents' URIs and the distinct mention
 * texts. A cached mention costs 16 bytes and no object: cached as objects, the lists of big
 * entities (thousands of mentions) moved to V8's old generation, and became garbage there when
 * evicted (the old generation then grows to several times what is live before it is collected).
 */
import type { Mention } from './model';

export class MentionList {
  private constructor(
    /** Per mention: document (index in `uris`), start, end, text (index in `texts`). */
    private readonly rows: Int32Array,
    private readonly uris: readonly string[],
    private readonly texts: readonly string[],
  ) {}

  static of(mentions: Iterable<Mention>): MentionList {
    const uris: string[] = [];
    const texts: string[] = [];
    const textIndex = new Map<string, number>();
    let rows = new Int32Array(64);
    let n = 0;
    for (const m of mentions) {
      if (uris[uris.length - 1] !== m.uri) uris.push(m.uri);
      let t = textIndex.get(m.text);
      if (t === undefined) textIndex.set(m.text, (t = texts.push(m.text) - 1));
      if (4 * n === rows.length) {
        const grown = new Int32Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
      rows[4 * n] = uris.length - 1;
      rows[4 * n + 1] = m.start;
      rows[4 * n + 2] = m.end;
      rows[4 * n + 3] = t;
      n++;
    }
    return new MentionList(rows.slice(0, 4 * n), uris, texts);
  }

  get length(): number {
    return this.rows.length >> 2;
  }

  at(k: number): Mention {
    const r = this.rows;
    return { uri: this.uris[r[4 * k]], start: r[4 * k + 1], end: r[4 * k + 2], text: this.texts[r[4 * k + 3]] };
  }

  /** The mentions as objects (a new array each time: the caller may keep it). */
  toArray(): Mention[] {
    const out: Mention[] = new Array(this.length);
    for (let k = 0; k < out.length; k++) out[k] = this.at(k);
    return out;
  }

  *[Symbol.iterator](): Generator<Mention> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }
}
