// UI tests of the client in the real workbench (code-server + headless Chromium): decorations,
// the Entities tree, the concordance and the overview webviews — asserted in the DOM, with screenshots.
import * as assert from 'assert';
import type { Frame } from 'playwright-core';
import { Workbench, selectors } from './workbench';

const SAMPLE = "Sunday night's meeting between Lavrov and Kerry.txt";

/** The webview frame (inner iframe) whose document has `selector`. */
async function webviewFrame(wb: Workbench, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const f of wb.page.frames()) {
      if (f === wb.page.mainFrame()) continue;
      if (await f.$(selector).catch(() => null)) return f;
    }
    if (Date.now() > deadline) throw new Error(`no webview with ${selector} within ${timeoutMs} ms`);
    await wb.page.waitForTimeout(250);
  }
}

async function poll<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('UI: Discourse Lens client', function () {
  this.timeout(120_000);
  let wb: Workbench;
  before(async () => {
    wb = await Workbench.open();
  });
  after(async () => {
    await wb?.close();
  });

  it('decorates entities and terms in an article', async function () {
    // The first test waits for the language server to start and index the samples: minutes on a
    // machine loaded 15 times over its cores (the later tests find it ready).
    this.timeout(300_000);
    await wb.openFile(SAMPLE);
    // Border/background decorations are rendered as .cdr overlays with the ced-* classes VS Code generates.
    const decorated = await poll<number>(
      'decorations in the editor',
      () =>
        wb.page.evaluate(() => {
          const g = globalThis as any;
          return Array.from(g.document.querySelectorAll('.editor-instance .view-overlays .cdr[class*="ced-"]') as ArrayLike<any>)
            .map((e) => g.getComputedStyle(e).borderBottomStyle as string)
            .filter((s) => s === 'solid' || s === 'dotted').length;
        }),
      (n) => n >= 5,
      240_000,
    ).catch(async (e) => {
      await wb.screenshot('client-decorations-failed');
      throw e;
    });
    assert.ok(decorated >= 5, `${decorated} decorated ranges`);
    // The overview ruler is drawn on a canvas next to the scroll bar.
    assert.ok(await wb.page.locator('.editor-instance canvas.decorationsOverviewRuler').first().isVisible());
    await wb.screenshot('client-decorations', undefined, { docs: 'screenshot-decorations.png' });
  });

  it('shows the Entities tree by type, expandable to entities', async () => {
    await wb.runCommand('View: Show Discourse Lens');
    const sidebar = wb.page.locator('#workbench\\.parts\\.sidebar');
    await sidebar.locator('.pane-header', { hasText: 'Entities' }).first().waitFor({ timeout: 30_000 });
    const personRow = sidebar.locator('.monaco-list-row', { hasText: 'People' }).first();
    await personRow.waitFor({ timeout: 30_000 });
    assert.match(await personRow.innerText(), /People\s*\d+/);
    if ((await personRow.getAttribute('aria-expanded')) !== 'true') await personRow.click();
    const lavrov = sidebar.locator('.monaco-list-row', { hasText: 'Lavrov' }).first();
    await lavrov.waitFor({ timeout: 15_000 });
    assert.match(await lavrov.innerText(), /\d+ in \d+ article/);
    await wb.screenshot('client-entities-tree');
  });

  it('opens the concordance, sortable, with links', async () => {
    await wb.openFile(SAMPLE);
    await wb.runCommand('Discourse Lens: Show Concordance');
    // Without an entity under the cursor the command asks for a phrase.
    const input = wb.page.locator(selectors.quickInput).first();
    const asked = await Promise.race([
      wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Concordance' }).first().waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false),
      webviewFrame(wb, '#kwic', 10_000).then(() => false, () => false),
    ]);
    if (asked) {
      await input.fill('Ukraine');
      await wb.page.keyboard.press('Enter');
    }
    const frame = await webviewFrame(wb, '#kwic');
    await frame.waitForSelector('tr.line', { timeout: 30_000 });
    const rows = await frame.$$eval('tr.line', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => (td as { textContent: string }).textContent)));
    assert.ok(rows.length >= 2, `${rows.length} concordance lines`);
    const keyword = rows[0][2];
    for (const r of rows) assert.strictEqual(r[2].toLowerCase(), keyword.toLowerCase(), 'the keyword column holds the keyword');
    await frame.click('button[data-sort="right"]');
    await frame.waitForSelector('button[data-sort="right"][aria-pressed="true"]', { timeout: 10_000 });
    // No remote loads and a strict CSP in the page.
    const cspMeta = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => (m as { getAttribute(n: string): string }).getAttribute('content'));
    assert.match(cspMeta, /default-src 'none'/);
    await wb.screenshot('client-concordance');
    // A line is a link to its place: the editor opens with the keyword selected.
    await frame.click('tr.line >> nth=0');
    await wb.page.locator('.editor-instance .view-overlays .selected-text').first().waitFor({ timeout: 15_000 });
  });

  it('draws the corpus overview charts', async () => {
    await wb.runCommand('Discourse Lens: Show Corpus Overview');
    const frame = await webviewFrame(wb, '#frequency');
    await frame.waitForSelector('#frequency[data-ready="true"]', { timeout: 30_000 });
    await frame.waitForSelector('#dispersion[data-ready="true"]', { timeout: 30_000 });
    await frame.waitForSelector('#cooccurrence[data-ready="true"]', { timeout: 30_000 });
    const summary = await frame.textContent('#summary');
    assert.match(summary ?? '', /\d+ articles, \d+ items/);
    const cells = await frame.$$eval('#frequency-table tbody tr', (trs) => trs.length);
    assert.ok(cells >= 4, `frequency table rows: ${cells}`);
    const box = await frame.$eval('#frequency', (c) => {
      const r = (c as { getBoundingClientRect(): { width: number; height: number } }).getBoundingClientRect();
      return { w: r.width, h: r.height };
    });
    assert.ok(box.w > 100 && box.h > 100, 'the chart has a size');
    await wb.screenshot('client-overview', undefined, { docs: 'screenshot-overview.png' });
  });
});
