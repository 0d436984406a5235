/** Next / previous mention of the entity or term under the cursor, across the corpus in corpus order. */
import * as vscode from 'vscode';
import type { MentionLocation } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { Lens, revealLocation, toRange } from '../lens';

export interface MentionTarget {
  readonly id?: string;
  readonly uri?: string;
  readonly position?: { readonly line: number; readonly character: number };
}

/** The server's URIs may encode characters differently ("'" as %27): compare canonical forms. */
export function canonicalUri(uri: string): string {
  return vscode.Uri.parse(uri).toString();
}

/**
 * The mention after (direction 1) or before (-1) the cursor, wrapping around the corpus.
 * The mention the cursor is in counts as the current one. `mentions` are in corpus order
 * (the server's); documents are ordered as they first appear in it.
 */
export function pickMention(mentions: readonly MentionLocation[], uri: string, pos: vscode.Position, direction: 1 | -1): MentionLocation | undefined {
  if (mentions.length === 0) return undefined;
  const here = canonicalUri(uri);
  const uris = mentions.map((m) => canonicalUri(m.uri));
  const inside = mentions.findIndex((m, i) => uris[i] === here && toRange(m.range).contains(pos));
  if (inside >= 0) return mentions[(inside + direction + mentions.length) % mentions.length];
  const docOrder = new Map<string, number>();
  for (const u of uris) if (!docOrder.has(u)) docOrder.set(u, docOrder.size);
  // A document without mentions sits where its URI sorts among the others.
  const rank = (u: string) => docOrder.get(u) ?? [...docOrder.keys()].filter((k) => k < u).length - 0.5;
  const cmp = (i: number) => {
    const d = rank(uris[i]) - rank(here);
    if (d) return d;
    const s = mentions[i].range.start;
    return s.line - pos.line || s.character - pos.character;
  };
  if (direction === 1) {
    for (let i = 0; i < mentions.length; i++) if (cmp(i) > 0) return mentions[i];
    return mentions[0];
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (cmp(i) < 0) return mentions[i];
  return mentions[mentions.length - 1];
}

export function registerNavigation(lens: Lens): vscode.Disposable[] {
  const go = (direction: 1 | -1) => async (target?: MentionTarget) => {
    const editor = vscode.window.activeTextEditor;
    const uri = target?.uri ?? editor?.document.uri.toString();
    const pos = target?.position ? new vscode.Position(target.position.line, target.position.character) : editor?.selection.active;
    if (!uri || !pos) {
      void vscode.window.showInformationMessage('Discourse Lens: put the cursor on an entity or term in an article.');
      return undefined;
    }
    let id = target?.id;
    if (!id) {
      const item = await lens.itemAt(vscode.Uri.parse(uri), pos);
      if (!item) {
        void vscode.window.setStatusBarMessage('Discourse Lens: no entity or term under the cursor', 3000);
        return undefined;
      }
      id = item.id;
    }
    const mentions = await lens.mentions(id);
    const next = pickMention(mentions, uri, pos, direction);
    if (!next) {
      void vscode.window.setStatusBarMessage('Discourse Lens: no other mention', 3000);
      return undefined;
    }
    const index = mentions.indexOf(next);
    await revealLocation(vscode.Uri.parse(next.uri), toRange(next.range));
    void vscode.window.setStatusBarMessage(`Discourse Lens: mention ${index + 1} of ${mentions.length}`, 3000);
    return next;
  };
  return [
    vscode.commands.registerCommand(EditorCommand.nextMention, go(1)),
    vscode.commands.registerCommand(EditorCommand.previousMention, go(-1)),
  ];
}
