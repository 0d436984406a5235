/**
 * The one integer-keyed hash table of the analysis, for hot loops: lexicons, per-document memos and
 * counters, n-gram slots, pair rates. (Vocabulary interns strings: its own table, keyed by a hash
 * of the text and checked against the text.)
 */

/** Slots for about `n` keys at a load of at most one half: a power of two, at least 16. */
export function tableCapacity(n: number): number {
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  return cap;
}

/**
 * uint32 → int32 open-addressing hash table on typed arrays: no per-entry heap objects (a Map
 * boxes most 32-bit hash keys as heap numbers, which costs memory and garbage-collection time).
 */
export class HashTable {
  private keys: Int32Array = new Int32Array(0);
  private vals: Int32Array = new Int32Array(0);
  private used: Uint8Array = new Uint8Array(0);
  private mask = 0;
  size = 0;

  constructor(capacity = 1024) {
    this.allocate(tableCapacity(capacity));
  }

  /** Empty slots: `cap`, a power of two. */
  private allocate(cap: number): void {
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = 0;
  }

  private slot(key: number): number {
    const k = key | 0;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    while (this.used[i] && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.used[i] ? this.vals[i] : undefined;
  }

  has(key: number): boolean {
    return this.used[this.slot(key)] === 1;
  }

  set(key: number, value: number): this {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (!this.used[i]) {
      this.used[i] = 1;
      this.keys[i] = key | 0;
      this.size++;
    }
    this.vals[i] = value;
    return this;
  }

  /** Removes every entry (keeps the capacity). */
  clear(): void {
    if (this.size === 0) return;
    this.used.fill(0);
    this.size = 0;
  }

  /**
   * Removes every entry, ready for about `expected` keys: a table grown by one large input shrinks
   * back, so that the next small one neither clears nor probes the large table.
   */
  reset(expected: number): void {
    const cap = tableCapacity(expected);
    if (this.keys.length > 4 * cap) this.allocate(cap);
    else this.clear();
  }

  add(key: number): this {
    return this.set(key, 1);
  }

  /** Room for `n` keys without growing (a grown table moves its entries to other slots). */
  reserve(n: number): this {
    const cap = tableCapacity(n);
    if (this.keys.length < cap) this.allocate(cap);
    return this;
  }

  /**
   * Adds one to a key's value (absent: 0), and returns its slot for `valueAt`. A slot stays the
   * key's until the table grows: `reserve` room for every key first.
   */
  increment(key: number): number {
    let i = this.slot(key);
    if (!this.used[i]) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.used[i] = 1;
      this.keys[i] = key | 0;
      this.vals[i] = 0;
      this.size++;
    }
    this.vals[i]++;
    return i;
  }

  /** The value in a slot returned by `increment`. */
  valueAt(slot: number): number {
    return this.vals[slot];
  }

  private grow(): void {
    const { keys, vals, used } = this;
    this.allocate(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (used[i]) this.set(keys[i], vals[i]);
  }

  /** The slots as they are (read them, never write them): what `fromSlots` takes back, e.g. from a file. */
  get slots(): { readonly keys: Int32Array; readonly vals: Int32Array; readonly used: Uint8Array; readonly size: number } {
    return { keys: this.keys, vals: this.vals, used: this.used, size: this.size };
  }

  /**
   * A table over slots as `slots` gave them (the arrays are the table's from now on, not copied): a
   * table built once and shipped is read without inserting its keys again.
   */
  static fromSlots(keys: Int32Array, vals: Int32Array, used: Uint8Array, size: number): HashTable {
    const cap = keys.length;
    if (cap < 16 || (cap & (cap - 1)) !== 0 || vals.length !== cap || used.length !== cap || size < 0 || size * 2 > cap) throw new RangeError('hash table slots: bad sizes');
    // A lookup probes up to an unused slot: a damaged file with more used than it says could never end one.
    let inUse = 0;
    for (let i = 0; i < cap; i++) inUse += used[i] === 1 ? 1 : used[i] === 0 ? 0 : cap;
    if (inUse !== size) throw new RangeError('hash table slots: bad used flags');
    const t = new HashTable(0);
    t.keys = keys;
    t.vals = vals;
    t.used = used;
    t.mask = cap - 1;
    t.size = size;
    return t;
  }
}

/**
 * A HashTable for one input at a time (a document's n-grams), emptied in constant time: each slot
 * holds the generation that filled it, so `start` neither allocates nor clears, and it probes only
 * the first `tableCapacity(expected)` slots, so a short document's keys stay in a few cache lines.
 * A table per document cost an allocation and zeroing each (5 MB as 2,455 short articles: ~1% of
 * the analysis).
 */
export class GenerationTable {
  private keys = new Int32Array(0);
  private vals = new Int32Array(0);
  private gens = new Int32Array(0);
  private gen = 0;
  private mask = 0;
  size = 0;

  /** Empties the table, for about `expected` keys. */
  start(expected: number): void {
    const cap = tableCapacity(expected);
    if (cap > this.keys.length) this.allocate(cap);
    else this.nextGeneration();
    this.mask = cap - 1;
    this.size = 0;
  }

  private allocate(cap: number): void {
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.gens = new Int32Array(cap);
    this.gen = 1;
  }

  private nextGeneration(): void {
    if (++this.gen === 0x7fffffff) {
      this.gens.fill(0);
      this.gen = 1;
    }
  }

  private slot(key: number): number {
    const k = key | 0;
    const gen = this.gen;
    let i = Math.imul(k, 0x9e3779b1) >>> 0 & this.mask;
    while (this.gens[i] === gen && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.gens[i] === this.gen ? this.vals[i] : undefined;
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const i = this.slot(key);
    if (this.gens[i] !== this.gen) {
      this.gens[i] = this.gen;
      this.keys[i] = key | 0;
      this.size++;
    }
    this.vals[i] = value;
  }

  /** Twice the slots in use, the entries moved over (copied out first: the slots may be reused). */
  private grow(): void {
    const used = this.mask + 1;
    const gen = this.gen;
    const keys = this.keys.slice(0, used);
    const vals = this.vals.slice(0, used);
    const gens = this.gens.slice(0, used);
    if (2 * used > this.keys.length) this.allocate(2 * used);
    else this.nextGeneration();
    this.mask = 2 * used - 1;
    this.size = 0;
    for (let i = 0; i < used; i++) if (gens[i] === gen) this.set(keys[i], vals[i]);
  }
}
