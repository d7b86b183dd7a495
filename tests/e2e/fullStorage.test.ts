import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { callPhase, dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';
import { emptyFiller, fillLocalStorage, limitQuota } from '../support/storageFaults';

// The app against a browser whose storage is full: localStorage at its quota, or IndexedDB refusing writes.
let served: ServedBuild;
let browser: Browser;
let page: Page;
let errors: string[];

describe('when the browser’s storage is full', () => {
  beforeAll(async () => {
    served = await serveBuild();
  });
  afterAll(async () => {
    await served?.close();
  });
  beforeEach(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('a call connects and carries on in memory when localStorage is full, and the trainee is told why', async () => {
    await page.goto(served.url);
    await page.locator('[data-screen="home"]').waitFor();
    const filler = await fillLocalStorage(page);
    expect(filler.length).toBeGreaterThan(0);

    await dial(page, 'busy-executive', 'Book the staff demo through Kim');
    const notice = page.getByTestId('storage-notice');
    await expect(notice.textContent()).resolves.toMatch(/storage for this site is full.*call in progress is not kept as you go/);
    // The call screen says it where the trainee is looking, too.
    expect(await page.getByTestId('call-not-kept').isVisible()).toBe(true);

    await sayLines(page, fixtureLines('busy-executive').good);
    const { score } = await waitForResults(page);
    expect(score).toBeGreaterThanOrEqual(75);
    // Finished calls go to IndexedDB, which has room: the call is in History.
    await page.goto(`${served.url}#/history`);
    await expect(page.locator('.hist-list-count').textContent()).resolves.toBe('Showing 1 of 1 call');

    // Once there is room again, saving works and the notice goes.
    await emptyFiller(page, filler);
    await page.goto(`${served.url}#/settings`);
    await page.getByRole('radio', { name: /^Guided/ }).check();
    await page.goto(`${served.url}#/`);
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('a finished call IndexedDB has no room for stays pending until it is really saved, and can be exported', async () => {
    await page.goto(`${served.url}#/history`);
    await page.locator('.hist-empty').waitFor();
    const lift = await limitQuota(browser.context, page, 1);

    await dial(page, 'busy-executive', 'Book the staff demo through Kim');
    await sayLines(page, fixtureLines('busy-executive').good);
    const panel = page.locator('.call-ended-failed');
    await panel.waitFor({ timeout: 30_000 });
    await expect(panel.textContent()).resolves.toMatch(/could not be saved/i);

    // Trying again while there is still no room fails again: no Results, and the call stays pending.
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await page.waitForFunction(() => document.querySelector('[data-screen="results"]') || /still could not be saved/.test(document.body.textContent ?? ''));
    expect(await page.locator('[data-screen="results"]').count()).toBe(0);
    expect(await callPhase(page)).toBe('save-failed');
    await expect(panel.textContent()).resolves.toMatch(/Your call still could not be saved to History: the browser’s storage for this site is full/);
    const pending = await page.evaluate(() => JSON.parse(localStorage.getItem('dialed-in.call')!).state.pendingRecord?.id as string | undefined);
    expect(pending).toBeTruthy();

    // The call can be exported as a history file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this call' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { kind: string; calls: { id: string; transcript: { turns: unknown[] } }[] };
    expect(file.kind).toBe('history');
    expect(file.calls.map((c) => c.id)).toEqual([pending]);
    expect(file.calls[0]!.transcript.turns.length).toBeGreaterThan(2);

    // A reload keeps it waiting to be saved.
    await page.reload();
    await page.goto(`${served.url}#/`);
    await page.getByRole('heading', { name: /Your call with Wendy is not saved yet/ }).waitFor();

    // With room again, it is saved for real and survives a reload.
    await lift();
    await page.getByRole('link', { name: 'Open the call' }).click();
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await waitForResults(page);
    await page.reload();
    await page.locator('[data-screen="results"]').waitFor();
    await page.goto(`${served.url}#/history`);
    await expect(page.locator('.hist-list-count').textContent()).resolves.toBe('Showing 1 of 1 call');
    expect(errors).toEqual([]);
  }, 120_000);
});
