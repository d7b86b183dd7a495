// Temporary screenshot script (not committed).
import { launchBrowser, collectPageErrors } from './tests/support/browser';
import { serveBuild } from './tests/support/serveBuild';
import { dial, fixtureLines, sayLines, waitForResults } from './tests/support/callDriver';

const out = '/tmp/app1/shots';
const only = process.argv[2];
const served = await serveBuild({ root: process.env.DIST ?? '/tmp/app1/dist' });
const browser = await launchBrowser({ reducedMotion: 'reduce' });
const page = await browser.context.newPage();
const errors = collectPageErrors(page);
const shot = async (name: string, full = true) => {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
  console.log('shot', name);
};
try {
  await page.goto(served.url);
  await page.locator('[data-screen="home"]').waitFor();
  await shot('01-home-first');
  if (!only || only === 'good') {
    await page.goto(`${served.url}#/briefing/lease-follow-up`);
    await page.locator('[data-screen="briefing"]').waitFor();
    await shot('02-briefing');
    await page.getByRole('button', { name: /^Call / }).click();
    await shot('02b-briefing-error', false);
    await page.getByLabel('Your goal for this call').fill('Give Art a date for his plates and book his first oil change');
    await page.getByRole('button', { name: 'Guided' }).click();
    await page.getByRole('button', { name: /^Call / }).click();
    await page.waitForTimeout(300);
    await shot('03-call-ringing', false);
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor({ timeout: 30000 });
    await shot('04-call-guided', false);
    await page.getByRole('button', { name: 'Free text' }).click();
    await sayLines(page, fixtureLines('lease-follow-up').good.slice(0, 2));
    await shot('05-call-free', false);
    await sayLines(page, fixtureLines('lease-follow-up').good.slice(2));
    await page.waitForTimeout(200);
    await shot('06-call-ended', false);
    const r = await waitForResults(page);
    console.log('good lease', r);
    await page.waitForTimeout(1800);
    await shot('07-results-good');
    await page.getByRole('link', { name: /Replay/ }).first().click();
    await page.locator('[data-screen="replay"]').waitFor();
    await shot('08-replay-start', false);
    await page.keyboard.press('ArrowDown');
    await shot('09-replay-mistake', false);
  }
  if (!only || only === 'bad') {
    await page.goto(served.url);
    await dial(page, 'busy-executive', 'Book the demo');
    await shot('10-call-wendy', false);
    await sayLines(page, fixtureLines('busy-executive').bad);
    await shot('11-wendy-hung-up', false);
    const r = await waitForResults(page);
    console.log('bad wendy', r);
    await page.waitForTimeout(1800);
    await shot('12-results-bad');
    await page.getByRole('link', { name: /Replay/ }).first().click();
    await page.locator('[data-screen="replay"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await shot('13-replay-bad', false);
  }
  if (!only || only === 'vm') {
    await page.goto(served.url);
    await dial(page, 'not-now-voicemail', 'Give Dana a reason to call back');
    await shot('14-voicemail', false);
    await sayLines(page, fixtureLines('not-now-voicemail').good);
    const r = await waitForResults(page);
    console.log('vm', r);
    await page.waitForTimeout(1800);
    await shot('15-results-vm');
  }
  await page.goto(`${served.url}#/`);
  await page.locator('[data-screen="home"]').waitFor();
  await shot('16-home-after');
  await page.goto(`${served.url}#/settings`);
  await page.locator('[data-screen="settings"]').waitFor();
  await shot('17-settings');
  await page.goto(`${served.url}#/history`);
  await page.waitForTimeout(800);
  await shot('18-history');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${served.url}#/`);
  await shot('19-home-mobile');
  await page.goto(`${served.url}#/briefing/busy-executive`);
  await shot('20-briefing-mobile');
} finally {
  console.log('errors:', errors);
  await browser.close();
  await served.close();
}
