import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resultsFileText } from '../../src/core/assignments/buildResultsFile';
import { PRINCIPLE_IDS } from '../../src/core/principles/principles';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { finishCall, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { playedResultsFile } from '../support/playedResultsFile';
import { seedBrowserHistory } from '../support/seedBrowserHistory';
import { serveBuild, type ServedBuild } from '../support/serveBuild';
import { makeRecord } from '../app/history/recordFixtures';

/** Set WF_SCREENSHOTS=dir to keep screenshots of every workflow screen for a look by eye. */
const SHOTS = process.env.WF_SCREENSHOTS;

// Two browsers with separate storage, the manager's and the trainee's. Each test serves the app on a port
// of its own, a new origin, so it starts from empty storage in both without launching them again.
let manager: Browser;
let trainee: Browser;
let served: ServedBuild;
let downloads: string;
/** The pages the running test opened, with the errors each collected. */
const opened: { page: Page; errors: string[] }[] = [];

const scenario = (id: string) => parse(readFileSync(`scenarios/${id}.yaml`, 'utf8'));

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The app in the manager's or the trainee's browser, served for this test alone. */
async function openAs(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  opened.push({ page, errors: collectPageErrors(page) });
  await page.goto(served.url);
  return page;
}

/** Creates the week-1 assignment on the manager's page and returns its link. */
async function createAssignment(page: Page): Promise<string> {
  await page.goto(new URL('#/manager', served.url).href);
  await page.locator('[data-screen="manager"]').waitFor();
  await page.getByLabel('Title').fill('Week 1: the lease call');
  await page.getByRole('checkbox', { name: new RegExp(scenario('lease-follow-up').title) }).check();
  await page.getByLabel('Attempts per scenario').fill('2');
  await page.getByLabel('Free text').check();
  await shot(page, 'manager-form');
  await page.getByRole('button', { name: 'Create assignment' }).click();
  const link = page.getByTestId('assignment-link');
  await link.waitFor();
  return link.inputValue();
}

/** Writes the goal and dials from a briefing opened under an assignment's or the track's rules. */
async function dialPlanned(page: Page, goal: string): Promise<void> {
  await page.locator('[data-screen="briefing"]').waitFor();
  await page.getByLabel('Your goal for this call').fill(goal);
  await page.getByRole('button', { name: /^Call / }).click();
  await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'dialed-in-downloads-'));
  manager = await launchBrowser();
  trainee = await launchBrowser();
});

beforeEach(async () => {
  served = await serveBuild();
});

afterEach(async () => {
  const errors = opened.flatMap((o) => o.errors);
  for (const { page } of opened.splice(0)) await page.close();
  await served?.close();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await manager?.close();
  await trainee?.close();
  await rm(downloads, { recursive: true, force: true });
});

describe('training workflows in the browser', () => {
  it('a manager creates an assignment and gets a link that carries it', async () => {
    const page = await openAs(manager);
    expect(await createAssignment(page)).toMatch(/#\/assignment\/z[A-Za-z0-9_-]+$/);
    await shot(page, 'manager-created');
  });

  it('a trainee plays an assignment from its link under its rules, and the manager imports the exported results', async () => {
    const managerPage = await openAs(manager);
    const traineePage = await openAs(trainee);
    const link = await createAssignment(managerPage);

    await traineePage.goto(link);
    await traineePage.locator('[data-screen="open-assignment"]').waitFor();
    await traineePage.getByText('“Week 1: the lease call” was added to your assignments.').waitFor();
    await shot(traineePage, 'open-assignment');
    await traineePage.goto(new URL('#/assigned', served.url).href);
    const card = traineePage.getByRole('article', { name: 'Week 1: the lease call' });
    expect(await card.getByTestId('assignment-status').textContent()).toBe('Not started');
    await card.getByRole('button', { name: `Play ${scenario('lease-follow-up').title}` }).click();
    await traineePage.getByRole('note').filter({ hasText: 'Assignment: Week 1: the lease call · attempt 1 of 2 · free text' }).waitFor();
    await dialPlanned(traineePage, 'Give Art a date for his plates and book his oil change');
    await sayLines(traineePage, fixtureLines('lease-follow-up').good);
    const { score } = await finishCall(traineePage);
    expect(score).toBeGreaterThanOrEqual(70);
    await traineePage.getByRole('link', { name: 'Back to Assigned to me' }).click();
    const after = traineePage.getByRole('article', { name: 'Week 1: the lease call' });
    await expect.poll(() => after.getByTestId('assignment-status').textContent()).toBe('Passed');
    await traineePage.getByLabel('Your name').fill('Jo Trainee');
    await shot(traineePage, 'assigned');
    const [download] = await Promise.all([traineePage.waitForEvent('download'), after.getByRole('button', { name: 'Export results' }).click()]);
    const resultsPath = join(downloads, 'jo.results.json');
    await download.saveAs(resultsPath);
    const results = JSON.parse(await readFile(resultsPath, 'utf8'));
    expect(results).toMatchObject({ kind: 'results', trainee: 'Jo Trainee', assignment: { title: 'Week 1: the lease call' } });
    expect(results.attempts).toHaveLength(1);

    // The manager imports the file as exported: the trainee's row, not flagged as edited, with a replay.
    await managerPage.goto(new URL('#/team', served.url).href);
    await managerPage.locator('[data-screen="team"]').waitFor();
    await managerPage.locator('input[type="file"]').setInputFiles(resultsPath);
    const row = managerPage.getByRole('row', { name: /Jo Trainee/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Best \d+/);
    expect(await managerPage.getByTestId('edited-flag').count()).toBe(0);
    await shot(managerPage, 'team');
    await row.getByRole('link', { name: 'Replay best' }).click();
    await managerPage.locator('[data-screen="team-replay"]').waitFor();
    await shot(managerPage, 'team-replay');
  });

  it('an edited results file is flagged, and the same file unedited is not', async () => {
    const page = await openAs(manager);
    await page.goto(new URL('#/team', served.url).href);
    const honest = await playedResultsFile('Jo Honest');
    const honestPath = join(downloads, 'jo-honest.results.json');
    await writeFile(honestPath, resultsFileText(honest));
    await page.locator('input[type="file"]').setInputFiles(honestPath);
    await page.getByRole('row', { name: /Jo Honest/ }).waitFor();
    expect(await page.getByTestId('edited-flag').count()).toBe(0);

    const edited = structuredClone(honest);
    edited.trainee = 'Max Edited';
    edited.attempts[0]!.id = 'edited-attempt';
    // The classic edit: a better score and verdicts, with the transcript left as it was.
    edited.attempts[0]!.report.overall = edited.attempts[0]!.report.overall === 100 ? 99 : 100;
    for (const principle of edited.attempts[0]!.report.principles) principle.verdict = 'met';
    const editedPath = join(downloads, 'max.results.json');
    await writeFile(editedPath, resultsFileText(edited));
    await page.locator('input[type="file"]').setInputFiles(editedPath);
    await page
      .getByRole('row', { name: /Max Edited/ })
      .getByTestId('edited-flag')
      .waitFor();
    expect(
      await page
        .getByRole('row', { name: /Jo Honest/ })
        .getByTestId('edited-flag')
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('import-reports').textContent()).toContain('does not match the transcript');
  });

  it('a broken link is refused with a message, and the assignments already added stay', async () => {
    const link = await createAssignment(await openAs(manager));
    const page = await openAs(trainee);
    await page.goto(link);
    await page.getByText('“Week 1: the lease call” was added to your assignments.').waitFor();
    await page.goto(link.slice(0, link.length - 25));
    await page.getByRole('heading', { name: 'This assignment link cannot be opened' }).waitFor();
    expect(await page.getByTestId('link-refused').textContent()).toMatch(/the link is damaged/);
    await shot(page, 'broken-link');
    await page.goto(new URL('#/assigned', served.url).href);
    await page.getByRole('article', { name: 'Week 1: the lease call' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
  });

  it('an onboarding lesson unlocks the next scenario after a pass', async () => {
    const page = await openAs(trainee);
    await page.goto(new URL('#/onboarding', served.url).href);
    await page.locator('[data-screen="onboarding"]').waitFor();
    await shot(page, 'onboarding');
    const steps = page.locator('[data-step]');
    expect(await steps.nth(0).getAttribute('data-status')).toBe('open');
    expect(await steps.nth(1).getAttribute('data-status')).toBe('locked');
    await steps.nth(0).getByRole('button', { name: 'Start the call' }).click();
    await dialPlanned(page, 'Show Maureen the $840 saving and book a review');
    // Lesson 1 is a live call: pick the strong line each turn until the call ends.
    const strong = (scenario('happy-renewal').guided as { stage: string; lines: { text: string; quality: string }[] }[]).flatMap((g) =>
      g.lines.filter((l) => l.quality === 'strong').map((l) => l.text),
    );
    for (let turn = 0; turn < 8; turn++) {
      const next = page.locator('[data-screen="results"], .guided-line:enabled').first();
      await next.waitFor({ timeout: 30_000 });
      if ((await page.locator('[data-screen="results"]').count()) > 0) break;
      const labels = await page.locator('.guided-line:enabled').allTextContents();
      const pick = labels.findIndex((label) => strong.some((text) => label.includes(text)));
      expect(pick).toBeGreaterThanOrEqual(0);
      await page.locator('.guided-line:enabled').nth(pick).click();
      // The picked line is said; wait until the lines are replaced or the call ends.
      await page.waitForFunction(
        (said) => !Array.from(document.querySelectorAll('.guided-line:enabled')).some((b) => b.textContent?.includes(said)),
        labels[pick]!.slice(0, 40),
        { timeout: 30_000 },
      );
    }
    const { score } = await waitForResults(page);
    expect(score).toBeGreaterThanOrEqual(70);
    // The results say the lesson passed and what it unlocked, without a trip back to the track.
    const outcome = page.getByTestId('call-outcome');
    expect(await outcome.getAttribute('data-passed')).toBe('true');
    expect(await outcome.textContent()).toMatch(/Lesson 1 of 8, “.+”: passed\..*Unlocked: lesson 2/);
    await page.getByRole('link', { name: 'Back to the new-hire track' }).click();
    await page.locator('[data-screen="onboarding"]').waitFor();
    await expect.poll(() => steps.nth(0).getAttribute('data-status')).toBe('passed');
    expect(await steps.nth(1).getAttribute('data-status')).toBe('open');
    await shot(page, 'onboarding-after-pass');
  });

  it('the completion certificate prints on one clean page', async () => {
    const page = await openAs(trainee);
    // The certificate is built from the track calls in History, so passing calls are put there.
    const passed = PRINCIPLE_IDS.map((id, i) =>
      makeRecord(i + 1, {
        id: `track-${id}`,
        assignmentId: `onboarding:${id}`,
        endedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
        report: {
          scenarioId: 'lease-follow-up',
          overall: 80 + i,
          principles: PRINCIPLE_IDS.map((p) => ({ id: p, verdict: 'met', score: 90, evidence: [] })),
          mistakes: [],
        },
      }),
    );
    await seedBrowserHistory(page, passed);
    await page.goto(new URL('#/certificate', served.url).href);
    await page.reload();
    await page.getByLabel('Name on the certificate').fill('Robin Park');
    await page.locator('.wf-certificate-name').getByText('Robin Park').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print the certificate' }).isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await shot(page, 'certificate-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  it('the scenario editor checks a scenario as it is typed', async () => {
    const page = await openAs(manager);
    await page.goto(new URL('#/authoring', served.url).href);
    await page.getByTestId('scenario-check').getByText('Valid scenario: The late flour delivery').waitFor();
    const editor = page.getByTestId('scenario-editor');
    await editor.fill((await editor.inputValue()).replace('patience: 60', 'patience: lots'));
    await page.getByTestId('scenario-check').getByText('persona.patience').waitFor();
    await shot(page, 'authoring');
  });
});
