/**
 * Entities of the corpus: the surface table grouped by entity resolution (entities/resolve.ts),
 * the records the views list, and each entity's surface rows. Rebuilt per generation of the index;
 * when only counts changed (the usual edit) the grouping is kept and only the counts refreshed.
 */
import type { NameChecks } from '../../document';
import { resolveEntities, type Resolution } from '../../entities/resolve';
import type { DeclaredEntity } from '../../types';
import type { CodebookFilter } from '../codebookFilter';
import type { EntityRecord, Misspelling } from '../model';
import type { EntitySurfaceTable, SurfaceRow } from '../tables/entitySurfaces';
import { DerivedCache } from './derivedCache';

/** The resolution's name table and misspellings (not its entities: their document lists are big), and the records. */
interface ResolutionState {
  /** What it was grouped for: the surface table's forms and the codebook (see `refreshCounts`). */
  readonly forms: number;
  readonly codebook: CodebookFilter;
  readonly res: Pick<Resolution, 'bySurface' | 'misspellings'>;
  readonly records: EntityRecord[];
  readonly byId: Map<string, EntityRecord>;
}

export class EntityResolution {
  private readonly state: DerivedCache<ResolutionState>;
  /** The surface rows of each entity: one pass over the surface table per change, rather than one per query. */
  private readonly rowsByEntity: DerivedCache<Map<string, SurfaceRow[]>>;

  constructor(
    generation: () => number,
    private readonly surfaces: EntitySurfaceTable,
    private readonly codebook: () => CodebookFilter,
    private readonly names: () => NameChecks | undefined,
  ) {
    this.state = new DerivedCache(generation, (previous) => this.resolve(previous));
    this.rowsByEntity = new DerivedCache(generation, () => this.groupRowsByEntity());
  }

  records(): readonly EntityRecord[] {
    return this.state.get().records;
  }

  entity(id: string): EntityRecord | undefined {
    return this.state.get().byId.get(id);
  }

  /** The entity id of a surface form as written ("Putin" → `entity:person:vladimir-putin`). */
  entityIdOf(surface: string): string | undefined {
    const rid = this.state.get().res.bySurface.get(surface);
    return rid === undefined ? undefined : `entity:${rid}`;
  }

  /** The entity id of each surface row (none if the codebook ignores the name), for a pass over many mentions. */
  entityOfRow(): (sid: number) => string | undefined {
    const bySurface = this.state.get().res.bySurface;
    const codebook = this.codebook();
    return (sid) => {
      const text = this.surfaces.row(sid).text;
      const rid = bySurface.get(text);
      return rid === undefined || codebook.isIgnoredName(text) ? undefined : `entity:${rid}`;
    };
  }

  /** The surface rows of an entity (its surface forms as written, every type). */
  rowsOf(id: string): SurfaceRow[] {
    return this.rowsByEntity.get().get(id) ?? [];
  }

  misspellings(): Misspelling[] {
    const r = this.state.get();
    return r.res.misspellings().map((m) => {
      const id = `entity:${m.entityId}`;
      const e = r.byId.get(id);
      return { surface: m.surface, entityId: id, canonical: m.canonical, entityMentions: e?.mentions ?? 0, entityDocuments: e?.documents ?? 0, confidence: m.confidence, edit: m.edit };
    });
  }

  private resolve(previous: ResolutionState | undefined): ResolutionState {
    const codebook = this.codebook();
    // Same surface forms, other counts (the usual edit): keep the grouping, refresh the counts.
    if (previous && previous.forms === this.surfaces.forms && previous.codebook === codebook) return this.refreshCounts(previous);
    const forms = [];
    for (const row of this.surfaces.rows()) {
      if (codebook.isIgnoredName(row.text)) continue;
      forms.push({ text: row.text, type: row.type, count: row.count, documents: [...row.docs.keys()] });
    }
    // A fixed order (documents arrive in any order from the workers): the same corpus always
    // resolves the same way.
    forms.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    const declared: DeclaredEntity[] = codebook.input.entities.filter((e) => !codebook.isIgnoredName(e.name));
    const names = this.names();
    const res = resolveEntities(forms, { declared, isKnownName: names?.isKnownName, isGivenName: names?.isGivenName, isOrdinaryWord: names?.isOrdinaryWord, isAttestedWord: names?.isAttestedWord, ignoreMisspellings: codebook.input.ignore });
    const records: EntityRecord[] = res.entities.map((e) => ({
      id: `entity:${e.id}`,
      name: e.name,
      type: e.type ?? 'organization',
      aliases: e.aliases.length ? e.aliases : [e.name],
      mentions: e.count,
      documents: e.documents.length,
      declared: e.declared,
    }));
    const byId = new Map(records.map((r) => [r.id, r]));
    return { forms: this.surfaces.forms, codebook, res: { bySurface: res.bySurface, misspellings: res.misspellings }, records, byId };
  }

  /** Mentions and documents of each entity from the current surface table, grouping unchanged. */
  private refreshCounts(r: ResolutionState): ResolutionState {
    const mentions = new Map<string, number>();
    const docs = new Map<string, Set<string>>();
    for (const row of this.surfaces.rows()) {
      const rid = r.res.bySurface.get(row.text);
      if (rid === undefined || r.codebook.isIgnoredName(row.text)) continue;
      const id = `entity:${rid}`;
      mentions.set(id, (mentions.get(id) ?? 0) + row.count);
      let d = docs.get(id);
      if (!d) docs.set(id, (d = new Set()));
      for (const u of row.docs.keys()) d.add(u);
    }
    const records = r.records.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? 0, documents: docs.get(e.id)?.size ?? 0 }));
    records.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const byId = new Map(records.map((e) => [e.id, e]));
    return { ...r, records, byId };
  }

  private groupRowsByEntity(): Map<string, SurfaceRow[]> {
    const bySurface = this.state.get().res.bySurface;
    const codebook = this.codebook();
    const byEntity = new Map<string, SurfaceRow[]>();
    for (const row of this.surfaces.rows()) {
      const rid = bySurface.get(row.text);
      if (rid === undefined || codebook.isIgnoredName(row.text)) continue;
      const eid = `entity:${rid}`;
      let list = byEntity.get(eid);
      if (!list) byEntity.set(eid, (list = []));
      list.push(row);
    }
    return byEntity;
  }
}
