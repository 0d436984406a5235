/**
 * Decorations: entities underlined by type, terms highlighted in their category's colour, with
 * marks in the overview ruler. Data from DocumentMarkupRequest.
 *
 * - No flicker: the old decorations stay until the new markup for the current version arrives
 *   (VS Code moves them with the edits meanwhile); requests are debounced while typing.
 * - Cheap: the markup of a document is cached per version, and only the ranges within the visible
 *   lines ± a margin are handed to the editor; scrolling re-filters from the cache.
 */
import * as vscode from 'vscode';
import type { CategoryInfo, DocumentMarkup } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { Lens, config, isArticleDocument, toRange } from '../lens';
import { HighlightState } from './state';

export const ENTITY_TYPES = ['person', 'place', 'organization', 'group', 'date', 'event'] as const;

interface Cached {
  readonly version: number;
  readonly entities: readonly { range: vscode.Range; type: string }[];
  readonly terms: readonly { range: vscode.Range; category: string; kind: 'rhetoric' | 'keyword' }[];
}

/** What was last handed to an editor: for tests and the status. */
export interface AppliedDecorations {
  readonly version: number;
  readonly entities: number;
  readonly terms: number;
  readonly byKey: Readonly<Record<string, number>>;
}

export class Highlighter implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly entityTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly categoryTypes = new Map<string, vscode.TextEditorDecorationType>();
  private categories = new Map<string, CategoryInfo>();
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, number>();
  private readonly applied = new Map<string, AppliedDecorations>();
  private scrollTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly lens: Lens,
    private readonly state: HighlightState,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible(false)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isVisible(e.document)) this.schedule(e.document, this.debounceMs());
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => this.render(e.textEditor), 30);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.applied.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('discourseLens.highlights')) this.rebuildTypes();
      }),
      state.onDidChange(() => this.renderAll()),
      lens.onDidChangeCorpus(() => {
        void this.loadCategories().then(() => this.refreshVisible(true));
      }),
    );
    this.rebuildEntityTypes();
    void this.loadCategories().then(() => this.refreshVisible(true));
  }

  private debounceMs(): number {
    return Math.max(0, config().get<number>('highlights.debounce', 150));
  }

  private isVisible(doc: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document === doc);
  }

  /** Re-requests the markup of every visible article (after a corpus change: `force`). */
  refreshVisible(force: boolean): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!isArticleDocument(editor.document)) continue;
      const cached = this.cache.get(editor.document.uri.toString());
      if (force || !cached || cached.version !== editor.document.version) this.schedule(editor.document, force ? 50 : 0);
      else this.render(editor);
    }
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isArticleDocument(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.fetch(doc);
      }, delay),
    );
  }

  private async fetch(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    const ticket = (this.inflight.get(key) ?? 0) + 1;
    this.inflight.set(key, ticket);
    let markup: DocumentMarkup | null;
    try {
      markup = await this.lens.documentMarkup(doc.uri);
    } catch (e) {
      this.lens.log.debug(`documentMarkup ${doc.uri.fsPath}: ${String(e)}`);
      return;
    }
    // A newer request was sent, or the text changed since: keep the old decorations, the next answer will do.
    if (this.inflight.get(key) !== ticket || doc.version !== version || !markup) return;
    this.cache.set(key, {
      version,
      entities: markup.entities.map((e) => ({ range: toRange(e.range), type: e.type })),
      terms: markup.terms.map((t) => ({ range: toRange(t.range), category: t.category, kind: t.kind })),
    });
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.render(editor);
  }

  private renderAll(): void {
    for (const editor of vscode.window.visibleTextEditors) if (isArticleDocument(editor.document)) this.render(editor);
  }

  /** Hands the cached markup within the visible lines ± margin to the editor. */
  render(editor: vscode.TextEditor): void {
    const key = editor.document.uri.toString();
    const cached = this.cache.get(key);
    if (!cached) return;
    const margin = Math.max(0, config().get<number>('highlights.visibleMargin', 200));
    const windows = editor.visibleRanges.map((r) => [Math.max(0, r.start.line - margin), r.end.line + margin] as const);
    const visible = (r: vscode.Range) => windows.length === 0 || windows.some(([a, b]) => r.end.line >= a && r.start.line <= b);
    const on = this.state.enabled;
    const byKey: Record<string, number> = {};
    let entities = 0;
    let terms = 0;

    const entityRanges = new Map<string, vscode.Range[]>(ENTITY_TYPES.map((t) => [t, []]));
    if (on && this.state.entitiesEnabled) {
      for (const e of cached.entities) {
        if (!this.state.isEntityTypeVisible(e.type) || !visible(e.range)) continue;
        const list = entityRanges.get(e.type) ?? entityRanges.set(e.type, []).get(e.type)!;
        list.push(e.range);
      }
    }
    for (const [type, ranges] of entityRanges) {
      editor.setDecorations(this.entityType(type), ranges);
      byKey[`entity:${type}`] = ranges.length;
      entities += ranges.length;
    }

    const termRanges = new Map<string, vscode.Range[]>([...this.categoryTypes.keys()].map((c) => [c, []]));
    if (on && this.state.termsEnabled) {
      for (const t of cached.terms) {
        const category = t.kind === 'keyword' ? 'keyword' : t.category;
        if (!this.state.isCategoryVisible(category) || !visible(t.range)) continue;
        this.categoryType(category);
        const list = termRanges.get(category) ?? termRanges.set(category, []).get(category)!;
        list.push(t.range);
      }
    }
    for (const [category, ranges] of termRanges) {
      editor.setDecorations(this.categoryType(category), ranges);
      byKey[`term:${category}`] = ranges.length;
      terms += ranges.length;
    }
    this.applied.set(key, { version: cached.version, entities, terms, byKey });
  }

  /** What the editor of `uri` shows now (tests). */
  appliedTo(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  categoryList(): readonly CategoryInfo[] {
    return [...this.categories.values()];
  }

  private async loadCategories(): Promise<void> {
    try {
      const list = await this.lens.categories();
      const next = new Map(list.map((c) => [c.id, c]));
      const changed = [...next].some(([id, c]) => this.categories.get(id)?.color !== c.color) || next.size !== this.categories.size;
      this.categories = next;
      if (changed) this.rebuildCategoryTypes();
    } catch (e) {
      this.lens.log.debug(`categories: ${String(e)}`);
    }
  }

  private rebuildTypes(): void {
    this.rebuildEntityTypes();
    this.rebuildCategoryTypes();
    this.renderAll();
  }

  private rebuildEntityTypes(): void {
    for (const t of this.entityTypes.values()) t.dispose();
    this.entityTypes.clear();
    for (const t of ENTITY_TYPES) this.entityType(t);
  }

  private rebuildCategoryTypes(): void {
    for (const t of this.categoryTypes.values()) t.dispose();
    this.categoryTypes.clear();
  }

  private ruler(): vscode.OverviewRulerLane | undefined {
    return config().get<boolean>('highlights.overviewRuler', true) ? vscode.OverviewRulerLane.Right : undefined;
  }

  private entityType(type: string): vscode.TextEditorDecorationType {
    let t = this.entityTypes.get(type);
    if (!t) {
      const known = (ENTITY_TYPES as readonly string[]).includes(type);
      const color = new vscode.ThemeColor(known ? `discourseLens.entity.${type}` : 'discourseLens.entity.other');
      const lane = this.ruler();
      t = vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
        overviewRulerColor: lane ? color : undefined,
        overviewRulerLane: lane,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.entityTypes.set(type, t);
    }
    return t;
  }

  private categoryType(category: string): vscode.TextEditorDecorationType {
    let t = this.categoryTypes.get(category);
    if (!t) {
      const info = this.categories.get(category);
      const useCategoryColor = config().get<boolean>('highlights.categoryColors', true) && info && /^#[0-9a-fA-F]{6}/.test(info.color);
      const hex = useCategoryColor ? info!.color.slice(0, 7) : undefined;
      const fallback = category === 'keyword' ? 'discourseLens.keyword' : 'discourseLens.term';
      const lane = this.ruler();
      t = vscode.window.createTextEditorDecorationType({
        // A translucent tint of the category's colour reads on light and dark themes alike;
        // the solid bottom border keeps it visible in high contrast.
        backgroundColor: hex ? `${hex}33` : new vscode.ThemeColor(`${fallback}.background`),
        borderStyle: 'none none dotted none',
        borderWidth: '0 0 1px 0',
        borderColor: hex ?? new vscode.ThemeColor(`${fallback}.border`),
        overviewRulerColor: lane ? (hex ? `${hex}cc` : new vscode.ThemeColor(`${fallback}.border`)) : undefined,
        overviewRulerLane: lane === undefined ? undefined : vscode.OverviewRulerLane.Center,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.categoryTypes.set(category, t);
    }
    return t;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const t of this.entityTypes.values()) t.dispose();
    for (const t of this.categoryTypes.values()) t.dispose();
    for (const t of this.pending.values()) clearTimeout(t);
    clearTimeout(this.scrollTimer);
  }
}

export function registerHighlightCommands(state: HighlightState, highlighter: Highlighter): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(EditorCommand.toggleHighlights, async (enabled?: boolean) => {
      await state.setEnabled(typeof enabled === 'boolean' ? enabled : !state.enabled);
      return state.enabled;
    }),
    vscode.commands.registerCommand(EditorCommand.toggleCategoryHighlights, async (args?: { category?: string; entityType?: string }) => {
      if (args?.category) await state.toggleCategory(args.category);
      else if (args?.entityType) await state.toggleEntityType(args.entityType);
      else {
        const items: (vscode.QuickPickItem & { category?: string; entityType?: string })[] = [
          { label: 'Entity types', kind: vscode.QuickPickItemKind.Separator },
          ...ENTITY_TYPES.map((t) => ({ label: t, description: 'entities', entityType: t, picked: state.isEntityTypeVisible(t) })),
          { label: 'Term categories', kind: vscode.QuickPickItemKind.Separator },
          ...[...highlighter.categoryList(), { id: 'keyword', label: 'Key terms', color: '', source: 'builtin' as const }].map((c) => ({
            label: c.label,
            description: c.id,
            category: c.id,
            picked: state.isCategoryVisible(c.id),
          })),
        ];
        const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Highlight these categories and entity types' });
        if (!picked) return state.snapshot();
        const shown = new Set(picked.map((p) => p.category ?? `type:${p.entityType}`));
        await state.setHidden(
          items.filter((i) => i.category && !shown.has(i.category)).map((i) => i.category!),
          items.filter((i) => i.entityType && !shown.has(`type:${i.entityType}`)).map((i) => i.entityType!),
        );
      }
      return state.snapshot();
    }),
  ];
}
