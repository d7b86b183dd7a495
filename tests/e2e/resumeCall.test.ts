import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('a call survives a reload', () => {
  it('a reload mid-call offers to resume, and the resumed call finishes and is saved', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(served.url);
    const lines = fixtureLines('busy-executive').good;
    await dial(page, 'busy-executive', 'Book the staff demo through Kim');
    await sayLines(page, lines.slice(0, 1));
    const before = await page.locator('.transcript .bubble-text').allTextContents();
    expect(before).toHaveLength(3);

    await page.reload();
    await page.getByRole('region', { name: /Your call with Wendy was interrupted/ }).waitFor();
    expect(await page.locator('.transcript .bubble-text').allTextContents()).toEqual(before);

    // Home offers the same call.
    await page.goto(`${served.url}#/`);
    await page.getByRole('region', { name: 'Unfinished call with Wendy Park' }).getByRole('button', { name: 'Resume call' }).click();
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor();
    await sayLines(page, lines.slice(1));
    const { score } = await waitForResults(page);
    expect(score).toBeGreaterThanOrEqual(75);

    // The finished call is in history after another reload, and nothing is left to resume.
    await page.reload();
    await page.locator('[data-screen="results"]').waitFor();
    await page.goto(`${served.url}#/`);
    await page.getByRole('region', { name: /Your last call/ }).waitFor();
    expect(await page.getByRole('region', { name: /Unfinished call/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
