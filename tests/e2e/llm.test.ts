// A language model plays the customer, in Chromium against the built app: straight to an
// OpenAI-compatible server (CORS), and through the team server's proxy (`npm start` with a key).
import { resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmProxy } from '../../src/server/llmProxy';
import { type Browser, launchBrowser } from '../support/browser';
import { dial, fixtureLines, sayLines, waitForResults } from '../support/callDriver';
import { type FakeOpenAI, type FakeStep, type RecordedRequest, startFakeOpenAI } from '../support/fakeOpenAI';
import { type ServedBuild, serveBuild } from '../support/serveBuild';

const BROWSER_KEY = 'sk-e2e-browser-0f1e2d3c4b';
const SERVER_KEY = 'sk-e2e-server-9a8b7c6d5e';
const GOOD = fixtureLines('lease-follow-up').good;
const GOAL = 'Give Art a date for his plates and book his first free oil change.';

/** Art as a model would play him: answers each line, agrees to the booking and ends the call through end_call. */
function artReplies(request: RecordedRequest): FakeStep {
  const body = request.json ?? {};
  if (body.response_format)
    return {
      json: {
        principles: [
          {
            id: 'purpose-first',
            verdict: 'met',
            score: 90,
            reason: 'Clear reason up front.',
            evidence: [{ turn: 1, quote: 'calling about your license plates' }],
          },
        ],
      },
    };
  const messages = (body.messages as { role: string; content: string }[] | undefined) ?? [];
  const last = messages.at(-1)?.content ?? '';
  if (/single word OK/.test(last)) return { reply: 'OK' };
  if (/Saturday/i.test(last))
    return { reply: 'Saturday at nine works. Thanks, Sam.', toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached' } }] };
  if (/oil change/i.test(last)) return { reply: 'Free oil changes? Nobody told me that. I really like the car, by the way.' };
  if (/anyone/i.test(last)) return { reply: 'My neighbour Tom is shopping for a family car. I will give him your number.' };
  return { reply: 'Thursday by five? Great, that is what I needed to hear.' };
}

let browser: Browser;
let fake: FakeOpenAI;
let app: ServedBuild | undefined;
let problems: string[];

async function openApp(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await page.locator('[data-screen="home"]').waitFor();
  return page;
}

/** Settings → the customer is played by a language model; the panel loads lazily. */
async function chooseModelCustomer(page: Page): Promise<void> {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.getByRole('radio', { name: /Language model/ }).check();
  await page.getByRole('button', { name: 'Test connection' }).waitFor();
}

async function fillConnection(page: Page, baseURL: string, key: string): Promise<void> {
  await page.getByLabel('Server', { exact: true }).selectOption('custom');
  await page.getByLabel('Base URL', { exact: true }).fill(baseURL);
  await page.getByLabel('Model', { exact: true }).fill('fake-model');
  await page.getByLabel(/^API key/).fill(key);
}

async function testConnection(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Test connection' }).click();
  return (await page.getByTestId('llm-check-result').textContent({ timeout: 20_000 })) ?? '';
}

/** Saves a screenshot when LLM_SCREENSHOTS names a folder (for looking at the screens, not for asserting). */
async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.LLM_SCREENSHOTS;
  if (dir) await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true });
}

/** Every value this origin keeps in localStorage and IndexedDB, as one string. */
async function storedEverywhere(page: Page): Promise<{ local: Record<string, string>; indexed: string }> {
  return page.evaluate(async () => {
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i)!;
      local[name] = localStorage.getItem(name) ?? '';
    }
    const dump: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        dump.push(
          await new Promise((ok) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => ok(r.result);
          }),
        );
      }
      db.close();
    }
    return { local, indexed: JSON.stringify(dump) };
  });
}

describe('a language model plays the customer, in the browser', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    problems = [];
    fake = await startFakeOpenAI({ apiKey: BROWSER_KEY, fallback: artReplies });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await fake.close();
    for (const page of browser.context.pages()) await page.close();
    await browser.context.clearCookies();
  });

  it('plays a call straight against an OpenAI-compatible server across origins (CORS), keeping the key in this browser only', async () => {
    app = await serveBuild();
    const scripts: string[] = [];
    browser.context.on('request', (r: Request) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const page = await openApp(app.url);
    // The SDK is fetched only once a model is used.
    expect(scripts.some((url) => /openai|createModelClient/i.test(url))).toBe(false);

    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    expect(await testConnection(page)).toMatch(/Connected to .*: the model “fake-model” answered/);
    await snap(page, 'settings-connected');

    await dial(page, 'lease-follow-up', GOAL);
    await sayLines(page, GOOD);
    const { score } = await waitForResults(page);
    expect(score).toBeGreaterThan(0);

    const chats = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
    expect(chats.length).toBeGreaterThanOrEqual(GOOD.length);
    // Cross-origin: the browser asked first (preflight), and every real request named the app as its origin.
    expect(fake.requests.some((r) => r.method === 'OPTIONS')).toBe(true);
    expect(chats.every((r) => r.headers.origin === new URL(app!.url).origin)).toBe(true);
    expect(chats.every((r) => r.headers.authorization === `Bearer ${BROWSER_KEY}`)).toBe(true);
    expect(chats.some((r) => (r.json?.stream as boolean) === true)).toBe(true);

    const stored = await storedEverywhere(page);
    expect(
      Object.entries(stored.local)
        .filter(([, v]) => v.includes(BROWSER_KEY))
        .map(([k]) => k),
    ).toEqual(['dialed-in.llm']);
    expect(stored.indexed).not.toContain(BROWSER_KEY);
    expect(stored.indexed).toContain('Thursday by five');
    expect(problems).toEqual([]);
  });

  it('tells a server that refuses this page (CORS) from one that is down', async () => {
    app = await serveBuild();
    fake.setCors(false);
    const page = await openApp(app.url);
    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    expect(await testConnection(page)).toMatch(/does not accept requests from this page \(CORS\)/);
    await snap(page, 'settings-cors');
    const gone = await startFakeOpenAI();
    await gone.close();
    await page.getByLabel('Base URL', { exact: true }).fill(gone.baseURL);
    expect(await testConnection(page)).toMatch(/Could not reach the model server/);
    // The browser logs the refused requests itself; the app adds no errors of its own.
    expect(problems.filter((p) => !/CORS|Failed to load resource|ERR_CONNECTION_REFUSED/.test(p))).toEqual([]);
  });

  it('keeps a reply cut off mid-stream, then lets the trainee carry on with the scripted customer', async () => {
    app = await serveBuild();
    const page = await openApp(app.url);
    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    let cut!: () => void;
    fake.script({ fault: 'cut-off', before: 'Thursday by five? That is', until: new Promise<void>((resolve) => (cut = resolve)) });
    await dial(page, 'lease-follow-up', GOAL);
    const input = page.getByRole('textbox', { name: /What you say/ });
    await input.fill(GOOD[0]!);
    await input.press('Enter');
    await page.locator('.bubble-streaming').getByText('Thursday by five? That is').waitFor();
    cut();
    await page.locator('.bubble-partial').waitFor();
    expect(await page.locator('.bubble-partial').textContent()).toContain('Thursday by five? That is');
    await snap(page, 'call-cut-off');

    // The model now fails for good (a key problem is not retried): the trainee switches to the scripted Art.
    fake.script({ fault: 'key-rejected' });
    // A line that leaves the call open, so the scripted Art carries on rather than ending it pleased.
    const middle = 'How has the car been treating you so far?';
    await input.fill(middle);
    await input.press('Enter');
    await page.locator('[data-screen="call"][data-phase="fault"]').waitFor();
    await snap(page, 'call-fault');
    await page.getByRole('button', { name: /Continue with the scripted/ }).click();
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor();
    const texts = await page.locator('.transcript .bubble-text').allTextContents();
    expect(texts.some((t) => t.includes(GOOD[0]!.slice(0, 30)))).toBe(true);
    expect(texts.some((t) => t.includes('Thursday by five? That is'))).toBe(true);
    expect(texts.some((t) => t.includes(middle))).toBe(true);
    await sayLines(page, GOOD.slice(1));
    await waitForResults(page);
    // Chromium logs the broken stream and the 401 itself; the app adds no errors of its own.
    expect(problems.filter((p) => !/^Failed to load resource/.test(p))).toEqual([]);
  });

  it('tells the trainee the model is busy and when it retries, and hands the call to the scripted customer while waiting', async () => {
    app = await serveBuild();
    const page = await openApp(app.url);
    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    await dial(page, 'lease-follow-up', GOAL);
    fake.script({ fault: 'rate-limited', retryAfterSeconds: 20, retryAfterMs: null });
    const input = page.getByRole('textbox', { name: /What you say/ });
    await input.fill(GOOD[0]!);
    await input.press('Enter');
    const waiting = page.getByTestId('reply-wait');
    await waiting.getByText(/The model is busy \(too many requests\), retrying in (20|19|18) s \(try 2 of 3\)/).waitFor();
    await snap(page, 'call-retrying');
    await waiting.getByRole('button', { name: 'Continue with the scripted Art' }).click();
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor();
    await page.getByText(/Carrying on with the scripted Art/).waitFor();
    const texts = await page.locator('.transcript .bubble-text').allTextContents();
    expect(texts.at(-2)).toContain(GOOD[0]!.slice(0, 30));
    expect(texts).toHaveLength(3);
    // The retry was called off: the model was asked once.
    expect(fake.chatBodies()).toHaveLength(1);
    await sayLines(page, GOOD.slice(1));
    await waitForResults(page);
    expect(problems.filter((p) => !/^Failed to load resource/.test(p))).toEqual([]);
  });

  it('says early that a silent model has not answered, instead of waiting out its timeout in silence', async () => {
    app = await serveBuild();
    const page = await openApp(app.url);
    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    await dial(page, 'lease-follow-up', GOAL);
    fake.script({ fault: 'hang' });
    const input = page.getByRole('textbox', { name: /What you say/ });
    await input.fill(GOOD[0]!);
    await input.press('Enter');
    const waiting = page.getByTestId('reply-wait');
    await waiting.getByText(/Still waiting for the model to answer as Art \(\d+ s\)/).waitFor({ timeout: 10_000 });
    await waiting.getByRole('button', { name: 'Continue with the scripted Art' }).click();
    await page.locator('[data-screen="call"][data-phase="live"]').waitFor();
    expect(await page.locator('.transcript .bubble-text').count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it('cuts a reply far longer than a turn without freezing the page, and marks it cut', async () => {
    app = await serveBuild();
    const page = await openApp(app.url);
    await chooseModelCustomer(page);
    await fillConnection(page, fake.baseURL, BROWSER_KEY);
    await dial(page, 'lease-follow-up', GOAL);
    const rant = Array.from({ length: 8_000 }, (_, i) => `Line ${i} of my complaint.`).join(' '); // about 200 KB
    fake.script({ reply: rant, chunkWords: 3 });
    const input = page.getByRole('textbox', { name: /What you say/ });
    await input.fill(GOOD[0]!);
    await input.press('Enter');
    await page.locator('.bubble-partial').waitFor({ timeout: 15_000 });
    const kept = (await page.locator('.bubble-partial .bubble-text').textContent()) ?? '';
    expect(kept.startsWith('Line 0 of my complaint.')).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(2_000);
    await page.getByText(/ran on past 3,000 characters.*kept and marked as cut off/).waitFor();
    await page.getByRole('button', { name: 'Ask Art again' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('plays through the team server’s proxy with no key in the browser, and shows the judge’s second opinion', async () => {
    const upstream = await startFakeOpenAI({ apiKey: SERVER_KEY, fallback: artReplies });
    try {
      app = await serveBuild({ middleware: [createLlmProxy({ apiKey: SERVER_KEY, baseURL: upstream.baseURL, model: 'fake-model' })] });
      const fromBrowser: { url: string; authorization?: string }[] = [];
      browser.context.on('request', (r: Request) => {
        if (r.url().includes('/api/llm/')) fromBrowser.push({ url: r.url(), authorization: r.headers().authorization });
      });
      const page = await openApp(app.url);
      await chooseModelCustomer(page);
      await page.getByText(/This app’s server has a model for you/).waitFor();
      await snap(page, 'settings-team');
      await expect(page.getByLabel('Base URL', { exact: true }).count()).resolves.toBe(0);
      await page.getByLabel(/Second opinion from the model/).check();
      expect(await testConnection(page)).toMatch(/Connected to the team server/);

      await dial(page, 'lease-follow-up', GOAL);
      await sayLines(page, GOOD);
      await waitForResults(page);
      await page.getByTestId('judge-overall').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('judge-overall').textContent()).toMatch(/The model’s score/);
      await snap(page, 'results-judge');

      expect(fromBrowser.length).toBeGreaterThan(GOOD.length);
      expect(fromBrowser.every((r) => r.authorization === undefined)).toBe(true);
      const upstreamChats = upstream.requests.filter((r) => r.path === '/v1/chat/completions');
      expect(upstreamChats.every((r) => r.headers.authorization === `Bearer ${SERVER_KEY}`)).toBe(true);
      const stored = await storedEverywhere(page);
      expect(JSON.stringify(stored)).not.toContain(SERVER_KEY);
      expect(problems).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});
