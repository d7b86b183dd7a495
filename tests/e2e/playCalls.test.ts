import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callPhase, dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { openApp, type OpenApp } from '../support/openApp';
import { seedBrowserHistory } from '../support/seedBrowserHistory';
import { makeRecord } from '../app/history/recordFixtures';

/**
 * Counts voicemail beeps where they are made (oscillators started on the page's audio context), and keeps every "call
 * ended" banner text as it appears: at a quick pace the banner gives way to the results within a fraction of a second.
 */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __beeps: number; __callEnded: string[] };
    w.__beeps = 0;
    w.__callEnded = [];
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__beeps++;
      return start.apply(this, args);
    };
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="call-ended"]')?.textContent ?? '';
      if (text !== '' && w.__callEnded.at(-1) !== text) w.__callEnded.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** The "call ended" banners shown since the page loaded, in order. */
const callEndedBanners = (page: Page) => page.evaluate(() => (window as unknown as { __callEnded: string[] }).__callEnded);

let app: OpenApp;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // Full motion here, so one file plays calls with the animations running.
  app = await openApp({ beforeLoad: instrument, reducedMotion: 'no-preference' });
  ({ page, errors } = app);
});

afterEach(() => {
  // No console errors on any screen: checked after every test, whatever it visited.
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await app?.close();
});

describe('playing calls in the browser', () => {
  it('a good lease-follow-up call ends with a high score and a gold or silver medal', async () => {
    await dial(page, 'lease-follow-up', 'Give Art a date for his plates and book his first oil change');
    const [first, ...rest] = fixtureLines('lease-follow-up').good;
    await sayLines(page, [first!]);
    // The dated plan for the plates ticks that open item off mid-call; the oil changes are still to come.
    const items = page.getByRole('region', { name: /Open items/ }).getByRole('listitem');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')))).toEqual(['handled', 'open']);
    expect(await items.first().textContent()).toMatch(/^Done: License plates/);
    await sayLines(page, rest);
    const { score, medal } = await waitForResults(page);
    expect(score).toBeGreaterThanOrEqual(75);
    expect(['gold', 'silver']).toContain(medal);
    await expect.poll(() => page.getByTestId('score-value').textContent()).toBe(String(score));
    await page.getByText('“Give Art a date for his plates and book his first oil change”').waitFor();
  });

  it('a poor busy-executive call ends with Wendy hanging up and a low score, and its replay shows the purposeless opener as a mistake on its turn', async () => {
    await dial(page, 'busy-executive', 'Book the demo');
    await sayLines(page, fixtureLines('busy-executive').bad);
    const { score, medal } = await waitForResults(page);
    expect(await callEndedBanners(page)).toContainEqual(expect.stringContaining('Wendy hung up.'));
    expect(score).toBeLessThan(50);
    expect(medal).toBe('none');
    await page.getByRole('region', { name: 'Your goal and what the call achieved' }).getByText('Wendy hung up.').waitFor();
    await page
      .getByRole('link', { name: /Replay/ })
      .first()
      .click();
    await page.locator('[data-screen="replay"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('replay-position').textContent()).toMatch(/^Line 2 of \d+ · mistakes? 1(–\d+)? of/);
    const current = page.locator('[aria-current="step"][data-turn="1"]');
    await expect.poll(() => current.textContent()).toContain('I just called to see how things are going.');
    const card = page.getByRole('article', { name: 'Mistake: Lead with a purpose' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Try instead/);
    expect(await card.textContent()).toMatch(/Source: /);
  });

  it('a pushy call to Dana, pressing on after her no, scores as a failed call and she never gives in', async () => {
    await dial(page, 'not-now-shopper', 'Get Dana in to see the car');
    await sayLines(page, [
      'Dana, Alex at Harbour Motors. Your Pearl Blue Aria is in, and honestly there are two other couples interested already.',
      'Put a deposit on your card now and it’s yours.',
      'Come on Dana, it won’t be there tomorrow, I just need your card number.',
    ]);
    const { score, medal } = await waitForResults(page);
    expect(score).toBeLessThanOrEqual(35);
    expect(medal).toBe('none');
    // The scripted customer never gives in to the push.
    expect(await page.getByText(/I’ll be there|I'll be there/).count()).toBe(0);
  });

  it('busy-executive booked through Kim reaches its goal, with Kim named on her lines and in the replay', async () => {
    await dial(page, 'busy-executive', 'Get Wendy to hand me to Kim and book the demo with her');
    await sayLines(page, [
      "Hi Wendy, Jordan from Clearline; I've taken over from Priya. I'm calling to book the staff demo you agreed with her. Is now OK for one minute?",
      "Could I speak to Kim to book it, so I don't take more of your time?",
    ]);
    expect(await page.getByTestId('on-the-line').textContent()).toBe("Speaking to Kim, Wendy's assistant");
    await sayLines(page, ["Hi Kim, Jordan from Clearline. Wendy has agreed to her team's demo; could we put it in for Thursday the 23rd at 10?"]);
    const { score } = await waitForResults(page);
    expect(score).toBeGreaterThanOrEqual(90);
    expect(await page.getByText('Kim agreed, and the call ended on a high.').count()).toBe(1);
    await page
      .getByRole('link', { name: /Replay/ })
      .first()
      .click();
    await page.locator('[data-screen="replay"]').waitFor();
    await page.keyboard.press('End');
    expect(await page.locator('.replay-turn-gatekeeper .bubble-speaker').first().textContent()).toMatch(/^Kim · line 7/);
  });

  it('the voicemail scenario plays the beep and takes one message', async () => {
    await page.evaluate(() => ((window as unknown as { __beeps: number }).__beeps = 0));
    await dial(page, 'not-now-voicemail', 'Give Dana a reason to call me back');
    await page.getByTestId('voicemail-beep').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __beeps: number }).__beeps)).toBe(1);
    const said = await sayLines(page, [...fixtureLines('not-now-voicemail').good, 'And one more thing, Dana!']);
    expect(said).toBe(1);
    const { score } = await waitForResults(page);
    expect(await callEndedBanners(page)).toContainEqual(expect.stringContaining('Your voicemail was recorded.'));
    expect(score).toBeGreaterThan(50);
  });

  it('a call can be played with the keyboard alone', async () => {
    await page.goto(`${app.served.url}#/briefing/third-call`);
    await page.locator('[data-screen="briefing"]').waitFor();
    await tabTo(page, (el) => el.getAttribute('type') === 'text');
    await page.keyboard.type('A larger recurring glove order');
    await tabTo(page, (el) => el.textContent === 'Guided');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.textContent?.trim().startsWith('Call ') ?? false);
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
    for (let i = 0; i < 20; i++) {
      const phase = await callPhase(page);
      if (phase === undefined) break;
      if (phase === 'live') await page.keyboard.press('1');
      await page.waitForFunction(() => document.querySelector('[data-screen="call"]')?.getAttribute('data-phase') !== 'responding');
    }
    await waitForResults(page);
    await tabTo(page, (el) => el.textContent?.includes('Replay') ?? false);
    await page.keyboard.press('Enter');
    await page.locator('[data-screen="replay"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('replay-position').textContent()).toMatch(/^Line 2 of/);
  });

  it('every screen opens without errors', async () => {
    // A finished call in History, so Home offers its results.
    await seedBrowserHistory(page, [makeRecord(1)]);
    await page.reload();
    for (const [hash, screen] of [
      ['#/', 'home'],
      ['#/briefing/industry-news', 'briefing'],
      ['#/settings', 'settings'],
      ['#/history', 'history'],
      ['#/call', 'call'],
      ['#/nowhere', 'not-found'],
    ] as const) {
      await page.goto(`${app.served.url}${hash}`);
      await page.locator(`[data-screen="${screen}"]`).waitFor();
    }
    await page.goto(`${app.served.url}#/`);
    await page.getByRole('link', { name: 'See results' }).click();
    await page.locator('[data-screen="results"]').waitFor();
  });
});

/** Presses Tab until the focused element matches, as a keyboard-only user would. */
async function tabTo(target: Page, matches: (el: Element) => boolean): Promise<void> {
  const source = matches.toString();
  for (let i = 0; i < 60; i++) {
    await target.keyboard.press('Tab');
    const found = await target.evaluate((fn) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-new-func -- rebuilds the test's own matcher inside the page; no app code or user text
      return el ? (new Function(`return (${fn})`)() as (e: Element) => boolean)(el) : false;
    }, source);
    if (found) return;
  }
  throw new Error(`Tab never reached the element (${source})`);
}
