/**
 * Highlight toggles: on/off globally, and per term category or entity type. The settings give
 * the defaults; the toggles are kept per workspace (workspaceState, so nothing is written to the
 * workspace) and mirrored in the context key `discourseLens.highlightsEnabled` for menus.
 */
import * as vscode from 'vscode';
import { config } from '../lens';

const KEY = 'discourseLens.highlights';

interface Saved {
  enabled: boolean;
  hiddenCategories: string[];
  hiddenEntityTypes: string[];
}

export class HighlightState implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private saved: Saved;

  constructor(private readonly memento: vscode.Memento) {
    this.saved = memento.get<Saved>(KEY) ?? HighlightState.fromSettings();
    void this.syncContext();
  }

  static fromSettings(): Saved {
    const c = config();
    return {
      enabled: c.get<boolean>('highlights.enabled', true),
      hiddenCategories: [...c.get<string[]>('highlights.hiddenCategories', [])],
      hiddenEntityTypes: [...c.get<string[]>('highlights.hiddenEntityTypes', [])],
    };
  }

  get enabled(): boolean {
    return this.saved.enabled;
  }
  get entitiesEnabled(): boolean {
    return config().get<boolean>('highlights.entities', true);
  }
  get termsEnabled(): boolean {
    return config().get<boolean>('highlights.terms', true);
  }
  isCategoryVisible(category: string): boolean {
    return !this.saved.hiddenCategories.includes(category);
  }
  isEntityTypeVisible(type: string): boolean {
    return !this.saved.hiddenEntityTypes.includes(type);
  }
  snapshot(): Readonly<Saved> {
    return { ...this.saved, hiddenCategories: [...this.saved.hiddenCategories], hiddenEntityTypes: [...this.saved.hiddenEntityTypes] };
  }

  async setEnabled(enabled: boolean): Promise<void> {
    this.saved = { ...this.saved, enabled };
    await this.persist();
  }
  async setHidden(hiddenCategories: readonly string[], hiddenEntityTypes: readonly string[]): Promise<void> {
    this.saved = { ...this.saved, hiddenCategories: [...new Set(hiddenCategories)], hiddenEntityTypes: [...new Set(hiddenEntityTypes)] };
    await this.persist();
  }
  async toggleCategory(category: string): Promise<void> {
    const hidden = new Set(this.saved.hiddenCategories);
    if (!hidden.delete(category)) hidden.add(category);
    await this.setHidden([...hidden], this.saved.hiddenEntityTypes);
  }
  async toggleEntityType(type: string): Promise<void> {
    const hidden = new Set(this.saved.hiddenEntityTypes);
    if (!hidden.delete(type)) hidden.add(type);
    await this.setHidden(this.saved.hiddenCategories, [...hidden]);
  }
  /** Back to the settings' defaults. */
  async reset(): Promise<void> {
    this.saved = HighlightState.fromSettings();
    await this.persist();
  }

  private async persist(): Promise<void> {
    await this.memento.update(KEY, this.saved);
    await this.syncContext();
    this.emitter.fire();
  }
  private syncContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', 'discourseLens.highlightsEnabled', this.saved.enabled);
  }
  dispose(): void {
    this.emitter.dispose();
  }
}
