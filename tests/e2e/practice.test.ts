import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/core/history/callRecord';
import { PRINCIPLE_IDS, type PrincipleId } from '../../src/core/principles/principles';
import { makeRecord } from '../app/history/recordFixtures';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { clearSiteData } from '../support/clearSiteData';
import { openApp, type OpenApp } from '../support/openApp';
import { seedBrowserHistory } from '../support/seedBrowserHistory';

// Practice that teaches, in the built app: retry from a line, the replay on a phone, what to practise next.
// One desktop page and one phone page serve every test; each test that needs an empty history clears the site first.
/** Set SHOTS_DIR to keep screenshots for a look. */
const SHOTS = process.env.SHOTS_DIR;
const PHONE = { width: 390, height: 844 };
let desktop: OpenApp;
let phone: OpenApp;

beforeAll(async () => {
  desktop = await openApp({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  phone = await openApp({ viewport: PHONE, reducedMotion: 'reduce', hasTouch: true, isMobile: true });
});

afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});

/** The app's page with this site's storage emptied, on Home. */
async function freshHome(app: OpenApp): Promise<Page> {
  await clearSiteData(app.page, app.served.url);
  await app.page.locator('[data-screen="home"]').waitFor();
  return app.page;
}

async function playBadLeaseCall(page: Page): Promise<void> {
  await dial(page, 'lease-follow-up', 'Give Art a date for his plates');
  await sayLines(page, fixtureLines('lease-follow-up').bad);
  await waitForResults(page);
}

describe('retry from here', () => {
  // Both tests start from the results of one poor call, played once.
  let parentUrl: string;
  beforeAll(async () => {
    const page = await freshHome(desktop);
    await playBadLeaseCall(page);
    parentUrl = page.url();
  });

  it('takes a scripted call back to a line of its replay, plays it on, and shows the two calls side by side', async () => {
    const { page, errors } = desktop;
    await page.goto(parentUrl);
    await page.locator('[data-screen="results"]').waitFor();
    const before = Number(await page.getByTestId('score-value').getAttribute('data-final'));
    await page.getByRole('link', { name: /^Replay/ }).click();
    await page.locator('[data-screen="replay"]').waitFor();
    await page.getByRole('button', { name: 'Next mistake', exact: true }).click();
    const line = Number((await page.locator('.coach-inner').getAttribute('data-turn'))!);
    const said = await page.locator('.replay-turn-current .replay-text').textContent();
    await page.getByRole('button', { name: 'Retry from this line' }).click();

    await page.locator('[data-screen="call"][data-phase="live"]').waitFor();
    await page.getByText(`Retrying from line ${line + 1}: say something else`).waitFor();
    // The call is back where it was: the lines before the one taken back, and not that one.
    expect(await page.locator('.transcript .bubble-text').count()).toBe(line);
    await sayLines(page, fixtureLines('lease-follow-up').good);
    if (await page.locator('[data-screen="call"][data-phase="live"]').count()) await page.getByRole('button', { name: 'Hang up' }).click();
    const { score: after } = await waitForResults(page);
    expect(page.url()).not.toBe(parentUrl);

    const comparison = page.getByTestId('retry-comparison');
    await comparison.waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/retry-results.png`, fullPage: true });
    await expect(comparison.getByRole('heading').textContent()).resolves.toContain(`retried from line ${line + 1}`);
    await expect(comparison.textContent()).resolves.toContain(said!);
    expect(Number(await page.getByTestId('retry-before').textContent())).toBe(before);
    expect(Number(await page.getByTestId('retry-after').textContent())).toBe(after);
    expect(after).toBeGreaterThan(before);
    expect(await comparison.locator('.retry-row').count()).toBeGreaterThan(0);
    expect(await comparison.locator('.retry-row.retry-better').count()).toBeGreaterThan(0);

    // Both calls are in History, and the first one lists its retry.
    await comparison.getByRole('link', { name: /See that call/ }).click();
    await page.getByRole('heading', { name: 'Your retries of this call' }).waitFor();
    expect(page.url()).toBe(parentUrl);
    expect(errors).toEqual([]);
  });

  it('keeps the goal you wrote when you try again, ready to edit', async () => {
    const { page, errors } = desktop;
    await page.goto(parentUrl);
    await page.locator('[data-screen="results"]').waitFor();
    await page.getByRole('link', { name: 'Try again' }).click();
    await page.locator('[data-screen="briefing"]').waitFor();
    await expect(page.getByLabel('Your goal for this call').inputValue()).resolves.toBe('Give Art a date for his plates');
    expect(errors).toEqual([]);
  });
});

describe('the replay on a 390×844 phone', () => {
  const VIEWPORT = PHONE;

  /** Where the current line, its commentary and the controls sit, as the reader sees them. */
  async function boxes(page: Page) {
    return page.evaluate(() => {
      const rect = (selector: string) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box ? { top: box.top, bottom: box.bottom, height: box.height } : undefined;
      };
      return {
        header: rect('.app-header')!,
        line: rect('.replay-turn-current')!,
        commentary: rect('.coach-inner .mistake-commentary') ?? rect('.coach-inner .coach-ok') ?? rect('.coach-inner .coach-good')!,
        controls: rect('.replay-controls')!,
      };
    });
  }

  /** Waits until the current line and the start of its commentary sit between the top bar and the controls. */
  async function settledInView(page: Page): Promise<void> {
    await page.waitForFunction(
      () => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        const header = box('.app-header')!;
        const controls = box('.replay-controls')!;
        const line = box('.replay-turn-current');
        const commentary = box('.coach-inner .mistake-commentary') ?? box('.coach-inner .coach-ok') ?? box('.coach-inner .coach-good');
        return Boolean(line && commentary && line.top >= header.bottom - 1 && commentary.bottom <= controls.top + 1);
      },
      undefined,
      { polling: 'raf', timeout: 5_000 },
    );
  }

  it('keeps the current line and its commentary in view together after every step, under compact controls with no key hints', async () => {
    const { errors } = phone;
    const page = await freshHome(phone);
    await playBadLeaseCall(page);
    await page.getByRole('link', { name: /^Replay/ }).click();
    await page.locator('[data-screen="replay"]').waitFor();
    expect(await page.locator('.replay-keys').isVisible()).toBe(false);

    const next = page.getByRole('button', { name: 'Next mistake', exact: true });
    let steps = 0;
    while (await next.isEnabled()) {
      const position = await page.getByTestId('replay-position').textContent();
      await next.click();
      await expect.poll(() => page.getByTestId('replay-position').textContent()).not.toBe(position);
      await settledInView(page);
      const box = await boxes(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-replay-${++steps}.png` });
      else steps++;
      expect(box.line.top).toBeGreaterThanOrEqual(box.header.bottom - 1);
      expect(box.line.bottom).toBeLessThanOrEqual(box.controls.top + 1);
      expect(box.commentary.top).toBeGreaterThanOrEqual(box.line.bottom);
      expect(box.commentary.bottom).toBeLessThanOrEqual(box.controls.top + 1);
      // The controls are a strip at the bottom, far from a third of the screen.
      expect(box.controls.height).toBeLessThan(VIEWPORT.height / 6);
      expect(box.controls.bottom).toBeLessThanOrEqual(VIEWPORT.height + 1);
    }
    expect(steps).toBeGreaterThan(2);

    // Stepping back line by line keeps them together too.
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Previous line' }).click();
      await settledInView(page);
    }
    expect(errors).toEqual([]);
  });
});

/** A saved call whose principles score as given (the others did not apply). */
function callScoring(n: number, scores: Partial<Record<PrincipleId, number>>): CallRecord {
  const base = makeRecord(n);
  return {
    ...base,
    report: {
      ...base.report,
      principles: PRINCIPLE_IDS.map((id) => {
        const score = scores[id];
        return score === undefined ? { id, verdict: 'n/a', score: 0, evidence: [] } : { id, verdict: score >= 50 ? 'met' : 'missed', score, evidence: [] };
      }),
    },
  };
}

describe('what to practise next', () => {
  it('follows the weakest principle in saved history to the scenario that works it, on Home and History, and opens it at the difficulty given', async () => {
    const { errors } = desktop;
    const page = await freshHome(desktop);
    const history = [1, 2, 3, 4].map((n) => callScoring(n, { 'purpose-first': 90, 'bring-value': 85, 'own-the-issue': 30 + n, 'next-step': 80 }));
    await seedBrowserHistory(page, history);
    await page.reload();
    const card = page.getByTestId('practice-next');
    await card.waitFor();
    await expect(card.getAttribute('data-principle')).resolves.toBe('own-the-issue');
    await expect(card.getAttribute('data-scenario')).resolves.toBe('late-delivery');
    await expect(card.getAttribute('data-difficulty')).resolves.toBe('easy');
    await expect(card.textContent()).resolves.toMatch(/is your weakest principle \(33 on average over your last 4 calls\)/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/home-practice-next.png` });

    // When the weak spot moves, so does the advice.
    await seedBrowserHistory(
      page,
      [5, 6, 7, 8, 9].map((n) => callScoring(n, { 'purpose-first': 90, 'own-the-issue': 95, 'respect-time': 60 })),
    );
    await page.reload();
    await expect.poll(() => card.getAttribute('data-principle')).toBe('respect-time');
    await expect(card.getAttribute('data-scenario')).resolves.toBe('busy-executive');

    await page.goto(`${desktop.served.url}#/history`);
    const onHistory = page.locator('[data-screen="history"]').getByTestId('practice-next');
    await onHistory.waitFor();
    await expect(onHistory.getAttribute('data-principle')).resolves.toBe('respect-time');

    // Each point of the history chart shows its date and score and opens its call.
    const point = page.locator('.hist-trend .hist-chart-point').first();
    await point.hover();
    await expect(page.getByTestId('chart-tip').textContent()).resolves.toMatch(/ · scored \d+$/);
    await expect(point.getAttribute('aria-label')).resolves.toMatch(/\d+: open this call$/);
    await point.click();
    await page.locator('[data-screen="results"]').waitFor();
    expect(page.url()).toContain('#/results/call-1');

    await page.goto(`${desktop.served.url}#/history`);
    await onHistory.getByRole('link', { name: 'Practise this' }).click();
    await page.locator('[data-screen="briefing"]').waitFor();
    await expect(page.locator('.dial-settings').textContent()).resolves.toMatch(/^Medium difficulty .*recommended/);
    expect(errors).toEqual([]);
  });
});

describe('the history chart on a 390×844 touch screen', () => {
  it('shows a tapped point’s date, score and scenario with an Open call link, and opens the call on a second tap', async () => {
    const { errors } = phone;
    const page = await freshHome(phone);
    await seedBrowserHistory(
      page,
      [1, 2, 3, 4, 5].map((n) => makeRecord(n)),
    );
    await page.goto(`${phone.served.url}#/history`);
    // The seeded calls are read when the app loads.
    await page.reload();
    const points = page.locator('.hist-trend .hist-chart-point');
    await expect.poll(() => points.count()).toBe(5);
    const card = page.getByTestId('chart-card');

    // The first tap selects the point: its card shows, and the call does not open.
    await points.nth(1).tap();
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/ · scored \d+Art’s overdue plates/);
    expect(page.url()).toMatch(/#\/history$/);
    const open = card.getByRole('link', { name: 'Open call' });
    const box = (await open.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // The card stays on the screen, whichever point it belongs to.
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.x).toBeGreaterThanOrEqual(0);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(390);
    if (SHOTS) {
      const chart = (await page.locator('.hist-trend').boundingBox())!;
      await page.screenshot({
        path: `${SHOTS}/phone-history-chart.png`,
        fullPage: true,
        clip: { x: 0, y: chart.y - 20, width: 390, height: chart.height + 200 },
      });
    }

    // A tap elsewhere puts it away; a second tap on the same point opens its call.
    await page.getByRole('heading', { name: 'Your history' }).tap();
    await card.waitFor({ state: 'detached' });
    await points.nth(1).tap();
    await card.waitFor();
    await points.nth(1).tap();
    await page.locator('[data-screen="results"]').waitFor();
    expect(page.url()).toContain('#/results/call-2');

    // The card's own link opens the call too.
    await page.goto(`${phone.served.url}#/history`);
    await points.nth(4).tap();
    await card.getByRole('link', { name: 'Open call' }).tap();
    await page.locator('[data-screen="results"]').waitFor();
    expect(page.url()).toContain('#/results/call-5');
    expect(errors).toEqual([]);
  });
});

describe('moving between screens', () => {
  it('opens each screen at its top and brings Back to the place it left', async () => {
    const { errors } = phone;
    const page = await freshHome(phone);
    const card = page.locator('[data-scenario="third-call"] .scenario-card-link');
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const homeAt = await page.evaluate(() => window.scrollY);
    expect(homeAt).toBeGreaterThan(400);
    await card.click();
    await page.locator('[data-screen="briefing"]').waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.locator('[data-screen="home"]').waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(homeAt);
    await page.goForward();
    await page.locator('[data-screen="briefing"]').waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });
});
