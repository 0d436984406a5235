/**
 * Workspace trust. Untrusted: the extension reads and shows, but takes no patterns or regexes from
 * the workspace and writes nothing. The server is told in initializationOptions and when trust is
 * granted; write commands are hidden by `isWorkspaceTrusted` in the manifest and refuse anyway.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TrustChangedNotification, TrustChangedParams } from '../../server/src/protocol';

export function isTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

export function watchTrust(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    log.info('workspace trusted: codebook patterns and writes enabled');
    void client.sendNotification(TrustChangedNotification, { trusted: true } satisfies TrustChangedParams);
  });
}
