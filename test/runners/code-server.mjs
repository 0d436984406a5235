// Run the extension-host mocha suite (test/out/suite/index.js) inside code-server:
// the web client takes extensionDevelopmentPath/extensionTestsPath through the URL
// payload; the workbench reports the test output to window.codeAutomationLog and the
// exit code to window.codeAutomationExit, which Playwright exposes to us.
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';

// Workbench chatter that reaches codeAutomationLog along with the tests' output.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /ENOTFOUND open-vsx\.org/,
  /^Started local extension host/,
  /^Creation of workbench contribution .* took/,
];
const verbose = process.env.DISCOURSE_LENS_VERBOSE === '1';

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
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!verbose && NOISE.some((re) => re.test(text))) return;
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
