// Concordance webview script (bundled to media/out/concordance.js). Renders with textContent only.
import { linkRow, onRowActivated } from './rows';
import type { ConcordanceHostMessage, ConcordancePageMessage, ConcordancePageState, KwicSort } from '../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(m: ConcordancePageMessage): void; setState(s: unknown): void; getState(): unknown };
type State = ConcordancePageState;

const vscode = acquireVsCodeApi();
const tbody = document.querySelector('#kwic tbody') as HTMLTableSectionElement;
const title = document.getElementById('title')!;
const count = document.getElementById('count')!;
const empty = document.getElementById('empty')!;

function cell(row: HTMLTableRowElement, cls: string, text: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.className = cls;
  td.textContent = text;
  return td;
}

function render(state: State | null): void {
  tbody.replaceChildren();
  if (!state) return;
  title.textContent = state.label;
  count.textContent = `${state.lines.length} ${state.lines.length === 1 ? 'line' : 'lines'}`;
  empty.hidden = state.lines.length > 0;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-sort]'))) {
    b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort));
  }
  // The keyword column is as wide as the longest keyword (CSSOM, allowed by the CSP).
  const widest = state.lines.reduce((n, l) => Math.max(n, l.text.length), 4);
  (document.getElementById('kw-col') as HTMLElement).style.width = `${Math.min(widest, 40) + 2}ch`;
  state.lines.forEach((l, index) => {
    const row = linkRow(tbody, `${l.title}, line ${l.line + 1}`, { index: String(index) });
    cell(row, 'doc', l.title).title = l.title; // the whole title on hover when the column cuts it
    cell(row, 'left', l.left);
    cell(row, 'kw', l.text);
    cell(row, 'right', l.right);
    const code = document.createElement('button');
    code.className = 'code';
    code.textContent = 'Code…';
    code.title = 'Code this passage (pick a code)';
    code.dataset.code = String(index);
    row.insertCell().appendChild(code);
  });
  vscode.setState(state);
}

onRowActivated(tbody, (data) => {
  if (data.index) vscode.postMessage({ type: 'open', index: Number(data.index) });
});
tbody.addEventListener('click', (e) => {
  const button = (e.target as HTMLElement | null)?.closest('button.code') as HTMLButtonElement | null;
  if (button?.dataset.code) vscode.postMessage({ type: 'code', index: Number(button.dataset.code) });
});
for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-sort]'))) {
  b.addEventListener('click', () => vscode.postMessage({ type: 'sort', by: b.dataset.sort as KwicSort }));
}
window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ConcordanceHostMessage | undefined;
  if (m?.type === 'data') render(m.state ?? null);
});

const initial = document.getElementById('initial-state')?.textContent;
render((initial ? JSON.parse(initial) : null) ?? (vscode.getState() as State | null));
vscode.postMessage({ type: 'ready' });
