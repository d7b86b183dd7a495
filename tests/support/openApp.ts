import type { Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, type Browser } from './browser';
import { serveBuild, type ServedBuild } from './serveBuild';

/** The built app served, a fresh Chromium and one page on Home, with the page's errors collected. */
export interface OpenApp {
  served: ServedBuild;
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Serves the build, launches Chromium and opens Home; `beforeLoad` runs on the page before it navigates. */
export async function openApp(options: Parameters<typeof launchBrowser>[0] & { beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<OpenApp> {
  const served = await serveBuild();
  const browser = await launchBrowser(options);
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await options.beforeLoad?.(page);
  await page.goto(served.url);
  await page.locator('[data-screen="home"]').waitFor();
  return {
    served,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
