/**
 * Data derived from the corpus index, valid for one generation of it: the one mechanism by which
 * lazily built results (resolution, key terms, mention lists, co-occurrence, per-document lookups)
 * are dropped after a change. Each cache asks its clock's generation when read; nothing needs to
 * be invalidated by hand. The index's clock may keep answering an earlier generation for a while
 * (see servedGeneration.ts); every cache on one clock then reads the same one.
 */

/** The generation derived data must be of, and where rebuilds report what they cost. */
export interface DerivedClock {
  generation(): number;
  /** A value was rebuilt for a new generation in `ms` (nested rebuilds counted once, in the outermost). */
  rebuilt?(ms: number): void;
}

/** Rebuilds running: only the outermost reports its time (it includes the ones it asked for). */
let building = 0;

export class DerivedCache<T> {
  private gen = -1;
  private value: T | undefined;

  constructor(
    private readonly clock: DerivedClock,
    private readonly fresh: (previous: T | undefined) => T,
  ) {}

  /** The value last built, of this generation or an earlier one. */
  get last(): T | undefined {
    return this.value;
  }

  get isCurrent(): boolean {
    return this.gen === this.clock.generation();
  }

  /** The value for the current generation (a fresh one after a change). */
  get(): T {
    const g = this.clock.generation();
    if (this.gen !== g) {
      const started = Date.now();
      building++;
      try {
        this.value = this.fresh(this.value);
      } finally {
        building--;
      }
      this.gen = g;
      if (!building) this.clock.rebuilt?.(Date.now() - started);
    }
    return this.value!;
  }
}
