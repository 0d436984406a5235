/**
 * Entities of the corpus: the surface table grouped by entity resolution (entities/resolve.ts),
 * the records the views list, and each entity's surface rows. Rebuilt per generation of the index;
 * when only counts changed (the usual edit) the grouping is kept and only the counts refreshed:
 * from every row the first time, then by the rows of the documents that changed (an edit of one
 * article must not cost a pass over the corpus: 35 ms per edit on 23 MB of speeches).
 */
import type { NameChecks } from '../../document';
import { resolveEntities, type Misspelling as FoundMisspelling, type Resolution, type ResolveOptions, type SurfaceForm } from '../../entities/resolve';
import { FormTokens } from '../../entities/isolatedForms';
import { lazy } from '../../common/lazy';
import type { DeclaredEntity } from '../../types';
import type { CodebookFilter } from '../codebookFilter';
import type { EntityRecord, Misspelling } from '../model';
import type { EntitySurfaceTable, SurfaceRow } from '../tables/entitySurfaces';
import { type DerivedClock, DerivedCache } from './derivedCache';
import { type RecordList, byMentions, listed, recordsOf, withTouched } from './entityRecordList';

/** The resolution's name table and misspellings (not its entities: their document lists are big), and the records. */
interface ResolutionState {
  /** What it was grouped for: the surface table's forms and the codebook (see `refreshCounts`). */
  readonly forms: number;
  readonly codebook: CodebookFilter;
  readonly res: Pick<Resolution, 'bySurface' | 'misspellings' | 'hiddenByCount' | 'weakAtOne'>;
  /** The records, most mentioned first, listed when asked (`recordsOf`). */
  readonly list: RecordList;
  /** Handed on from state to state through edits, its touched records replaced (`withTouchedRecords`). */
  readonly byId: Map<string, EntityRecord>;
  /**
   * Mentions and documents per entity as the surface rows count them (see `refreshCounts`), once
   * counts were refreshed; handed on from state to state and updated in place.
   */
  readonly rowCounts?: RowCounts;
  /** The last grouping of every form, which new forms that are isolated from its forms extend (see `extended`). */
  readonly base: Base;
}

/** A grouping of every form: its rows, its resolution, and (made when first needed) its forms' tokens. */
interface Base {
  readonly rows: readonly SurfaceRow[];
  readonly declared: readonly DeclaredEntity[];
  readonly resolved: ResolvedForms;
  readonly misspellings: () => FoundMisspelling[];
  tokens?: FormTokens;
  rowSet?: ReadonlySet<SurfaceRow>;
  ids?: ReadonlySet<string>;
  /** The tokens of an earlier grouping and its rows, which this one's extend (a new name that joins a group must not cost them all again). */
  earlier?: { readonly tokens: FormTokens; readonly rowSet: ReadonlySet<SurfaceRow> };
}

interface RowCounts {
  readonly mentions: Map<string, number>;
  readonly documents: Map<string, number>;
}

/**
 * What resolution groups, as it can travel to another thread: the surface forms (in a fixed order,
 * those the codebook ignores left out), the codebook's declared entities and its names that are no
 * misspelling.
 */
export interface ResolutionInput {
  readonly forms: readonly SurfaceForm[];
  readonly declared: readonly DeclaredEntity[];
  readonly ignoreMisspellings: readonly string[];
}

/** A resolution as the state keeps it and as another thread hands it over (Maps, Sets and records: no document lists). */
export interface ResolvedForms {
  readonly records: EntityRecord[];
  readonly bySurface: Map<string, string>;
  readonly hiddenByCount: ReadonlySet<string>;
  readonly weakAtOne: ReadonlySet<string>;
}

/** Resolves the forms of `input` with the name checks and lower-case counts given: beside the index, or in another thread. */
export function resolveInput(input: ResolutionInput, names: NameChecks | undefined, lowerCaseUses: ResolveOptions['lowerCaseUses']): { readonly resolved: ResolvedForms; readonly misspellings: () => FoundMisspelling[] } {
  const res = resolveEntities(input.forms, { declared: input.declared, isKnownName: names?.isKnownName, isGivenName: names?.isGivenName, isOrdinaryWord: names?.isOrdinaryWord, isAttestedWord: names?.isAttestedWord,
    isKnownBeyondTrainingBody: names?.isKnownBeyondTrainingBody, ignoreMisspellings: input.ignoreMisspellings, lowerCaseUses });
  const records: EntityRecord[] = res.entities.map((e) => ({
    id: `entity:${e.id}`,
    name: e.name,
    type: e.type ?? 'organization',
    aliases: e.aliases.length ? e.aliases : [e.name],
    mentions: e.count,
    documents: e.documents.length,
    declared: e.declared,
  }));
  return { resolved: { records, bySurface: res.bySurface, hiddenByCount: res.hiddenByCount, weakAtOne: res.weakAtOne }, misspellings: res.misspellings };
}

/** The surface rows of each entity, and what they were grouped for. */
interface RowsByEntity {
  readonly rowsVersion: number;
  readonly res: ResolutionState['res'];
  readonly codebook: CodebookFilter;
  readonly byEntity: Map<string, SurfaceRow[]>;
}

export class EntityResolution {
  private readonly state: DerivedCache<ResolutionState>;
  /** The surface rows of each entity: one pass over the surface table per change, rather than one per query. */
  private readonly rowsByEntity: DerivedCache<RowsByEntity>;
  /** Times the surface forms were grouped from scratch (not only counts refreshed): the costly rebuild. */
  groupings = 0;
  /** Times new forms were grouped alone and added to the last grouping (`extended`). */
  extensions = 0;

  constructor(
    clock: DerivedClock,
    private readonly surfaces: EntitySurfaceTable,
    private readonly codebook: () => CodebookFilter,
    private readonly names: () => NameChecks | undefined,
    /** Lower-case uses of words in the corpus, each up to its `enough` (see resolve.ts, `lowerCaseUses`). */
    private readonly lowerCaseUses?: ResolveOptions['lowerCaseUses'],
    /** The state of the index now (bumped on every change): what an offered resolution must have been read from. */
    private readonly stamp: () => number = () => 0,
  ) {
    this.state = new DerivedCache(clock, (previous) => this.resolve(previous));
    this.rowsByEntity = new DerivedCache(clock, (previous) => this.groupRowsByEntity(previous));
  }

  records(): readonly EntityRecord[] {
    const r = this.state.get();
    return recordsOf(r.list, r.byId);
  }

  entity(id: string): EntityRecord | undefined {
    return this.state.get().byId.get(id);
  }

  /** The entity id of a surface form as written ("Putin" → `entity:person:vladimir-putin`). */
  entityIdOf(surface: string): string | undefined {
    const rid = this.state.get().res.bySurface.get(surface);
    return rid === undefined ? undefined : `entity:${rid}`;
  }

  /**
   * The grouping of surface forms into entities: the same object as long as edits changed only
   * counts (the same forms and codebook), so that lists of mentions can be kept through them.
   */
  grouping(): object {
    return this.state.get().res;
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
    return this.rowsByEntity.get().byEntity.get(id) ?? [];
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
    const changed = this.surfaces.takeChangedDocuments();
    // Same surface forms, other counts (the usual edit): keep the grouping, refresh the counts.
    // Unless the edit changed the count of a form left out for its count (a weak organisation named a second time).
    const hiddenChanged = previous !== undefined && previous.codebook === codebook && this.changesHiddenForms(previous, changed);
    if (previous && previous.forms === this.surfaces.forms && previous.codebook === codebook && !hiddenChanged) {
      const refreshed = this.refreshCounts(previous, changed);
      // Unless it left an organisation shown on two mentions with one, which the rule leaves out.
      if (!dropsToWeak(refreshed)) return refreshed;
    }
    const offered = this.offered;
    this.offered = undefined;
    const offerHolds = offered !== undefined && offered.stamp === this.stamp() && offered.codebook === codebook;
    // New forms that no rule can relate to the others (an article that brings a new name): the last grouping and theirs.
    if (previous && !offerHolds && previous.codebook === codebook && !hiddenChanged) {
      const extended = this.extended(previous, codebook, changed);
      if (extended && !dropsToWeak(extended)) {
        this.extensions++;
        return extended;
      }
    }
    this.groupings++;
    const earlier = previous && (previous.base.tokens && previous.base.rowSet ? { tokens: previous.base.tokens, rowSet: previous.base.rowSet } : previous.base.earlier);
    if (offerHolds) {
      const { resolved, misspellings } = offered;
      const found = misspellings ? () => misspellings.slice() : () => resolveInput(offered.input, this.names(), this.lowerCaseUses).misspellings();
      return this.stateOf(codebook, resolved, found, { rows: offered.rows, declared: offered.input.declared, resolved, misspellings: found, earlier });
    }
    const input = this.inputFor(codebook);
    const { resolved, misspellings } = resolveInput(input, this.names(), this.lowerCaseUses);
    return this.stateOf(codebook, resolved, misspellings, { rows: this.inputRows.get(input)!, declared: input.declared, resolved, misspellings, earlier });
  }

  /**
   * The grouping of `base` with the forms added since resolved alone and those gone since left out,
   * if each is isolated from the base's other forms (isolatedForms.ts); else undefined. The same
   * grouping as one of every form, as no rule relates these forms to another, nor do the new
   * forms' ids meet the base's.
   */
  private extended(previous: ResolutionState, codebook: CodebookFilter, changed: ReadonlyMap<string, ReadonlyMap<SurfaceRow, number>>): ResolutionState | undefined {
    const base = previous.base;
    const rowSet = (base.rowSet ??= new Set(base.rows));
    const added: SurfaceRow[] = [];
    let kept = 0;
    for (const row of this.surfaces.rows()) {
      if (codebook.isIgnoredName(row.text)) continue;
      if (rowSet.has(row)) kept++;
      else added.push(row);
    }
    const gone = kept === base.rows.length ? [] : base.rows.filter((row) => this.surfaces.row(row.sid) !== row);
    // The base's forms again (new forms gone) need no tokens: its grouping, its entities counted as below.
    if (added.length || gone.length) {
      const tokens = (base.tokens ??= base.earlier ? base.earlier.tokens.with(base.rows.filter((r) => !base.earlier!.rowSet.has(r)), base.declared) : FormTokens.of(base.rows, base.declared));
      base.earlier = undefined;
      for (const row of gone) if (!tokens.isolatesWithin(row.text, row.type)) return undefined;
      for (const row of added) if (!tokens.isolates(row.text, row.type)) return undefined;
    }
    // The entities of the forms gone: of those forms only, as they share no token with another.
    const goneTexts = new Set(gone.map((row) => row.text));
    const goneIds = new Set<string>();
    for (const text of goneTexts) {
      const id = base.resolved.bySurface.get(text);
      if (id !== undefined) goneIds.add(id);
    }
    const baseIds = (base.ids ??= new Set(base.resolved.records.map((r) => r.id)));
    const ids = goneIds.size ? new Set([...baseIds].filter((id) => !goneIds.has(id.slice('entity:'.length)))) : baseIds;
    let extra: ReturnType<typeof resolveInput> | undefined;
    if (added.length) {
      extra = resolveInput({ forms: formsOf(added), declared: [], ignoreMisspellings: codebook.input.ignore }, this.names(), this.lowerCaseUses);
      if (extra.resolved.records.some((r) => ids.has(r.id))) return undefined;
    }
    const x = extra?.resolved;
    const bySurface = new Map(base.resolved.bySurface);
    for (const text of goneTexts) bySurface.delete(text);
    if (x) for (const [text, id] of x.bySurface) bySurface.set(text, id);
    const found = extra?.misspellings;
    const baseFound = gone.length ? lazy(() => base.misspellings().filter((m) => !goneTexts.has(m.surface) && !goneIds.has(m.entityId))) : base.misspellings;
    const res: ResolutionState['res'] = {
      bySurface,
      misspellings: found ? lazy(() => [...baseFound(), ...found()]) : baseFound,
      hiddenByCount: x || gone.length ? new Set([...base.resolved.hiddenByCount, ...(x?.hiddenByCount ?? [])].filter((text) => !goneTexts.has(text))) : base.resolved.hiddenByCount,
      weakAtOne: x || gone.length ? new Set([...base.resolved.weakAtOne, ...(x?.weakAtOne ?? [])].filter((id) => !goneIds.has(id))) : base.resolved.weakAtOne,
    };
    // Counts: the base's entities' as the previous state had them, with the changed documents' base rows
    // (no other row is of a base entity); the new forms' entities' from their rows.
    const byId = previous.byId;
    const previousRecords = recordsOf(previous.list, previous.byId);
    const records = previousRecords.filter((e) => ids.has(e.id));
    for (const e of previousRecords) if (!ids.has(e.id)) byId.delete(e.id);
    const rowCounts = previous.rowCounts ?? { mentions: new Map(records.map((e) => [e.id, e.mentions])), documents: new Map(records.map((e) => [e.id, e.documents])) };
    const touched = new Set<string>();
    if (x) {
      const rows = new Map<string, SurfaceRow[]>();
      for (const row of added) {
        const id = x.bySurface.get(row.text);
        if (id !== undefined) rows.set(`entity:${id}`, [...(rows.get(`entity:${id}`) ?? []), row]);
      }
      for (const e of x.records) {
        const docs = new Set<string>();
        let mentions = 0;
        for (const row of rows.get(e.id) ?? []) {
          mentions += row.count;
          for (const d of row.docs.keys()) docs.add(d);
        }
        byId.set(e.id, e);
        rowCounts.mentions.set(e.id, mentions);
        rowCounts.documents.set(e.id, docs.size);
        touched.add(e.id);
      }
    }
    const state: ResolutionState = { forms: this.surfaces.forms, codebook, res, list: listed(records), byId, rowCounts, base };
    this.countChanges(state, changed, (row) => (rowSet.has(row) ? this.entityIdIn(state, row) : undefined), touched);
    return withTouchedRecords(state, touched);
  }

  /**
   * What a grouping of the forms now would read (for another thread to resolve: `offer`), and the
   * state of the index it reads (the same stamp, nothing changed since).
   */
  input(stamp: number): ResolutionInput & { readonly stamp: number } {
    const codebook = this.codebook();
    const read = this.inputFor(codebook);
    const input = { ...read, stamp };
    this.inputCodebooks.set(input, codebook);
    this.inputRows.set(input, this.inputRows.get(read)!);
    return input;
  }

  /** The codebook each input was read with. */
  private readonly inputCodebooks = new WeakMap<ResolutionInput, CodebookFilter>();

  /**
   * A resolution of `input(stamp)` made elsewhere (with the same name checks and lower-case counts),
   * with its misspellings if they were searched there: the next grouping takes it instead of
   * resolving, if the index (`stamp`) and the codebook are still those it was read from.
   */
  offer(input: ResolutionInput & { readonly stamp: number }, resolved: ResolvedForms, misspellings?: readonly FoundMisspelling[]): void {
    const codebook = this.inputCodebooks.get(input);
    const rows = this.inputRows.get(input);
    this.offered = codebook && rows && { input, rows, stamp: input.stamp, codebook, resolved, misspellings };
  }

  private offered: { readonly input: ResolutionInput; readonly rows: readonly SurfaceRow[]; readonly stamp: number; readonly codebook: CodebookFilter; readonly resolved: ResolvedForms; readonly misspellings?: readonly FoundMisspelling[] } | undefined;

  /** The rows each input was read from (the base of the grouping made of it). */
  private readonly inputRows = new WeakMap<ResolutionInput, readonly SurfaceRow[]>();

  private inputFor(codebook: CodebookFilter): ResolutionInput {
    const rows: SurfaceRow[] = [];
    for (const row of this.surfaces.rows()) if (!codebook.isIgnoredName(row.text)) rows.push(row);
    const declared: DeclaredEntity[] = codebook.input.entities.filter((e) => !codebook.isIgnoredName(e.name));
    const input = { forms: formsOf(rows), declared, ignoreMisspellings: codebook.input.ignore };
    this.inputRows.set(input, rows);
    return input;
  }

  private stateOf(codebook: CodebookFilter, resolved: ResolvedForms, misspellings: () => FoundMisspelling[], base: Base): ResolutionState {
    const { records, bySurface, hiddenByCount, weakAtOne } = resolved;
    const byId = new Map(records.map((r) => [r.id, r]));
    return { forms: this.surfaces.forms, codebook, res: { bySurface, misspellings, hiddenByCount, weakAtOne }, list: listed(records), byId, base };
  }

  /**
   * Did an edit change how often a document names a form that resolution left out for its count?
   * Only then must the forms be grouped again: a document merely holding such a form (most long
   * speeches hold one) keeps the grouping, or every keystroke in it would resolve the whole corpus.
   */
  private changesHiddenForms(r: ResolutionState, changed: ReadonlyMap<string, ReadonlyMap<SurfaceRow, number>>): boolean {
    const hidden = r.res.hiddenByCount;
    if (!hidden.size) return false;
    for (const [uri, before] of changed) {
      const now = new Map<SurfaceRow, number>();
      const sids = this.surfaces.sidsOf(uri);
      if (sids) for (let k = 0; k < sids.length; k++) {
        const row = this.surfaces.row(sids[k]);
        if (hidden.has(row.text)) now.set(row, (now.get(row) ?? 0) + 1);
      }
      for (const [row, n] of before) if (hidden.has(row.text) && now.get(row) !== n) return true;
      for (const [row, n] of now) if (before.get(row) !== n) return true;
    }
    return false;
  }

  /**
   * Mentions and documents of each entity from the current surface table, grouping unchanged: the
   * first time from every row, then from the rows of the documents that changed since.
   */
  private refreshCounts(r: ResolutionState, changed: ReadonlyMap<string, ReadonlyMap<SurfaceRow, number>>): ResolutionState {
    const entityOf = (row: SurfaceRow): string | undefined => this.entityIdIn(r, row);
    if (!r.rowCounts) {
      const rowCounts = this.countRows(entityOf);
      const records = recordsOf(r.list, r.byId).map((e) => ({ ...e, mentions: rowCounts.mentions.get(e.id) ?? 0, documents: rowCounts.documents.get(e.id) ?? 0 }));
      return withRecords(r, records, rowCounts);
    }
    const touched = new Set<string>();
    this.countChanges(r, changed, entityOf, touched);
    return withTouchedRecords(r, touched);
  }

  /** The entity id of a row in a state's grouping (none if the codebook ignores the name). */
  private entityIdIn(r: ResolutionState, row: SurfaceRow): string | undefined {
    const rid = r.res.bySurface.get(row.text);
    return rid === undefined || r.codebook.isIgnoredName(row.text) ? undefined : `entity:${rid}`;
  }

  /** Updates `r.rowCounts` by the documents that changed, the rows of each before and now; adds the entities it changed to `touched`. */
  private countChanges(r: ResolutionState, changed: ReadonlyMap<string, ReadonlyMap<SurfaceRow, number>>, entityOf: (row: SurfaceRow) => string | undefined, touched: Set<string>): void {
    const { mentions, documents } = r.rowCounts!;
    const inDocument = new Set<string>();
    for (const [uri, before] of changed) {
      // Each entity's mentions before and after the change, and whether the document has it then and now.
      inDocument.clear();
      for (const [row, n] of before) {
        const id = entityOf(row);
        if (id === undefined) continue;
        mentions.set(id, (mentions.get(id) ?? 0) - n);
        touched.add(id);
        inDocument.add(id);
      }
      const sids = this.surfaces.sidsOf(uri);
      const now = new Set<string>();
      if (sids) for (let k = 0; k < sids.length; k++) {
        const id = entityOf(this.surfaces.row(sids[k]));
        if (id === undefined) continue;
        mentions.set(id, (mentions.get(id) ?? 0) + 1);
        touched.add(id);
        now.add(id);
      }
      for (const id of inDocument) if (!now.has(id)) documents.set(id, (documents.get(id) ?? 0) - 1);
      for (const id of now) if (!inDocument.has(id)) documents.set(id, (documents.get(id) ?? 0) + 1);
    }
  }

  /** Mentions and documents of each entity, from every surface row. */
  private countRows(entityOf: (row: SurfaceRow) => string | undefined): RowCounts {
    const mentions = new Map<string, number>();
    const docs = new Map<string, Set<string>>();
    for (const row of this.surfaces.rows()) {
      const id = entityOf(row);
      if (id === undefined) continue;
      mentions.set(id, (mentions.get(id) ?? 0) + row.count);
      let d = docs.get(id);
      if (!d) docs.set(id, (d = new Set()));
      for (const u of row.docs.keys()) d.add(u);
    }
    return { mentions, documents: new Map([...docs].map(([id, d]) => [id, d.size])) };
  }

  private groupRowsByEntity(previous: RowsByEntity | undefined): RowsByEntity {
    const { res } = this.state.get();
    const codebook = this.codebook();
    const rowsVersion = this.surfaces.rowsVersion;
    // The same rows grouped the same way (an edit that changed only counts): the lists still hold.
    if (previous && previous.rowsVersion === rowsVersion && previous.res === res && previous.codebook === codebook) return previous;
    const bySurface = res.bySurface;
    const byEntity = new Map<string, SurfaceRow[]>();
    for (const row of this.surfaces.rows()) {
      const rid = bySurface.get(row.text);
      if (rid === undefined || codebook.isIgnoredName(row.text)) continue;
      const eid = `entity:${rid}`;
      let list = byEntity.get(eid);
      if (!list) byEntity.set(eid, (list = []));
      list.push(row);
    }
    return { rowsVersion, res, codebook, byEntity };
  }
}

/** The forms of `rows` to resolve, in a fixed order (documents arrive in any order from the workers): the same corpus always resolves the same way. */
function formsOf(rows: readonly SurfaceRow[]): SurfaceForm[] {
  const forms = rows.map((row) => ({ text: row.text, type: row.type, count: row.count, documents: [...row.docs.keys()] }));
  forms.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return forms;
}

/** Has an edit left an organisation that the weak-organisation rule leaves out at one mention with one? */
function dropsToWeak(r: ResolutionState): boolean {
  for (const id of r.res.weakAtOne) if ((r.byId.get(`entity:${id}`)?.mentions ?? 0) <= 1) return true;
  return false;
}

/** A state with other counts: its records sorted again (most mentioned first) and looked up by id. */
function withRecords(r: ResolutionState, records: EntityRecord[], rowCounts: RowCounts): ResolutionState {
  records.sort(byMentions);
  return { ...r, list: listed(records), byId: new Map(records.map((e) => [e.id, e])), rowCounts };
}

/**
 * After an edit: the few entities it touched get new records with the counts of `r.rowCounts` (in
 * `byId`, shared from state to state); the list notes them, to be merged when asked (`recordsOf`).
 */
function withTouchedRecords(r: ResolutionState, touched: ReadonlySet<string>): ResolutionState {
  const { mentions, documents } = r.rowCounts!;
  const byId = r.byId;
  for (const id of touched) {
    const e = byId.get(id);
    if (e) byId.set(id, { ...e, mentions: mentions.get(id) ?? 0, documents: documents.get(id) ?? 0 });
  }
  return { ...r, list: withTouched(r.list, touched) };
}
