/**
 * The Codings view: code → documents → passages. A code shows its number of passages and, per
 * coder, theirs; a document its passages; a passage its coder and memo (the memo in full in the
 * tooltip, as plain text). A coder filter shows one coder's codings only. A click opens the passage.
 */
import * as vscode from 'vscode';
import { AllCodingsRequest, CodingLocation, EditorCommand } from '../../../server/src/protocol';
import type { Lens } from '../lens';

export type CodingsNode =
  | { readonly kind: 'code'; readonly code: string; readonly label: string; readonly items: readonly CodingLocation[] }
  | { readonly kind: 'document'; readonly code: string; readonly uri: string; readonly items: readonly CodingLocation[] }
  | { readonly kind: 'passage'; readonly item: CodingLocation };

const perCoder = (items: readonly CodingLocation[]) => {
  const coders = new Map<string, number>();
  for (const x of items) coders.set(x.coding.coder, (coders.get(x.coding.coder) ?? 0) + 1);
  return [...coders].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(', ');
};

const groupBy = <K>(items: readonly CodingLocation[], key: (x: CodingLocation) => K) => {
  const out = new Map<K, CodingLocation[]>();
  for (const x of items) {
    const k = key(x);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(x);
  }
  return out;
};

export class CodingsTree implements vscode.TreeDataProvider<CodingsNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private only: string | undefined;

  constructor(private readonly lens: Lens) {}

  /** The coder whose codings are shown (undefined: every coder's). */
  get coder(): string | undefined {
    return this.only;
  }
  set coder(c: string | undefined) {
    this.only = c;
    this.refresh();
  }

  refresh(): void {
    this.emitter.fire();
  }

  async getChildren(node?: CodingsNode): Promise<CodingsNode[]> {
    if (node?.kind === 'passage') return [];
    if (node?.kind === 'document') return [...node.items].sort((a, b) => a.coding.start - b.coding.start).map((item) => ({ kind: 'passage' as const, item }));
    if (node?.kind === 'code') {
      return [...groupBy(node.items, (x) => x.uri)]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([uri, items]) => ({ kind: 'document' as const, code: node.code, uri, items }));
    }
    const [all, cats] = await Promise.all([this.lens.client.sendRequest(AllCodingsRequest, null), this.lens.categories()]);
    const label = new Map(cats.map((c) => [c.id, c.label]));
    const shown = this.only === undefined ? all : all.filter((x) => x.coding.coder === this.only);
    return [...groupBy(shown, (x) => x.coding.code)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, items]) => ({ kind: 'code' as const, code, label: label.get(code) ?? code, items }));
  }

  getTreeItem(node: CodingsNode): vscode.TreeItem {
    if (node.kind === 'code') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.items.length} · ${perCoder(node.items)}`;
      item.id = `code:${node.code}`;
      item.contextValue = 'discourseLens.code';
      return item;
    }
    if (node.kind === 'document') {
      const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.label = vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
      item.description = `${node.items.length} · ${perCoder(node.items)}`;
      item.id = `code:${node.code}:${node.uri}`;
      return item;
    }
    const c = node.item.coding;
    const item = new vscode.TreeItem(c.text.replace(/\s+/g, ' ').slice(0, 80), vscode.TreeItemCollapsibleState.None);
    const memo = c.memo ? ` · ✎ ${c.memo.replace(/\s+/g, ' ').slice(0, 60)}${c.memo.length > 60 ? '…' : ''}` : '';
    item.description = `${c.coder}${c.orphaned ? ' (orphaned)' : ''}${memo}`;
    // appendText: the memo and the passage are shown as text, never as Markdown or links.
    item.tooltip = new vscode.MarkdownString().appendText(c.text).appendMarkdown(c.memo ? '\n\n---\n\n' : '').appendText(c.memo ?? '');
    item.command = { command: EditorCommand.revealCoding, title: 'Go to the passage', arguments: [node.item.uri, c.start, c.end] };
    item.id = `${c.code}:${c.id}`;
    item.contextValue = 'discourseLens.coding';
    return item;
  }
}
