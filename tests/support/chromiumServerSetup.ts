import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_ENDPOINT_VARIABLE, CHROMIUM_PATH } from './browser';

/**
 * Vitest global setup of the browser tests: one headless Chromium for the whole run, which each test file connects to
 * (`sharedChromium`) instead of launching its own; every test still gets a fresh context of its own.
 */
export default async function chromiumServerSetup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  // The workers are started after global setup, so each inherits the address.
  process.env[CHROMIUM_ENDPOINT_VARIABLE] = server.wsEndpoint();
  return async () => {
    delete process.env[CHROMIUM_ENDPOINT_VARIABLE];
    await server.close();
  };
}
