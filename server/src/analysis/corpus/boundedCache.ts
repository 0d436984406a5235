/**
 * A cache of query answers, most recently used last, bounded by answers and by the items they
 * hold (big entities have thousands of mentions, common words thousands of documents).
 */
export class BoundedCache<V extends { readonly length: number }> {
  private readonly entries = new Map<string, V>();
  private held = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxItems: number,
  ) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v) {
      // Most recently used last (Map order), so the oldest goes first when the cache is full.
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): V {
    const old = this.entries.get(key);
    if (old) this.held -= old.length;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.held += value.length;
    while (this.entries.size > this.maxEntries || (this.held > this.maxItems && this.entries.size > 1)) {
      const [oldest, evicted] = this.entries.entries().next().value!;
      this.held -= evicted.length;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** The answers held, least recently used first. */
  list(): [string, V][] {
    return [...this.entries];
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
