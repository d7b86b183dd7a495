import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Good and bad rep lines per scenario, from the persona engineer's fixtures. */
export function fixtureLines(scenarioId: string): { good: string[]; bad: string[] } {
  return JSON.parse(readFileSync(resolve('tests/fixtures/persona/lines', `${scenarioId}.json`), 'utf8')) as { good: string[]; bad: string[] };
}

/** Opens a scenario's briefing from Home, writes the goal and dials; waits until the customer (or voicemail) is on the line. */
export async function dial(page: Page, scenarioId: string, goal: string, mode: 'free' | 'guided' = 'free'): Promise<void> {
  await page.goto(new URL(`#/briefing/${scenarioId}`, page.url()).href);
  await page.locator('[data-screen="briefing"]').waitFor();
  await page.getByRole('button', { name: mode === 'free' ? 'Free text' : 'Guided' }).click();
  await page.getByLabel('Your goal for this call').fill(goal);
  await page.getByRole('button', { name: /^Call / }).click();
  await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
}

/**
 * Says each line in free-text mode, waiting for the customer's reply each time; stops when the call ends.
 * Returns the number of lines said.
 */
export async function sayLines(page: Page, lines: readonly string[]): Promise<number> {
  let said = 0;
  for (const line of lines) {
    if ((await callPhase(page)) !== 'live') break;
    const input = page.getByRole('textbox', { name: /What you say|Your voicemail message/ });
    const before = await page.locator('.transcript .bubble-text').count();
    await input.fill(line);
    await input.press('Enter');
    said++;
    // The reply has come when the call is live again with the rep's line and the answer in the log, or has ended.
    await page.waitForFunction(
      (count) => {
        const el = document.querySelector('[data-screen="call"]');
        const phase = el?.getAttribute('data-phase');
        if (!el || (phase !== 'live' && phase !== 'responding' && phase !== 'connecting')) return true;
        return phase === 'live' && document.querySelectorAll('.transcript .bubble-text').length >= count + 2;
      },
      before,
      { timeout: 30_000 },
    );
  }
  return said;
}

/** The call screen's phase now, or undefined once it has given way to another screen; never waits for it. */
export function callPhase(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('[data-screen="call"]')?.getAttribute('data-phase') ?? undefined);
}

/** Hangs up if the customer has not ended the call already, and waits for the results. */
export async function finishCall(page: Page): Promise<{ score: number; medal: string }> {
  if ((await callPhase(page)) === 'live') await page.getByRole('button', { name: 'Hang up' }).click();
  return waitForResults(page);
}

/** Waits for the results screen after a call and returns the final score and medal. */
export async function waitForResults(page: Page): Promise<{ score: number; medal: string }> {
  await page.locator('[data-screen="results"]').waitFor({ timeout: 30_000 });
  const value = page.getByTestId('score-value');
  const score = Number(await value.getAttribute('data-final'));
  const medal = (await page.getByTestId('medal').getAttribute('data-medal')) ?? '';
  return { score, medal };
}

/**
 * Waits until the transcript stops moving: its scroll position, the page's and the latest line's place on screen
 * unchanged over several animation frames (a smooth scroll or an entrance animation changes them every frame).
 */
export async function waitForTranscriptToSettle(page: Page): Promise<void> {
  await page.evaluate(() => delete (window as unknown as { __transcriptStill?: unknown }).__transcriptStill);
  await page.waitForFunction(
    (frames) => {
      const w = window as unknown as { __transcriptStill?: { at: string; frames: number } };
      const scroller = document.querySelector('.transcript-scroller');
      const last = Array.from(document.querySelectorAll('.transcript .bubble')).at(-1);
      if (!scroller || !last) return false;
      const box = last.getBoundingClientRect();
      const at = [scroller.scrollTop, scroller.scrollHeight, scroller.clientHeight, box.top, box.bottom, window.scrollY].join(' ');
      const seen = w.__transcriptStill;
      w.__transcriptStill = { at, frames: seen?.at === at ? seen.frames + 1 : 0 };
      return w.__transcriptStill.frames >= frames;
    },
    5,
    { polling: 'raf' },
  );
}
