import type { BrowserContext, Page } from 'playwright-core';
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchBrowser(opts?: { viewport?: { width: number; height: number } }): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}>;
