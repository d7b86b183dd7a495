import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/startServer';

// Voice in a real browser: the speech APIs are replaced by scripted fakes (no microphone or speaker in CI),
// so the test checks the app's side: lines spoken, recognised speech sent like typed text, nothing broken.
const DIST = process.env.DIALED_IN_DIST ?? new URL('../../dist/', import.meta.url).pathname;
const built = existsSync(`${DIST}index.html`);

const SAID = "Hi Art, it's Sam at Riverside Motors. I'm calling about your license plates: they are ready and I will bring them by 5 pm Thursday.";

/** Installed before the app loads: fake synthesis records what is spoken; fake recognition "hears" SAID. */
function fakeSpeech(said: string): void {
  const w = window as unknown as Record<string, unknown>;
  const spoken: string[] = [];
  w.__spoken = spoken;
  w.SpeechSynthesisUtterance = class {
    voice = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  };
  // speechSynthesis is a read-only accessor on Window: replace it, do not assign it.
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: { text: string; onend: (() => void) | null }) => {
        spoken.push(u.text);
        setTimeout(() => u.onend?.(), 10);
      },
      cancel: () => undefined,
      getVoices: () => [{ lang: 'en-US', default: true, name: 'Fake' }],
    },
  });
  // Chromium has both the prefixed and the standard name; the app takes the standard one first.
  w.SpeechRecognition = w.webkitSpeechRecognition = class {
    lang = '';
    continuous = false;
    interimResults = false;
    maxAlternatives = 1;
    onresult: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    start() {
      setTimeout(() => {
        const result = Object.assign([{ transcript: said }], { isFinal: true });
        this.onresult?.({ resultIndex: 0, results: [result] });
        this.onend?.();
      }, 50);
    }
    stop() {
      this.onend?.();
    }
    abort() {}
  };
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

async function startCall(p: Page): Promise<void> {
  await p.goto(`${server.url}#/briefing/lease-follow-up`);
  await p.getByLabel('Your goal for this call').fill('Give Art a date for his plates');
  await p.getByRole('button', { name: /^Call / }).click();
  await p.getByRole('button', { name: 'Speak your line' }).waitFor({ timeout: 15_000 });
}

describe.skipIf(!built)('Voice in the browser', () => {
  beforeAll(async () => {
    server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, middleware: [] });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(fakeSpeech, SAID);
    // Voice on and free-text mode, as a trainee would set them in Settings.
    await context.addInitScript(() => {
      if (!localStorage.getItem('dialed-in.settings')) {
        localStorage.setItem('dialed-in.settings', JSON.stringify({ state: { voice: true, mode: 'free', introSeen: true }, version: 1 }));
      }
    });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  });
  afterEach(async () => {
    await context?.close();
  });

  it('speaks the customer’s greeting and sends a spoken line as the trainee’s turn', async () => {
    await startCall(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Speak your line' }).click();
    const log = page.getByRole('log', { name: 'Conversation' });
    await log.getByText(SAID).waitFor();
    // The customer answers the spoken line, and the answer is spoken too.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('hides the microphone where the browser has no speech recognition, and the call still works', async () => {
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).SpeechRecognition;
      delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
    });
    const plain = await context.newPage();
    plain.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await plain.goto(`${server.url}#/briefing/lease-follow-up`);
    await plain.getByLabel('Your goal for this call').fill('Give Art a date for his plates');
    await plain.getByRole('button', { name: /^Call / }).click();
    await plain.getByRole('log', { name: 'Conversation' }).locator('li').first().waitFor({ timeout: 15_000 });
    expect(await plain.getByRole('button', { name: 'Speak your line' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
