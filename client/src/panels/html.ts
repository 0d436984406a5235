/**
 * Webview pages: strict Content-Security-Policy (`default-src 'none'`, scripts only by nonce from
 * the extension's own media folder, no remote loads), and HTML escaping for every string that
 * comes from articles. Data reaches the page through postMessage and is rendered with
 * textContent, never as HTML.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
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

/** A page that loads `script` (and `style`) from media/ with a nonce; `body` must already be escaped. */
export function page(webview: vscode.Webview, extensionUri: vscode.Uri, opts: { title: string; script: string; style: string; body: string; state?: unknown }): string {
  const n = nonce();
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  // The initial state is JSON inside a <script type="application/json">: escape "<" so no "</script>" can end it.
  const state = JSON.stringify(opts.state ?? null).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp(webview, n))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(media(opts.style))}" nonce="${n}">
<title>${escapeHtml(opts.title)}</title>
</head>
<body>
${opts.body}
<script type="application/json" id="initial-state" nonce="${n}">${state}</script>
<script nonce="${n}" src="${escapeHtml(media(opts.script))}"></script>
</body>
</html>`;
}
