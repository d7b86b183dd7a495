import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial, sayLines, waitForResults } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';

let served: ServedBuild;
let browser: Browser;

const { kept } = JSON.parse(readFileSync(new URL('../fixtures/series/lease-series.json', import.meta.url), 'utf8')) as { kept: string[][] };

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
});
