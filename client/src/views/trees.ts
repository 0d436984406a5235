/**
 * Tree views of the "Discourse Lens" container: Entities (by type, with counts, expanding to
 * mentions, the names read once listed apart in each type; and the quoted sources, expanding to their quotations), Terms (by category, then by keyness), Notes. They refresh when the corpus changes.
 */
import * as vscode from 'vscode';
import type { EntityRecord, MentionLocation, NoteEntry, QuotedSource, TermRecord } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { Lens, config, toRange } from '../lens';
import { splitNamedOnce } from './namedOnce';

type Node =
  | { kind: 'group'; view: 'entities' | 'terms'; key: string; label: string; count: number; items: readonly (EntityRecord | TermRecord)[] }
  | { kind: 'entity'; record: EntityRecord }
  | { kind: 'term'; record: TermRecord }
  | { kind: 'mention'; mention: MentionLocation; index: number }
  | { kind: 'note'; note: NoteEntry }
  | { kind: 'sources'; items: readonly QuotedSource[] }
  | { kind: 'source'; source: QuotedSource }
  | { kind: 'message'; label: string };

const ENTITY_ICONS: Record<string, string> = {
  person: 'person',
  place: 'location',
  organization: 'organization',
  group: 'account',
  date: 'calendar',
  event: 'calendar',
};

const TYPE_LABELS: Record<string, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  group: 'Groups',
  date: 'Dates',
  event: 'Events',
};

function fileLabel(uri: string): string {
  const p = vscode.Uri.parse(uri);
  return vscode.workspace.asRelativePath(p, false);
}

abstract class LensTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  protected readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly sub: vscode.Disposable;

  constructor(protected readonly lens: Lens) {
    this.sub = lens.onDidChangeCorpus(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), 300);
    });
  }
  refresh(): void {
    this.emitter.fire(undefined);
  }
  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
  abstract getChildren(node?: Node): Promise<Node[]>;

  /**
   * While the server indexes, the corpus-wide lists stay empty (their welcome text says so): they
   * would group the names of a corpus still being read. They refresh when indexing ends.
   */
  protected async indexing(): Promise<boolean> {
    return (await this.lens.stats().catch(() => undefined))?.indexing ?? false;
  }

  protected async mentionsOf(id: string): Promise<Node[]> {
    return this.locations(await this.lens.mentions(id).catch(() => []));
  }

  /** Mentions (or quotations) as nodes, up to the setting's maximum. */
  protected locations(mentions: readonly MentionLocation[]): Node[] {
    const max = config().get<number>('views.maxMentions', 500);
    const nodes: Node[] = mentions.slice(0, max).map((m, index) => ({ kind: 'mention', mention: m, index }));
    if (mentions.length > max) nodes.push({ kind: 'message', label: `… ${mentions.length - max} more (setting discourseLens.views.maxMentions)` });
    return nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.view}/${node.key}`;
        item.description = String(node.count);
        item.contextValue = `discourseLens.${node.view}Group`;
        item.iconPath = new vscode.ThemeIcon(node.view === 'entities' ? ENTITY_ICONS[node.key] ?? 'symbol-misc' : 'symbol-keyword');
        if (node.key.endsWith(NAMED_ONCE)) {
          item.iconPath = new vscode.ThemeIcon('question');
          item.tooltip = 'Names the corpus mentions only once: no second mention confirms them, so check one before you rely on it.';
        }
        return item;
      }
      case 'entity': {
        const e = node.record;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = e.id;
        item.description = `${e.mentions} in ${e.documents} ${e.documents === 1 ? 'article' : 'articles'}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${e.name} (${e.type})${e.declared ? ', in the codebook' : ''}\nAlso: ${e.aliases.join(', ')}`);
        item.contextValue = 'discourseLens.entity';
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.type] ?? 'symbol-misc', new vscode.ThemeColor(`discourseLens.entity.${e.type}`));
        return item;
      }
      case 'term': {
        const t = node.record;
        const item = new vscode.TreeItem(t.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = t.id;
        // A key term counts in the articles where it is key: what they show (highlights, Outline, code lens).
        item.description = `${t.mentions} in ${t.documents} ${t.documents === 1 ? 'article' : 'articles'}${t.keyness ? ` where key · G² ${t.keyness.g2.toFixed(1)}` : ''}`;
        item.tooltip = t.keyness
          ? `${t.label}: key in ${t.documents} of ${t.keyness.corpusDocuments} articles (${t.mentions} mentions there, as they show it), used in ${t.keyness.documentFrequency}; at most G² ${t.keyness.g2.toFixed(2)}, log ratio ${t.keyness.logRatio.toFixed(2)} in one article. The concordance lists every use.`
          : `${t.label} (${t.category})`;
        item.contextValue = 'discourseLens.term';
        item.iconPath = new vscode.ThemeIcon(t.kind === 'keyword' ? 'key' : 'symbol-string');
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.description = `${fileLabel(m.uri)}:${m.range.start.line + 1}`;
        item.tooltip = `${fileLabel(m.uri)}, line ${m.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('go-to-file');
        item.command = {
          command: 'vscode.open',
          title: 'Go to the mention',
          arguments: [vscode.Uri.parse(m.uri), { selection: toRange(m.range), preview: true } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
      }
      case 'note': {
        const n = node.note;
        const item = new vscode.TreeItem(n.label, vscode.TreeItemCollapsibleState.None);
        item.id = `note/${n.kind}/${n.id}`;
        item.description = n.note.split('\n')[0];
        item.tooltip = new vscode.MarkdownString().appendText(n.note);
        item.iconPath = new vscode.ThemeIcon('note');
        item.contextValue = 'discourseLens.note';
        item.command = { command: EditorCommand.showConcordance, title: 'Concordance', arguments: [{ id: n.id }] };
        return item;
      }
      case 'sources': {
        const item = new vscode.TreeItem('Quoted sources', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'entities/quoted-sources';
        item.description = String(node.items.length);
        item.tooltip = 'People and bodies the articles quote, most quoted first';
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'source': {
        const s = node.source;
        const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `quoted/${s.id}`;
        item.description = `quoted ${s.quotes === 1 ? 'once' : `${s.quotes} times`} in ${s.documents} ${s.documents === 1 ? 'article' : 'articles'}`;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[s.type] ?? 'symbol-misc', new vscode.ThemeColor(`discourseLens.entity.${s.type}`));
        return item;
      }
      case 'message':
        return new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    }
  }
}

/** The key's ending of the folder of a type's entities named once (`place/named-once`; see namedOnce.ts). */
const NAMED_ONCE = '/named-once';

/** A type's entities, those named once in a folder after the others. */
function withNamedOnceApart(group: Extract<Node, { kind: 'group' }>): Node[] {
  const { shown, once } = splitNamedOnce(group.items as readonly EntityRecord[]);
  const nodes: Node[] = shown.map((record) => ({ kind: 'entity', record }));
  if (once.length) nodes.push({ kind: 'group', view: 'entities', key: `${group.key}${NAMED_ONCE}`, label: 'Named once (less certain)', count: once.length, items: once });
  return nodes;
}

export class EntitiesTree extends LensTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (await this.indexing()) return [];
      const [entities, sources] = await Promise.all([this.lens.entities().catch(() => undefined), this.lens.quotedSources().catch(() => [])]);
      if (!entities) return [];
      const byType = new Map<string, EntityRecord[]>();
      for (const e of entities) (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
      const groups: Node[] = [...byType]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([type, items]) => ({ kind: 'group', view: 'entities', key: type, label: TYPE_LABELS[type] ?? type, count: items.length, items: [...items].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)) }));
      if (sources.length) groups.push({ kind: 'sources', items: sources });
      return groups;
    }
    if (node.kind === 'group') return node.view === 'entities' && !node.key.endsWith(NAMED_ONCE) ? withNamedOnceApart(node) : node.items.map((record) => ({ kind: 'entity', record: record as EntityRecord }));
    if (node.kind === 'entity') return this.mentionsOf(node.record.id);
    if (node.kind === 'sources') return node.items.map((source) => ({ kind: 'source', source }));
    if (node.kind === 'source') return this.locations(await this.lens.quotations(node.source.id).catch(() => []));
    return [];
  }
}

export class TermsTree extends LensTree {
  private labels = new Map<string, string>();
  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (await this.indexing()) return [];
      const [terms, categories] = await Promise.all([this.lens.terms().catch(() => undefined), this.lens.categories().catch(() => [])]);
      if (!terms) return [];
      this.labels = new Map(categories.map((c) => [c.id, c.label]));
      const byCategory = new Map<string, TermRecord[]>();
      for (const t of terms) (byCategory.get(t.category) ?? byCategory.set(t.category, []).get(t.category)!).push(t);
      return [...byCategory]
        .sort((a, b) => (a[0] === 'keyword' ? 1 : 0) - (b[0] === 'keyword' ? 1 : 0) || (this.labels.get(a[0]) ?? a[0]).localeCompare(this.labels.get(b[0]) ?? b[0]))
        .map(([category, items]) => ({
          kind: 'group',
          view: 'terms',
          key: category,
          label: category === 'keyword' ? 'Key terms' : this.labels.get(category) ?? category,
          count: items.length,
          items: [...items].sort((a, b) => (b.keyness?.g2 ?? -Infinity) - (a.keyness?.g2 ?? -Infinity) || b.mentions - a.mentions || a.label.localeCompare(b.label)),
        }));
    }
    if (node.kind === 'group') return node.items.map((record) => ({ kind: 'term', record: record as TermRecord }));
    if (node.kind === 'term') return this.mentionsOf(node.record.id);
    return [];
  }
}

export class NotesTree extends LensTree {
  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return [];
    const notes = await this.lens.notes().catch(() => undefined);
    return (notes ?? []).map((note) => ({ kind: 'note', note }));
  }
}

export function registerTrees(lens: Lens): { disposables: vscode.Disposable[]; entities: EntitiesTree; terms: TermsTree; notes: NotesTree } {
  const entities = new EntitiesTree(lens);
  const terms = new TermsTree(lens);
  const notes = new NotesTree(lens);
  const disposables: vscode.Disposable[] = [
    entities,
    terms,
    notes,
    vscode.window.createTreeView('discourseLens.entities', { treeDataProvider: entities, showCollapseAll: true }),
    vscode.window.createTreeView('discourseLens.terms', { treeDataProvider: terms, showCollapseAll: true }),
    vscode.window.createTreeView('discourseLens.notes', { treeDataProvider: notes }),
    vscode.commands.registerCommand(EditorCommand.refreshViews, () => {
      entities.refresh();
      terms.refresh();
      notes.refresh();
    }),
  ];
  return { disposables, entities, terms, notes };
}

/** The entity/term id of a tree node passed to a context-menu command. */
export function idOfNode(node: unknown): string | undefined {
  const n = node as Node | undefined;
  if (n?.kind === 'entity' || n?.kind === 'term') return n.record.id;
  if (n?.kind === 'note') return n.note.id;
  return undefined;
}
