/** The server's view of the `discourseLens.*` settings, with defaults for clients that send none. */
import { Sensitivity } from '../analysis/types';
import { DEFAULT_FILTER, FileFilter } from '../node/files';
import { DEFAULT_MAX_FILE_BYTES } from '../analysis/text/decode';
import { DEFAULT_DIAGNOSTICS_SETTINGS, DiagnosticsSettings, parseDiagnosticsSettings } from '../languageFeatures/diagnostics';
import { DEFAULT_KEY_TERM_OPTIONS, KeyTermOptions } from '../analysis/corpus/keyterms';

export interface Settings extends FileFilter {
  readonly sensitivity: Sensitivity;
  readonly maxFileBytes: number;
  /** The codebook file, relative to the first workspace folder (or absolute). */
  readonly codebook: string;
  readonly diagnostics: DiagnosticsSettings;
  /** Which terms count as key (`discourseLens.keyTerms.minG2`, `minLogRatio`, `correctForTests`). */
  readonly keyTerms: KeyTermOptions;
  /** The codings folder (`discourseLens.codingsFolder`), relative to the first workspace folder (or absolute). */
  readonly codingsFolder: string;
  /** The coder's name (`discourseLens.coder`); empty: the OS user name. */
  readonly coder: string;
}

export const DEFAULT_CODEBOOK = 'codebook.yaml';

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.txt'],
  exclude: DEFAULT_FILTER.exclude,
  sensitivity: 'precise',
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  codebook: DEFAULT_CODEBOOK,
  diagnostics: DEFAULT_DIAGNOSTICS_SETTINGS,
  keyTerms: DEFAULT_KEY_TERM_OPTIONS,
  codingsFolder: 'codings',
  coder: '',
};

const SENSITIVITIES: readonly Sensitivity[] = ['precise', 'balanced', 'exploratory'];

/** Reads the `discourseLens` section as sent by the client, ignoring values of the wrong shape. */
export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: readonly string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : d);
  const rhetoric = (r.rhetoric && typeof r.rhetoric === 'object' ? r.rhetoric : {}) as Record<string, unknown>;
  const sensitivity = SENSITIVITIES.includes(rhetoric.sensitivity as Sensitivity) ? (rhetoric.sensitivity as Sensitivity) : DEFAULT_SETTINGS.sensitivity;
  const maxMb = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileBytes / 1048576;
  return {
    include: strings(r.include, DEFAULT_SETTINGS.include),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    sensitivity,
    maxFileBytes: maxMb * 1048576,
    codebook: typeof r.codebook === 'string' && r.codebook.trim() ? r.codebook.trim() : DEFAULT_CODEBOOK,
    diagnostics: { ...parseDiagnosticsSettings(r.diagnostics), allScareQuotes: sensitivity !== 'precise' },
    keyTerms: parseKeyTermOptions(r.keyTerms),
    codingsFolder: typeof r.codingsFolder === 'string' && r.codingsFolder.trim() ? r.codingsFolder.trim() : DEFAULT_SETTINGS.codingsFolder,
    coder: typeof r.coder === 'string' ? r.coder.trim() : '',
  };
}

function parseKeyTermOptions(raw: unknown): KeyTermOptions {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    minG2: number(r.minG2, DEFAULT_KEY_TERM_OPTIONS.minG2),
    minLogRatio: number(r.minLogRatio, DEFAULT_KEY_TERM_OPTIONS.minLogRatio),
    correctForTests: typeof r.correctForTests === 'boolean' ? r.correctForTests : DEFAULT_KEY_TERM_OPTIONS.correctForTests,
  };
}
