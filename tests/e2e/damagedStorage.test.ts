import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';
import { fillLocalStorage } from '../support/storageFaults';

// Saved data a crash, a bad extension or a hand edit damaged, against the built app.
let served: ServedBuild;
let browser: Browser;
let page: Page;
let errors: string[];

/** A call in progress as the app saves it, with a `null` where its second line should be. */
const damagedCall = JSON.stringify({
  state: {
    phase: 'live',
    session: {
      callId: 'damaged-call',
      scenarioId: 'busy-executive',
      scenarioTitle: 'The busy executive',
      channel: 'call',
      seed: 3,
      difficulty: 'medium',
      goal: 'Book the demo',
      personaKind: 'scripted',
      usedGuided: false,
      startedAt: '2026-04-14T10:00:00.000Z',
      connectedAt: 1,
      turns: [{ speaker: 'customer', text: 'Wendy Park.', at: 0 }, null],
      beeped: false,
    },
  },
  version: 1,
});

/** Opens the app once, writes items into its localStorage (then fills it, when asked), and loads it again. */
async function loadWith(p: Page, items: Record<string, string>, options: { full?: boolean } = {}): Promise<void> {
  await p.goto(served.url);
  await p.locator('[data-screen="home"]').waitFor();
  await p.evaluate((entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)), items);
  if (options.full) await fillLocalStorage(p);
  await p.reload();
}

describe('damaged saved data in the browser', () => {
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

  it('a damaged call in progress crashes neither Home nor the Call screen: it is set aside, exportable, with a notice', async () => {
    await loadWith(page, { 'dialed-in.call': damagedCall });
    await page.locator('[data-screen="home"]').waitFor();
    const notice = page.getByTestId('storage-notice');
    await expect(notice.textContent()).resolves.toMatch(
      /Your call in progress could not be read \(line 2 of the call is damaged\)\. It was set aside, with a copy kept in this browser, and the call was not restored/,
    );
    expect(await page.locator('[data-screen="error"]').count()).toBe(0);

    // The original is kept beside, and offered as a file.
    expect(await page.evaluate(() => localStorage.getItem('dialed-in.call.unreadable'))).toBe(damagedCall);
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export unreadable data' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { items: { key: string; raw: { state: { session: { callId: string } } } }[] };
    expect(file.items.map((i) => [i.key, i.raw.state.session.callId])).toEqual([['dialed-in.call', 'damaged-call']]);

    await page.goto(`${served.url}#/call`);
    await page.getByRole('heading', { name: 'No call in progress' }).waitFor();

    // A new call works as usual, and the copy set aside stays.
    await dial(page, 'busy-executive', 'Book the staff demo through Kim');
    await sayLines(page, fixtureLines('busy-executive').good);
    await waitForResults(page);
    expect(await page.evaluate(() => localStorage.getItem('dialed-in.call.unreadable'))).toBe(damagedCall);
    expect(errors).toEqual([]);
  }, 120_000);

  it('damaged saved data with no room for a copy is left exactly as it was', async () => {
    const settings = JSON.stringify({ state: { mode: 'free', voice: 'loud' }, version: 7 });
    await loadWith(page, { 'dialed-in.call': damagedCall, 'dialed-in.settings': settings }, { full: true });
    const notice = page.getByTestId('storage-notice');
    await expect(notice.textContent()).resolves.toMatch(
      /Your settings could not be read \(it was saved by a newer version of Dialed In \(format 7\)\), and there is no room to keep a copy/,
    );
    // Using the app writes settings and the call store; neither original is written over.
    await page.goto(`${served.url}#/settings`);
    await page.getByRole('radio', { name: /^Guided/ }).check();
    await page.goto(`${served.url}#/`);
    await page.locator('[data-screen="home"]').waitFor();
    const kept = await page.evaluate(() => [localStorage.getItem('dialed-in.call'), localStorage.getItem('dialed-in.settings')]);
    expect(kept).toEqual([damagedCall, settings]);
    expect(errors).toEqual([]);
  }, 120_000);
});
