import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial, finishCall, sayLines, waitForResults } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';

let served: ServedBuild;
let browser: Browser;

const { kept, broken } = JSON.parse(readFileSync(new URL('../fixtures/series/lease-series.json', import.meta.url), 'utf8')) as {
  kept: string[][];
  broken: string[][];
};

/** Writes the goal and dials from a briefing opened under an assignment's rules (free text is set by the assignment). */
async function dialPlanned(page: Page, position: string, goal: string): Promise<void> {
  await page.locator('[data-screen="briefing"]').waitFor();
  await page.getByTestId('series-position').filter({ hasText: position }).waitFor();
  await page.getByLabel('Your goal for this call').fill(goal);
  await page.getByRole('button', { name: /^Call / }).click();
  await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
}

/** Says the lines, hangs up if the customer has not, and waits for the results. */
async function playOut(page: Page, lines: readonly string[]): Promise<void> {
  await sayLines(page, lines);
  await finishCall(page);
}

beforeAll(async () => {
  served = await serveBuild();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('a series of calls', () => {
  it('plays over a reload: the second briefing is written from the first call, and results show the series', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(served.url);
    const card = page.locator('[data-scenario="lease-series"]');
    await card.getByTestId('series-progress').filter({ hasText: 'Not started' }).waitFor();

    await dial(page, encodeURIComponent('lease-series/plates-late'), 'Own the plates with a dated promise');
    await sayLines(page, kept[0]!);
    await waitForResults(page);
    await page
      .getByTestId('series-story')
      .getByRole('link', { name: /Next: call 2/ })
      .waitFor();

    await page.reload();
    await page.goto(`${served.url}#/`);
    await card.getByTestId('series-progress').filter({ hasText: 'Next: call 2 of 2' }).waitFor();
    await card.getByRole('link').click();
    await page.locator('[data-screen="briefing"]').waitFor();
    await page.getByTestId('series-position').filter({ hasText: 'call 2 of 2' }).waitFor();
    const briefing = await page.locator('[data-screen="briefing"]').innerText();
    expect(briefing).toContain("You told Art: “The DMV is tracing them, and I'll call you by 4 pm Thursday with a pick-up date.”");

    await dial(page, encodeURIComponent('lease-series/promised-call'), 'Give Art the date I promised');
    await sayLines(page, kept[1]!);
    await waitForResults(page);
    const story = page.getByTestId('series-story');
    await story.getByTestId('series-score').waitFor();
    expect(await story.innerText()).toContain('kept, unprompted');
    expect(Number((await story.getByTestId('series-score').innerText()).match(/\d+/)?.[0])).toBeGreaterThanOrEqual(75);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays an assigned series to its last call from the assignment card, and a retry of that call leaves the counted run as it was', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${served.url}#/manager`);
    await page.locator('[data-screen="manager"]').waitFor();
    await page.getByLabel('Title').fill('Week 2: Art’s plates');
    await page.getByRole('checkbox', { name: /Art's plates: the promise and the call back/ }).check();
    await page.getByLabel('Pass mark (0–100)').fill('100');
    await page.getByLabel('Attempts per scenario').fill('2');
    await page.getByLabel('Free text').check();
    await page.getByRole('button', { name: 'Create assignment' }).click();
    const link = page.getByTestId('assignment-link');
    await link.waitFor();
    await page.goto(await link.inputValue());
    await page.getByText('“Week 2: Art’s plates” was added to your assignments.').waitFor();

    await page.goto(`${served.url}#/assigned`);
    const row = page.getByRole('article', { name: 'Week 2: Art’s plates' }).locator('[data-scenario="lease-series"]');
    await row.getByRole('button', { name: /^Play Art's plates/ }).click();
    await dialPlanned(page, 'Call 1 of 2', 'Own the plates with a dated promise');
    await playOut(page, kept[0]!);
    await page.getByTestId('call-outcome').filter({ hasText: 'series in progress, call 2 of 2 next' }).waitFor();

    await page.getByRole('link', { name: 'Back to Assigned to me' }).click();
    await row.getByTestId('run-in-progress').filter({ hasText: 'Run in progress — call 2 of 2 next.' }).waitFor();
    expect(await row.textContent()).toContain('0/2 attempts');
    await row.getByRole('button', { name: /^Continue Art's plates.*: call 2 of 2$/ }).click();
    await dialPlanned(page, 'Call 2 of 2', 'Give Art the date I promised');
    await playOut(page, kept[1]!);
    const outcome = page.getByTestId('call-outcome');
    await outcome.filter({ hasText: 'The series scored' }).waitFor();
    const seriesScore = Number((await outcome.textContent())?.match(/The series scored (\d+)/)?.[1]);
    expect(seriesScore).toBeGreaterThanOrEqual(75);

    // Back to that call's briefing, still under the assignment's rules: the run is finished, so this is a retry.
    await page.goto(`${served.url}#/briefing/${encodeURIComponent('lease-series/promised-call')}`);
    await dialPlanned(page, 'Call 2 of 2', 'Give Art the date I promised');
    await playOut(page, broken[1]!);
    await page.getByTestId('call-outcome').filter({ hasText: 'practice, not counted' }).waitFor();

    await page.goto(`${served.url}#/assigned`);
    await row.filter({ hasText: `1/2 attempts · best ${seriesScore}` }).waitFor();
    expect(await row.getByTestId('run-in-progress').count()).toBe(0);
    await row.getByRole('button', { name: /^Play Art's plates/ }).click();
    await page.getByTestId('series-position').filter({ hasText: 'Call 1 of 2' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
