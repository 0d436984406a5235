/**
 * The mentions of an entity or term, as the index caches them and its queries return them: one
 * Int32Array (document, start, end and text of each mention as indices and offsets), the corpus's
 * sorted URIs and a small table of the distinct mention texts. A mention costs 16 bytes and no
 * object until one is asked for: as arrays of objects, the lists of big entities (thousands of
 * mentions, made again on every query) were pretenured by V8 into its old generation, which then
 * grew by a hundred megabytes of garbage before it was collected.
 */
import { lowerBound } from '../common/binarySearch';
import type { Mention } from './model';

/** Called with each mention in turn; returning false stops the walk. */
export type MentionVisitor = (uri: string, start: number, end: number, text: string) => boolean | void;

export class MentionList implements Iterable<Mention> {
  private constructor(
    /** The corpus's sorted URIs when built (the index drops a cached list on any change). */
    private readonly sortedUris: readonly string[],
    /** Per mention: document (rank in `sortedUris`), start, end, text (index in `texts`). */
    private readonly rows: Int32Array,
    private readonly texts: readonly string[],
  ) {}

  /**
   * A list built mention by mention (`add` is a `MentionVisitor`), in corpus order: documents
   * by rank in `sortedUris` (`rank` maps a URI to it), the mentions of one document together.
   * With the right `capacity` (the mentions to come), the rows are allocated once.
   */
  static builder(sortedUris: readonly string[], rank: ReadonlyMap<string, number>, capacity = 64): { add: MentionVisitor; done(): MentionList } {
    const texts: string[] = [];
    const textIndex = new Map<string, number>();
    let rows = new Int32Array(4 * Math.max(capacity, 1));
    let n = 0;
    let lastUri: string | undefined;
    let lastRank = -1;
    return {
      add: (uri, start, end, text) => {
        if (uri !== lastUri) (lastUri = uri), (lastRank = rank.get(uri)!);
        let t = textIndex.get(text);
        if (t === undefined) textIndex.set(text, (t = texts.push(text) - 1));
        if (4 * n === rows.length) {
          const grown = new Int32Array(rows.length * 2);
          grown.set(rows);
          rows = grown;
        }
        rows[4 * n] = lastRank;
        rows[4 * n + 1] = start;
        rows[4 * n + 2] = end;
        rows[4 * n + 3] = t;
        n++;
      },
      done: () => new MentionList(sortedUris, 4 * n === rows.length ? rows : rows.slice(0, 4 * n), texts),
    };
  }

  /** A list of mentions given in corpus order (documents sorted by URI). */
  static of(mentions: readonly Mention[]): MentionList {
    const sortedUris = [...new Set(mentions.map((m) => m.uri))].sort();
    const b = MentionList.builder(sortedUris, new Map(sortedUris.map((u, i) => [u, i])), mentions.length);
    for (const m of mentions) b.add(m.uri, m.start, m.end, m.text);
    return b.done();
  }

  get length(): number {
    return this.rows.length >> 2;
  }

  /** Mention k (negative: from the end), as `Array.prototype.at`. */
  at(k: number): Mention | undefined {
    const i = k < 0 ? this.length + k : k;
    return i >= 0 && i < this.length ? this.mention(i) : undefined;
  }

  /** The mentions in one document, in text order. */
  inDocument(uri: string): Mention[] {
    const out: Mention[] = [];
    const k0 = this.firstIndexIn(uri);
    for (let k = k0; k0 >= 0 && k < this.length && this.rows[4 * k] === this.rows[4 * k0]; k++) out.push(this.mention(k));
    return out;
  }

  /** The first mention in a document, if any. */
  firstIn(uri: string): Mention | undefined {
    const k = this.firstIndexIn(uri);
    return k < 0 ? undefined : this.mention(k);
  }

  /**
   * The list with the mentions of one document (its rank in the same corpus order) replaced by
   * `mentions` (start, end, text of each, in text order): an edit of one document costs a copy
   * of the rows, not a pass over the corpus.
   */
  withDocument(rank: number, mentions: readonly (readonly [number, number, string])[]): MentionList {
    const r = this.rows;
    const a = lowerBound(this.length, (j) => r[4 * j] < rank);
    const b = lowerBound(this.length, (j) => r[4 * j] <= rank);
    if (a === b && !mentions.length) return this;
    const rows = new Int32Array(r.length + 4 * (mentions.length - (b - a)));
    rows.set(r.subarray(0, 4 * a));
    // A copy of the text table once a new text comes (old texts may stay: rows refer to them by index).
    let texts: string[] | undefined;
    let q = 4 * a;
    for (const [start, end, text] of mentions) {
      let t = (texts ?? this.texts).indexOf(text);
      if (t < 0) t = (texts ??= this.texts.slice()).push(text) - 1;
      rows[q++] = rank;
      rows[q++] = start;
      rows[q++] = end;
      rows[q++] = t;
    }
    rows.set(r.subarray(4 * b), q);
    return new MentionList(this.sortedUris, rows, texts ?? this.texts);
  }

  /** Walks the mentions in order, without making objects, until `visit` returns false. */
  visit(visit: MentionVisitor): void {
    const r = this.rows;
    for (let q = 0; q < r.length; q += 4) if (visit(this.sortedUris[r[q]], r[q + 1], r[q + 2], this.texts[r[q + 3]]) === false) return;
  }

  /** The mentions as objects (a new array each time: the caller may keep it). */
  toArray(): Mention[] {
    const out: Mention[] = new Array(this.length);
    for (let k = 0; k < out.length; k++) out[k] = this.mention(k);
    return out;
  }

  *[Symbol.iterator](): Generator<Mention> {
    for (let k = 0; k < this.length; k++) yield this.mention(k);
  }

  private mention(k: number): Mention {
    const r = this.rows;
    return { uri: this.sortedUris[r[4 * k]], start: r[4 * k + 1], end: r[4 * k + 2], text: this.texts[r[4 * k + 3]] };
  }

  /** The index of the first mention in a document, or -1: two binary searches (in the URIs, then the ranks). */
  private firstIndexIn(uri: string): number {
    const d = lowerBound(this.sortedUris.length, (i) => this.sortedUris[i] < uri);
    if (this.sortedUris[d] !== uri) return -1;
    const k = lowerBound(this.length, (j) => this.rows[4 * j] < d);
    return k < this.length && this.rows[4 * k] === d ? k : -1;
  }
}

