// Headless Debian Chromium through playwright-core (no browser download).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch Chromium with a fresh profile; returns { context, page, close() }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with:\n\n    apt-get update && apt-get install -y chromium\n`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'discourse-lens-chromium-'));
  const removeProfile = () => {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* best effort */
    }
  };
  process.once('exit', removeProfile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    // Keep Chromium's crash reports, dconf and caches out of $HOME.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(profile, '.xdg-config'),
      XDG_CACHE_HOME: path.join(profile, '.xdg-cache'),
      XDG_DATA_HOME: path.join(profile, '.xdg-data'),
    },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      removeProfile();
    },
  };
}
