import type { Page } from 'playwright-core';

/**
 * Empties the storage of `url`'s origin (IndexedDB, localStorage, caches) through the DevTools protocol and
 * opens `url` afresh, as on a first visit: a page reused this way costs one load, a new page a new renderer too.
 */
export async function clearSiteData(page: Page, url: string): Promise<void> {
  // Leaving the app first closes its database, so clearing does not force-close a connection under it.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
  } finally {
    await cdp.detach();
  }
  await page.goto(url);
}
