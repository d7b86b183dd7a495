import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dial } from '../support/callDriver';
import { openApp, type OpenApp } from '../support/openApp';

/** Set SHOTS_DIR to keep screenshots for a look. */
const SHOTS = process.env.SHOTS_DIR;

let app: OpenApp;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // At the natural pace, so one browser test plays the real rings and pauses.
  app = await openApp({ settings: null });
  ({ page, errors } = app);
});

afterAll(async () => {
  await app?.close();
});

describe('a call in which the rep never speaks', () => {
  it('is not scored or saved when hung up right after the greeting, and Home says why in one line', async () => {
    await dial(page, 'lease-follow-up', 'Plates date');
    await page.getByRole('button', { name: 'Hang up' }).click();
    await page.locator('[data-screen="home"]').waitFor();
    await expect.poll(() => page.getByTestId('dropped-call-note').textContent()).toMatch(/before you said anything.*not saved to History/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dropped-call-home.png` });
    await page.goto(new URL('#/history', page.url()).href);
    await page.locator('[data-screen="history"]').waitFor();
    await expect.poll(() => page.locator('[data-screen="history"]').textContent()).toContain('No finished calls yet');
  });

  it('is not saved when a voicemail is hung up before the message', async () => {
    await dial(page, 'not-now-voicemail', 'Callback by Friday');
    await page.getByRole('button', { name: 'Hang up' }).click();
    await page.locator('[data-screen="home"]').waitFor();
    await expect.poll(() => page.getByTestId('dropped-call-note').textContent()).toMatch(/before you left a message/);
    expect(errors).toEqual([]);
  });
});
