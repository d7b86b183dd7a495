import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRINCIPLE_IDS } from '../../src/core/principles/principles';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { seedBrowserHistory } from '../support/seedBrowserHistory';
import { serveBuild, type ServedBuild } from '../support/serveBuild';
import { makeRecord } from '../app/history/recordFixtures';

/** Set WF_SCREENSHOTS=dir to keep screenshots of every workflow screen for a look by eye. */
const SHOTS = process.env.WF_SCREENSHOTS;

let served: ServedBuild;
let manager: Browser;
let trainee: Browser;
let managerPage: Page;
let traineePage: Page;
const errors: string[] = [];
let downloads: string;
/** What the tests hand on to each other: the link and the exported results file. */
const shared: { link?: string; resultsPath?: string } = {};

const scenario = (id: string) => parse(readFileSync(`scenarios/${id}.yaml`, 'utf8'));

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Writes the goal and dials from a briefing opened under an assignment's or the track's rules. */
async function dialPlanned(page: Page, goal: string): Promise<void> {
  await page.locator('[data-screen="briefing"]').waitFor();
  await page.getByLabel('Your goal for this call').fill(goal);
  await page.getByRole('button', { name: /^Call / }).click();
  await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
}

/** Hangs up if the customer has not ended the call already, and waits for the results. */
async function endCall(page: Page): Promise<{ score: number }> {
  const phase = await page.locator('[data-screen="call"]').getAttribute('data-phase').catch(() => null);
  if (phase === 'live') await page.getByRole('button', { name: 'Hang up' }).click();
  return waitForResults(page);
}

beforeAll(async () => {
  served = await serveBuild();
  downloads = await mkdtemp(join(tmpdir(), 'dialed-in-downloads-'));
  // Two browsers with separate storage: the manager's and the trainee's.
  manager = await launchBrowser();
  trainee = await launchBrowser();
  managerPage = await manager.context.newPage();
  traineePage = await trainee.context.newPage();
  const managerErrors = collectPageErrors(managerPage);
  const traineeErrors = collectPageErrors(traineePage);
  Object.defineProperty(errors, 'all', { get: () => [...managerErrors, ...traineeErrors] });
  await managerPage.goto(served.url);
  await traineePage.goto(served.url);
});

afterEach(() => {
  expect((errors as unknown as { all: string[] }).all).toEqual([]);
});

afterAll(async () => {
  await manager?.close();
  await trainee?.close();
  await served?.close();
  await rm(downloads, { recursive: true, force: true });
});

describe('training workflows in the browser', () => {
  it('a manager creates an assignment and gets a link that carries it', async () => {
    const page = managerPage;
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
    shared.link = await link.inputValue();
    expect(shared.link).toMatch(/#\/assignment\/z[A-Za-z0-9_-]+$/);
    await shot(page, 'manager-created');
  });

  it('a trainee opens the link, plays under its rules and exports the results', async () => {
    const page = traineePage;
    await page.goto(shared.link!);
    await page.locator('[data-screen="open-assignment"]').waitFor();
    await page.getByText('“Week 1: the lease call” was added to your assignments.').waitFor();
    await shot(page, 'open-assignment');
    await page.goto(new URL('#/assigned', served.url).href);
    const card = page.getByRole('article', { name: 'Week 1: the lease call' });
    expect(await card.getByTestId('assignment-status').textContent()).toBe('Not started');
    await card.getByRole('button', { name: `Play ${scenario('lease-follow-up').title}` }).click();
    await page.getByRole('note').filter({ hasText: 'Assignment: Week 1: the lease call · attempt 1 of 2 · free text' }).waitFor();
    await dialPlanned(page, 'Give Art a date for his plates and book his oil change');
    await sayLines(page, fixtureLines('lease-follow-up').good);
    const { score } = await endCall(page);
    expect(score).toBeGreaterThanOrEqual(70);
    await page.getByRole('link', { name: 'Back to Assigned to me' }).click();
    const after = page.getByRole('article', { name: 'Week 1: the lease call' });
    await expect.poll(() => after.getByTestId('assignment-status').textContent()).toBe('Passed');
    await page.getByLabel('Your name').fill('Jo Trainee');
    await shot(page, 'assigned');
    const [download] = await Promise.all([page.waitForEvent('download'), after.getByRole('button', { name: 'Export results' }).click()]);
    shared.resultsPath = join(downloads, 'jo.results.json');
    await download.saveAs(shared.resultsPath);
    const results = JSON.parse(await readFile(shared.resultsPath, 'utf8'));
    expect(results).toMatchObject({ kind: 'results', trainee: 'Jo Trainee', assignment: { title: 'Week 1: the lease call' } });
    expect(results.attempts).toHaveLength(1);
  });

  it('the manager imports the results and sees the trainee’s row', async () => {
    const page = managerPage;
    await page.goto(new URL('#/team', served.url).href);
    await page.locator('[data-screen="team"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(shared.resultsPath!);
    const row = page.getByRole('row', { name: /Jo Trainee/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Best \d+/);
    expect(await page.getByTestId('edited-flag').count()).toBe(0);
    await shot(page, 'team');
    await row.getByRole('link', { name: 'Replay best' }).click();
    await page.locator('[data-screen="team-replay"]').waitFor();
    await shot(page, 'team-replay');
  });

  it('an edited results file is flagged', async () => {
    const page = managerPage;
    const data = JSON.parse(await readFile(shared.resultsPath!, 'utf8'));
    data.trainee = 'Max Edited';
    data.attempts[0].id = 'edited-attempt';
    // The classic edit: a better score and verdicts, with the transcript left as it was.
    data.attempts[0].report.overall = data.attempts[0].report.overall === 100 ? 99 : 100;
    for (const principle of data.attempts[0].report.principles) principle.verdict = 'met';
    const edited = join(downloads, 'max.results.json');
    await writeFile(edited, JSON.stringify(data));
    await page.goto(new URL('#/team', served.url).href);
    await page.locator('input[type="file"]').setInputFiles(edited);
    const row = page.getByRole('row', { name: /Max Edited/ });
    await row.getByTestId('edited-flag').waitFor();
    expect(await page.getByTestId('import-reports').textContent()).toContain('does not match the transcript');
  });

  it('a broken link is refused with a message', async () => {
    const page = traineePage;
    const cut = shared.link!.slice(0, shared.link!.length - 25);
    await page.goto(cut);
    await page.getByRole('heading', { name: 'This assignment link cannot be opened' }).waitFor();
    expect(await page.getByTestId('link-refused').textContent()).toMatch(/the link is damaged/);
    await shot(page, 'broken-link');
    await page.goto(new URL('#/assigned', served.url).href);
    await page.getByRole('article', { name: 'Week 1: the lease call' }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
  });

  it('an onboarding lesson unlocks the next scenario after a pass', async () => {
    const page = traineePage;
    await page.goto(new URL('#/onboarding', served.url).href);
    await page.locator('[data-screen="onboarding"]').waitFor();
    await shot(page, 'onboarding');
    const steps = page.locator('[data-step]');
    expect(await steps.nth(0).getAttribute('data-status')).toBe('open');
    expect(await steps.nth(1).getAttribute('data-status')).toBe('locked');
    await steps.nth(0).getByRole('button', { name: 'Start the call' }).click();
    await dialPlanned(page, 'Give Dana a reason to call me back');
    const strong = (scenario('not-now-voicemail').guided as { stage: string; lines: { text: string; quality: string }[] }[])
      .find((g) => g.stage === 'voicemail')!
      .lines.find((l) => l.quality === 'strong')!.text;
    await page.getByRole('button', { name: strong }).click();
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
    const page = await trainee.context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(served.url);
    // The certificate is built from the track calls in History, so passing calls are put there.
    const passed = PRINCIPLE_IDS.map((id, i) =>
      makeRecord(i + 1, {
        id: `track-${id}`,
        assignmentId: `onboarding:${id}`,
        endedAt: `2026-03-0${i + 1}T10:00:00.000Z`,
        report: { scenarioId: 'lease-follow-up', overall: 80 + i, principles: PRINCIPLE_IDS.map((p) => ({ id: p, verdict: 'met', score: 90, evidence: [] })), mistakes: [] },
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
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('the scenario editor checks a scenario as it is typed', async () => {
    const page = managerPage;
    await page.goto(new URL('#/authoring', served.url).href);
    await page.getByTestId('scenario-check').getByText('Valid scenario: The late flour delivery').waitFor();
    const editor = page.getByTestId('scenario-editor');
    await editor.fill((await editor.inputValue()).replace('patience: 60', 'patience: lots'));
    await page.getByTestId('scenario-check').getByText('persona.patience').waitFor();
    await shot(page, 'authoring');
  });
});
