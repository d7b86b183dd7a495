import type { BrowserContext, Page } from 'playwright-core';

/**
 * Fills the page's localStorage to the browser's quota with filler keys, halving the chunk until not even
 * one more character fits, as a browser full of saved scenarios would be. Returns the filler keys.
 */
export async function fillLocalStorage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys: string[] = [];
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        const key = `test-filler-${keys.length}`;
        try {
          localStorage.setItem(key, chunk);
          keys.push(key);
        } catch {
          break;
        }
      }
    }
    return keys;
  });
}

/** Removes the filler keys again, making room. */
export async function emptyFiller(page: Page, keys: readonly string[]): Promise<void> {
  await page.evaluate((list) => list.forEach((key) => localStorage.removeItem(key)), [...keys]);
}

/**
 * Shrinks the quota of the page's origin for IndexedDB and the other quota-managed storage, through the
 * DevTools protocol, as a full disk would. Resolves to a function that lifts the limit again.
 */
export async function limitQuota(context: BrowserContext, page: Page, bytes: number): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
  };
}
