import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, type Browser } from '../support/browser';
import { dial } from '../support/callDriver';
import { serveBuild, type ServedBuild } from '../support/serveBuild';

// Voice in a real browser: the speech APIs are replaced by scripted fakes (no microphone or speaker in CI),
// so the test checks the app's side: lines spoken, recognised speech sent like typed text, nothing broken.

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

let server: ServedBuild;
let browser: Browser;
let page: Page;
let problems: string[];

async function startCall(p: Page): Promise<void> {
  await p.goto(server.url);
  await dial(p, 'lease-follow-up', 'Give Art a date for his plates');
}

describe('Voice in the browser', () => {
  beforeAll(async () => {
    server = await serveBuild();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    // Voice on and free-text mode, as a trainee would set them in Settings.
    browser = await launchBrowser({ settings: { voice: true, mode: 'free', introSeen: true, pace: 'quick' } });
    await browser.context.addInitScript(fakeSpeech, SAID);
    page = await browser.context.newPage();
    problems = collectPageErrors(page);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('speaks the customer’s greeting and sends a spoken line as the trainee’s turn', async () => {
    await startCall(page);
    await page.getByRole('button', { name: 'Speak your line' }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Speak your line' }).click();
    const log = page.getByRole('log', { name: 'Conversation' });
    await log.getByText(SAID).waitFor();
    // The customer answers the spoken line, and the answer is spoken too.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  }, 60_000);

  it('hides the microphone where the browser has no speech recognition, and the call still works', async () => {
    await browser.context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).SpeechRecognition;
      delete (window as unknown as Record<string, unknown>).webkitSpeechRecognition;
    });
    const plain = await browser.context.newPage();
    const plainProblems = collectPageErrors(plain);
    await startCall(plain);
    await plain.getByRole('log', { name: 'Conversation' }).locator('li').first().waitFor();
    expect(await plain.getByRole('button', { name: 'Speak your line' }).count()).toBe(0);
    expect(plainProblems).toEqual([]);
  }, 60_000);
});
