import type { Page } from 'playwright-core';

/** Writes calls straight into the app's IndexedDB history, as if they had been played in this browser. */
export async function seedBrowserHistory(page: Page, items: unknown[]): Promise<void> {
  await page.evaluate(async (values) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('dialed-in');
      request.onupgradeneeded = () => {
        for (const name of ['calls', 'summaries'])
          if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath: 'id' });
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('calls', 'readwrite');
        for (const value of values) tx.objectStore('calls').put(value);
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, items);
}
