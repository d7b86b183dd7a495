// The built app under the server's Content-Security-Policy: it plays a whole call with no violation,
// and another site's page cannot frame it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, collectPageErrors, launchBrowser } from '../support/browser';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { type ServedBuild, serveBuild } from '../support/serveBuild';

let served: ServedBuild;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Collects every CSP violation the page reports, as events and as console messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

describe('the app under its Content-Security-Policy', { timeout: 120_000 }, () => {
  it('plays a call through to its results and replay with no CSP violation', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const violations = await watchViolations(page);
    const response = await page.goto(served.url);
    // The policy is really on: this test means nothing without it.
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('[data-screen="home"]').waitFor();

    await dial(page, 'lease-follow-up', 'Give Art a date for his plates and book his first oil change');
    await sayLines(page, fixtureLines('lease-follow-up').good);
    await waitForResults(page);
    await page.goto(page.url().replace('#/results/', '#/replay/'));
    await page.locator('[data-screen="replay"]').waitFor();
    await page.goto(new URL('#/history', served.url).href);
    await page.locator('[data-screen="history"]').waitFor();
    // The model settings panel loads lazily, with the OpenAI SDK.
    await page.goto(new URL('#/settings', served.url).href);
    await page.getByRole('radio', { name: /Language model/ }).check();
    await page.getByRole('button', { name: 'Test connection' }).waitFor();

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cannot be framed by a page on another local port', async () => {
    const framer: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><iframe id="app" src="${served.url}"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.context.newPage();
      const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 20_000 });
      await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
      expect((await refused).text()).toMatch(/frame-ancestors 'none'/);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(await frame?.locator('[data-screen="home"]').count()).toBe(0);
      await page.close();
    } finally {
      framer.closeAllConnections();
      await new Promise((resolve) => framer.close(resolve));
    }
  });
});
