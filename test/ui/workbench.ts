// Helpers to drive the real VS Code workbench (code-server) in headless Chromium.
// Reuse them for UI tests of decorations, tree views, webviews, etc.:
//
//   const wb = await Workbench.open();          // browser + workbench on a copy of samples/
//   await wb.openFile('The first step.txt');
//   const text = await wb.hover('Donbas', /5/);  // hover a word, wait for the hover's text
//   await wb.runCommand('Discourse Lens: ...');  // command palette
//   await wb.screenshot('hover');                // test/ui/screenshots/hover.png
//   await wb.screenshot('hover', undefined, { docs: 'screenshot-hover.png' }); // + docs/ with
//                                                // DISCOURSE_LENS_UPDATE_SCREENSHOTS=1
//   await wb.close();
//
// `npm test` (stage "ui") starts code-server with the packaged .vsix installed and passes
// DISCOURSE_LENS_UI_URL (server address) and DISCOURSE_LENS_UI_WORKSPACE (temp copy of samples/).
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from '../runners/browser.mjs';

export const SCREENSHOTS = path.join(__dirname, 'screenshots');
export const DOCS = path.join(__dirname, '..', '..', 'docs');

export const selectors = {
  workbench: '.monaco-workbench',
  explorerRows: '.explorer-folders-view .monaco-list-row',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  activeTab: '.tabs-container .tab.active',
  hover: '.monaco-hover:not(.hidden)',
  quickInput: '.quick-input-widget input:visible',
  quickInputRows: '.quick-input-widget .monaco-list-row',
  notifications: '.notifications-toasts',
  statusBar: '#workbench\\.parts\\.statusbar',
};

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run UI tests through \`npm test\` or \`node scripts/test.mjs --only ui\``);
  return v;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    private readonly closeBrowser: () => Promise<void>,
  ) {}

  /**
   * Launch Chromium and open the workbench on `folder` (default: the test workspace copy of samples/).
   * `url`: open this exact workbench address instead (e.g. the one `npm start` prints).
   */
  static async open(folder?: string, url?: string): Promise<Workbench> {
    folder ??= url ? new URL(url).searchParams.get('folder') ?? '' : env('DISCOURSE_LENS_UI_WORKSPACE');
    url ??= `${env('DISCOURSE_LENS_UI_URL')}/?folder=${encodeURIComponent(folder)}`;
    const browser = await launchBrowser();
    const wb = new Workbench(browser.page, folder, browser.close);
    try {
      await wb.page.goto(url);
      await wb.page.waitForSelector(selectors.workbench, { timeout: 60_000 });
      await wb.page.waitForSelector(selectors.explorerRows, { timeout: 60_000 });
    } catch (e) {
      await browser.close();
      throw e;
    }
    return wb;
  }

  async close(): Promise<void> {
    await this.closeBrowser();
  }

  /**
   * Open a file (path relative to the workspace); waits until its tab is active. A file at the
   * workspace root is opened from the Explorer, which is already listed; Quick Open is used only for
   * nested paths, since its file search can take long on a loaded machine.
   */
  async openFile(relPath: string): Promise<void> {
    const name = path.basename(relPath);
    const explorerRow = this.page.locator(selectors.explorerRows, { hasText: name }).first();
    if (!relPath.includes('/') && (await explorerRow.count()) > 0) {
      await explorerRow.dblclick();
    } else {
      await this.quickInput('ControlOrMeta+P', relPath);
      await this.page.locator(selectors.quickInputRows, { hasText: name }).first().waitFor({ timeout: 60_000 });
      await this.page.keyboard.press('Enter');
    }
    await this.page.locator(selectors.activeTab, { hasText: name }).waitFor({ timeout: 60_000 });
    await this.page.locator(selectors.editorLines).first().waitFor({ timeout: 60_000 });
  }

  /** Run a command by its palette label (e.g. 'View: Toggle Word Wrap'). */
  async runCommand(label: string): Promise<void> {
    await this.quickInput('F1', `>${label}`);
    const row = this.page.locator(selectors.quickInputRows, { hasText: label }).first();
    await row.waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Focus the active editor and go to a 1-based line (Ctrl+G). */
  async goToLine(line: number): Promise<void> {
    await this.quickInput('Control+G', `:${line}`);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Hover the `occurrence`-th visible occurrence of `text` in the active editor and return the
   * hover's text once it matches `expect` (a substring or RegExp; default: any text).
   * Moves the mouse away and back until the hover shows (the language server may still be starting).
   */
  async hover(text: string, expect?: string | RegExp, { occurrence = 0, timeoutMs = 30_000 } = {}): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      const box = await this.textBox(text, occurrence);
      if (!box) throw new Error(`"${text}" is not visible in the active editor (scroll to it first, e.g. goToLine)`);
      await this.page.mouse.move(5, 5);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      try {
        const hover = this.page.locator(selectors.hover).first();
        await hover.waitFor({ state: 'visible', timeout: 2_500 });
        // Hovers render "Loading..." first; give the content a moment.
        const t0 = Date.now();
        do {
          last = (await hover.innerText()).trim();
          if (matches(last, expect)) return last;
          await this.page.waitForTimeout(200);
        } while (Date.now() - t0 < 2_000);
      } catch {
        /* no hover yet */
      }
      if (Date.now() > deadline) {
        throw new Error(`no hover matching ${String(expect ?? '(any)')} on "${text}" within ${timeoutMs} ms; last hover text: ${JSON.stringify(last)}`);
      }
    }
  }

  /** Screen rectangle of the `occurrence`-th occurrence of `text` rendered in the active editor. */
  async textBox(text: string, occurrence = 0): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.page.evaluate(
      ({ text, occurrence, sel }) => {
        // Runs in the page (the tsconfig has no DOM lib, hence `any`).
        const g = globalThis as any;
        const doc = g.document;
        const roots = Array.from(doc.querySelectorAll(sel) as ArrayLike<any>).filter((e) => e.offsetParent !== null);
        let seen = 0;
        for (const root of roots) {
          const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            // Monaco renders spaces as U+00A0.
            const s = String(n.nodeValue ?? '').replace(/\u00a0/g, ' ');
            for (let i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
              if (seen++ < occurrence) continue;
              const r = doc.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + text.length);
              const b = r.getBoundingClientRect();
              if (b.width > 0 && b.top >= 0 && b.bottom <= g.innerHeight && b.left >= 0 && b.right <= g.innerWidth) return { x: b.x, y: b.y, width: b.width, height: b.height };
            }
          }
        }
        return null;
      },
      { text, occurrence, sel: selectors.editorLines },
    );
  }

  /** Visible notification toasts' texts. */
  async notifications(): Promise<string[]> {
    return this.page.locator(`${selectors.notifications} .notification-toast`).allInnerTexts();
  }

  /**
   * Save a screenshot (of the page, or of `target`) to test/ui/screenshots/<name>.png and return its path.
   * `docs`: also copy it to docs/<docs> (for the README) when DISCOURSE_LENS_UPDATE_SCREENSHOTS=1.
   */
  async screenshot(name: string, target?: Locator, { docs }: { docs?: string } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    if (target) await target.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    if (docs && process.env.DISCOURSE_LENS_UPDATE_SCREENSHOTS === '1') {
      fs.mkdirSync(DOCS, { recursive: true });
      fs.copyFileSync(file, path.join(DOCS, docs));
      console.log(`      (copied to docs/${docs})`);
    }
    return file;
  }

  /** Press `keys` (e.g. 'F1') and type `value` into the quick input that opens. */
  private async quickInput(keys: string, value: string): Promise<void> {
    await this.page.mouse.move(5, 5);
    const input = this.page.locator(selectors.quickInput).first();
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(keys);
      try {
        await input.waitFor({ state: 'visible', timeout: 3_000 });
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
        // The focus may be outside the workbench: click into the active editor or the explorer.
        await this.page.locator(`${selectors.editorLines}, ${selectors.explorerRows}`).first().click().catch(() => {});
      }
    }
    await input.fill(value);
  }
}

/**
 * Register mocha hooks that open one workbench for the enclosing `describe` (before) and close it
 * (after), saving `screenshots/failed-<test>.png` when a test fails. Returns a getter.
 *
 *   const wb = useWorkbench();
 *   it('...', async () => { await wb().openFile('x.txt'); });
 */
export function useWorkbench(folder?: string): () => Workbench {
  let wb: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    wb = await Workbench.open(folder);
  });
  afterEach(async function () {
    const t = this.currentTest;
    if (wb && t?.state === 'failed') {
      const file = await wb.screenshot(`failed-${t.fullTitle().replace(/[^\w-]+/g, '_').slice(0, 80)}`).catch(() => '');
      if (file) console.error(`      screenshot of the failure: ${file}`);
    }
  });
  after(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('workbench not open (useWorkbench() must be called inside describe)');
    return wb;
  };
}

function matches(text: string, expect?: string | RegExp): boolean {
  if (!text) return false;
  if (expect === undefined) return true;
  return typeof expect === 'string' ? text.includes(expect) : expect.test(text);
}
