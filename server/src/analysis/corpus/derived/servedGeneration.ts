/**
 * The index's clock for derived data: which generation its queries answer. After indexing, always
 * the current one (exact answers). While a corpus is being indexed, documents arrive several times
 * a second and every arrival is a new generation: rebuilding the resolution of thousands of
 * articles for each hover made a hover take seconds. So while indexing, queries keep answering the
 * last generation built (every derived result of that one generation, consistent with each other)
 * for a few seconds, or longer if rebuilding it took long; then the next query rebuilds.
 *
 * Held only across additions: the documents of the held generation are unchanged, so what it says
 * of them (offsets, texts) is still right, and its counts lag behind. An edit, a removal or new
 * settings are answered exactly at the next query.
 */
import type { DerivedClock } from './derivedCache';

/** How long a held generation answers at least, after it was served first. */
export const INDEXING_HOLD_MS = 5_000;
/**
 * And at least this many times what its rebuilds cost, after them: a rebuild of 6,000 speeches
 * taking seconds leaves hovers waiting on one at most a fifth of the time.
 */
const HOLD_PER_REBUILD = 4;

/** Files indexed so far, of how many. */
export interface IndexingProgress {
  readonly done: number;
  readonly total: number;
}

export class ServedGeneration implements DerivedClock {
  /** Bumped on every change of the index. */
  private latest = 0;
  private served = 0;
  /** The latest generation the served one was chosen for: no new choice until the index changes. */
  private chosenFor = 0;
  /** A change other than an addition came since the served generation. */
  private mustRelease = false;
  private servedSince = -Infinity;
  private rebuildMs = 0;
  private progress: IndexingProgress | undefined;

  /** The index's latest generation (what per-document caches outside the derived data follow). */
  get current(): number {
    return this.latest;
  }

  get indexing(): IndexingProgress | undefined {
    return this.progress;
  }

  /** A new document came (what a held generation may lag behind on). */
  added(): void {
    this.latest++;
  }

  /** Anything else changed (an edit, a removal, the settings): the next query is exact. */
  changed(): void {
    this.latest++;
    this.mustRelease = true;
  }

  /** Indexing runs (`progress`) or ended (undefined: the next query is exact). */
  setIndexing(progress: IndexingProgress | undefined): void {
    // Its end is a change: what queries left out while indexing (key terms) is built now.
    if (this.progress && !progress) this.changed();
    this.progress = progress;
  }

  generation(): number {
    // Chosen once per change of the index: the calls of one query read one generation.
    if (this.chosenFor !== this.latest) {
      this.chosenFor = this.latest;
      const hold = this.progress && !this.mustRelease && Date.now() < this.heldUntil();
      if (!hold && this.served !== this.latest) {
        this.served = this.latest;
        this.servedSince = Date.now();
        this.rebuildMs = 0;
      }
      this.mustRelease = false;
    }
    return this.served;
  }

  rebuilt(ms: number): void {
    this.rebuildMs += ms;
  }

  private heldUntil(): number {
    return this.servedSince + this.rebuildMs + Math.max(INDEXING_HOLD_MS, HOLD_PER_REBUILD * this.rebuildMs);
  }
}
