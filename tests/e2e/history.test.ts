import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/core/history/callRecord';
import { seedRecords } from '../app/history/seedRecords';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { clearSiteData } from '../support/clearSiteData';
import { serveBuild, type ServedBuild } from '../support/serveBuild';

// History in a real browser against the built app (npm test builds dist/ first). The tests share one page and
// empty its site's storage before each, so IndexedDB starts empty without the cost of a new renderer.
let server: ServedBuild;
let browser: Browser;
let page: Page;
let problems: string[];
let records: CallRecord[];

/** Writes items straight into the app's IndexedDB store, as a damaged or older save would look. */
async function writeRaw(p: Page, items: unknown[]): Promise<void> {
  await p.evaluate(async (values) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('dialed-in');
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains('calls')) request.result.createObjectStore('calls', { keyPath: 'id' });
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

async function openHistory(p: Page): Promise<void> {
  await p.goto(`${server.url}#/history`);
  await p.waitForSelector('[data-screen="history"] :is(.hist-list-count, .hist-empty)');
}

const shownCount = (p: Page) => p.locator('.hist-list-count').textContent();

describe('History in the browser', () => {
  beforeAll(async () => {
    server = await serveBuild();
    records = await seedRecords();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = collectPageErrors(page);
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    problems.splice(0);
    await clearSiteData(page, server.url);
    await page.locator('[data-screen="home"]').waitFor();
  });

  it('lists a call just played, with its score, and still lists it after a reload', async () => {
    await dial(page, 'busy-executive', 'Book the staff demo through Kim');
    await sayLines(page, fixtureLines('busy-executive').good);
    const { score } = await waitForResults(page);
    await page.reload();
    await openHistory(page);
    expect(await shownCount(page)).toBe('Showing 1 of 1 call');
    const row = page.locator('.hist-row').first();
    await expect(row.locator('.hist-score-value').textContent()).resolves.toBe(String(Math.round(score)));
    await expect(row.textContent()).resolves.toContain('Your goal: Book the staff demo through Kim');
    expect(problems).toEqual([]);
  }, 60_000);

  it('recovers corrupted storage with a notice, keeps the good calls and exports the unreadable part', async () => {
    await writeRaw(page, [...records.slice(0, 3), { id: 'garbage-1', transcript: 'lost' }, { id: 'garbage-2', version: 99, junk: [1, 2, 3] }]);
    await page.reload();
    await openHistory(page);
    const notice = page.getByRole('status', { name: 'Saved history notice' });
    await expect(notice.textContent()).resolves.toMatch(/2 saved items were unreadable and set aside/);
    expect(await shownCount(page)).toBe('Showing 3 of 3 calls');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export unreadable data' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.items.map((item: { raw: { id: string } }) => item.raw.id).sort()).toEqual(['garbage-1', 'garbage-2']);
    expect(problems).toEqual([]);
  });

  it('round-trips an export through clear and import, and keeps the imported calls across a reload, newest first', async () => {
    await openHistory(page);
    await expect(page.getByText('No finished calls yet').isVisible()).resolves.toBe(true);
    await page
      .getByLabel('Import history from a JSON file')
      .setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(records)) });
    await page.getByText(`Imported ${records.length} calls.`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export history' }).click()]);
    const file = await readFile((await download.path())!);
    await page.getByRole('button', { name: 'Clear history…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete all' }).click();
    await page.getByText('No finished calls yet').waitFor();
    await page.getByLabel('Import history from a JSON file').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: file });
    await page.getByText(`Imported ${records.length} calls.`).waitFor();
    await page.reload();
    await page.waitForSelector('.hist-list-count');
    expect(await shownCount(page)).toBe(`Showing ${records.length} of ${records.length} calls`);
    const newest = [...records].sort((a, b) => b.endedAt.localeCompare(a.endedAt))[0]!;
    await expect(page.locator('.hist-row-scenario').first().textContent()).resolves.toBe(newest.scenarioTitle);
    expect(problems).toEqual([]);
  });

  it('refuses a file that is not a history export and keeps what is saved, then filters by scenario and opens a past call’s replay from the keyboard', async () => {
    await writeRaw(page, records);
    await page.reload();
    await openHistory(page);
    await page
      .getByLabel('Import history from a JSON file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"shopping": ["milk"]}') });
    await page.getByText(/not a Dialed In history export/).waitFor();
    expect(await shownCount(page)).toBe(`Showing ${records.length} of ${records.length} calls`);
    await page.getByLabel('Scenario', { exact: true }).selectOption('busy-executive');
    const count = records.filter((r) => r.scenarioId === 'busy-executive').length;
    expect(await shownCount(page)).toBe(`Showing ${count} of ${count} calls`);
    await page
      .getByRole('link', { name: /^Replay the/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-screen="replay"]');
    expect(page.url()).toContain('#/replay/');
    expect(problems).toEqual([]);
  });
});
