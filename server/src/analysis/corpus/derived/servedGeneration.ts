/**
 * The index's clock for derived data: which generation its queries answer. After indexing, always
 * the current one (exact answers). While a corpus is being indexed, documents arrive several times
 * a second and every arrival is a new generation: rebuilding the resolution of thousands of
 * articles for each hover made a hover take seconds. So while indexing, queries keep answering the
 * last generation built (every derived result of that one generation, consistent with each other),
 * and no query moves on to a newer one: a query that did waited for the whole rebuild (the hover
 * every 200 ms while 6,349 speeches indexed: 1.0-6.7 s, each). The indexing moves on instead
 * (`refreshDue`, `release`), between its files, when the corpus has doubled since the served
 * generation and a few seconds (or four times what rebuilding it cost) passed, in the first half of
 * its files, and only if a query read the served generation meanwhile (nobody asking, nothing is
 * rebuilt). A hover waits on a rebuild only if it comes while one runs, and there are few: resolving the 6,349 speeches as they
 * came, in-process, rebuilt 10.1 s in all before the final 6.6 s at each doubling, 30.0 s before
 * 7.6 s at each tenth of them (the cost of a rebuild grows with the corpus; the largest, 4.1 s
 * against 6.4 s).
 *
 * Held only across additions: the documents of the held generation are unchanged, so what it says
 * of them (offsets, texts) is still right, and its counts lag behind. An edit, a removal or new
 * settings are answered exactly at the next query.
 */
import type { DerivedClock } from './derivedCache';

/** How long a held generation answers at least, after it was served first. */
export const INDEXING_HOLD_MS = 5_000;
/** How much the corpus grows (documents added) before the indexing replaces the served generation. */
export const INDEXING_GROWTH = 2;
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
  /** Documents added in all, and when the served generation was chosen. */
  private additions = 0;
  private additionsServed = 0;
  /** A query read the served generation since it was chosen (see `refreshDue`). */
  private read = false;
  /** Indexing ended and another thread resolves the entities: queries keep the held generation (`holdWhileResolving`). */
  private resolving: IndexingProgress | undefined;
  /** A change other than an addition came before the end of indexing (which is itself a change). */
  private releaseBeforeEnd = false;
  /** The last progress of the indexing that ended. */
  private ended: IndexingProgress | undefined;

  /** The index's latest generation (what per-document caches outside the derived data follow). */
  get current(): number {
    return this.latest;
  }

  /** Indexing runs, or its entities are still being resolved elsewhere (what a hover says). */
  get indexing(): IndexingProgress | undefined {
    return this.progress ?? this.resolving;
  }

  /** The files are still being indexed (the end's steps, key terms among them, not yet due). */
  get scanning(): boolean {
    return !!this.progress;
  }

  /**
   * Just after indexing ended, while another thread resolves the entities of the whole corpus: a
   * query that read a held generation keeps reading it (and says indexing) rather than resolve the
   * corpus on this thread meanwhile (the slowest hover of indexing, 1.8-2.2 s on 5 MB of short
   * articles). `on` false: the next query reads the latest generation, which takes that resolution.
   */
  holdWhileResolving(on: boolean): void {
    if (on && !this.progress && this.ended) {
      this.resolving = this.ended;
      this.mustRelease = this.releaseBeforeEnd;
    } else if (!on && this.resolving) {
      this.resolving = undefined;
      this.chosenFor = -1;
    }
  }

  /** A new document came (what a held generation may lag behind on). */
  added(): void {
    this.latest++;
    this.additions++;
  }

  /** Anything else changed (an edit, a removal, the settings): the next query is exact. */
  changed(): void {
    this.latest++;
    this.mustRelease = true;
  }

  /** Indexing runs (`progress`) or ended (undefined: the next query is exact). */
  setIndexing(progress: IndexingProgress | undefined): void {
    // Its end is a change: what queries left out while indexing (key terms) is built now.
    if (this.progress && !progress) {
      this.releaseBeforeEnd = this.mustRelease;
      this.ended = this.progress;
      this.changed();
    }
    if (progress) this.resolving = undefined; // a newer indexing (of a superseded one's hold)
    this.progress = progress;
  }

  generation(): number {
    // Chosen once per change of the index: the calls of one query read one generation.
    if (this.chosenFor !== this.latest) {
      this.chosenFor = this.latest;
      // While indexing, held once one was served; the indexing releases it (`release`).
      const hold = (this.progress || this.resolving) && !this.mustRelease && this.servedSince > -Infinity;
      if (!hold && this.served !== this.latest) {
        this.served = this.latest;
        this.servedSince = Date.now();
        this.rebuildMs = 0;
        this.additionsServed = this.additions;
      }
      this.mustRelease = false;
    }
    this.read = true;
    return this.served;
  }

  /**
   * While indexing: whether the indexing should move the queries on to the latest generation now
   * (and build what they read first): a query read the served one, the corpus has doubled since,
   * it was held a few seconds, or four times what rebuilding it cost, and at most half the files are done.
   */
  get refreshDue(): boolean {
    const p = this.progress;
    // Not past half of the files: a rebuild then is soon replaced by the exact one at the end, which
    // costs as much (the 6,349 speeches at load 11: 9.3 s at 5,650 of them, 12.1 s at the end).
    return !!p && 2 * p.done <= p.total && this.read && this.served !== this.latest && this.additions >= INDEXING_GROWTH * Math.max(1, this.additionsServed) && Date.now() >= this.heldUntil();
  }

  /** The next query reads the latest generation; `built` once what it reads was built for it (by the indexing, not by a query). */
  release(): void {
    this.mustRelease = true;
    this.chosenFor = -1;
  }

  built(): void {
    this.read = false;
  }

  rebuilt(ms: number): void {
    this.rebuildMs += ms;
  }

  private heldUntil(): number {
    return this.servedSince + this.rebuildMs + Math.max(INDEXING_HOLD_MS, HOLD_PER_REBUILD * this.rebuildMs);
  }
}
