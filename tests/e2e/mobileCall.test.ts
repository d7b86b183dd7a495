import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dial, fixtureLines } from '../support/callDriver';
import { openApp, type OpenApp } from '../support/openApp';

const VIEWPORT = { width: 375, height: 740 };
/** Set SHOTS_DIR to keep screenshots for a look. */
const SHOTS = process.env.SHOTS_DIR;

let app: OpenApp;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await openApp({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  ({ page, errors } = app);
});

afterAll(async () => {
  await app?.close();
});

/** Where the input and the latest line sit on screen, without scrolling anything. */
async function layout(p: Page) {
  return p.evaluate(() => {
    const input = document.querySelector('[data-screen="call"] textarea, [data-screen="call"] input[type="text"]')!.getBoundingClientRect();
    const bubbles = document.querySelectorAll('.transcript .bubble');
    const last = bubbles[bubbles.length - 1]!.getBoundingClientRect();
    const scroller = document.querySelector('.transcript-scroller')!.getBoundingClientRect();
    return { inputTop: input.top, inputBottom: input.bottom, lastTop: last.top, lastBottom: last.bottom, scrollerTop: scroller.top, scrollerBottom: scroller.bottom, pageScroll: window.scrollY };
  });
}

describe('a call on a 375x740 phone', () => {
  it('keeps the latest reply and the input in view after every turn, with no page scrolling', async () => {
    await dial(page, 'lease-follow-up', 'Give Art a date for his plates and book his first oil change');
    const lines = fixtureLines('lease-follow-up').good.slice(0, 3);
    for (const [i, line] of lines.entries()) {
      const input = page.getByRole('textbox', { name: /What you say/ });
      const before = await page.locator('.transcript .bubble').count();
      await input.fill(line);
      await input.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('.transcript .bubble').length >= n + 2 && document.querySelector('[data-screen="call"]')?.getAttribute('data-phase') !== 'responding', before);
      if ((await page.locator('[data-screen="call"]').getAttribute('data-phase')) !== 'live') break;
      // Let the smooth scroll settle.
      await page.waitForTimeout(600);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/mobile-call-${i + 1}.png` });
      const box = await layout(page);
      expect(box.pageScroll).toBe(0);
      expect(box.inputBottom).toBeLessThanOrEqual(VIEWPORT.height);
      expect(box.lastBottom).toBeLessThanOrEqual(box.scrollerBottom + 1);
      expect(box.lastTop).toBeGreaterThanOrEqual(box.scrollerTop - 1);
    }
    expect(errors).toEqual([]);
  });
});
