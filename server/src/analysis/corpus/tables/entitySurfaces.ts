/**
 * The entity surface table: one row per surface form as written and tagged (type, text), with its
 * mentions per document, kept current document by document. Each document keeps the row id of each
 * of its entity mentions, so a document is subtracted without re-reading it and mention queries
 * walk small integers instead of strings.
 */
import type { DocumentAnalysis } from '../../document';
import type { EntityType } from '../../types';
import { entityGroupsOf } from '../../cache/analysisViews';
import { DocCounts } from '../docCounts';

export interface SurfaceRow {
  /** Small integer id (see `row`), reused after the row is gone. */
  readonly sid: number;
  readonly text: string;
  readonly type: EntityType;
  count: number;
  readonly docs: DocCounts;
}

export class EntitySurfaceTable {
  private readonly byKey = new Map<string, SurfaceRow>();
  private readonly rowsBySid: (SurfaceRow | undefined)[] = [];
  private readonly byType = new Map<EntityType, Map<string, SurfaceRow>>();
  private readonly freeSids: number[] = [];
  /** Per document: the surface row id of each entity mention (aligned with its entity spans). */
  private readonly docSids = new Map<string, Int32Array>();
  private formsVersion = 0;
  /**
   * Forms that appeared (+1) or disappeared (-1) since `forms` was last read. An edit subtracts a
   * document and adds it again: a form only that document has goes and comes back, which nets out.
   */
  private readonly formChanges = new Map<string, number>();

  /** Changes when the set of surface forms changed since it was last read (not on count changes). */
  get forms(): number {
    if (this.formChanges.size) {
      this.formsVersion++;
      this.formChanges.clear();
    }
    return this.formsVersion;
  }

  private formChanged(key: string, change: 1 | -1): void {
    const net = (this.formChanges.get(key) ?? 0) + change;
    if (net) this.formChanges.set(key, net);
    else this.formChanges.delete(key);
  }

  /** The rows, in the order the forms first appeared. */
  rows(): IterableIterator<SurfaceRow> {
    return this.byKey.values();
  }

  row(sid: number): SurfaceRow {
    return this.rowsBySid[sid]!;
  }

  /** A document's row id per entity mention. */
  sidsOf(uri: string): Int32Array | undefined {
    return this.docSids.get(uri);
  }

  get sidsByDocument(): ReadonlyMap<string, Int32Array> {
    return this.docSids;
  }

  /**
   * Adds a document's mentions. They are grouped by name first (cached analyses come grouped),
   * so each row is looked up and its document count touched once.
   */
  add(uri: string, d: DocumentAnalysis): void {
    const g = entityGroupsOf(d);
    const perGroup = new Int32Array(g.texts.length);
    for (let k = 0; k < g.index.length; k++) perGroup[g.index[k]]++;
    const sidOfGroup = new Int32Array(g.texts.length);
    for (let j = 0; j < g.texts.length; j++) {
      const n = perGroup[j];
      if (!n) continue;
      const text = g.texts[j];
      const type = g.types[j];
      let byText = this.byType.get(type);
      if (!byText) this.byType.set(type, (byText = new Map()));
      let row = byText.get(text);
      if (!row) {
        const sid = this.freeSids.pop() ?? this.rowsBySid.length;
        row = { sid, text, type, count: 0, docs: new DocCounts() };
        byText.set(text, row);
        const key = `${type}\u0000${text}`;
        this.byKey.set(key, row);
        this.rowsBySid[sid] = row;
        this.formChanged(key, 1);
      }
      sidOfGroup[j] = row.sid;
      row.count += n;
      // A document being added has no count yet (contributions are always removed first).
      row.docs.set(uri, n);
    }
    const sids = new Int32Array(g.index.length);
    for (let k = 0; k < sids.length; k++) sids[k] = sidOfGroup[g.index[k]];
    this.docSids.set(uri, sids);
  }

  /** Removes a document's mentions, from the row ids recorded when it was added. */
  subtract(uri: string): void {
    const sids = this.docSids.get(uri);
    if (!sids) return;
    this.docSids.delete(uri);
    const perRow = new Map<number, number>();
    for (let k = 0; k < sids.length; k++) perRow.set(sids[k], (perRow.get(sids[k]) ?? 0) + 1);
    for (const [sid, n] of perRow) {
      const row = this.rowsBySid[sid]!;
      row.count -= n;
      row.docs.delete(uri);
      if (row.count <= 0) {
        const key = `${row.type}\u0000${row.text}`;
        this.byKey.delete(key);
        this.byType.get(row.type)!.delete(row.text);
        this.rowsBySid[sid] = undefined;
        this.freeSids.push(sid);
        this.formChanged(key, -1);
      }
    }
  }
}
