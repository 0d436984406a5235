/**
 * Webview pages: strict Content-Security-Policy (`default-src 'none'`, scripts only by nonce from
 * the extension's own media folder, no remote loads); every string that comes from articles is
 * escaped (escape.ts). Data reaches the page through postMessage and is rendered with textContent,
 * never as HTML.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { escapeHtml, jsonInScript } from './escape';

export function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export function csp(webview: vscode.Webview, n: string): string {
  return [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
}

export interface PageOptions {
  /** The page's <title>. */
  readonly title: string;
  /** The page script, relative to media/ (a bundle of media/pageScripts/). */
  readonly script: string;
  /** The page's body: already escaped. */
  readonly body: string;
  /** The page script's initial state (JSON in the page). */
  readonly state?: unknown;
}

/**
 * A webview panel showing a page: scripts on, kept when hidden (the page keeps its scroll and
 * sort), loading nothing from outside media/.
 */
export function openPagePanel(
  extensionUri: vscode.Uri,
  panel: { readonly viewType: string; readonly title: string; readonly column: vscode.ViewColumn | { readonly viewColumn: vscode.ViewColumn; readonly preserveFocus?: boolean } },
  opts: PageOptions,
): vscode.WebviewPanel {
  const p = vscode.window.createWebviewPanel(panel.viewType, panel.title, panel.column, {
    enableScripts: true,
    retainContextWhenHidden: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  });
  p.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
  p.webview.html = page(p.webview, extensionUri, opts);
  return p;
}

/** A page that loads its script and media/webview.css with a nonce. */
function page(webview: vscode.Webview, extensionUri: vscode.Uri, opts: PageOptions): string {
  const n = nonce();
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  const state = jsonInScript(opts.state);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp(webview, n))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(media('webview.css'))}" nonce="${n}">
<title>${escapeHtml(opts.title)}</title>
</head>
<body>
${opts.body}
<script type="application/json" id="initial-state" nonce="${n}">${state}</script>
<script nonce="${n}" src="${escapeHtml(media(opts.script))}"></script>
</body>
</html>`;
}
