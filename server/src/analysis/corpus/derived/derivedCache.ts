/**
 * Data derived from the corpus index, valid for one generation of it: the one mechanism by which
 * lazily built results (resolution, key terms, mention lists, co-occurrence, per-document lookups)
 * are dropped after a change. Each cache asks the index's generation when read; nothing needs to
 * be invalidated by hand.
 */
export class DerivedCache<T> {
  private gen = -1;
  private value: T | undefined;

  constructor(
    private readonly generation: () => number,
    private readonly fresh: (previous: T | undefined) => T,
  ) {}

  /** The value last built, of this generation or an earlier one. */
  get last(): T | undefined {
    return this.value;
  }

  get isCurrent(): boolean {
    return this.gen === this.generation();
  }

  /** The value for the current generation (a fresh one after a change). */
  get(): T {
    const g = this.generation();
    if (this.gen !== g) {
      this.value = this.fresh(this.value);
      this.gen = g;
    }
    return this.value!;
  }
}
