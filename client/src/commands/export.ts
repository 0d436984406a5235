/**
 * Export the corpus analysis: CSV (a folder), JSON, or a REFI-QDA project (.qdpx, with the analysts'
 * codings as coded segments); and the coding exports: the codebook as a REFI-QDA Codebook (.qdc),
 * the codings as CSV. The server writes the files (the command line's engine).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportParams, ExportResult } from '../../../server/src/protocol';
import { EditorCommand } from '../../../server/src/protocol';
import { Lens, errorMessage } from '../lens';

export interface ExportArgs {
  readonly format?: ExportParams['format'];
  /** Absolute path: a folder for csv, a file otherwise. Given, nothing is prompted. */
  readonly target?: string;
}

type Format = { label: string; description: string; format: ExportParams['format'] };
const QDPX: Format = { label: 'REFI-QDA project (.qdpx)', description: 'with the codings: ATLAS.ti, MAXQDA, NVivo, QualCoder', format: 'qdpx' };
const FORMATS: readonly Format[] = [
  QDPX,
  { label: 'CSV', description: 'entities.csv, terms.csv, mentions.csv in a folder', format: 'csv' },
  { label: 'JSON', description: 'one file with every record', format: 'json' },
];
const CODING_FORMATS: readonly Format[] = [
  QDPX,
  { label: 'REFI-QDA codebook (.qdc)', description: 'the codes, for another QDA program', format: 'qdc' },
  { label: 'Codings as CSV', description: 'one row per coded passage: document, offsets, text, code, coder, memo', format: 'codings-csv' },
];
const SAVE_FILTERS: Record<Exclude<ExportParams['format'], 'csv'>, { [name: string]: string[] }> = {
  qdpx: { 'REFI-QDA project': ['qdpx'] },
  json: { JSON: ['json'] },
  qdc: { 'REFI-QDA codebook': ['qdc'] },
  'codings-csv': { CSV: ['csv'] },
};
const FILE_NAME: Record<Exclude<ExportParams['format'], 'csv'>, (project: string) => string> = {
  qdpx: (p) => `${p}.qdpx`,
  json: (p) => `${p}.json`,
  qdc: (p) => `${p}-codebook.qdc`,
  'codings-csv': (p) => `${p}-codings.csv`,
};

export function registerExport(lens: Lens): vscode.Disposable[] {
  const run = (title: string, formats: readonly Format[]) => async (args?: ExportArgs): Promise<ExportResult | undefined> => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Discourse Lens writes nothing in an untrusted workspace.');
      return undefined;
    }
    const format = args?.format ?? (await vscode.window.showQuickPick(formats, { title }))?.format;
    if (!format) return undefined;
    let target = args?.target;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (format === 'csv') {
        const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export CSV here' });
        target = picked?.[0]?.fsPath;
      } else {
        const name = FILE_NAME[format](folder ? path.basename(folder.fsPath) : 'corpus');
        const picked = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: SAVE_FILTERS[format] });
        target = picked?.fsPath;
      }
    }
    if (!target) return undefined;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Discourse Lens: exporting ${formats.find((f) => f.format === format)?.label ?? format}…` },
        () => lens.export({ format, target: target! }),
      );
      lens.log.info(`exported ${format}: ${result.files.join(', ')}`);
      void vscode.window.showInformationMessage(`Discourse Lens: exported ${result.files.length} file${result.files.length === 1 ? '' : 's'} to ${format === 'csv' ? target : path.basename(target)}.`);
      return result;
    } catch (e) {
      lens.log.error(`export failed: ${errorMessage(e)}`);
      void vscode.window.showErrorMessage(`Discourse Lens: export failed: ${errorMessage(e)}`);
      return undefined;
    }
  };
  return [
    vscode.commands.registerCommand(EditorCommand.export, run('Export the corpus analysis', FORMATS)),
    vscode.commands.registerCommand(EditorCommand.exportCodings, run('Export the codings', CODING_FORMATS)),
  ];
}
