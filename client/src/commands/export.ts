/** Export the corpus analysis: CSV (a folder), JSON, or a REFI-QDA project (.qdpx). The server writes the files. */
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

const FORMATS: readonly { label: string; description: string; format: ExportParams['format'] }[] = [
  { label: 'REFI-QDA project (.qdpx)', description: 'ATLAS.ti, MAXQDA, NVivo, QualCoder', format: 'qdpx' },
  { label: 'CSV', description: 'entities.csv, terms.csv, mentions.csv in a folder', format: 'csv' },
  { label: 'JSON', description: 'one file with every record', format: 'json' },
];

export function registerExport(lens: Lens): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(EditorCommand.export, async (args?: ExportArgs): Promise<ExportResult | undefined> => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Discourse Lens writes nothing in an untrusted workspace.');
        return undefined;
      }
      const format = args?.format ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Export the corpus analysis' }))?.format;
      if (!format) return undefined;
      let target = args?.target;
      if (!target) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        if (format === 'csv') {
          const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export CSV here' });
          target = picked?.[0]?.fsPath;
        } else {
          const name = `${folder ? path.basename(folder.fsPath) : 'corpus'}.${format}`;
          const picked = await vscode.window.showSaveDialog({
            defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
            filters: format === 'qdpx' ? { 'REFI-QDA project': ['qdpx'] } : { JSON: ['json'] },
          });
          target = picked?.fsPath;
        }
      }
      if (!target) return undefined;
      try {
        const result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Discourse Lens: exporting ${format.toUpperCase()}…` },
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
    }),
  ];
}
