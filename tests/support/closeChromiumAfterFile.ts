// Setup file of the browser tests: each file's connection to the run's Chromium (or its own Chromium) closes when the file ends,
// and with it every context the file left open.
import { afterAll } from 'vitest';
import { closeSharedChromium } from './browser';

afterAll(closeSharedChromium);
