/**
 * The rhetoric term table: one row per (category, term) the markers of the corpus name, with its
 * mentions per document, kept current document by document.
 */
import type { DocumentAnalysis } from '../../document';
import { DocCounts } from '../docCounts';
import type { CodebookFilter } from '../codebookFilter';
import type { TermRecord } from '../model';

export interface TermRow {
  readonly id: string;
  readonly label: string;
  readonly category: string;
  count: number;
  readonly docs: DocCounts;
}

export function termId(category: string, term: string): string {
  return `term:${category}:${term}`;
}

export class RhetoricTermTable {
  private readonly byId = new Map<string, TermRow>();
  private readonly byCategory = new Map<string, Map<string, TermRow>>();

  /** Adds (sign 1) or subtracts (-1) a document's markers. */
  contribute(uri: string, d: DocumentAnalysis, sign: 1 | -1): void {
    const terms = new Map<TermRow, number>();
    for (const m of d.markers) {
      let byTerm = this.byCategory.get(m.category);
      if (!byTerm) this.byCategory.set(m.category, (byTerm = new Map()));
      let row = byTerm.get(m.term);
      if (!row) {
        if (sign < 0) continue;
        const id = termId(m.category, m.term);
        row = { id, label: m.term, category: m.category, count: 0, docs: new DocCounts() };
        byTerm.set(m.term, row);
        this.byId.set(id, row);
      }
      terms.set(row, (terms.get(row) ?? 0) + 1);
    }
    for (const [row, n] of terms) {
      row.count += sign * n;
      const c = (row.docs.get(uri) ?? 0) + sign * n;
      if (c > 0) row.docs.set(uri, c);
      else row.docs.delete(uri);
      if (row.count <= 0) {
        this.byId.delete(row.id);
        this.byCategory.get(row.category)?.delete(row.label);
      }
    }
  }

  /** The row of a term id, unless the codebook ignores it. */
  visible(id: string, filter: CodebookFilter): TermRow | undefined {
    const row = this.byId.get(id);
    return row && !filter.isIgnoredTerm(row.label, row.category) ? row : undefined;
  }

  /** The terms the codebook does not ignore, most mentioned first. */
  records(filter: CodebookFilter): TermRecord[] {
    const out: TermRecord[] = [];
    for (const row of this.byId.values()) if (!filter.isIgnoredTerm(row.label, row.category)) out.push(termRecord(row));
    out.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    return out;
  }
}

export function termRecord(row: TermRow): TermRecord {
  return { id: row.id, label: row.label, kind: 'rhetoric', category: row.category, mentions: row.count, documents: row.docs.size };
}
