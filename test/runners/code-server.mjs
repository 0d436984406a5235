// Run the extension-host mocha suite (test/out/suite/index.js) inside code-server:
import fs from "node:fs"; const require_fs = () => fs;
// the web client takes extensionDevelopmentPath/extensionTestsPath through the URL
// payload; the workbench reports the test output to window.codeAutomationLog and the
// exit code to window.codeAutomationExit, which Playwright exposes to us.
import { launchBrowser } from './browser.mjs';

/**
 * @param {object} o
 * @param {object} o.server           from scripts/code-server.mjs startCodeServer()
 * @param {string} o.workspace        folder to open
 * @param {string} o.extensionDevelopmentPath
 * @param {string} o.extensionTestsPath
 * @param {number} [o.timeoutMs]
 * @returns {Promise<number>} exit code of the suite (0 = all passed)
 */
export async function runSuiteInCodeServer({ server, workspace, extensionDevelopmentPath, extensionTestsPath, timeoutMs = 5 * 60_000 }) {
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (process.env.DL_DEBUG_LOG) require_fs().appendFileSync(process.env.DL_DEBUG_LOG, JSON.stringify([type, args]) + "\n");
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (type === 'error') process.stderr.write(text + '\n');
      else process.stdout.write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const url = server.folderUrl(workspace, { extensionDevelopmentPath, extensionTestsPath });
    await page.goto(url);
    let timer;
    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`extension-host tests did not finish within ${timeoutMs / 1000} s`);
      if (pageErrors.length) console.error('page errors:\n' + pageErrors.join('\n'));
      return 1;
    }
    return code;
  } finally {
    await browser.close();
  }
}
