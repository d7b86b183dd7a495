import { chromium, type Browser as ChromiumBrowser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags for this machine: headless, no sandbox, nothing fetched from the internet. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser context (empty storage, its own cookies), and how to close it. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

let shared: Promise<ChromiumBrowser> | undefined;

/** The test file's one Chromium, in a temporary profile: launching it costs seconds, a context milliseconds. */
export function sharedChromium(): Promise<ChromiumBrowser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  return shared;
}

/** Closes the test file's Chromium, if one was launched (tests/support/closeChromiumAfterFile.ts runs it). */
export async function closeSharedChromium(): Promise<void> {
  const launched = shared;
  shared = undefined;
  await (await launched?.catch(() => undefined))?.close().catch(() => undefined);
}

/** A fresh context in the shared headless Chromium, so storage, cookies and caches start empty. */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    /** Calm motion unless a test is about it: every animation frame costs CPU in a software-rendered Chromium. */
    reducedMotion?: 'reduce' | 'no-preference';
    /** A touch screen (coarse pointer), as on a phone. */ hasTouch?: boolean;
    /** A phone's browser: its viewport meta tag is read and it cannot hover. */ isMobile?: boolean;
    /** Settings saved before the first load, as a trainee would set them (null for none); a quick pace by default. */
    settings?: Record<string, unknown> | null;
  } = {},
): Promise<Browser> {
  const context = await (
    await sharedChromium()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'reduce',
    ...(options.hasTouch ? { hasTouch: true } : {}),
    ...(options.isMobile ? { isMobile: true } : {}),
  });
  context.setDefaultTimeout(20_000);
  context.on('page', echoWarnings);
  await saveSettingsBeforeLoad(context, options.settings === undefined ? QUICK_PACE : options.settings);
  return { context, close: () => context.close().catch(() => undefined) };
}

/** The settings browser tests play with unless they say otherwise. */
export const QUICK_PACE = { pace: 'quick' };

/** Saves settings in every page of the context before the app loads, as a trainee would in Settings (null: none). */
export async function saveSettingsBeforeLoad(context: BrowserContext, settings: Record<string, unknown> | null): Promise<void> {
  if (settings) await context.addInitScript(saveSettingsUnlessSaved, settings);
}

/** Runs in the page: saves these settings unless some are saved already (a reload keeps what the test changed). */
function saveSettingsUnlessSaved(settings: Record<string, unknown>): void {
  try {
    if (localStorage.getItem('dialed-in.settings') === null) localStorage.setItem('dialed-in.settings', JSON.stringify({ state: settings, version: 1 }));
  } catch {
    // Frames with an opaque origin have no storage; they play no calls.
  }
}

/** Echoes a page's warnings and errors to the test's stderr, so a browser test that times out shows what the app said. */
function echoWarnings(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') process.stderr.write(`[browser ${message.type()}] ${message.text()}\n`);
  });
  page.on('pageerror', (error) => process.stderr.write(`[browser uncaught] ${error.message}\n`));
}

/** Console errors and uncaught exceptions a page produced; tests assert it stays empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** A new page that records its errors. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { page, errors };
}
