/**
 * The entity surface table: one row per surface form as written and tagged (type, text), with its
 * mentions per document, kept current document by document. Each document keeps the row id of each
 * of its entity mentions, so a document is subtracted without re-reading it and mention queries
 * walk small integers instead of strings. An edit subtracts a document and adds it again: a row that
 * falls to no mention is deleted only after that (`sweep`), so the rows the edit keeps stay the same
 * objects, and entity resolution can update its counts from the documents that changed
 * (`takeChangedDocuments`) instead of re-reading every row.
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

const NO_ROWS: ReadonlyMap<SurfaceRow, number> = new Map();

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
  /** Rows that fell to no mention in the current change: deleted by `sweep` unless added to again. */
  private readonly emptied = new Set<SurfaceRow>();
  private rowsCreatedOrDeleted = 0;
  /** Per document changed since `takeChangedDocuments`: its mentions per row before its first change then. */
  private changedDocs = new Map<string, ReadonlyMap<SurfaceRow, number>>();

  /** Changes whenever a row is created or deleted (rows and their ids stay valid while it does not). */
  get rowsVersion(): number {
    return this.rowsCreatedOrDeleted;
  }

  /**
   * The documents added, changed or removed since the last call, each with its mentions per row
   * before (empty if it was not in the table); its rows now are `sidsOf(uri)`.
   */
  takeChangedDocuments(): Map<string, ReadonlyMap<SurfaceRow, number>> {
    const changed = this.changedDocs;
    this.changedDocs = new Map();
    return changed;
  }

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
      if (row && row.count === 0) this.emptied.delete(row); // subtracted by this change, kept
      if (!row) {
        const sid = this.freeSids.pop() ?? this.rowsBySid.length;
        row = { sid, text, type, count: 0, docs: new DocCounts() };
        byText.set(text, row);
        const key = `${type}\u0000${text}`;
        this.byKey.set(key, row);
        this.rowsBySid[sid] = row;
        this.formChanged(key, 1);
        this.rowsCreatedOrDeleted++;
      }
      sidOfGroup[j] = row.sid;
      row.count += n;
      // A document being added has no count yet (contributions are always removed first).
      row.docs.set(uri, n);
    }
    const sids = new Int32Array(g.index.length);
    for (let k = 0; k < sids.length; k++) sids[k] = sidOfGroup[g.index[k]];
    this.docSids.set(uri, sids);
    if (!this.changedDocs.has(uri)) this.changedDocs.set(uri, NO_ROWS);
  }

  /** Removes a document's mentions, from the row ids recorded when it was added. Call `sweep` after the change. */
  subtract(uri: string): void {
    const sids = this.docSids.get(uri);
    if (!sids) return;
    this.docSids.delete(uri);
    const perRow = new Map<number, number>();
    for (let k = 0; k < sids.length; k++) perRow.set(sids[k], (perRow.get(sids[k]) ?? 0) + 1);
    const before = this.changedDocs.has(uri) ? undefined : new Map<SurfaceRow, number>();
    for (const [sid, n] of perRow) {
      const row = this.rowsBySid[sid]!;
      before?.set(row, n);
      row.count -= n;
      row.docs.delete(uri);
      if (row.count <= 0) this.emptied.add(row);
    }
    if (before) this.changedDocs.set(uri, before);
  }

  /** Deletes the rows the change left without a mention (see `subtract`). */
  sweep(): void {
    for (const row of this.emptied) {
      const key = `${row.type}\u0000${row.text}`;
      this.byKey.delete(key);
      this.byType.get(row.type)!.delete(row.text);
      this.rowsBySid[row.sid] = undefined;
      this.freeSids.push(row.sid);
      this.formChanged(key, -1);
      this.rowsCreatedOrDeleted++;
    }
    this.emptied.clear();
  }
}
