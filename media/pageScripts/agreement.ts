// Intercoder agreement webview script (bundled to media/out/agreement.js). Renders with textContent only:
// coder names, codes and passages are the analysts' and the articles' text, never HTML.
import { linkRow, onRowActivated } from './rows';
import type { AgreementFiguresJson, AgreementHostMessage, AgreementJson, AgreementPageMessage } from '../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(m: AgreementPageMessage): void; setState(s: unknown): void; getState(): unknown };
type State = { report: AgreementJson; labels: Record<string, string> };

const vscode = acquireVsCodeApi();
const main = document.getElementById('report')!;
const summary = document.getElementById('summary')!;
const error = document.getElementById('error')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function figuresRow(table: HTMLTableElement, name: string, f: AgreementFiguresJson): void {
  const row = table.insertRow();
  for (const text of [name, pct(f.percentAgreement), num(f.kappa), num(f.alpha), String(f.characters)]) row.appendChild(el('td', text));
}

function render(state: State | null): void {
  main.replaceChildren();
  error.hidden = true;
  if (!state) return;
  const { report, labels } = state;
  summary.textContent = report.pairs.length
    ? `${report.pairs.length} pair${report.pairs.length === 1 ? '' : 's'} of coders. Character-level agreement over the documents both coded; κ and α are n/a when neither coder varies.`
    : 'No two coders have coded the same document.';
  report.pairs.forEach((p, pairIndex) => {
    const section = el('section');
    section.appendChild(el('h2', `${p.coders[0]} × ${p.coders[1]}`));
    section.appendChild(el('p', `${p.documents.length} document${p.documents.length === 1 ? '' : 's'} both coded`, 'muted'));
    const table = el('table', undefined, 'data');
    const head = table.createTHead().insertRow();
    for (const h of ['Code', 'Agreement', 'Cohen’s κ', 'Krippendorff’s α', 'Characters coded']) head.appendChild(el('th', h));
    figuresRow(table, 'Overall', p.overall);
    for (const [code, f] of Object.entries(p.codes)) figuresRow(table, labels[code] ?? code, f);
    section.appendChild(table);
    for (const [code, f] of Object.entries(p.codes)) {
      if (!f.differences.length) continue;
      const details = el('details');
      details.appendChild(el('summary', `${labels[code] ?? code}: ${f.differences.length} passage${f.differences.length === 1 ? '' : 's'} where the coders differ`));
      const list = el('table', undefined, 'kwic differences');
      const body = list.createTBody();
      f.differences.forEach((d, index) => {
        const row = linkRow(body, `${d.source}, characters ${d.start}–${d.end}`, { pair: String(pairIndex), code, index: String(index) });
        row.appendChild(el('td', `only ${d.coder}`, 'doc'));
        row.appendChild(el('td', d.source, 'doc'));
        row.appendChild(el('td', d.text.replace(/\s+/g, ' '), 'right'));
      });
      details.appendChild(list);
      section.appendChild(details);
    }
    main.appendChild(section);
  });
  vscode.setState(state);
}

onRowActivated(main, (data) => {
  if (data.index && data.pair && data.code !== undefined) vscode.postMessage({ type: 'open', pair: Number(data.pair), code: data.code, index: Number(data.index) });
});
document.getElementById('refresh')!.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as AgreementHostMessage | undefined;
  if (m?.type === 'data') render({ report: m.report, labels: { ...m.labels } });
  else if (m?.type === 'error') {
    error.textContent = m.message;
    error.hidden = false;
  }
});

render(vscode.getState() as State | null);
vscode.postMessage({ type: 'ready' });
