import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_PACE, collectPageErrors, saveSettingsBeforeLoad, sharedChromium } from '../support/browser';
import { dial, finishCall, fixtureLines, sayLines } from '../support/callDriver';
import { startTeamCommand, type TeamCommand } from '../support/startTeamCommand';

/** Set TEAM_SCREENSHOTS=dir to keep a screenshot of every team screen for a look by eye. */
const SHOTS = process.env.TEAM_SCREENSHOTS;
const PASSWORD = 'a long enough password';

let server: TeamCommand;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** A person's own browser profile: cookies and storage of their own. */
async function personPage(url = server.url): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(20_000);
  await saveSettingsBeforeLoad(context, QUICK_PACE);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(...collectPageErrors(page));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return page;
}

async function join_(page: Page, name: string, email: string): Promise<void> {
  await page.locator('[data-screen="join"]').waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Join' }).click();
}

async function inviteLink(page: Page, button: RegExp, role: 'manager' | 'trainee'): Promise<string> {
  const field = page.getByTestId(`invite-link-${role}`).first();
  const before = (await field.count()) > 0 ? await field.inputValue() : '';
  await page.getByRole('button', { name: button }).first().click();
  await expect.poll(async () => ((await field.count()) > 0 ? field.inputValue() : '')).not.toBe(before);
  return field.inputValue();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(new URL('#/sign-in', server.url).href);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('[data-testid="team-home"]').waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.goto(new URL('#/sign-in', server.url).href);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** Plays one of the assignment's scenarios from Home (the lease call unless told) with the given lines, and waits for its upload state (uploaded unless told). */
async function playAssignedCall(
  page: Page,
  lines: readonly string[],
  play = /^Play The overdue plates/,
  seriesPosition?: RegExp,
  { whileLive, upload = 'uploaded' }: { whileLive?: () => Promise<void>; upload?: string } = {},
): Promise<number> {
  await page.goto(new URL('#/', server.url).href);
  const card = page.locator('[data-testid="team-home"] [data-assignment="Week 1: the lease call"]');
  await card.getByRole('button', { name: play }).click();
  await page.locator('[data-screen="briefing"]').waitFor();
  if (seriesPosition) await expect.poll(() => page.getByTestId('series-position').textContent()).toMatch(seriesPosition);
  await page.getByLabel('Your goal for this call').fill('Book the plates fitting this week');
  await page.getByRole('button', { name: /^Call / }).click();
  await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30_000 });
  await whileLive?.();
  await sayLines(page, lines);
  const { score } = await finishCall(page);
  await page.locator(`[data-upload="${upload}"]`).waitFor();
  return score;
}

let starting: Promise<TeamCommand> | undefined;

beforeAll(async () => {
  starting = startTeamCommand();
  server = await starting;
  browser = await sharedChromium();
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  // A start that outlived beforeAll's time limit still finishes later: stop that server too, never leave it running.
  const started = server ?? (await starting?.catch(() => undefined));
  await started?.stop();
});

describe('team mode in the browser', () => {
  it('lets an admin set up, a manager invite two trainees who play, and the manager coach them with no file exchanged', async () => {
    // The admin sets the server up with the code it printed, and creates a team.
    const admin = await personPage();
    await admin.getByRole('link', { name: 'Set up the server' }).click();
    await admin.getByLabel('Setup code').fill(server.setupCode.toLowerCase());
    await admin.getByLabel('Your name').fill('Ada Admin');
    await admin.getByLabel('Email').fill('ada@example.com');
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Create the admin account' }).click();
    await admin.locator('[data-screen="admin"]').waitFor();
    await admin.getByLabel('New team’s name').fill('Riverside Sales');
    await admin.getByRole('button', { name: 'Create team' }).click();
    const managerLink = await inviteLink(admin, /Invite a manager to Riverside Sales/, 'manager');
    expect(managerLink).toContain(new URL(server.url).host);
    await shot(admin, 'admin');

    // The manager joins, invites two trainees and sets an assignment.
    const manager = await personPage(managerLink);
    await join_(manager, 'Mia Manager', 'mia@example.com');
    await manager.locator('[data-screen="coach"]').waitFor();
    await manager.getByRole('link', { name: 'People' }).click();
    const taraLink = await inviteLink(manager, /(Invite a trainee|New link for a trainee)/, 'trainee');
    const tomLink = await inviteLink(manager, /New link for a trainee/, 'trainee');
    expect(tomLink).not.toBe(taraLink);

    // A third link made by mistake is listed with the two sent; the manager withdraws it, and it stops working.
    const spareLink = await inviteLink(manager, /New link for a trainee/, 'trainee');
    const pending = manager.getByTestId('pending-invites').getByRole('listitem');
    await expect.poll(() => pending.count()).toBe(3);
    await expect(pending.last().textContent()).resolves.toMatch(/Trainee.*expires in \d+ days.*Made by you/);
    await shot(manager, 'manager-pending-invites');
    await pending.last().getByRole('button', { name: 'Withdraw' }).click();
    await pending.last().getByRole('button', { name: 'Yes, withdraw' }).click();
    await manager.getByText('Withdrawn: the trainee invite made by you no longer works.').waitFor();
    await expect.poll(() => pending.count()).toBe(2);
    const quiet = errors.length;
    const spare = await personPage(spareLink);
    await spare.getByText('This invite cannot be used').waitFor();
    // The 404 it logs is the point.
    errors.splice(quiet);
    await manager.getByRole('link', { name: 'Assignments' }).click();
    await manager.getByLabel('Title').fill('Week 1: the lease call');
    await manager.getByRole('checkbox', { name: /The overdue plates/ }).check();
    await manager.getByRole('checkbox', { name: /the promise and the call back/ }).check();
    await manager.getByLabel('Attempts per scenario').fill('2');
    await manager.getByLabel('Free text').check();
    await manager.getByRole('button', { name: 'Create and assign to the team' }).click();
    await manager.locator('[data-assignment="Week 1: the lease call"]').first().waitFor();
    await shot(manager, 'manager-assignments');

    // Both trainees join and see the assignment on Home; each plays one call, which uploads by itself.
    const tara = await personPage(taraLink);
    await join_(tara, 'Tara Trainee', 'tara@example.com');
    await tara.locator('[data-testid="team-home"] [data-assignment="Week 1: the lease call"]').waitFor();
    await shot(tara, 'trainee-home');
    const tom = await personPage(tomLink);
    await join_(tom, 'Tom Trainee', 'tom@example.com');
    const lines = fixtureLines('lease-follow-up');
    await playAssignedCall(tara, lines.good);
    await shot(tara, 'trainee-results');
    await playAssignedCall(tom, lines.bad);

    // Tara plays the assignment's series: each call uploads, the second with the first it was played after.
    const series = JSON.parse(readFileSync(resolve('tests/fixtures/series/lease-series.json'), 'utf8')) as { kept: string[][] };
    await playAssignedCall(tara, series.kept[0]!, /^Play Art's plates/, /Call 1 of 2/);
    await playAssignedCall(tara, series.kept[1]!, /^Continue Art's plates.*: call 2 of 2$/, /Call 2 of 2/);
    await shot(tara, 'trainee-series-results');

    // Both links were used, so none is pending.
    await manager.getByRole('link', { name: 'People' }).click();
    await manager.getByText(/^No pending invites/).waitFor();

    // The manager's roster and grid update by themselves.
    await manager.getByRole('link', { name: 'Roster' }).click();
    for (const name of ['Tara Trainee', 'Tom Trainee']) {
      await expect
        .poll(() => manager.locator(`[data-testid="roster"] tr[data-trainee="${name}"]`).getAttribute('data-status'), { timeout: 20_000 })
        .not.toBe('not-started');
    }
    await shot(manager, 'manager-roster');
    await manager.getByRole('link', { name: 'Grid' }).click();
    await expect.poll(() => manager.locator('[data-testid="grid"] tr[data-trainee="Tara Trainee"] .tm-cell-score').count()).toBeGreaterThan(0);
    await expect.poll(() => manager.locator('[data-testid="grid"] tr[data-trainee="Tom Trainee"] .tm-cell-score').count()).toBeGreaterThan(0);
    await shot(manager, 'manager-grid');
    await manager.getByRole('link', { name: 'Weak spots' }).click();
    await shot(manager, 'manager-weak-spots');

    // The manager pins a coaching note to Tara's second line.
    await manager.getByRole('link', { name: 'Roster' }).click();
    await manager.getByRole('link', { name: 'Tara Trainee' }).click();
    const taraCalls = manager.locator('[data-screen="coach-trainee"] [data-testid="calls"] .tm-call-title');
    await expect
      .poll(() => taraCalls.allTextContents(), { timeout: 20_000 })
      .toEqual(["Art's plates · The call you promised", "Art's plates · The overdue plates", 'The overdue plates']);
    await manager.locator('[data-screen="coach-trainee"] [data-testid="calls"] a').first().click();
    await manager.locator('[data-screen="review"]').waitFor();
    await manager.keyboard.press('ArrowRight');
    await manager.getByLabel('Pin a coaching note to line 2').fill('Say why you are calling before you ask how they are.');
    await manager.getByRole('button', { name: 'Pin note' }).click();
    await manager.locator('[data-testid="coaching-note"]').waitFor();
    await shot(manager, 'manager-review');

    // Tara finds it on her replay.
    await tara.goto(new URL('#/', server.url).href);
    await tara.locator('[data-testid="team-home"] [data-testid="calls"] a').first().click();
    await tara.locator('[data-screen="review"]').waitFor();
    await expect.poll(() => tara.getByText('Your manager pinned a note to line 2').count(), { timeout: 20_000 }).toBe(1);
    await tara.keyboard.press('ArrowRight');
    await expect(tara.locator('[data-testid="coaching-note"]').textContent()).resolves.toContain('Say why you are calling');
    await shot(tara, 'trainee-replay-note');

    // The manager raises the pass mark; with calls uploaded the scenarios stay as they are. Tara's Home follows the new rule.
    await manager.locator('a.tm-nav-link', { hasText: 'Team' }).click();
    await manager.getByRole('link', { name: 'Assignments' }).click();
    await manager.getByRole('button', { name: 'Edit Week 1: the lease call' }).click();
    const editForm = manager.getByRole('form', { name: 'Edit “Week 1: the lease call”' });
    await expect(editForm.getByRole('checkbox', { name: /The overdue plates/ }).isDisabled()).resolves.toBe(true);
    await editForm.getByLabel('Pass mark (0–100)').fill('100');
    await shot(manager, 'manager-edit-assignment');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await manager.getByText('Saved: trainees see the new rules, and every status follows them.').waitFor();
    await manager.getByText(/Pass mark 100 · 2 attempts per scenario/).waitFor();
    await tara.goto(new URL('#/', server.url).href);
    await tara.locator('[data-testid="team-home"] [data-assignment="Week 1: the lease call"]').getByText('Pass mark 100').waitFor();

    // Tom's session expires mid-call: the call waits for him, not for Tara signing in on his browser, and uploads when he is back.
    await playAssignedCall(tom, lines.bad, undefined, undefined, { whileLive: () => tom.context().clearCookies(), upload: 'waiting-owner' });
    const results = tom.url();
    await expect(tom.locator('[data-upload="waiting-owner"]').textContent()).resolves.toBe('Waiting for Tom Trainee to sign in');
    await shot(tom, 'trainee-results-signed-out');
    await tom.goto(new URL('#/sign-in', server.url).href);
    await expect(tom.getByTestId('waiting-for-owners').textContent()).resolves.toContain('1 call finished in this browser is waiting for Tom Trainee');
    await shot(tom, 'sign-in-waiting');
    await signIn(tom, 'tara@example.com');
    await tom.goto(results);
    await tom.locator('[data-upload="waiting-owner"]').waitFor();
    await signOut(tom);
    await signIn(tom, 'tom@example.com');
    await tom.goto(results);
    await tom.locator('[data-upload="uploaded"]').waitFor();

    // A practice call played on Tom's browser while nobody is signed in belongs to no one: Tara says it is not hers, Tom claims it.
    await tom.goto(new URL('#/', server.url).href);
    await tom.getByLabel(/Also upload my practice calls/).check();
    await signOut(tom);
    await dial(tom, 'lease-follow-up', 'Book the plates fitting this week');
    await sayLines(tom, lines.good);
    await finishCall(tom);
    await tom.locator('[data-upload="unclaimed"]').waitFor();
    const practice = tom.url();
    await signIn(tom, 'tara@example.com');
    const claims = tom.getByTestId('unclaimed-calls');
    await expect(claims.getByRole('heading').textContent()).resolves.toBe('A call was played here while signed out. Is it yours, Tara?');
    await shot(tom, 'trainee-unclaimed-calls');
    await claims.getByRole('button', { name: 'Not mine' }).click();
    await claims.getByText(/1 call you said is not yours is kept in this browser, not uploaded/).waitFor();
    await signOut(tom);
    await signIn(tom, 'tom@example.com');
    await claims.getByRole('button', { name: 'Mine: upload it' }).click();
    await tom.goto(practice);
    await tom.locator('[data-upload="uploaded"]').waitFor();

    // Tom's first call of the series is not accepted (the server's answer stood in for here), so the server also
    // refuses the second, played after it: both say why, on their results screens and on Home, and neither is sent again.
    const refusal = { message: 'The assignment’s scenarios or how they are played changed while this call was being stored, so it was not stored.' };
    await tom.route('**/api/calls', (route) => route.fulfill({ status: 409, json: { error: { ...refusal, code: 'assignment_changed' } } }), { times: 1 });
    const beforeRefusals = errors.length;
    await playAssignedCall(tom, series.kept[0]!, /^Play Art's plates/, /Call 1 of 2/, { upload: 'refused' });
    await playAssignedCall(tom, series.kept[1]!, /^Continue Art's plates.*: call 2 of 2$/, /Call 2 of 2/, { upload: 'refused' });
    await expect(tom.locator('[data-upload="refused"]').textContent()).resolves.toMatch(
      /^Not accepted by your team’s server\. This is call 2 of the series “Art's plates”, and the server has no call 1 of its run from you under this assignment.*Play the series again from call 1\.$/,
    );
    await shot(tom, 'trainee-series-refused');
    await tom.goto(new URL('#/', server.url).href);
    const outbox = tom.getByTestId('outbox').getByRole('listitem');
    await expect(outbox.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Not accepted by the server: Art's plates · The overdue plates .*: The assignment’s scenarios/),
      expect.stringMatching(/^Not accepted by the server: Art's plates · The call you promised .*: This is call 2 of the series/),
    ]);
    await shot(tom, 'trainee-home-refused');
    // The refusals logged as failed requests are the point.
    errors.splice(beforeRefusals, errors.length - beforeRefusals, ...errors.slice(beforeRefusals).filter((e) => !/status of 409/.test(e)));

    expect(errors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
  }, 360_000);
});
