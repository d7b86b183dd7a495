import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callPhase, dial, fixtureLines, sayLines, waitForTranscriptToSettle } from '../support/callDriver';
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
    return {
      inputTop: input.top,
      inputBottom: input.bottom,
      lastTop: last.top,
      lastBottom: last.bottom,
      scrollerTop: scroller.top,
      scrollerBottom: scroller.bottom,
      pageScroll: window.scrollY,
    };
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
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('.transcript .bubble').length >= n + 2 &&
          document.querySelector('[data-screen="call"]')?.getAttribute('data-phase') !== 'responding',
        before,
      );
      if ((await callPhase(page)) !== 'live') break;
      await waitForTranscriptToSettle(page);
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

describe('switching to guided lines mid-call on a phone', () => {
  it('keeps the latest reply in view as the taller guided choices open', async () => {
    await dial(page, 'quote-follow-up', 'Get a decision date');
    await sayLines(page, fixtureLines('quote-follow-up').good.slice(0, 2));
    await page.getByRole('button', { name: 'Guided' }).click();
    await page.getByText('Pick what you say').waitFor();
    await waitForTranscriptToSettle(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/mobile-guided-switch.png` });
    const box = await page.evaluate(() => {
      const bubbles = document.querySelectorAll('.transcript .bubble');
      const last = bubbles[bubbles.length - 1]!.getBoundingClientRect();
      const scroller = document.querySelector('.transcript-scroller')!.getBoundingClientRect();
      return { lastTop: last.top, lastBottom: last.bottom, scrollerTop: scroller.top, scrollerBottom: scroller.bottom };
    });
    expect(box.lastBottom).toBeLessThanOrEqual(box.scrollerBottom + 1);
    expect(box.lastTop).toBeGreaterThanOrEqual(box.scrollerTop - 1);
    await page.getByRole('button', { name: 'Free text' }).click();
    expect(errors).toEqual([]);
  });
});

describe('team results on a phone', () => {
  it('says the wide table scrolls sideways and keeps each Remove button on one line', async () => {
    await page.goto(new URL('#/team', page.url()).href);
    await page.locator('[data-screen="team"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles('tests/fixtures/assignments/results-valid.json');
    await page.getByTestId('scroll-hint').waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/mobile-team.png`, fullPage: true });
    const wrap = page.getByRole('region', { name: /^Results for/ });
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const remove = await page.getByRole('button', { name: /^Remove results-valid/ }).boundingBox();
    const lineHeight = await page.getByRole('button', { name: /^Remove results-valid/ }).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
    expect(remove!.height).toBeLessThan(lineHeight * 2 + 24);
    expect(errors).toEqual([]);
  });
});

describe('the call screen on a touch screen', () => {
  it('does not show keyboard shortcuts a phone has no keys for', async () => {
    const touch = await openApp({ viewport: VIEWPORT, reducedMotion: 'reduce', hasTouch: true });
    try {
      await dial(touch.page, 'lease-follow-up', 'Give Art a date for his plates');
      const hint = touch.page.locator('.composer-keys');
      expect(await hint.count()).toBe(1);
      expect(await hint.isVisible()).toBe(false);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(false);
      expect(await touch.page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      // Guided choices are tapped, not keyed: "(press 1, 2 or 3)" goes too.
      await touch.page.getByRole('button', { name: 'Guided' }).click();
      const keys = touch.page.locator('.guided-keys');
      await keys.waitFor({ state: 'attached' });
      expect(await keys.isVisible()).toBe(false);
      expect(touch.errors).toEqual([]);
    } finally {
      await touch.close();
    }
  });
});
