// Corpus overview webview script (bundled with chart.js to media/out/overview.js). No innerHTML.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { Overview, OverviewHostMessage, OverviewPageMessage } from '../../server/src/protocol';
import { DISPERSION_ROW_PX, dispersionRows, topArticles } from './overviewRows';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, PointElement, ScatterController, Legend, Tooltip);

declare function acquireVsCodeApi(): { postMessage(m: OverviewPageMessage): void; setState(s: unknown): void; getState(): unknown };
const vscode = acquireVsCodeApi();

const css = getComputedStyle(document.body);
const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
const fg = v('--vscode-editor-foreground', '#333');
const grid = v('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
Chart.defaults.color = fg;
Chart.defaults.borderColor = grid;
Chart.defaults.font.family = v('--vscode-font-family', 'sans-serif');
Chart.defaults.animation = false;

// Colour-blind-safe palette (Okabe–Ito), readable on light and dark backgrounds.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#882255', '#DDCC77', '#6699CC', '#AA4499'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const charts: Record<string, Chart<any, any, any>> = {};
let data: Overview | null = null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function short(s: string, n = 28): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function chart(id: string, config: ChartConfiguration<any, any, any>): void {
  charts[id]?.destroy();
  charts[id] = new Chart(document.getElementById(id) as HTMLCanvasElement, config);
  document.getElementById(id)!.dataset.ready = 'true';
}

function table(id: string, head: string[], rows: (string | number)[][]): void {
  const t = document.getElementById(id) as HTMLTableElement;
  t.replaceChildren();
  const h = t.createTHead().insertRow();
  for (const c of head) h.appendChild(el('th', c));
  const body = t.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    for (const c of r) row.insertCell().textContent = String(c);
  }
}

function renderDispersion(index: number): void {
  if (!data) return;
  const item = data.dispersion[index];
  // Only the articles that mention the item, most mentions first: a row each, in a box that scrolls.
  const counts = data.frequencies.find((f) => f.id === item?.id)?.counts ?? [];
  const { rows, omitted } = dispersionRows(data.documents, item?.positions ?? [], counts);
  const titles = rows.map((r) => short(r.title, 40));
  const points = rows.flatMap((r, row) => r.positions.map((x) => ({ x, y: row })));
  document.getElementById('dispersion-box')!.style.height = `${Math.max(3, rows.length) * DISPERSION_ROW_PX + 70}px`;
  const n = rows.length + omitted;
  document.getElementById('dispersion-note')!.textContent = item
    ? `${n.toLocaleString('en-US')} ${n === 1 ? 'article mentions' : 'articles mention'} ${item.label}${omitted ? `; the ${rows.length} with the most mentions are shown` : ''}.`
    : '';
  chart('dispersion', {
    type: 'scatter',
    data: { datasets: [{ label: item?.label ?? '', data: points, pointStyle: 'line', pointRadius: 8, borderWidth: 2, borderColor: PALETTE[0], backgroundColor: PALETTE[0], rotation: 90 } as never] },
    options: {
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c: { raw: unknown }) => `${rows[(c.raw as { y: number }).y]?.title ?? ''}: ${Math.round((c.raw as { x: number }).x * 100)}%` } } },
      onClick: (_e: unknown, elements: { index: number }[]) => {
        const p = elements[0] ? points[elements[0].index] : undefined;
        if (p) vscode.postMessage({ type: 'openDocument', uri: rows[p.y].uri });
      },
      scales: {
        x: { min: 0, max: 1, title: { display: true, text: 'position in the article' }, ticks: { callback: (t: number | string) => `${Math.round(Number(t) * 100)}%` } },
        y: {
          type: 'linear',
          min: -0.5,
          max: Math.max(0.5, titles.length - 0.5),
          reverse: true,
          // One tick per article, at its row (the default ticks would fall between the rows).
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
            axis.ticks = titles.map((_, i) => ({ value: i }));
          },
          ticks: { autoSkip: false, callback: (t: number | string) => titles[Number(t)] ?? '' },
        },
      },
    },
  });
}

function render(d: Overview): void {
  data = d;
  vscode.setState(d);
  const summary = document.getElementById('summary')!;
  summary.textContent = `${d.documents.length.toLocaleString('en-US')} ${d.documents.length === 1 ? 'article' : 'articles'}, ${d.frequencies.length} items (the entities and terms mentioned most)`;
  document.getElementById('error')!.hidden = true;
  // The articles with the most mentions of the items, and the rest summed up in one bar.
  // The summed-up rest is in the table and a note, not a bar: it would dwarf the others.
  const rows = topArticles(d.documents, d.frequencies);
  const named = rows.filter((r) => r.uri !== undefined);
  const rest = rows.find((r) => r.uri === undefined);
  const restMentions = rest ? rest.counts.reduce((a, b) => a + b, 0) : 0;
  const restArticles = d.documents.length - named.length;
  document.getElementById('frequency-note')!.textContent = rest
    ? `The ${named.length} articles with the most mentions of these items. The other ${restArticles.toLocaleString('en-US')} articles have ${restMentions.toLocaleString('en-US')} mentions (${(restMentions / restArticles).toFixed(1)} an article); see the table.`
    : '';

  chart('frequency', {
    type: 'bar',
    data: {
      labels: named.map((r) => short(r.title)),
      datasets: d.frequencies.map((f, i) => ({ label: f.label, data: named.map((r) => r.counts[i]), backgroundColor: PALETTE[i % PALETTE.length] })),
    },
    options: {
      maintainAspectRatio: false,
      responsive: true,
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'mentions' } } },
      onClick: (_e: unknown, elements: { index: number }[]) => {
        const uri = elements[0] ? named[elements[0].index].uri : undefined;
        if (uri) vscode.postMessage({ type: 'openDocument', uri });
      },
    },
  });
  table('frequency-table', ['Article', ...d.frequencies.map((f) => f.label)], rows.map((r) => [r.title, ...r.counts]));

  const select = document.getElementById('dispersion-item') as HTMLSelectElement;
  select.replaceChildren(...d.dispersion.map((item, i) => Object.assign(el('option', item.label), { value: String(i) })));
  renderDispersion(0);

  // Names as the corpus writes them (the server's), never rebuilt from ids.
  const labels = new Map<string, string>(Object.entries(d.names ?? {}));
  for (const f of [...d.frequencies, ...d.dispersion]) labels.set(f.id, f.label);
  const name = (id: string) => labels.get(id) ?? id.replace(/^entity:[^:]+:/, '').replace(/-/g, ' ');
  const pairs = [...d.cooccurrence].sort((a, b) => b.sentences - a.sentences).slice(0, 15);
  chart('cooccurrence', {
    type: 'bar',
    data: { labels: pairs.map((p) => `${short(name(p.a), 20)} + ${short(name(p.b), 20)}`), datasets: [{ label: 'sentences', data: pairs.map((p) => p.sentences), backgroundColor: PALETTE[2] }] },
    options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  table('cooccurrence-table', ['Entity', 'Entity', 'Sentences'], pairs.map((p) => [name(p.a), name(p.b), p.sentences]));

  // The analysts' codes: passages per article, and the codes and entities their passages meet.
  const codes = d.codes ?? [];
  document.getElementById('codes-section')!.hidden = !codes.length;
  const top = (items: readonly { label?: string; title?: string; passages: number }[]) =>
    items.slice(0, 5).map((x) => `${short(x.label ?? x.title ?? '', 40)} (${x.passages})`).join(', ') + (items.length > 5 ? `, +${items.length - 5}` : '');
  table('codes-table', ['Code', 'Passages', 'Per article', 'With codes', 'With entities'], codes.map((k) => [k.label, k.passages, top(k.perArticle), top(k.codes), top(k.entities)]));
}

(document.getElementById('dispersion-item') as HTMLSelectElement).addEventListener('change', (e) => renderDispersion(Number((e.target as HTMLSelectElement).value)));
window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as OverviewHostMessage | undefined;
  if (m?.type === 'data' && m.data) render(m.data);
  if (m?.type === 'error') {
    const err = document.getElementById('error')!;
    err.textContent = `The overview is not available: ${m.message ?? ''}`;
    err.hidden = false;
    document.getElementById('summary')!.textContent = '';
  }
});
const saved = vscode.getState() as Overview | null;
if (saved) render(saved);
vscode.postMessage({ type: 'ready' });
