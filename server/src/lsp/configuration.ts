/**
 * The server's configuration: the `discourseLens.*` settings (from initializationOptions, then
 * pulled from the client when it supports workspace/configuration) and workspace trust.
 * In an untrusted workspace the workspace's glob patterns and codebook path are not used.
 */
import { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, Settings, parseSettings } from './settings';

export class Configuration {
  settings: Settings = DEFAULT_SETTINGS;
  /** False in an untrusted workspace: no codebook is read (no patterns from the workspace) and nothing is written. */
  trusted = true;
  /** The client answers workspace/configuration. */
  canPull = false;
  /** The client takes `CodeAction` literals (`codeActionLiteralSupport`); else code actions go as `Command`s, as the spec asks. */
  codeActionLiterals = true;

  constructor(private readonly connection: Connection) {}

  /** The settings; in an untrusted workspace without the workspace's glob patterns or codebook path. */
  read(raw: unknown): Settings {
    const s = parseSettings(raw);
    return this.trusted ? s : { ...s, include: DEFAULT_SETTINGS.include, exclude: DEFAULT_SETTINGS.exclude, codebook: DEFAULT_SETTINGS.codebook };
  }

  /** Takes the settings from the client (when it answers workspace/configuration) or from a didChangeConfiguration push. */
  async refresh(pushed?: unknown): Promise<Settings> {
    const raw = this.canPull ? await this.connection.workspace.getConfiguration('discourseLens').then(undefined, () => undefined) : pushed;
    this.settings = this.read(raw);
    return this.settings;
  }
}
